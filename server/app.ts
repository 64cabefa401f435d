import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
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
import { lazySerializers } from './http/openapi-schema';
import { RequestLog } from './http/request-log';
import { openApiTransform } from './http/route';
import { registerSecurityHeaders } from './http/security-headers';
import { MAX_UPLOAD_BYTES } from './lib/uploads';
import { registerModules } from './modules';

const builtWeb = fileURLToPath(new URL('../web/dist', import.meta.url));

/**
 * Files under assets/ are named by their content's hash (Vite), so a browser keeps them for a year
 * without asking again; index.html names the current ones and is checked on every visit.
 */
function webCacheControl(webDist: string): (path: string) => string {
  const hashedAssets = join(webDist, 'assets') + sep;
  return (path) => (path.startsWith(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * Builds the whole app: plugins, auth, module routes, the web bundle and the error shape. With
 * `logger`, logs at LOG_LEVEL: a line per request only at debug, slow requests as warnings.
 */
export async function buildApp(
  ctx: AppContext,
  opts: {
    logger?: boolean;
    logStream?: { write(line: string): void };
    /** The built web app to serve (tests give one of their own). */
    webDist?: string;
  } = {},
): Promise<FastifyInstance> {
  const webDist = opts.webDist ?? builtWeb;
  const app = Fastify({
    logger: opts.logger
      ? { level: ctx.env.LOG_LEVEL, ...(opts.logStream ? { stream: opts.logStream } : {}) }
      : false,
    logController: new RequestLog(),
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: false,
    // Each route's answer is compiled into its serializer when first sent, not at start.
    schemaController: { compilersFactory: { buildSerializer: lazySerializers } },
  });
  // zod validates inside each route (see http/route.ts); JSON Schemas are for OpenAPI only.
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  registerErrorHandler(app);
  await registerSecurityHeaders(app, ctx.env.NODE_ENV === 'production');
  await app.register(cookie);
  await app.register(multipart, {
    // One byte over the limit, so a file cut short by the reader is told from one exactly at the
    // limit: server/platform/attachments.ts refuses it (413) instead of storing it truncated.
    limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 },
    // A part is a file only when it names one (RFC 7578); busboy's default also takes any
    // application/octet-stream part, whose missing name then broke the upload routes.
    isPartAFile: (_field, _type, fileName) => fileName !== undefined,
  });
  await app.register(swagger, {
    openapi: { info: { title: '同心 Tongxin API', version: '0.1.0' } },
    transform: openApiTransform,
  });
  await registerAuth(app, ctx);

  app.get('/api/health', { schema: { summary: '健康检查', tags: ['系统'] } }, async () => {
    await ctx.handle.db.execute(sql`select 1`);
    return { status: 'ok' };
  });
  if (ctx.env.API_DOCS === 'on')
    app.get('/api/docs/json', { schema: { hide: true } }, async () => app.swagger());

  await registerModules(app, ctx);

  if (existsSync(webDist)) {
    const cacheControl = webCacheControl(webDist);
    await app.register(fastifyStatic, {
      root: webDist,
      // No route per file (a hundred chunks, each a GET and a HEAD, cost start-up time): the one
      // route below sends an asset or the app's index.html, so a bundle rebuilt meanwhile is served too.
      serve: false,
      // The build writes .br and .gz beside each hashed asset (web/precompress.ts): sent as they are
      // to a browser that accepts them.
      preCompressed: true,
      setHeaders: (reply, path) => reply.header('cache-control', cacheControl(path)),
    });
    app.get('/*', { schema: { hide: true } }, async (req, reply) => {
      if (req.url.startsWith('/api/')) {
        return reply.status(404).send({ error: { code: 'not_found', message: '接口不存在' } });
      }
      const path = req.url.split('?')[0];
      if (path.startsWith('/assets/')) return reply.sendFile(path.slice(1));
      // The public pages are an entry of their own (web/public.html), without the signed-in app.
      if (path === '/public' || path.startsWith('/public/')) return reply.sendFile('public.html');
      return reply.sendFile('index.html');
    });
  }
  return app;
}
