import type { paths } from './schema';

/**
 * The JSON body a route answers with, as generated from the server's response schemas
 * (web/src/api/schema.d.ts, `npm run api:types`): `ApiResponse<'/api/proposals/{id}'>`.
 */
export type ApiResponse<
  P extends keyof paths,
  M extends 'get' | 'post' | 'put' | 'patch' | 'delete' = 'get',
  S extends number = 200,
> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer B } } } } ? B : never;
