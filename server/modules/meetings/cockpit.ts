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
import { addUp, type CommitteeCache, cachedTotal } from '../../platform/cockpit-cache';
import { factsOf, statesOf } from './attendance';
import { finalStored } from './attendance-range';

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

type Counts = Omit<MonthAttendance, 'month'>;
const zero = (): Counts => ({ meetings: 0, expected: 0, attended: 0, leave: 0, absent: 0, pending: 0 });

/** A committee's year by month, and until when the live part of it holds. */
interface CachedAttendance {
  /** Twelve months, January first. */
  months: Counts[];
  /**
   * The next instant a sitting or a meeting derived live ends (ISO), when a missing check-in turns
   * into 缺席 or the meeting's stored counts take over: the row is computed again from then; null
   * when nothing derived live is still running or to come.
   */
  until: string | null;
}

/**
 * 会议活动 in the cockpit, by month of a year, kept per committee in the cockpit's cache: published
 * meetings that have ended add up their stored attendance once it is final (attendance-store.ts:
 * rewritten by every command that changes it after the end, finalised by the hourly job); a meeting
 * still running or to come, or one without final stored counts, is derived live from its facts exactly as its own page derives it (attendance.ts).
 * Every command that changes those facts appends an event with the meeting's committee (edit,
 * publish, cancel, a check-in of any kind, a leave decision); the clock alone changes them when a
 * sitting ends, which the row's `until` covers.
 */
const attendanceCache = (at: Date): CommitteeCache<CachedAttendance> => ({
  key: 'meetings.v1',
  current: (v) => v.until === null || at < new Date(v.until),
  // A subtree's sum holds until the first of its committees' rows would be computed again.
  sum: (values) => ({
    ...addUp(values, ['until']),
    until: values.reduce<string | null>(
      (u, v) => (v.until !== null && (u === null || v.until < u) ? v.until : u),
      null,
    ),
  }),
  async compute(db, ids, year) {
    const computedAt = now();
    // One pass over the year's meetings: the stored counts added up by month, the ids to derive live.
    const rows = await cockpitRows<
      MonthAttendance & { committeeId: number; live: number[] | null; liveEnds: Date | string | null }
    >(
      db,
      sql`select m.committee_id as "committeeId", ${beijingMonth('m.starts_at')} as month,
          count(a.meeting_id)::int as meetings, coalesce(sum(a.expected), 0)::int as expected,
          coalesce(sum(a.attended), 0)::int as attended, coalesce(sum(a.leave), 0)::int as leave,
          coalesce(sum(a.absent), 0)::int as absent, 0 as pending,
          array_agg(m.id) filter (where a.meeting_id is null) as live,
          min(m.ends_at) filter (where a.meeting_id is null and m.ends_at > ${computedAt}) as "liveEnds"
        from meetings m
        left join meeting_attendance a on a.meeting_id = m.id and m.ends_at <= ${computedAt}
          and ${finalStored('a', 'm')}
        where m.committee_id = any(${idArray(ids)}) and m.status = 'published'
          and ${inYears('m.starts_at', [year], 'instant')}
        group by 1, 2`,
    );
    const out = new Map(
      ids.map((id) => [id, { months: Array.from({ length: 12 }, zero), until: null as Date | null }]),
    );
    const later = (c: { until: Date | null }, end: Date) => {
      if (end > computedAt && (c.until === null || end < c.until)) c.until = end;
    };
    const live = new Map<number, { committeeId: number; month: number }>();
    for (const { committeeId, month, live: liveIds, liveEnds, ...counts } of rows) {
      const c = out.get(committeeId)!;
      const into = c.months[month - 1];
      for (const k of Object.keys(counts) as (keyof Counts)[]) into[k] += counts[k];
      for (const id of liveIds ?? []) live.set(id, { committeeId, month });
      if (liveEnds) later(c, new Date(liveEnds));
    }
    const facts = await factsOf(db, [...live.keys()]);
    const states = statesOf(facts, computedAt);
    for (const f of facts) later(out.get(live.get(f.meetingId)!.committeeId)!, f.endsAt);
    for (const [id, m] of live) {
      const f = attendanceFigures([...(states.get(id)?.values() ?? [])].map((s) => s.state));
      const into = out.get(m.committeeId)!.months[m.month - 1];
      into.meetings += 1;
      for (const k of ['expected', 'attended', 'leave', 'absent', 'pending'] as const) into[k] += f[k];
    }
    return new Map(
      [...out].map(([id, c]) => [id, { months: c.months, until: c.until?.toISOString() ?? null }]),
    );
  },
});

/** The scope's year by month: the cached months of the committee or of its subtree, once per request. */
function attendanceOf(db: DbOrTx, scope: CockpitScope, year: number) {
  return memoised(scope, `meetings:${scope.committeeIds.join(',')}:${year}`, async () => {
    const total = await cachedTotal(db, scope, attendanceCache(now()), year);
    const months: MonthAttendance[] = total.months.map((c, i) => ({ month: i + 1, ...c }));
    return months;
  });
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
