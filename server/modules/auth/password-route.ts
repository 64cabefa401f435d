import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { passwordProblem } from '../../../domain/password';
import { ROLES } from '../../../domain/roles';
import { lockedError, passwordAttempt } from '../../auth/login';
import { hashPassword } from '../../auth/passwords';
import { destroyUserSessions, SESSION_COOKIE } from '../../auth/sessions';
import type { AppContext } from '../../context';
import { users } from '../../db/schema';
import { badRequest, unauthorized } from '../../errors';
import { openApiSchema } from '../../http/openapi-schema';
import { parseInput } from '../../http/validation';
import { runWrite } from '../../http/write-transaction';

const changeBody = z.object({
  oldPassword: z.string().min(1, '不能为空').max(128, '不能超过 128 个字符'),
  newPassword: z.string().max(128, '不能超过 128 个字符'),
});

/**
 * 修改密码, under the login's rate limit and lockout: the old password is an attempt like a login's
 * (a wrong one counts, five lock the account), checked before and outside the change's transaction
 * so the count survives the refusal. Locking the account here also ends its sessions: whoever holds
 * this one is guessing the password. Declared with Fastify directly for that reason; any signed-in
 * role may call it, also before changing an initial password.
 */
export function changePasswordRoute(scoped: FastifyInstance, ctx: AppContext): void {
  const db = ctx.handle.db;
  scoped.post(
    '/api/auth/change-password',
    {
      config: { audit: '修改密码', allowBeforePasswordChange: true, roles: ROLES },
      schema: { summary: '修改密码', tags: ['认证'], body: openApiSchema(changeBody) },
    },
    async (req, reply) => {
      const actor = req.actor;
      if (!actor) throw unauthorized();
      const body = parseInput(changeBody, req.body);
      const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
      const attempt = await passwordAttempt(db, user, body.oldPassword);
      if (attempt === 'wrong') throw badRequest('原密码：不正确', 'oldPassword');
      if (attempt !== 'ok') {
        if (attempt.locked === 'now') {
          await destroyUserSessions(db, actor.userId);
          await req.server.sessions.settle();
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
        }
        throw lockedError(attempt);
      }
      const problem = passwordProblem(body.newPassword, actor.username);
      if (problem) throw badRequest(`新密码：${problem}`, 'newPassword');
      if (body.newPassword === body.oldPassword) throw badRequest('新密码：不能与原密码相同', 'newPassword');
      const passwordHash = await hashPassword(body.newPassword);
      return runWrite(ctx, req, reply, async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date() })
          .where(eq(users.id, actor.userId));
        await destroyUserSessions(tx, actor.userId, req.sessionToken ?? undefined);
        return { ok: true };
      });
    },
  );
}
