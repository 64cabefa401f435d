import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../errors';

/** Maps every failure to `{ error: { code, message, field? } }`; only real bugs become a 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, field: err.field } });
    }
    const status = err.statusCode ?? 500;
    if (status === 429) {
      return reply
        .status(429)
        .send({ error: { code: 'too_many_requests', message: '请求过于频繁，请稍后再试' } });
    }
    if (status === 413)
      return reply.status(413).send({ error: { code: 'too_large', message: '上传内容过大' } });
    if (status === 415) {
      return reply
        .status(415)
        .send({ error: { code: 'unsupported_media_type', message: '不支持的请求内容类型' } });
    }
    if (status >= 400 && status < 500) {
      const message =
        err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError
          ? '请求体不是有效的 JSON'
          : '请求格式不正确';
      return reply.status(400).send({ error: { code: 'bad_request', message } });
    }
    req.log.error(err);
    return reply
      .status(500)
      .send({ error: { code: 'internal', message: '服务器内部错误，请联系系统管理员' } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'not_found', message: `接口不存在：${req.method} ${req.url.split('?')[0]}` } }),
  );
}
