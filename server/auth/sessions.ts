import { and, eq, lt, sql } from 'drizzle-orm';
import type { Actor, Role } from '../../domain/roles';
import type { TextScale } from '../../domain/text-scale';
import type { Db, DbOrTx } from '../db/client';
import { authSessions, committees, departments, members, proposals, users } from '../db/schema';
import { randomToken, tokenDigest } from '../lib/crypto';

export const SESSION_COOKIE = 'tx_session';

export interface LoadedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
  committeeName: string;
  committeeLevel: string;
  /** 长辈模式 step of the account (domain/text-scale.ts). */
  textScale: TextScale;
  /** When the session was last used, as the database knows it (written at most once a minute). */
  lastSeenAt: Date;
  /** The member's post (主席, 副主席 …) for a member's account: chairs lead key proposals. */
  memberPosition: string | null;
  /** Whether proposals were ever filed in the caller's committee (a county's office has queues; a
   * higher committee that only reads its districts has none). */
  committeeReceivesProposals: boolean;
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

/** The session lookup, built and named once per database (a prepared statement). */
const lookups = new WeakMap<Db, ReturnType<typeof prepareLookup>>();

function prepareLookup(db: Db) {
  return db
    .select({
      lastSeenAt: authSessions.lastSeenAt,
      csrfToken: authSessions.csrfToken,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      textScale: users.textScale,
      committeeId: users.committeeId,
      path: committees.path,
      committeeName: committees.name,
      committeeLevel: committees.level,
      departmentId: users.departmentId,
      duty: departments.duty,
      memberId: users.memberId,
      handlingUnitId: users.handlingUnitId,
      leaderId: users.leaderId,
      canViewSensitive: users.canViewSensitive,
      memberPosition: members.position,
      committeeReceivesProposals: sql<boolean>`exists (select 1 from ${proposals} p where p.committee_id = ${users.committeeId} and p.status <> 'draft')`,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .innerJoin(committees, eq(committees.id, users.committeeId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(members, eq(members.id, users.memberId))
    .where(eq(authSessions.tokenDigest, sql.placeholder('digest')))
    .prepare('load_session');
}

/**
 * Reads a session by its token's digest with the signed-in actor, or null when there is none or
 * the account is disabled. The idle timeout is the caller's (auth/session-store.ts).
 */
export async function readSession(db: Db, digest: string): Promise<LoadedSession | null> {
  const lookup = lookups.get(db) ?? prepareLookup(db);
  lookups.set(db, lookup);
  const [row] = await lookup.execute({ digest });
  if (!row?.active) return null;
  return {
    csrfToken: row.csrfToken,
    mustChangePassword: row.mustChangePassword,
    committeeName: row.committeeName,
    committeeLevel: row.committeeLevel,
    textScale: row.textScale as TextScale,
    lastSeenAt: row.lastSeenAt,
    memberPosition: row.memberPosition,
    committeeReceivesProposals: row.committeeReceivesProposals,
    actor: {
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      role: row.role as Role,
      committeeId: row.committeeId,
      committeePath: row.path,
      departmentId: row.departmentId,
      duty: row.duty,
      memberId: row.memberId,
      handlingUnitId: row.handlingUnitId,
      leaderId: row.leaderId,
      canViewSensitive: row.canViewSensitive,
    },
  };
}

/** Records that a session was used now. */
export async function touchSession(db: Db, digest: string): Promise<void> {
  await db.update(authSessions).set({ lastSeenAt: new Date() }).where(eq(authSessions.tokenDigest, digest));
}

/** Ends one session (logout, idle timeout); every app instance drops it from its cache (session-store.ts). */
export async function destroySession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.tokenDigest, tokenDigest(token)));
}

/** Ends every session of a user (password change, lock, disable). */
export async function destroyUserSessions(db: DbOrTx, userId: number, exceptToken?: string): Promise<void> {
  const keep = exceptToken ? sql`${authSessions.tokenDigest} <> ${tokenDigest(exceptToken)}` : sql`true`;
  await db.delete(authSessions).where(and(eq(authSessions.userId, userId), keep));
}

/** Drops sessions idle past the timeout (refused anyway; this keeps the table small). Run hourly as a job. */
export async function purgeIdleSessions(db: Db, idleMinutes: number): Promise<void> {
  await db
    .delete(authSessions)
    .where(lt(authSessions.lastSeenAt, new Date(Date.now() - idleMinutes * 60_000)));
}
