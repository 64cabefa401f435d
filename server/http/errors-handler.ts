import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import { pgErrorOf } from '../platform/db-errors';

/**
 * SQLSTATEs that only input can cause: a value out of an `integer`'s range, a character text
 * cannot hold, a date that does not exist. The schemas refuse these first and name the field
 * (http/validation.ts); this is the net behind them, so a gap is a 400 and a warning, never a 500.
 */
const PG_INPUT_ERRORS: Record<string, string> = {
  '22003': '请求：数值超出范围',
  '22021': '请求：包含无法保存的字符',
  '22P05': '请求：包含无法保存的字符',
  '22007': '请求：日期或时间格式不正确',
  '22008': '请求：日期或时间超出范围',
};

/**
 * A multipart body busboy could not read (no boundary, cut short, a malformed part header): its
 * errors carry no status, and they are the client's, whichever route read the upload.
 */
function isBrokenMultipart(err: Error, req: FastifyRequest): boolean {
  if (!String(req.headers['content-type'] ?? '').startsWith('multipart/')) return false;
  if ((err as FastifyError).statusCode) return false;
  return Boolean(err.stack?.includes('@fastify/busboy')) || /multipart|boundary|needle/i.test(err.message);
}

const fail = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.status(status).send({ error: { code, message } });

/** Maps every failure to `{ error: { code, message, field? } }`; only real bugs become a 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, field: err.field } });
    }
    const pgCode = pgErrorOf(err)?.code;
    if (pgCode && PG_INPUT_ERRORS[pgCode]) {
      req.log.warn({ err }, 'input reached the database unchecked: add it to the route schema');
      return fail(reply, 400, 'bad_request', PG_INPUT_ERRORS[pgCode]);
    }
    if (isBrokenMultipart(err, req)) return fail(reply, 400, 'bad_request', '上传内容格式不正确');
    const status = err.statusCode ?? 500;
    if (status === 429) return fail(reply, 429, 'too_many_requests', '请求过于频繁，请稍后再试');
    if (status === 413) return fail(reply, 413, 'too_large', '上传内容过大');
    if (status === 415) return fail(reply, 415, 'unsupported_media_type', '不支持的请求内容类型');
    if (status >= 400 && status < 500) {
      const message =
        err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError
          ? '请求体不是有效的 JSON'
          : '请求格式不正确';
      return fail(reply, 400, 'bad_request', message);
    }
    req.log.error(err);
    return fail(reply, 500, 'internal', '服务器内部错误，请联系系统管理员');
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'not_found', message: `接口不存在：${req.method} ${req.url.split('?')[0]}` } }),
  );
}
