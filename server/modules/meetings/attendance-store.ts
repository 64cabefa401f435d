import { asc, eq, inArray, sql } from 'drizzle-orm';
import { type AttendanceState, attendanceFigures } from '../../../domain/meetings';
import type { Db, Tx } from '../../db/client';
import { meetingAttendance, meetingAttendeeStates, meetings } from '../../db/schema';
import { now } from '../../platform/clock';
import { rowsOf } from '../../platform/duty-items';
import type { JobSpec } from '../../platform/jobs';
import { factsOf, statesOf } from './attendance';
import { derivedStates, idsIn } from './attendance-range';

/** Later than any sitting: every sitting counts as ended, so the counts are the meeting's final ones. */
const AFTER_EVERY_SITTING = new Date('9999-12-31T00:00:00Z');

/** Stored counts from some attendees' states. */
function countsOf(states: readonly AttendanceState[]) {
  const f = attendanceFigures(states);
  return { expected: f.expected, attended: f.attended, late: f.late, leave: f.leave, absent: f.absent };
}

/** A meeting's attendees' states from statesOf. */
const statesAt = (states: ReturnType<typeof statesOf>, meetingId: number) =>
  new Map([...(states.get(meetingId) ?? [])].map(([memberId, m]) => [memberId, m.state]));

/**
 * Locks the stored rows of some meetings until the transaction ends, in id order (two writers of the
 * same meetings never wait on each other crosswise). Every writer takes the lock before it reads the
 * facts, so it counts whatever the writer before it committed (READ COMMITTED: a snapshot per
 * statement); without it two check-ins at once each counted without the other, and the later
 * overwrote the earlier. A missing row is inserted as zeros first: of two first writers one inserts
 * and holds it, the other's insert waits for that commit and does nothing, then locks the row.
 */
async function lockStored(tx: Tx, meetingIds: readonly number[]) {
  await tx.execute(sql`insert into ${meetingAttendance}
      (meeting_id, committee_id, expected, attended, late, leave, absent, computed_at)
    select id, committee_id, 0, 0, 0, 0, 0, ${now().toISOString()} from ${meetings}
    where ${inArray(meetings.id, [...meetingIds])} order by id
    on conflict do nothing`);
  await tx
    .select({ meetingId: meetingAttendance.meetingId })
    .from(meetingAttendance)
    .where(inArray(meetingAttendance.meetingId, [...meetingIds]))
    .orderBy(asc(meetingAttendance.meetingId))
    .for('update');
}

/**
 * Rewrites the stored attendance of some meetings (schema: meeting_attendance and each attendee's
 * state in meeting_attendee_states) as if every sitting had ended, under the rows' lock: the states
 * by the duty archive's derivation (derivedStates), the counts from them. Called in the transaction
 * of every command that changes what attendance is derived from but a check-in (storeCheckins):
 * invitees and sittings (syncInvitees), a leave request's decision or withdrawal, and by the hourly
 * job for meetings without a row.
 */
export async function storeAttendance(tx: Tx, meetingIds: readonly number[]) {
  if (meetingIds.length === 0) return;
  const ids = [...new Set(meetingIds)].sort((a, b) => a - b);
  await lockStored(tx, ids);
  await tx.delete(meetingAttendeeStates).where(inArray(meetingAttendeeStates.meetingId, ids));
  const stored = await rowsOf<{ meeting_id: number; state: AttendanceState }>(
    tx,
    sql`insert into ${meetingAttendeeStates} (meeting_id, member_id, committee_id, state)
      ${derivedStates({ meetingsWhere: idsIn(sql`m.id`, ids), at: AFTER_EVERY_SITTING })}
      returning meeting_id, state`,
  );
  const states = new Map<number, AttendanceState[]>(ids.map((id) => [id, []]));
  for (const r of stored) states.get(r.meeting_id)?.push(r.state);
  const at = now();
  for (const id of ids) {
    await tx
      .update(meetingAttendance)
      .set({ ...countsOf(states.get(id) ?? []), computedAt: at })
      .where(eq(meetingAttendance.meetingId, id));
  }
}

/**
 * New check-ins of some members at a sitting, just inserted: the meeting's stored counts move by
 * what they change in those members' meeting-level states, and the states that changed are stored.
 * Read under the row's lock: their facts alone (a plenary's scan re-read its thousands of attendees
 * while others waited on the lock), and before the insert as the same facts without these check-ins,
 * the transaction's only other write to them. A meeting without a row yet is derived whole, which
 * inserts it.
 */
export async function storeCheckins(
  tx: Tx,
  sitting: { id: number; meetingId: number },
  memberIds: readonly number[],
) {
  const [row] = await tx
    .select()
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, sitting.meetingId))
    .for('update');
  if (!row) return storeAttendance(tx, [sitting.meetingId]);
  const after = await factsOf(tx, [sitting.meetingId], memberIds);
  const checkedIn = new Set(memberIds);
  const before = after.map((f) =>
    f.sittingId === sitting.id && checkedIn.has(f.memberId) ? { ...f, checkedInAt: null, late: null } : f,
  );
  const [was, is] = [before, after].map((facts) =>
    statesAt(statesOf(facts, AFTER_EVERY_SITTING), sitting.meetingId),
  );
  const [wasCounts, isCounts] = [was, is].map((states) => countsOf([...states.values()]));
  await tx
    .update(meetingAttendance)
    .set({
      expected: row.expected + isCounts.expected - wasCounts.expected,
      attended: row.attended + isCounts.attended - wasCounts.attended,
      late: row.late + isCounts.late - wasCounts.late,
      leave: row.leave + isCounts.leave - wasCounts.leave,
      absent: row.absent + isCounts.absent - wasCounts.absent,
      computedAt: now(),
    })
    .where(eq(meetingAttendance.meetingId, sitting.meetingId));
  const changed = [...is].filter(([memberId, state]) => was.get(memberId) !== state);
  if (changed.length) {
    await tx
      .insert(meetingAttendeeStates)
      .values(
        changed.map(([memberId, state]) => ({
          meetingId: sitting.meetingId,
          memberId,
          committeeId: row.committeeId,
          state,
        })),
      )
      .onConflictDoUpdate({
        target: [meetingAttendeeStates.meetingId, meetingAttendeeStates.memberId],
        set: { state: sql`excluded.state` },
      });
  }
}

/**
 * Stores the counts of ended published meetings that have none yet (meetings from before the
 * table, or written past the commands as bench/generate-modules.ts does), at most `limit` of them,
 * a batch at a time. Until then the cockpit derives them live. Returns how many were stored.
 */
export async function storeMissingAttendance(db: Db, limit = 2000, batch = 200) {
  const ids = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      sql`${meetings.status} = 'published' and ${meetings.endsAt} <= ${now()}
        and not exists (select 1 from ${meetingAttendance} a where a.meeting_id = ${meetings.id})`,
    )
    .limit(limit);
  for (let i = 0; i < ids.length; i += batch) {
    const some = ids.slice(i, i + batch).map((r) => r.id);
    // A transaction per batch: the rows' lock holds until it ends.
    await db.transaction((tx) => storeAttendance(tx, some));
  }
  return ids.length;
}

/** Hourly, through the platform's scheduler: the meetings without stored counts, a few thousand a run. */
export const meetingAttendanceJob: JobSpec = {
  name: 'meeting-attendance',
  label: '会议出勤统计',
  everyMs: 3_600_000,
  run: (ctx) => storeMissingAttendance(ctx.handle.db),
};
