import rateLimit from '@fastify/rate-limit';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { abilitiesFor } from '../../../domain/abilities';
import { passwordProblem } from '../../../domain/password';
import { ROLES } from '../../../domain/roles';
import { appendAudit } from '../../auth/audit';
import { checkLogin } from '../../auth/login';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { createSession, destroySession, destroyUserSessions, SESSION_COOKIE } from '../../auth/sessions';
import type { AppContext } from '../../context';
import { committees, users } from '../../db/schema';
import { badRequest, tooMany, unauthorized } from '../../errors';
import { openApiSchema, route } from '../../http/route';
import { parseInput, text } from '../../http/validation';
import { preferenceRoutes } from './preferences';

const loginBody = z.object({
  username: text(64),
  password: z.string().min(1, '不能为空').max(128, '不能超过 128 个字符'),
});
const changeBody = z.object({
  oldPassword: z.string().min(1, '不能为空').max(128, '不能超过 128 个字符'),
  newPassword: z.string().max(128, '不能超过 128 个字符'),
});

const LOGIN_WINDOW_MS = 60_000;

/** The username a login attempt names, as the limiter counts it: trimmed, lower case, bounded. */
const attemptedName = (req: FastifyRequest) =>
  String((req.body as { username?: unknown })?.username ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 64);

/**
 * Audits a refused (rate-limited) login once per caller and username in each window: the log
 * shows the attack without one chained row per rejected request (which would itself be a flood).
 */
function refusedLoginAuditor(ctx: AppContext) {
  const audited = new Map<string, number>();
  return (req: FastifyRequest, key: string) => {
    const now = Date.now();
    for (const [k, until] of audited) if (until <= now) audited.delete(k);
    if (audited.has(key)) return;
    audited.set(key, now + LOGIN_WINDOW_MS);
    const username = attemptedName(req);
    auditRefusal(ctx, username, req.ip).catch((e) => req.log.error(e, 'audit of a refused login failed'));
  };
}

/** An address may try ten times as many logins a minute as one name, whatever names it tries. */
const ADDRESS_FACTOR = 10;

/**
 * The per-address ceiling over the per-name limit: one address spraying a password over many
 * accounts is stopped too. Counted in memory per window; expired addresses are dropped as it grows.
 */
function addressCeiling(max: number, refuse: (req: FastifyRequest, key: string) => void) {
  const counts = new Map<string, { n: number; until: number }>();
  return async (req: FastifyRequest) => {
    const now = Date.now();
    const seen = counts.get(req.ip);
    if (seen && seen.until > now) {
      seen.n++;
      if (seen.n <= max) return;
      refuse(req, `${req.ip}|*`);
      throw tooMany('登录尝试过于频繁，请稍后再试');
    }
    if (counts.size > 10_000) for (const [ip, c] of counts) if (c.until <= now) counts.delete(ip);
    counts.set(req.ip, { n: 1, until: now + LOGIN_WINDOW_MS });
  };
}

/** The refusal, under the account's own committee when the name is an account (its auditor sees it). */
async function auditRefusal(ctx: AppContext, username: string, ip: string) {
  const [user] = await ctx.handle.db
    .select({ id: users.id, committeeId: users.committeeId, username: users.username })
    .from(users)
    .where(eq(users.username, username));
  await appendAudit(ctx.handle.db, ctx.cipher, {
    committeeId: user?.committeeId ?? null,
    userId: user?.id ?? null,
    username: user?.username ?? username,
    ip,
    action: '登录',
    target: null,
    result: '拒绝：尝试过于频繁',
  });
}

/** Login, logout, the current user and the password change. */
export async function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const db = ctx.handle.db;
  const secure = ctx.env.NODE_ENV === 'production';

  await app.register(async (scoped) => {
    const refused = refusedLoginAuditor(ctx);
    scoped.addHook('preHandler', addressCeiling(ctx.env.LOGIN_RATE_LIMIT * ADDRESS_FACTOR, refused));
    await scoped.register(rateLimit, {
      max: ctx.env.LOGIN_RATE_LIMIT,
      timeWindow: LOGIN_WINDOW_MS,
      // After body parsing, so the key (and the audit) has the username, not only the address.
      hook: 'preHandler',
      onExceeded: refused,
      keyGenerator: (req) => `${req.ip}|${attemptedName(req)}`,
      // Thrown by the plugin: an AppError keeps this message through the error handler.
      errorResponseBuilder: () => tooMany('登录尝试过于频繁，请稍后再试'),
    });
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
  });

  app.post(
    '/api/auth/logout',
    {
      config: { audit: '退出登录', allowBeforePasswordChange: true },
      schema: { summary: '退出登录', tags: ['认证'] },
    },
    async (req, reply) => {
      if (req.sessionToken) await destroySession(db, req.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get(
    '/api/auth/me',
    { config: { allowBeforePasswordChange: true }, schema: { summary: '当前用户与权限', tags: ['认证'] } },
    async (req) => {
      const actor = req.actor;
      if (!actor) throw unauthorized();
      const [row] = await db
        .select({ user: users, committeeName: committees.name, committeeLevel: committees.level })
        .from(users)
        .innerJoin(committees, eq(committees.id, users.committeeId))
        .where(eq(users.id, actor.userId));
      return {
        id: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        role: actor.role,
        committeeId: actor.committeeId,
        committeeName: row.committeeName,
        committeeLevel: row.committeeLevel,
        memberId: actor.memberId,
        handlingUnitId: actor.handlingUnitId,
        departmentId: actor.departmentId,
        mustChangePassword: row.user.mustChangePassword,
        textScale: row.user.textScale,
        // The cookie is httpOnly: after a reload the web app learns the CSRF token only here.
        csrfToken: req.csrfToken,
        abilities: abilitiesFor(actor),
      };
    },
  );

  await preferenceRoutes(app, ctx);

  route(app, ctx, {
    method: 'POST',
    url: '/api/auth/change-password',
    summary: '修改密码',
    tags: ['认证'],
    roles: ROLES,
    audit: '修改密码',
    allowBeforePasswordChange: true,
    body: changeBody,
    handler: async ({ actor, body, req }) => {
      const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
      if (!(await verifyPassword(user.passwordHash, body.oldPassword)))
        throw badRequest('原密码：不正确', 'oldPassword');
      const problem = passwordProblem(body.newPassword);
      if (problem) throw badRequest(`新密码：${problem}`, 'newPassword');
      if (body.newPassword === body.oldPassword) throw badRequest('新密码：不能与原密码相同', 'newPassword');
      await db
        .update(users)
        .set({
          passwordHash: await hashPassword(body.newPassword),
          mustChangePassword: false,
          passwordChangedAt: new Date(),
        })
        .where(eq(users.id, actor.userId));
      await destroyUserSessions(db, actor.userId, req.sessionToken ?? undefined);
      return { ok: true };
    },
  });
}
