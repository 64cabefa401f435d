import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { MEETING_DUTIES } from '../../../domain/meetings';
import type { DbOrTx } from '../../db/client';
import { departments, meetingInvitees, users } from '../../db/schema';

/** Who an invitation reaches: members, leaders and units by their ids. */
export interface InviteeIds {
  memberIds: number[];
  leaderIds: number[];
  unitIds: number[];
}

/** The active accounts of some invitees (a member's, a leader's, each account of a unit). */
export async function accountsOf(db: DbOrTx, ids: InviteeIds): Promise<number[]> {
  const who: SQL[] = [];
  if (ids.memberIds.length) who.push(inArray(users.memberId, ids.memberIds));
  if (ids.leaderIds.length) who.push(inArray(users.leaderId, ids.leaderIds));
  if (ids.unitIds.length) who.push(inArray(users.handlingUnitId, ids.unitIds));
  if (who.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), or(...who)));
  return rows.map((r) => r.id);
}

/** Everyone invited to a meeting, by kind. */
export async function inviteesOf(db: DbOrTx, meetingId: number): Promise<InviteeIds> {
  const rows = await db
    .select({ m: meetingInvitees.memberId, l: meetingInvitees.leaderId, u: meetingInvitees.unitId })
    .from(meetingInvitees)
    .where(eq(meetingInvitees.meetingId, meetingId));
  const pick = (k: 'm' | 'l' | 'u') => rows.flatMap((r) => (r[k] === null ? [] : [r[k] as number]));
  return { memberIds: pick('m'), leaderIds: pick('l'), unitIds: pick('u') };
}

/** The staff who organise meetings and decide leave in a committee (委员工作/综合 departments). */
export async function meetingStaffOf(db: DbOrTx, committeeId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(
      and(
        eq(users.active, true),
        eq(users.role, 'staff'),
        eq(users.committeeId, committeeId),
        inArray(departments.duty, [...MEETING_DUTIES]),
      ),
    );
  return rows.map((r) => r.id);
}
