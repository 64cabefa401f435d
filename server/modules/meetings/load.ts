import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';
import { leaveRequests, meetingInvitees, meetingSittings, meetings } from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import { canReadLeave, canReadMeeting, type MyInvitation } from './policy';

export type MeetingRow = typeof meetings.$inferSelect;
export type SittingRow = typeof meetingSittings.$inferSelect;
export type LeaveRow = typeof leaveRequests.$inferSelect;

/** The caller's own invitation row: as a member, a leader or a unit. */
export function invitationOf(actor: Actor): SQL {
  const mine: SQL[] = [];
  if (actor.memberId !== null) mine.push(eq(meetingInvitees.memberId, actor.memberId));
  if (actor.leaderId !== null) mine.push(eq(meetingInvitees.leaderId, actor.leaderId));
  if (actor.handlingUnitId !== null) mine.push(eq(meetingInvitees.unitId, actor.handlingUnitId));
  return mine.length ? or(...mine)! : eq(meetingInvitees.id, -1);
}

/** What the policy and the guards need besides the row: the sittings and the caller's invitation. */
export interface MeetingRelations {
  sittings: SittingRow[];
  mine: MyInvitation | null;
}

async function relationsOf(db: DbOrTx, actor: Actor, id: number): Promise<MeetingRelations> {
  const sittings = await db
    .select()
    .from(meetingSittings)
    .where(eq(meetingSittings.meetingId, id))
    .orderBy(asc(meetingSittings.ordinal));
  const [mine] = await db
    .select({
      id: meetingInvitees.id,
      role: meetingInvitees.role,
      memberId: meetingInvitees.memberId,
      response: meetingInvitees.response,
      respondedAt: meetingInvitees.respondedAt,
    })
    .from(meetingInvitees)
    .where(and(eq(meetingInvitees.meetingId, id), invitationOf(actor)));
  return { sittings, mine: mine ?? null };
}

async function readable(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), inReadScope(meetings.committeeId, actor)));
  const [meeting] = lock ? await q.for('update') : await q;
  if (!meeting) throw notFound('会议');
  const relations = await relationsOf(db, actor, id);
  if (!canReadMeeting(actor, meeting, relations.mine)) throw notFound('会议');
  return { meeting, relations };
}

/** A meeting the caller may read, with its sittings and the caller's invitation; else a 404. */
export const loadMeeting = (db: DbOrTx, actor: Actor, id: number) => readable(db, actor, id, false);

/** The same, the row locked `for update` for the rest of the transaction. */
export const lockMeeting = (tx: Tx, actor: Actor, id: number) => readable(tx, actor, id, true);

async function readableLeave(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(leaveRequests)
    .where(and(eq(leaveRequests.id, id), inReadScope(leaveRequests.committeeId, actor)));
  const [leave] = lock ? await q.for('update') : await q;
  if (!leave || !canReadLeave(actor, leave)) throw notFound('请假申请');
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, leave.meetingId));
  return { leave, meeting };
}

/** A leave request the caller may read, with its meeting; else a 404. */
export const loadLeave = (db: DbOrTx, actor: Actor, id: number) => readableLeave(db, actor, id, false);
export const lockLeave = (tx: Tx, actor: Actor, id: number) => readableLeave(tx, actor, id, true);
