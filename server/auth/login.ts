import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';
import { AppError } from '../errors';
import { hashPassword, verifyPassword } from './passwords';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

type User = typeof users.$inferSelect;

export type LoginOutcome =
  | { ok: true; user: User }
  | { ok: false; error: AppError; user: User | null; reason: string };

/** What one password attempt against an account came to. */
export type Attempt = 'ok' | 'wrong' | { locked: 'now' | 'already'; minutes: number };

let dummy: Promise<string> | null = null;
/** A hash nobody's password matches: an unknown name costs the same argon2 time as a known one. */
const dummyHash = () => {
  dummy ??= hashPassword(`dummy-${Math.random()}`);
  return dummy;
};

const notLocked = (id: number) =>
  and(eq(users.id, id), or(isNull(users.lockedUntil), lte(users.lockedUntil, sql`now()`)));

const minutesLeft = (until: Date | null) =>
  Math.max(1, Math.ceil(((until?.getTime() ?? Date.now()) - Date.now()) / 60_000));

async function lockNow(db: DbOrTx, id: number): Promise<Attempt> {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: sql`now() + make_interval(mins => ${LOCK_MINUTES})` })
    .where(eq(users.id, id));
  return { locked: 'now', minutes: LOCK_MINUTES };
}

async function lockedFor(db: DbOrTx, id: number): Promise<Attempt> {
  const [row] = await db.select({ until: users.lockedUntil }).from(users).where(eq(users.id, id));
  return { locked: 'already', minutes: minutesLeft(row?.until ?? null) };
}

/**
 * One password attempt under the lockout, counted in the database before the password is checked:
 * the count is one atomic increment, so attempts sent in parallel cannot all read the same count,
 * and an attempt past the fifth is refused without being checked at all. Five failures in a row
 * lock the account for 15 minutes; a lock taken meanwhile also refuses a right password.
 * Must run outside the request's transaction: a refused attempt still counts.
 */
export async function passwordAttempt(db: DbOrTx, user: Pick<User, 'id' | 'passwordHash'>, password: string) {
  const [slot] = await db
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1` })
    .where(notLocked(user.id))
    .returning({ failures: users.failedLogins });
  if (!slot) return lockedFor(db, user.id);
  if (slot.failures > MAX_FAILURES) return lockNow(db, user.id);
  if (await verifyPassword(user.passwordHash, password)) {
    const [cleared] = await db
      .update(users)
      .set({ failedLogins: 0 })
      .where(notLocked(user.id))
      .returning({ id: users.id });
    return cleared ? 'ok' : lockedFor(db, user.id);
  }
  return slot.failures >= MAX_FAILURES ? lockNow(db, user.id) : 'wrong';
}

/** The 423 of a locked account, in the words of how it came to be locked. */
export function lockedError(attempt: { locked: 'now' | 'already'; minutes: number }): AppError {
  return attempt.locked === 'now'
    ? new AppError(423, 'locked', `连续 ${MAX_FAILURES} 次密码错误，账号锁定 ${LOCK_MINUTES} 分钟`)
    : new AppError(423, 'locked', `账号已锁定，请 ${attempt.minutes} 分钟后再试`);
}

/**
 * Checks a username-or-phone and password (see passwordAttempt for the lockout). An unknown name
 * is answered after the same argon2 work as a wrong password, so timing does not tell names apart.
 */
export async function checkLogin(ctx: AppContext, login: string, password: string): Promise<LoginOutcome> {
  const db = ctx.handle.db;
  const byPhone = /^1\d{10}$/.test(login) ? eq(users.phoneDigest, ctx.cipher.digest(login)) : undefined;
  const [user] = await db
    .select()
    .from(users)
    .where(byPhone ? or(eq(users.username, login), byPhone) : eq(users.username, login));
  const wrong = new AppError(401, 'bad_credentials', '用户名或密码错误');
  if (!user) {
    await verifyPassword(await dummyHash(), password);
    return { ok: false, error: wrong, user: null, reason: '用户名不存在' };
  }
  if (!user.active) {
    const error = new AppError(403, 'disabled', '账号已停用，请联系安全管理员');
    return { ok: false, error, user, reason: '账号已停用' };
  }
  const attempt = await passwordAttempt(db, user, password);
  if (attempt === 'ok') return { ok: true, user };
  if (attempt === 'wrong') return { ok: false, error: wrong, user, reason: '密码错误' };
  const reason = attempt.locked === 'now' ? '密码错误，账号锁定' : '账号已锁定';
  return { ok: false, error: lockedError(attempt), user, reason };
}
