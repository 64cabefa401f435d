import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuth } from './auth/plugin';
import type { AppContext } from './context';
import { registerErrorHandler } from './http/errors-handler';
import { MAX_UPLOAD_BYTES } from './lib/uploads';
import { registerModules } from './modules';

const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));

/** Builds the whole app: plugins, auth, module routes, the web bundle and the error shape. */
export async function buildApp(ctx: AppContext, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 2 * 1024 * 1024, trustProxy: false });
  // zod validates inside each route (see http/route.ts); JSON Schemas are for OpenAPI only.
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  registerErrorHandler(app);
  await app.register(cookie);
  // One byte over the limit, so a file cut short by the reader is told from one exactly at the
  // limit: server/platform/attachments.ts refuses it (413) instead of storing it truncated.
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 } });
  await app.register(swagger, {
    openapi: { info: { title: '同心 Tongxin API', version: '0.1.0' } },
  });
  registerAuth(app, ctx);

  app.get('/api/health', { schema: { summary: '健康检查', tags: ['系统'] } }, async () => {
    await ctx.handle.db.execute(sql`select 1`);
    return { status: 'ok' };
  });
  app.get('/api/docs/json', { schema: { hide: true } }, async () => app.swagger());

  await registerModules(app, ctx);

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    app.get('/*', { schema: { hide: true } }, async (req, reply) => {
      if (req.url.startsWith('/api/')) {
        return reply.status(404).send({ error: { code: 'not_found', message: '接口不存在' } });
      }
      // Hashed assets of a bundle rebuilt after start-up are not among the routes listed at boot.
      const path = req.url.split('?')[0];
      if (path.startsWith('/assets/')) return reply.sendFile(path.slice(1));
      return reply.sendFile('index.html');
    });
  }
  return app;
}
