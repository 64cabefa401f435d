import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { appendAudit } from '../../auth/audit';
import { checkLogin } from '../../auth/login';
import { createSession, destroySession, SESSION_COOKIE } from '../../auth/sessions';
import type { AppContext } from '../../context';
import { unauthorized, unsupportedMediaType } from '../../errors';
import { openApiSchema } from '../../http/openapi-schema';
import { parseInput, text } from '../../http/validation';
import { runWrite } from '../../http/write-transaction';
import { limitPasswordAttempts } from './limits';
import { meRouteSchema, presentMe, sessionRouteSchema } from './me';
import { changePasswordRoute } from './password-route';
import { preferenceRoutes } from './preferences';

const loginBody = z.object({
  username: text(64),
  password: z.string().min(1, '不能为空').max(128, '不能超过 128 个字符'),
});

/** Login, logout, the current user and the password change. */
export async function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const db = ctx.handle.db;
  const secure = ctx.env.NODE_ENV === 'production';

  // Every route that checks a password shares one rate limit and the lockout (auth/login.ts).
  await app.register(async (scoped) => {
    await limitPasswordAttempts(scoped, ctx);
    scoped.post(
      '/api/auth/login',
      {
        schema: { summary: '登录（用户名或手机号 + 密码）', tags: ['认证'], body: openApiSchema(loginBody) },
      },
      async (req, reply) => {
        const body = parseInput(loginBody, req.body);
        const outcome = await checkLogin(ctx, body.username, body.password);
        const user = outcome.user;
        await appendAudit(db, ctx.cipher, {
          committeeId: user?.committeeId ?? null,
          userId: user?.id ?? null,
          username: user?.username ?? body.username,
          ip: req.ip,
          action: '登录',
          target: null,
          result: outcome.ok ? '成功' : `失败：${outcome.reason}`,
        });
        if (!outcome.ok) throw outcome.error;
        const { token, csrfToken } = await createSession(db, outcome.user, req.ip);
        reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
        return { csrfToken, mustChangePassword: outcome.user.mustChangePassword };
      },
    );
    changePasswordRoute(scoped, ctx);
  });

  app.post(
    '/api/auth/logout',
    {
      config: { audit: '退出登录', allowBeforePasswordChange: true },
      schema: { summary: '退出登录', tags: ['认证'] },
    },
    async (req, reply) => {
      // No body, or an object: anything else (a list, text, a form) is a client's mistake.
      if (req.isMultipart()) throw unsupportedMediaType('请以 JSON 格式提交');
      parseInput(z.object({}), req.body);
      const token = req.sessionToken;
      if (token) await runWrite(ctx, req, reply, (tx) => destroySession(tx, token));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  // Answered from the session alone (cached in process): the floor of every signed-in request.
  app.get(
    '/api/auth/me',
    { config: { allowBeforePasswordChange: true }, schema: meRouteSchema },
    async (req) => {
      if (!req.session) throw unauthorized();
      return presentMe(req.session);
    },
  );

  // The web app asks this on every page, signed in or not: a signed-out visitor is an answer
  // (`me: null`), not an error, so the public and login pages log no 401.
  app.get(
    '/api/auth/session',
    {
      config: { allowBeforePasswordChange: true },
      schema: sessionRouteSchema,
    },
    async (req) => ({ me: req.session ? presentMe(req.session) : null }),
  );

  await preferenceRoutes(app, ctx);
}
