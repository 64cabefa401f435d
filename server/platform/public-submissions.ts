import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context';
import type { DbOrTx } from '../db/client';
import { tooMany } from '../errors';
import { responseSchemas } from '../http/openapi-schema';
import { parseInput } from '../http/validation';
import { activeWords, screen } from './sensitive-words';

/**
 * The public portal's plumbing (no login): the per-address limits, the input and answer of a
 * public read or submission, and how a resident's text is screened and held for moderation. The
 * routes are declared with Fastify directly because route() requires a session; every module's
 * public routes go through here so that the limits and the answers stay one and the same.
 */

const tags = ['公开'];

/**
 * A group of public routes, every request limited per address (PUBLIC_RATE_LIMIT a minute); the
 * refusal says `tooManyMessage` (a query page says 查询…, a page with a form 访问…).
 */
export async function publicApi(
  app: FastifyInstance,
  ctx: AppContext,
  tooManyMessage: string,
  declare: (scoped: FastifyInstance) => void,
) {
  await app.register(async (scoped) => {
    await scoped.register(rateLimit, {
      max: ctx.env.PUBLIC_RATE_LIMIT,
      timeWindow: '1 minute',
      errorResponseBuilder: () => tooMany(tooManyMessage),
    });
    declare(scoped);
  });
}

/** The path and query a public route reads, each validated only when declared (400 naming the field). */
interface PublicInput<Q extends z.ZodType, P extends z.ZodType> {
  url: string;
  summary: string;
  query?: Q;
  params?: P;
  /** Field names for the 400s. */
  labels?: Record<string, string>;
}

function parsed<T extends z.ZodType>(schema: T | undefined, data: unknown, labels?: Record<string, string>) {
  return (schema ? parseInput(schema, data, '请求', labels) : {}) as z.infer<T>;
}

const openApiInput = (spec: { query?: z.ZodType; params?: z.ZodType; body?: z.ZodType }) => ({
  ...(spec.query ? { querystring: spec.query } : {}),
  ...(spec.params ? { params: spec.params } : {}),
  ...(spec.body ? { body: spec.body } : {}),
});

/** A public GET: validated input, its answer described (and serialised) by `response`. */
export function publicGet<Q extends z.ZodType = z.ZodType<object>, P extends z.ZodType = z.ZodType<object>>(
  scoped: FastifyInstance,
  spec: PublicInput<Q, P> & {
    response: z.ZodType;
    handler: (input: { query: z.infer<Q>; params: z.infer<P>; req: FastifyRequest }) => Promise<unknown>;
  },
) {
  scoped.get(
    spec.url,
    {
      config: { openApiInput: openApiInput(spec) },
      schema: { summary: spec.summary, tags, response: responseSchemas({ 200: spec.response }) },
    },
    async (req) =>
      spec.handler({
        params: parsed(spec.params, req.params, spec.labels),
        query: parsed(spec.query, req.query, spec.labels),
        req,
      }),
  );
}

/** What every public form answers: received, and that it waits for moderation (always). */
export const publicReceivedSchema = z.object({ received: z.boolean(), message: z.string() });

/**
 * A resident's submission (a POST from a public form): besides the group's limit, at most
 * TOPIC_RATE_LIMIT an hour from one address (refused with `tooManyMessage`); 201 with `received`.
 */
export function publicSubmit<B extends z.ZodType, P extends z.ZodType = z.ZodType<object>>(
  scoped: FastifyInstance,
  ctx: AppContext,
  spec: PublicInput<z.ZodType<object>, P> & {
    body: B;
    tooManyMessage: string;
    /** What the form shows once sent, e.g. 留言已收到，经工作人员审核后公开. */
    receivedMessage: string;
    submit: (input: { body: z.infer<B>; params: z.infer<P> }) => Promise<unknown>;
  },
) {
  scoped.post(
    spec.url,
    {
      config: {
        openApiInput: openApiInput(spec),
        rateLimit: {
          max: ctx.env.TOPIC_RATE_LIMIT,
          timeWindow: '1 hour',
          errorResponseBuilder: () => tooMany(spec.tooManyMessage),
        },
      },
      schema: {
        summary: spec.summary,
        tags,
        response: responseSchemas({ 201: publicReceivedSchema }),
      },
    },
    async (req, reply) => {
      // The record first (path), then what is sent.
      const params = parsed(spec.params, req.params, spec.labels);
      const body = parseInput(spec.body, req.body, '请求', spec.labels);
      await spec.submit({ body, params });
      return reply.status(201).send({ received: true, message: spec.receivedMessage });
    },
  );
}

/** A submission's moderation state: 待审核 until the staff decide, or published at once. */
export type ScreenedStatus = 'pending' | 'approved';

/**
 * Screens a submission's texts against the committee's sensitive-word list. What hit a word waits
 * for moderation, and so does whatever `held` says must (a resident's text always is); the rest is
 * published at once. The hits are stored with the row for the moderators.
 */
export async function screenSubmission(
  db: DbOrTx,
  committeeId: number,
  texts: readonly string[],
  held: boolean,
): Promise<{ sensitiveWords: string[]; status: ScreenedStatus }> {
  const sensitiveWords = screen(await activeWords(db, committeeId), texts);
  return { sensitiveWords, status: held || sensitiveWords.length > 0 ? 'pending' : 'approved' };
}
