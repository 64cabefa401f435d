import { and, count, desc, eq, sql } from 'drizzle-orm';
import { positionRank } from '../../../domain/members';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  committees,
  handlingUnits,
  leaders,
  liaisonGroups,
  members,
  sectors,
  specialCommittees,
} from '../../db/schema';
import { inReadScope } from '../../platform/scope';

type Scope = Pick<Actor, 'committeePath'>;

/** 在任 (active) and 退出 (left) members, zero when absent. */
async function membersByStatus(db: DbOrTx, scope: Scope) {
  const rows = await db
    .select({ status: members.status, n: count() })
    .from(members)
    .where(inReadScope(members.committeeId, scope))
    .groupBy(members.status);
  const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return { active: of('active'), left: of('left') };
}

/** Serving members per sector name (a province sums its counties' 教育界 into one bar). */
function activeBySector(db: DbOrTx, scope: Scope) {
  return db
    .select({ name: sectors.name, count: count() })
    .from(members)
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .where(and(inReadScope(members.committeeId, scope), eq(members.status, 'active')))
    .groupBy(sectors.name)
    .orderBy(desc(count()), sectors.name);
}

/** Serving members per position, in the official order (主席 first). */
async function activeByPosition(db: DbOrTx, scope: Scope) {
  const rows = await db
    .select({ position: members.position, count: count() })
    .from(members)
    .where(and(inReadScope(members.committeeId, scope), eq(members.status, 'active')))
    .groupBy(members.position);
  return rows.sort((a, b) => positionRank(a.position) - positionRank(b.position));
}

/**
 * The committees directly below the caller's, each with the serving members of its whole
 * subtree, so a city sees each county with the townships' committees folded in.
 */
function subCommittees(db: DbOrTx, actor: Pick<Actor, 'committeeId'>) {
  const sub = sql`(select count(*)::int from ${members} m join ${committees} mc on mc.id = m.committee_id
    where m.status = 'active' and mc.path like ${committees.path} || '%')`;
  return db
    .select({
      id: committees.id,
      name: committees.name,
      level: committees.level,
      members: sql<number>`${sub}`,
    })
    .from(committees)
    .where(eq(committees.parentId, actor.committeeId))
    .orderBy(committees.name);
}

/** The organisation at a glance for staff, leaders and the system administrator. */
export async function workCounts(db: DbOrTx, actor: Actor) {
  const scoped = (column: unknown) => inReadScope(column, actor);
  const [status, bySector, byPosition, children] = await Promise.all([
    membersByStatus(db, actor),
    activeBySector(db, actor),
    activeByPosition(db, actor),
    subCommittees(db, actor),
  ]);
  return {
    members: status,
    bySector,
    byPosition,
    handlingUnits: await db.$count(handlingUnits, scoped(handlingUnits.committeeId)),
    leaders: await db.$count(leaders, scoped(leaders.committeeId)),
    specialCommittees: await db.$count(specialCommittees, scoped(specialCommittees.committeeId)),
    liaisonGroups: await db.$count(liaisonGroups, scoped(liaisonGroups.committeeId)),
    subCommittees: children,
  };
}

/**
 * Catalogue sizes of one committee, for a member's home page: one statement (a plenary morning
 * loads this page for every member at once).
 */
export async function committeeCounts(db: DbOrTx, committeeId: number) {
  const own = (column: Parameters<typeof eq>[0]) => eq(column, committeeId);
  const [counts] = await db
    .select({
      activeMembers: db.$count(members, and(own(members.committeeId), eq(members.status, 'active'))),
      sectors: db.$count(sectors, own(sectors.committeeId)),
      specialCommittees: db.$count(specialCommittees, own(specialCommittees.committeeId)),
      liaisonGroups: db.$count(liaisonGroups, own(liaisonGroups.committeeId)),
    })
    .from(committees)
    .where(own(committees.id));
  return counts;
}
