import { sql } from 'drizzle-orm';
import { rate } from '../../../domain/cockpit';
import { MEETING_SECTION } from '../../../domain/cockpit-figures';
import { attendanceFigures } from '../../../domain/meetings';
import type { DbOrTx } from '../../db/client';
import { now } from '../../platform/clock';
import type { CockpitScope } from '../../platform/cockpit';
import {
  beijingMonth,
  type CockpitSection,
  cockpitRows,
  idArray,
  inYears,
  memoised,
  twelveMonths,
} from '../../platform/cockpit';
import { factsOf, statesOf } from './attendance';

/** A month's attendance: meetings and the figures of attendanceFigures, 未签到 apart. */
interface MonthAttendance {
  month: number;
  meetings: number;
  expected: number;
  attended: number;
  leave: number;
  absent: number;
  pending: number;
}

/**
 * 会议活动 in the cockpit, by month of a year: published meetings that have ended add up their
 * stored attendance (attendance-store.ts: the final counts, rewritten by every command that
 * changes them); a meeting still running or to come, or one without stored counts, is derived
 * live from its facts exactly as its own page derives it (attendance.ts).
 */
function attendanceOf(db: DbOrTx, scope: CockpitScope, year: number) {
  return memoised(scope, `meetings:${scope.committeeIds.join(',')}:${year}`, () =>
    attendanceOfYear(db, scope, year),
  );
}

async function attendanceOfYear(db: DbOrTx, scope: CockpitScope, year: number): Promise<MonthAttendance[]> {
  const at = now();
  // One pass over the year's meetings: the stored counts added up by month, the ids to derive live.
  const rows = await cockpitRows<MonthAttendance & { live: number[] | null }>(
    db,
    sql`select ${beijingMonth('m.starts_at')} as month,
        count(a.meeting_id)::int as meetings, coalesce(sum(a.expected), 0)::int as expected,
        coalesce(sum(a.attended), 0)::int as attended, coalesce(sum(a.leave), 0)::int as leave,
        coalesce(sum(a.absent), 0)::int as absent, 0 as pending,
        array_agg(m.id) filter (where a.meeting_id is null) as live
      from meetings m
      left join meeting_attendance a on a.meeting_id = m.id and m.ends_at <= ${at}
      where m.committee_id = any(${idArray(scope.committeeIds)}) and m.status = 'published'
        and ${inYears('m.starts_at', [year], 'instant')}
      group by 1`,
  );
  const live = rows.flatMap((r) => (r.live ?? []).map((id) => ({ id, month: r.month })));
  const out: MonthAttendance[] = rows.map(({ live: _, ...counts }) => counts);
  const states = statesOf(
    await factsOf(
      db,
      live.map((m) => m.id),
    ),
    at,
  );
  for (const m of live) {
    const f = attendanceFigures([...(states.get(m.id)?.values() ?? [])].map((s) => s.state));
    out.push({ month: m.month, meetings: 1, ...f });
  }
  return out;
}

const total = (rows: MonthAttendance[], key: Exclude<keyof MonthAttendance, 'month'>) =>
  rows.reduce((n, r) => n + r[key], 0);

export const MEETING_COCKPIT_SECTION: CockpitSection = {
  module: 'meetings',
  def: MEETING_SECTION,
  async figures(db, scope) {
    const rows = (await Promise.all(scope.years.map((y) => attendanceOf(db, scope, y)))).flat();
    const expected = total(rows, 'expected') - total(rows, 'pending');
    return {
      meetings: total(rows, 'meetings'),
      expected,
      attended: total(rows, 'attended'),
      leave: total(rows, 'leave'),
      absent: total(rows, 'absent'),
      attendanceRate: rate(total(rows, 'attended'), expected),
    };
  },
  async months(db, scope, year) {
    const rows = await attendanceOf(db, scope, year);
    return twelveMonths(rows.map((r) => ({ month: r.month, n: r.attended })));
  },
  listLink: () => '/meetings',
};
