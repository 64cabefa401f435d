import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { DepartmentDuty } from '../../domain/org-resources';
import type { Actor, Role } from '../../domain/roles';
import type { AppContext } from '../context';
import type { Db, DbOrTx } from '../db/client';
import { route } from '../http/route';

/** One workflow step as a route: `POST <document>/:id/<url>` with its body and command. */
export interface StepSpec<B extends z.ZodType> {
  /** The path after the document's, e.g. `register` or `extension/decide`. */
  url: string;
  summary: string;
  roles: readonly Role[];
  body: B;
  /** The audit label; by default the summary without its parenthesised details. */
  audit?: string;
  run: (db: Db, actor: Actor, id: number, body: z.infer<B>) => Promise<unknown>;
}

/** What every step of one document type shares. */
export interface StepDocument {
  /** The document's path with its id, e.g. `/api/proposals/:id`. */
  path: string;
  tags: string[];
  params: z.ZodType<{ id: number }>;
  /** Staff take these steps only through a department with this duty. */
  staffDuty?: DepartmentDuty | readonly DepartmentDuty[];
  labels?: Record<string, string>;
  /** The document as the caller sees it after the step: every step answers with it. */
  view: (db: DbOrTx, actor: Actor, id: number) => Promise<unknown>;
  /** The view's response schema (http/response.ts `responseFor`), shared by every step. */
  viewSchema?: z.ZodType;
}

/** A declared step, its body type kept inside, ready to register under a document. */
export interface StepRoute {
  register(app: FastifyInstance, ctx: AppContext, doc: StepDocument): void;
}

/** Declares one step; the body's type flows into `run`, so no route casts its input. */
export function step<B extends z.ZodType>(spec: StepSpec<B>): StepRoute {
  return {
    register(app, ctx, doc) {
      route(app, ctx, {
        method: 'POST',
        url: `${doc.path}/${spec.url}`,
        summary: spec.summary,
        tags: doc.tags,
        roles: spec.roles,
        staffDuty: doc.staffDuty,
        audit: spec.audit ?? spec.summary.replace(/（.*）$/, ''),
        params: doc.params,
        body: spec.body,
        labels: doc.labels,
        ...(doc.viewSchema ? { response: { 200: doc.viewSchema } } : {}),
        handler: async ({ db, actor, params, body }) => {
          await spec.run(db, actor, params.id, body);
          return doc.view(db, actor, params.id);
        },
      });
    },
  };
}

/** Registers a document's steps: one route each, all answering with the document's view. */
export function stepRoutes(app: FastifyInstance, ctx: AppContext, doc: StepDocument, steps: StepRoute[]) {
  for (const s of steps) s.register(app, ctx, doc);
}
