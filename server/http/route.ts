import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { z } from 'zod';
import { staffWithDuty } from '../../domain/abilities';
import type { DepartmentDuty } from '../../domain/org-resources';
import type { Actor, Role } from '../../domain/roles';
import type { AppContext } from '../context';
import type { Db } from '../db/client';
import { forbidden, unauthorized } from '../errors';
import { parseInput } from './validation';

export interface RouteInput<B, Q, P> {
  req: FastifyRequest;
  reply: FastifyReply;
  actor: Actor;
  db: Db;
  ctx: AppContext;
  body: B;
  query: Q;
  params: P;
}

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  method: HTTPMethods;
  url: string;
  summary: string;
  tags: string[];
  /** Roles allowed to call at all; finer rules live in the module's policy. */
  roles: readonly Role[];
  /** Staff may call only through a department with this duty, or one of these (e.g. 提案工作); other roles are unaffected. */
  staffDuty?: DepartmentDuty | readonly DepartmentDuty[];
  /** Chinese name of the action for the audit log (writes are audited automatically). */
  audit?: string;
  body?: B;
  query?: Q;
  params?: P;
  /** Lets a user who still has an initial password call this route. */
  allowBeforePasswordChange?: boolean;
  /** Field names for this route's 400s where FIELD_LABELS means something else. */
  labels?: Record<string, string>;
  /** Multipart uploads are parsed by the handler itself. */
  multipart?: boolean;
  handler: (input: RouteInput<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<unknown>;
}

const none = z.object({}).passthrough();
/** The input schema of a route that declares none. */
export type NoInput = typeof none;

/**
 * A zod schema as an OpenAPI 3.0 Schema Object (what @fastify/swagger publishes at /api/docs/json):
 * the default JSON Schema 2020-12 output writes `exclusiveMinimum: 0`, which OpenAPI 3.0 tools reject.
 */
export function openApiSchema(s: z.ZodType): object {
  return z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' }) as object;
}

/**
 * Declares an authenticated API route: zod validation (400 naming the field), the role gate,
 * the OpenAPI description, and the audit label. Public routes are declared with Fastify directly.
 */
export function route<
  B extends z.ZodType = NoInput,
  Q extends z.ZodType = NoInput,
  P extends z.ZodType = NoInput,
>(app: FastifyInstance, ctx: AppContext, spec: RouteSpec<B, Q, P>): void {
  const jsonSchema = (s?: z.ZodType) => (s ? openApiSchema(s) : undefined);
  app.route({
    method: spec.method,
    url: spec.url,
    config: { audit: spec.audit, allowBeforePasswordChange: spec.allowBeforePasswordChange },
    schema: {
      summary: spec.summary,
      tags: spec.tags,
      ...(spec.body && !spec.multipart ? { body: jsonSchema(spec.body) } : {}),
      ...(spec.query ? { querystring: jsonSchema(spec.query) } : {}),
      ...(spec.params ? { params: jsonSchema(spec.params) } : {}),
    },
    handler: async (req, reply) => {
      const actor = req.actor;
      if (!actor) throw unauthorized();
      if (!spec.roles.includes(actor.role)) throw forbidden();
      const duties = [spec.staffDuty ?? []].flat();
      if (duties.length && actor.role === 'staff' && !duties.some((d) => staffWithDuty(actor, d))) {
        throw forbidden(`仅${duties.join('或')}部门的工作人员可以办理`);
      }
      const body = spec.multipart ? undefined : parseInput(spec.body ?? none, req.body, '请求', spec.labels);
      const query = parseInput(spec.query ?? none, req.query, '请求', spec.labels);
      const params = parseInput(spec.params ?? none, req.params, '请求', spec.labels);
      return spec.handler({ req, reply, actor, db: ctx.handle.db, ctx, body, query, params } as never);
    },
  });
}
