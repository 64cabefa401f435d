import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '../../../db/client';
import {
  activityGroups,
  handlingUnits,
  leaders,
  liaisonGroups,
  meetingInvitees,
  memberActivityGroups,
  members,
  sectors,
  specialCommittees,
} from '../../../db/schema';
import { badRequest } from '../../../errors';
import { storeAttendance } from '../attendance-store';
import type { InviteeIds } from '../audience';
import type { InviteRule } from '../schemas';

type IdTable = PgTable & { id: PgColumn; committeeId: PgColumn };

/** The catalogue each id list of the rule points into, for the check that they are the committee's. */
const LISTS: [keyof InviteRule, IdTable, string][] = [
  ['sectorIds', sectors, '界别'],
  ['specialCommitteeIds', specialCommittees, '专门委员会'],
  ['liaisonGroupIds', liaisonGroups, '委员联络组'],
  ['activityGroupIds', activityGroups, '委员活动组'],
  ['leaderIds', leaders, '列席领导'],
  ['unitIds', handlingUnits, '列席单位'],
  ['memberIds', members, '指定委员'],
];

/** Every id of the rule names a row of the meeting's own committee (400 naming the list otherwise). */
async function checkOwnRows(db: DbOrTx, committeeId: number, rule: InviteRule) {
  for (const [key, table, label] of LISTS) {
    const wanted = [...new Set(rule[key] as number[])];
    if (wanted.length === 0) continue;
    const found = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.committeeId, committeeId), inArray(table.id, wanted)));
    if (found.length !== wanted.length) throw badRequest(`${label}：不属于本委员会`, `invite.${key}`);
  }
}

/** The serving members a rule selects: anyone matching any of its criteria. */
async function membersOf(db: DbOrTx, committeeId: number, rule: InviteRule): Promise<number[]> {
  const any: SQL[] = [];
  if (rule.allMembers) any.push(sql`true`);
  if (rule.positions.length) any.push(inArray(members.position, rule.positions));
  if (rule.sectorIds.length) any.push(inArray(members.sectorId, rule.sectorIds));
  if (rule.specialCommitteeIds.length)
    any.push(inArray(members.specialCommitteeId, rule.specialCommitteeIds));
  if (rule.liaisonGroupIds.length) any.push(inArray(members.liaisonGroupId, rule.liaisonGroupIds));
  if (rule.memberIds.length) any.push(inArray(members.id, rule.memberIds));
  if (rule.activityGroupIds.length) {
    any.push(
      sql`exists (select 1 from ${memberActivityGroups} g where g.member_id = ${members.id}
        and ${inArray(sql`g.activity_group_id`, rule.activityGroupIds)})`,
    );
  }
  if (any.length === 0) return [];
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.committeeId, committeeId), eq(members.status, 'active'), or(...any)));
  return rows.map((r) => r.id);
}

/** The invitees a rule gives: members who owe attendance and the 列席 guests. */
export async function resolveInvitees(
  db: DbOrTx,
  committeeId: number,
  rule: InviteRule,
): Promise<InviteeIds> {
  await checkOwnRows(db, committeeId, rule);
  const memberIds = await membersOf(db, committeeId, rule);
  if (memberIds.length === 0) throw badRequest('参会范围：没有选中任何在任委员', 'invite');
  return { memberIds, leaderIds: [...new Set(rule.leaderIds)], unitIds: [...new Set(rule.unitIds)] };
}

const difference = (a: number[], b: number[]) => {
  const keep = new Set(b);
  return a.filter((x) => !keep.has(x));
};

/**
 * Makes the meeting's invitee rows those of the rule: new ones are added (answering nothing yet),
 * those no longer selected are removed with their answers. Returns who was added and removed.
 */
export async function syncInvitees(tx: Tx, meeting: { id: number; committeeId: number }, rule: InviteRule) {
  const want = await resolveInvitees(tx, meeting.committeeId, rule);
  const have = await tx
    .select({
      id: meetingInvitees.id,
      m: meetingInvitees.memberId,
      l: meetingInvitees.leaderId,
      u: meetingInvitees.unitId,
    })
    .from(meetingInvitees)
    .where(eq(meetingInvitees.meetingId, meeting.id));
  const current = {
    memberIds: have.flatMap((r) => (r.m === null ? [] : [r.m])),
    leaderIds: have.flatMap((r) => (r.l === null ? [] : [r.l])),
    unitIds: have.flatMap((r) => (r.u === null ? [] : [r.u])),
  };
  const added: InviteeIds = {
    memberIds: difference(want.memberIds, current.memberIds),
    leaderIds: difference(want.leaderIds, current.leaderIds),
    unitIds: difference(want.unitIds, current.unitIds),
  };
  const removed: InviteeIds = {
    memberIds: difference(current.memberIds, want.memberIds),
    leaderIds: difference(current.leaderIds, want.leaderIds),
    unitIds: difference(current.unitIds, want.unitIds),
  };
  const base = { committeeId: meeting.committeeId, meetingId: meeting.id };
  const rows = [
    ...added.memberIds.map((memberId) => ({ ...base, role: 'attendee', memberId })),
    ...added.leaderIds.map((leaderId) => ({ ...base, role: 'guest', leaderId })),
    ...added.unitIds.map((unitId) => ({ ...base, role: 'guest', unitId })),
  ];
  for (let i = 0; i < rows.length; i += 1000)
    await tx.insert(meetingInvitees).values(rows.slice(i, i + 1000));
  const gone = have.filter(
    (r) =>
      (r.m !== null && removed.memberIds.includes(r.m)) ||
      (r.l !== null && removed.leaderIds.includes(r.l)) ||
      (r.u !== null && removed.unitIds.includes(r.u)),
  );
  if (gone.length) {
    await tx.delete(meetingInvitees).where(
      inArray(
        meetingInvitees.id,
        gone.map((r) => r.id),
      ),
    );
  }
  // Invitees and sittings (written before this by create and edit) are what attendance counts.
  await storeAttendance(tx, [meeting.id]);
  return { added, removed, attendees: want.memberIds.length };
}
