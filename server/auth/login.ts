import { eq, or } from 'drizzle-orm';
import type { AppContext } from '../context';
import { users } from '../db/schema';
import { AppError } from '../errors';
import { verifyPassword } from './passwords';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type LoginOutcome =
  | { ok: true; user: typeof users.$inferSelect }
  | { ok: false; error: AppError; user: typeof users.$inferSelect | null; reason: string };

/**
 * Checks a username-or-phone and password. Five failures in a row lock the account for
 * 15 minutes; a locked account is refused even with the right password.
 */
export async function checkLogin(ctx: AppContext, login: string, password: string): Promise<LoginOutcome> {
  const db = ctx.handle.db;
  const byPhone = /^1\d{10}$/.test(login) ? eq(users.phoneDigest, ctx.cipher.digest(login)) : undefined;
  const [user] = await db
    .select()
    .from(users)
    .where(byPhone ? or(eq(users.username, login), byPhone) : eq(users.username, login));
  const wrong = new AppError(401, 'bad_credentials', '用户名或密码错误');
  if (!user) return { ok: false, error: wrong, user: null, reason: '用户名不存在' };
  if (!user.active)
    return {
      ok: false,
      error: new AppError(403, 'disabled', '账号已停用，请联系安全管理员'),
      user,
      reason: '账号已停用',
    };
  const now = Date.now();
  if (user.lockedUntil && user.lockedUntil.getTime() > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now) / 60_000);
    return {
      ok: false,
      error: new AppError(423, 'locked', `账号已锁定，请 ${minutes} 分钟后再试`),
      user,
      reason: '账号已锁定',
    };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedLogins + 1;
    const locks = failures >= MAX_FAILURES;
    await db
      .update(users)
      .set({
        failedLogins: locks ? 0 : failures,
        lockedUntil: locks ? new Date(now + LOCK_MINUTES * 60_000) : null,
      })
      .where(eq(users.id, user.id));
    const error = locks
      ? new AppError(423, 'locked', `连续 ${MAX_FAILURES} 次密码错误，账号锁定 ${LOCK_MINUTES} 分钟`)
      : wrong;
    return { ok: false, error, user, reason: locks ? '密码错误，账号锁定' : '密码错误' };
  }
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  return { ok: true, user };
}
