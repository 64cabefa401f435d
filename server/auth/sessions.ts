import { and, eq, lt, sql } from 'drizzle-orm';
import type { Actor, Role } from '../../domain/roles';
import type { Db, DbOrTx } from '../db/client';
import { authSessions, committees, users } from '../db/schema';
import { randomToken, tokenDigest } from '../lib/crypto';

export const SESSION_COOKIE = 'tx_session';

export interface LoadedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
}

/** Opens a server-side session; the caller sets the returned token as an httpOnly cookie. */
export async function createSession(db: Db, user: { id: number; committeeId: number }, ip: string) {
  const token = randomToken();
  const csrfToken = randomToken();
  await db.insert(authSessions).values({
    tokenDigest: tokenDigest(token),
    committeeId: user.committeeId,
    userId: user.id,
    csrfToken,
    ip,
  });
  return { token, csrfToken };
}

/**
 * Resolves a cookie token to the signed-in actor, enforcing the idle timeout: a session unused
 * for longer than `idleMinutes` is deleted and treated as absent.
 */
export async function loadSession(db: Db, token: string, idleMinutes: number): Promise<LoadedSession | null> {
  const digest = tokenDigest(token);
  const [row] = await db
    .select({ session: authSessions, user: users, path: committees.path })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .innerJoin(committees, eq(committees.id, users.committeeId))
    .where(eq(authSessions.tokenDigest, digest));
  if (!row?.user.active) return null;
  const idleMs = Date.now() - row.session.lastSeenAt.getTime();
  if (idleMs > idleMinutes * 60_000) {
    await db.delete(authSessions).where(eq(authSessions.tokenDigest, digest));
    return null;
  }
  if (idleMs > 30_000) {
    await db.update(authSessions).set({ lastSeenAt: new Date() }).where(eq(authSessions.tokenDigest, digest));
  }
  const u = row.user;
  return {
    csrfToken: row.session.csrfToken,
    mustChangePassword: u.mustChangePassword,
    actor: {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role as Role,
      committeeId: u.committeeId,
      committeePath: row.path,
      departmentId: u.departmentId,
      memberId: u.memberId,
      handlingUnitId: u.handlingUnitId,
      leaderId: u.leaderId,
      canViewSensitive: u.canViewSensitive,
    },
  };
}

export async function destroySession(db: Db, token: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.tokenDigest, tokenDigest(token)));
}

/** Ends every session of a user (password change, lock, disable). */
export async function destroyUserSessions(db: DbOrTx, userId: number, exceptToken?: string): Promise<void> {
  const keep = exceptToken ? sql`${authSessions.tokenDigest} <> ${tokenDigest(exceptToken)}` : sql`true`;
  await db.delete(authSessions).where(and(eq(authSessions.userId, userId), keep));
}

/** Drops sessions idle past the timeout; run at start-up and hourly. */
export async function purgeIdleSessions(db: Db, idleMinutes: number): Promise<void> {
  await db
    .delete(authSessions)
    .where(lt(authSessions.lastSeenAt, new Date(Date.now() - idleMinutes * 60_000)));
}
