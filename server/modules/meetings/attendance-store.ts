import { asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type AttendanceState, attendanceFigures } from '../../../domain/meetings';
import type { Db, Tx } from '../../db/client';
import { meetingAttendance, meetingAttendeeStates, meetings } from '../../db/schema';
import { now } from '../../platform/clock';
import { rowsOf } from '../../platform/duty-items';
import type { JobSpec } from '../../platform/jobs';
import { derivedStates, finalStored, idsIn } from './attendance-range';

/** Later than any sitting: every sitting counts as ended, so the counts are the meeting's final ones. */
const AFTER_EVERY_SITTING = new Date('9999-12-31T00:00:00Z');

/** Stored counts from some attendees' states. */
function countsOf(states: readonly AttendanceState[]) {
  const f = attendanceFigures(states);
  return { expected: f.expected, attended: f.attended, late: f.late, leave: f.leave, absent: f.absent };
}

/**
 * Locks the rows of some ids (`key`: the table's key column) in id order until the transaction ends;
 * returns how many there are.
 */
async function lockRows(
  tx: Tx,
  key: typeof meetings.id | typeof meetingAttendance.meetingId,
  ids: readonly number[],
  strength: 'update' | 'key share',
) {
  const rows = await tx
    .select({ id: key })
    .from(key.table)
    .where(inArray(key, [...ids]))
    .orderBy(asc(key))
    .for(strength);
  return rows.length;
}

/**
 * The meetings' own rows FOR KEY SHARE, before their stored rows: an edit holds the meeting FOR
 * UPDATE and then wants its stored row, and a writer holding the stored row first would then wait on
 * the meeting for its foreign keys (the states' insert): a deadlock.
 */
const shareMeetings = (tx: Tx, meetingIds: readonly number[]) =>
  lockRows(tx, meetings.id, meetingIds, 'key share');

/** The meetings' missing stored rows as zeros, computed as of `at` (a time, or a column of meetings). */
async function insertMissing(tx: Tx, meetingIds: readonly number[], at: SQL) {
  await tx.execute(sql`insert into ${meetingAttendance}
      (meeting_id, committee_id, expected, attended, late, leave, absent, computed_at)
    select id, committee_id, 0, 0, 0, 0, 0, ${at} from ${meetings}
    where ${inArray(meetings.id, [...meetingIds])} order by id
    on conflict do nothing`);
}

/**
 * Locks the stored rows of some meetings until the transaction ends, in id order (two writers of the
 * same meetings never wait on each other crosswise). Every writer takes the lock before it reads the
 * facts, so it counts whatever the writer before it committed (READ COMMITTED: a snapshot per
 * statement), the check-ins in flight (holdForCheckin) included. A missing row is inserted as zeros
 * first: of two first writers one inserts and holds it, the other's insert waits for that commit and
 * does nothing, then locks the row.
 */
async function lockStored(tx: Tx, meetingIds: readonly number[]) {
  await shareMeetings(tx, meetingIds);
  await insertMissing(tx, meetingIds, sql`${now().toISOString()}`);
  await lockRows(tx, meetingAttendance.meetingId, meetingIds, 'update');
}

/**
 * Rewrites the stored attendance of some meetings (schema: meeting_attendance and each attendee's
 * state in meeting_attendee_states) as if every sitting had ended, under the rows' lock: the states
 * by the duty archive's derivation (derivedStates), the counts from them; final when run after the
 * meeting's end. Called in the transaction of every command that changes what attendance is derived
 * from but a check-in while the meeting runs: invitees and sittings (syncInvitees), a leave request's
 * decision or withdrawal, a check-in recorded after the end, and by the hourly job, which finalises
 * the meetings that have ended.
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

const keyShared = async (tx: Tx, meetingId: number) =>
  (await lockRows(tx, meetingAttendance.meetingId, [meetingId], 'key share')) > 0;

/**
 * Taken by a check-in recorded while the meeting runs, which leaves the stored attendance as it is:
 * the meeting's row held FOR KEY SHARE until the check-in commits. Check-ins do not wait on each
 * other (when each moved the counts, a plenary's check-ins queued on the row, and the requests
 * behind them on the pool), while a rewrite (storeAttendance's FOR UPDATE) waits for them, so the
 * meeting finalised after its end counts every check-in committed. A missing row is inserted as a
 * provisional one. False when the row was finalised before the check-in got it: read in a statement
 * after the lock's, as a rewrite the lock waited for may have moved the meeting's end too (an edit).
 */
export async function holdForCheckin(tx: Tx, meetingId: number): Promise<boolean> {
  if (!(await keyShared(tx, meetingId))) {
    // Provisional: computed as of the meeting's start. Of two first writers one inserts; the
    // other's insert waits for that commit and does nothing.
    await shareMeetings(tx, [meetingId]);
    await insertMissing(tx, [meetingId], sql`starts_at`);
    await keyShared(tx, meetingId);
  }
  const [row] = await rowsOf<{ final: boolean }>(
    tx,
    sql`select ${finalStored('a', 'm')} as final from ${meetingAttendance} a
      join ${meetings} m on m.id = a.meeting_id where a.meeting_id = ${meetingId}`,
  );
  return !row.final;
}

/**
 * Finalises the stored attendance of ended published meetings: those whose row is provisional
 * (check-ins came while they ran) or missing (written past the commands, as bench/generate-modules.ts
 * does), at most `limit` of them, a batch at a time. Until then the readers derive them live.
 * Returns how many were stored.
 */
export async function storeMissingAttendance(db: Db, limit = 2000, batch = 200) {
  const ids = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      sql`${meetings.status} = 'published' and ${meetings.endsAt} <= ${now()}
        and not exists (select 1 from ${meetingAttendance} a
          where a.meeting_id = ${meetings.id} and ${finalStored('a', 'meetings')})`,
    )
    .limit(limit);
  for (let i = 0; i < ids.length; i += batch) {
    const some = ids.slice(i, i + batch).map((r) => r.id);
    // A transaction per batch: the rows' lock holds until it ends.
    await db.transaction((tx) => storeAttendance(tx, some));
  }
  return ids.length;
}

/** Hourly, through the platform's scheduler: the ended meetings without final counts, a few thousand a run. */
export const meetingAttendanceJob: JobSpec = {
  name: 'meeting-attendance',
  label: '会议出勤统计',
  everyMs: 3_600_000,
  run: (ctx) => storeMissingAttendance(ctx.handle.db),
};
