import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  AWARD_KIND_LABELS,
  AWARD_STATUS_LABELS,
  AWARD_WORKFLOW,
  type AwardAction,
  type AwardFacts,
  type AwardKind,
  type AwardRole,
  type AwardStatus,
  proposeAwardCandidates,
} from '../../../domain/duty-awards';
import type { DutyGrade } from '../../../domain/duty-rules';
import type { Actor } from '../../../domain/roles';
import type { Db, DbOrTx, Tx } from '../../db/client';
import { activityGroups, dutyAwards, dutyScores, memberActivityGroups, members } from '../../db/schema';
import { forbidden, notFound } from '../../errors';
import { now } from '../../platform/clock';
import { appendEvent } from '../../platform/events';
import { inReadScope, resolveScopeCommittee } from '../../platform/scope';
import { applyTransition, type WorkflowAdapter } from '../../platform/workflow-engine';
import { keepsArchive } from './policy';
import { effectiveRules } from './rules';

type AwardRow = typeof dutyAwards.$inferSelect;

async function readable(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(dutyAwards)
    .where(and(eq(dutyAwards.id, id), inReadScope(dutyAwards.committeeId, actor)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('年度表彰');
  return row;
}

const rolesOf = (actor: Actor, row: AwardRow): AwardRole[] =>
  keepsArchive(actor) && actor.committeeId === row.committeeId ? ['keeper'] : [];
const NO_FACTS: AwardFacts = {};

const AWARD_ADAPTER: WorkflowAdapter<
  typeof dutyAwards,
  null,
  AwardStatus,
  AwardRole,
  AwardFacts,
  AwardAction,
  undefined
> = {
  workflow: AWARD_WORKFLOW,
  table: dutyAwards,
  lock: async (tx: Tx, actor, id) => ({ row: await readable(tx, actor, id, true), relations: null }),
  roles: rolesOf,
  facts: () => NO_FACTS,
};

/** 确认表彰 / 不予表彰: the one way an award changes status. */
export const decideAward = (
  db: Db,
  actor: Actor,
  id: number,
  action: AwardAction,
  body: { expectedVersion?: number; note?: string | null },
) =>
  applyTransition(db, AWARD_ADAPTER, actor, {
    id,
    action,
    expectedVersion: body.expectedVersion,
    note: body.note ?? null,
    step: async () => ({ patch: { decidedByUserId: actor.userId, decidedAt: now() } }),
  });

/** The year's stored scores and the committee's activity groups with their members. */
async function scoredYear(db: DbOrTx, committeeId: number, year: number) {
  const scores = await db
    .select({
      memberId: dutyScores.memberId,
      name: members.name,
      total: dutyScores.total,
      grade: dutyScores.grade,
      consequences: dutyScores.consequenceCount,
    })
    .from(dutyScores)
    .innerJoin(members, eq(members.id, dutyScores.memberId))
    .where(and(eq(dutyScores.committeeId, committeeId), eq(dutyScores.year, year)));
  const links = await db
    .select({ id: activityGroups.id, name: activityGroups.name, memberId: memberActivityGroups.memberId })
    .from(activityGroups)
    .leftJoin(memberActivityGroups, eq(memberActivityGroups.activityGroupId, activityGroups.id))
    .where(eq(activityGroups.committeeId, committeeId))
    .orderBy(asc(activityGroups.id));
  const groups = new Map<number, { id: number; name: string; memberIds: number[] }>();
  for (const l of links) {
    const g = groups.get(l.id) ?? { id: l.id, name: l.name, memberIds: [] };
    if (l.memberId !== null) g.memberIds.push(l.memberId);
    groups.set(l.id, g);
  }
  return { scores: scores.map((s) => ({ ...s, grade: s.grade as DutyGrade })), groups: [...groups.values()] };
}

const subjectOf = (c: { memberId: number | null; activityGroupId: number | null }) =>
  [
    c.memberId === null ? null : `member:${c.memberId}`,
    c.activityGroupId === null ? null : `group:${c.activityGroupId}`,
  ]
    .filter(Boolean)
    .join('@');

/**
 * 提出表彰建议: the year's candidates from its stored scores. Earlier suggestions still waiting are
 * replaced; a confirmed or dropped award stays as the staff decided it.
 */
export async function proposeAwards(db: DbOrTx, actor: Actor, year: number) {
  if (!keepsArchive(actor)) throw forbidden('只能由本会委员工作部门办理');
  const committeeId = actor.committeeId;
  const { scores, groups } = await scoredYear(db, committeeId, year);
  const { rules } = await effectiveRules(db, committeeId, year);
  const candidates = proposeAwardCandidates(scores, groups, rules.grades.competent);
  await db
    .delete(dutyAwards)
    .where(
      and(
        eq(dutyAwards.committeeId, committeeId),
        eq(dutyAwards.year, year),
        eq(dutyAwards.status, 'proposed'),
      ),
    );
  const rows = candidates.map((c) => ({
    committeeId,
    year,
    kind: c.kind,
    subject: subjectOf(c),
    memberId: c.memberId,
    activityGroupId: c.activityGroupId,
    basis: c.basis,
    status: 'proposed',
  }));
  const added = rows.length
    ? await db.insert(dutyAwards).values(rows).onConflictDoNothing().returning({ id: dutyAwards.id })
    : [];
  await appendEvent(db, actor, {
    committeeId,
    subjectType: 'dutyAwards',
    subjectId: year,
    action: 'propose',
    data: { year, proposed: added.length },
  });
  return { year, proposed: added.length };
}

/** The year's awards in order (kind, then who), with names and what the caller may do to each. */
export async function listAwards(db: DbOrTx, actor: Actor, year: number, committeeId?: number) {
  const committee = await resolveScopeCommittee(db, actor, committeeId);
  const rows = await db
    .select({
      row: dutyAwards,
      memberName: members.name,
      groupName: activityGroups.name,
    })
    .from(dutyAwards)
    .leftJoin(members, eq(members.id, dutyAwards.memberId))
    .leftJoin(activityGroups, eq(activityGroups.id, dutyAwards.activityGroupId))
    .where(and(eq(dutyAwards.committeeId, committee.id), eq(dutyAwards.year, year)))
    .orderBy(
      sql`array_position(array['excellentMember','advancedGroup','excellentLeader'], ${dutyAwards.kind})`,
      asc(dutyAwards.id),
    );
  return rows.map(({ row, memberName, groupName }) => presentAward(actor, row, memberName, groupName));
}

function presentAward(actor: Actor, row: AwardRow, memberName: string | null, groupName: string | null) {
  return {
    id: row.id,
    year: row.year,
    kind: row.kind as AwardKind,
    kindLabel: AWARD_KIND_LABELS[row.kind as AwardKind],
    memberId: row.memberId,
    memberName,
    activityGroupId: row.activityGroupId,
    groupName,
    basis: row.basis,
    status: row.status as AwardStatus,
    statusLabel: AWARD_STATUS_LABELS[row.status as AwardStatus],
    version: row.version,
    abilities: AWARD_WORKFLOW.abilities(row.status as AwardStatus, rolesOf(actor, row), NO_FACTS),
  };
}

/** One award as every step answers it. */
export async function awardView(db: DbOrTx, actor: Actor, id: number) {
  const row = await readable(db, actor, id, false);
  const [m] = row.memberId
    ? await db.select({ name: members.name }).from(members).where(eq(members.id, row.memberId))
    : [];
  const [g] = row.activityGroupId
    ? await db
        .select({ name: activityGroups.name })
        .from(activityGroups)
        .where(eq(activityGroups.id, row.activityGroupId))
    : [];
  return presentAward(actor, row, m?.name ?? null, g?.name ?? null);
}

/** The confirmed awards of a year by kind, as the 通报 names them. */
export async function confirmedAwards(db: DbOrTx, committeeId: number, year: number) {
  const rows = await db
    .select({ kind: dutyAwards.kind, memberName: members.name, groupName: activityGroups.name })
    .from(dutyAwards)
    .leftJoin(members, eq(members.id, dutyAwards.memberId))
    .leftJoin(activityGroups, eq(activityGroups.id, dutyAwards.activityGroupId))
    .where(
      and(
        eq(dutyAwards.committeeId, committeeId),
        eq(dutyAwards.year, year),
        inArray(dutyAwards.status, ['confirmed']),
      ),
    )
    .orderBy(asc(dutyAwards.id));
  const of = (kind: AwardKind) => rows.filter((r) => r.kind === kind);
  return {
    excellentMember: of('excellentMember').map((r) => r.memberName ?? ''),
    advancedGroup: of('advancedGroup').map((r) => r.groupName ?? ''),
    excellentLeader: of('excellentLeader').map((r) => `${r.memberName ?? ''}（${r.groupName ?? ''}）`),
  };
}
export type ConfirmedAwards = Awaited<ReturnType<typeof confirmedAwards>>;
