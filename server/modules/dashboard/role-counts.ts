import { and, count, eq, gt, sql } from 'drizzle-orm';
import { type Actor, ROLE_LABELS, ROLES } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  authSessions,
  handlingUnits,
  liaisonGroups,
  members,
  sectors,
  specialCommittees,
  users,
} from '../../db/schema';
import { countAuditEntries } from '../audit/queries';
import { shanghaiDayStart } from '../audit/time';

/** A member's own basics: who they are in the committee, no contact data. */
export async function memberProfile(db: DbOrTx, actor: Actor) {
  if (!actor.memberId) return null;
  const [row] = await db
    .select({
      id: members.id,
      name: members.name,
      position: members.position,
      status: members.status,
      sector: sectors.name,
      specialCommittee: specialCommittees.name,
      liaisonGroup: liaisonGroups.name,
    })
    .from(members)
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .leftJoin(specialCommittees, eq(specialCommittees.id, members.specialCommitteeId))
    .leftJoin(liaisonGroups, eq(liaisonGroups.id, members.liaisonGroupId))
    .where(and(eq(members.id, actor.memberId), eq(members.committeeId, actor.committeeId)));
  return row ?? null;
}

/** The handling unit a unit account answers for. */
export async function unitOf(db: DbOrTx, actor: Actor) {
  if (!actor.handlingUnitId) return null;
  const [row] = await db
    .select({ id: handlingUnits.id, name: handlingUnits.name })
    .from(handlingUnits)
    .where(and(eq(handlingUnits.id, actor.handlingUnitId), eq(handlingUnits.committeeId, actor.committeeId)));
  return row ?? null;
}

/** The security administrator's view: its committee's accounts and who is signed in now. */
export async function accountCounts(db: DbOrTx, actor: Actor, idleMinutes: number) {
  const own = eq(users.committeeId, actor.committeeId);
  const rows = await db.select({ role: users.role, n: count() }).from(users).where(own).groupBy(users.role);
  const byRole = ROLES.map((role) => ({
    role,
    label: ROLE_LABELS[role],
    count: rows.find((r) => r.role === role)?.n ?? 0,
  }));
  const since = new Date(Date.now() - idleMinutes * 60_000);
  return {
    total: byRole.reduce((sum, r) => sum + r.count, 0),
    byRole,
    disabled: await db.$count(users, and(own, eq(users.active, false))),
    locked: await db.$count(users, and(own, sql`${users.lockedUntil} > now()`)),
    activeSessions: await db.$count(
      authSessions,
      and(eq(authSessions.committeeId, actor.committeeId), gt(authSessions.lastSeenAt, since)),
    ),
  };
}

/** The auditor's view: how much was logged, and how many logins failed, in its scope. */
export async function auditCounts(db: DbOrTx, actor: Actor) {
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  return {
    entriesToday: await countAuditEntries(db, actor, { from: shanghaiDayStart() }),
    entries7Days: await countAuditEntries(db, actor, { from: weekAgo }),
    failedLogins7Days: await countAuditEntries(db, actor, {
      from: weekAgo,
      actionIs: '登录',
      result: '失败',
    }),
  };
}
