import { inArray, sql } from 'drizzle-orm';
import { attendanceFigures } from '../../../domain/meetings';
import type { DbOrTx } from '../../db/client';
import { meetingAttendance, meetings } from '../../db/schema';
import { now } from '../../platform/clock';
import type { JobSpec } from '../../platform/jobs';
import { factsOf, statesOf } from './attendance';

/** Later than any sitting: every sitting counts as ended, so the counts are the meeting's final ones. */
const AFTER_EVERY_SITTING = new Date('9999-12-31T00:00:00Z');

/**
 * Rewrites the stored attendance of some meetings (schema: meeting_attendance) from the same facts
 * and rules as their pages, as if every sitting had ended. Called in the transaction of every
 * command that changes what attendance is derived from: invitees and sittings (syncInvitees),
 * check-ins, a leave request's decision or withdrawal.
 */
export async function storeAttendance(tx: DbOrTx, meetingIds: readonly number[]) {
  if (meetingIds.length === 0) return;
  const rows = await tx
    .select({ id: meetings.id, committeeId: meetings.committeeId })
    .from(meetings)
    .where(inArray(meetings.id, [...meetingIds]));
  const states = statesOf(await factsOf(tx, [...meetingIds]), AFTER_EVERY_SITTING);
  const at = now();
  for (const m of rows) {
    const f = attendanceFigures([...(states.get(m.id)?.values() ?? [])].map((s) => s.state));
    const counts = {
      expected: f.expected,
      attended: f.attended,
      late: f.late,
      leave: f.leave,
      absent: f.absent,
    };
    await tx
      .insert(meetingAttendance)
      .values({ meetingId: m.id, committeeId: m.committeeId, ...counts, computedAt: at })
      .onConflictDoUpdate({ target: meetingAttendance.meetingId, set: { ...counts, computedAt: at } });
  }
}

/**
 * Stores the counts of ended published meetings that have none yet (meetings from before the
 * table, or written past the commands as bench/generate-modules.ts does), at most `limit` of them,
 * a batch at a time. Until then the cockpit derives them live. Returns how many were stored.
 */
export async function storeMissingAttendance(db: DbOrTx, limit = 2000, batch = 200) {
  const ids = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      sql`${meetings.status} = 'published' and ${meetings.endsAt} <= ${now()}
        and not exists (select 1 from ${meetingAttendance} a where a.meeting_id = ${meetings.id})`,
    )
    .limit(limit);
  for (let i = 0; i < ids.length; i += batch) {
    await storeAttendance(
      db,
      ids.slice(i, i + batch).map((r) => r.id),
    );
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
