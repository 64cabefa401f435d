/** The one error shape: `{ error: { code, message, field? } }` with a Chinese message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) =>
  new AppError(400, 'bad_request', message, field);
export const unauthorized = (message = '请先登录') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = '无权进行此操作') => new AppError(403, 'forbidden', message);
export const notFound = (what = '记录') => new AppError(404, 'not_found', `${what}不存在或无权查看`);
export const conflict = (message: string) => new AppError(409, 'conflict', message);
/** A stale or invalid workflow step. */
export const invalidTransition = (message: string) => new AppError(409, 'invalid_transition', message);
export const unsupportedMediaType = (message: string) => new AppError(415, 'unsupported_media_type', message);
export const tooMany = (message: string) => new AppError(429, 'too_many_requests', message);
