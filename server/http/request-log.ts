import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/** A request slower than this is worth an operator's look. */
const SLOW_MS = 1_000;

/**
 * Fastify's own per-request lines, re-levelled: one line per request at debug (what a developer
 * follows), a warning for a slow one and an error for a failed one (what an operator acts on).
 * Fastify's default writes two info lines per request, which filled the production log.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, req: FastifyRequest, reply: FastifyReply): void {
    const ms = reply.elapsedTime;
    const line = { method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(ms) };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else if (ms >= SLOW_MS) reply.log.warn(line, 'slow request');
    else reply.log.debug(line, 'request');
  }
}
