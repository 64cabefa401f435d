import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods, RouteOptions } from 'fastify';
import { z } from 'zod';
import { staffWithDuty } from '../../domain/abilities';
import type { DepartmentDuty } from '../../domain/org-resources';
import type { Actor, Role } from '../../domain/roles';
import type { AppContext } from '../context';
import type { DbOrTx } from '../db/client';
import { badRequest, forbidden, unauthorized, unsupportedMediaType } from '../errors';
import { openApiSchema, responseSchemas, withResponsesAsJson } from './openapi-schema';
import { parseInput } from './validation';
import { runWrite } from './write-transaction';

export interface RouteInput<B, Q, P> {
  req: FastifyRequest;
  reply: FastifyReply;
  actor: Actor;
  /** For a write: the transaction the change and its audit row commit in (ctx.handle.db is the same). */
  db: DbOrTx;
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
  /**
   * The answer's body per status (at least the 2xx one), made with `responseFor` (http/response.ts):
   * OpenAPI describes it and Fastify serialises with it, dropping any property it does not name.
   */
  response?: Partial<Record<number, z.ZodType>>;
  handler: (input: RouteInput<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<unknown>;
}

const none = z.object({}).passthrough();
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A PATCH that names no field changes nothing: a client mistake, refused before any write. */
const isEmpty = (body: unknown) =>
  typeof body === 'object' && body !== null && Object.values(body).every((v) => v === undefined);
/** What OpenAPI says of an upload route: a form with a file (its other fields are in the summary). */
const MULTIPART_FORM = { type: 'object', properties: { file: { type: 'string', format: 'binary' } } };
/** The input schema of a route that declares none. */
export type NoInput = typeof none;

/** A route's zod input by the OpenAPI schema key it describes. */
export type OpenApiInput = Partial<Record<'body' | 'querystring' | 'params', z.ZodType>>;

/**
 * @fastify/swagger's `transform`: a route()'s zod input and its answers (ResponseSchema) become
 * OpenAPI when the description is first asked for, not while the app starts (converting every
 * route's schemas took a third of buildApp).
 */
export function openApiTransform({
  schema,
  url,
  route,
}: {
  schema: object;
  url: string;
  route: RouteOptions;
}) {
  const input = route.config?.openApiInput;
  const described = withResponsesAsJson(schema);
  if (!input) return { schema: described, url };
  const converted = Object.fromEntries(Object.entries(input).map(([key, s]) => [key, openApiSchema(s)]));
  return { schema: { ...described, ...converted }, url };
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
  app.route({
    method: spec.method,
    url: spec.url,
    config: {
      audit: spec.audit,
      allowBeforePasswordChange: spec.allowBeforePasswordChange,
      roles: spec.roles,
      staffDuties: spec.staffDuty ? [spec.staffDuty].flat() : undefined,
      openApiInput: {
        ...(spec.body && !spec.multipart ? { body: spec.body } : {}),
        ...(spec.query ? { querystring: spec.query } : {}),
        ...(spec.params ? { params: spec.params } : {}),
      },
    },
    schema: {
      summary: spec.summary,
      tags: spec.tags,
      ...(spec.multipart ? { consumes: ['multipart/form-data'], body: MULTIPART_FORM } : {}),
      ...(spec.response ? { response: responseSchemas(spec.response) } : {}),
    },
    handler: async (req, reply) => {
      const actor = req.actor;
      if (!actor) throw unauthorized();
      if (!spec.roles.includes(actor.role)) throw forbidden();
      const duties = [spec.staffDuty ?? []].flat();
      if (duties.length && actor.role === 'staff' && !duties.some((d) => staffWithDuty(actor, d))) {
        throw forbidden(`仅${duties.join('或')}部门的工作人员可以办理`);
      }
      // A JSON route takes JSON: a multipart body would reach it as no body at all.
      if (!spec.multipart && req.isMultipart()) throw unsupportedMediaType('请以 JSON 格式提交');
      // The record first (path), then the filters, then what to change.
      const params = parseInput(spec.params ?? none, req.params, '请求', spec.labels);
      const query = parseInput(spec.query ?? none, req.query, '请求', spec.labels);
      const body = spec.multipart ? undefined : parseInput(spec.body ?? none, req.body, '请求', spec.labels);
      if (spec.method === 'PATCH' && isEmpty(body)) throw badRequest('请求：没有要修改的内容');
      const input = { req, reply, actor, body, query, params };
      if (READS.has(spec.method as string))
        return spec.handler({ ...input, db: ctx.handle.db, ctx } as never);
      // A write and its audit row are one transaction; its handle is the handler's `db` and `ctx.handle.db`.
      return runWrite(ctx, req, reply, (db, txCtx) => spec.handler({ ...input, db, ctx: txCtx } as never));
    },
  });
}
