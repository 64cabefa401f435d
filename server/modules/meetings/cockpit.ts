import { sql } from 'drizzle-orm';
import { rate } from '../../../domain/cockpit';
import { MEETING_SECTION } from '../../../domain/cockpit-figures';
import { attendanceFigures } from '../../../domain/meetings';
import type { DbOrTx } from '../../db/client';
import type { CockpitScope } from '../../platform/cockpit';
import {
  type CockpitSection,
  cockpitRows,
  idArray,
  memoised,
  twelveMonths,
  yearArray,
} from '../../platform/cockpit';
import { yearInstants } from '../../platform/duty-items';
import { attendanceInRange } from './attendance';

/**
 * 会议活动 in the cockpit. Attendance is derived (attendance.ts), never stored: the states come from
 * attendanceInRange, exactly as a meeting's page and the duty archive derive them.
 */
function statesOf(db: DbOrTx, scope: CockpitScope, year: number) {
  return memoised(scope, `meetings:${scope.committeeIds.join(',')}:${year}`, () =>
    statesOfYear(db, scope, year),
  );
}

async function statesOfYear(db: DbOrTx, scope: CockpitScope, year: number) {
  const { from, to } = yearInstants(year);
  const out: Awaited<ReturnType<typeof attendanceInRange>> = [];
  for (const committeeId of scope.committeeIds) {
    out.push(...(await attendanceInRange(db, { committeeId, from, to })));
  }
  return out;
}

export const MEETING_COCKPIT_SECTION: CockpitSection = {
  module: 'meetings',
  def: MEETING_SECTION,
  async figures(db, scope) {
    const states = (await Promise.all(scope.years.map((y) => statesOf(db, scope, y)))).flat();
    const f = attendanceFigures(states.map((s) => s.state));
    const [held] = await cockpitRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from meetings where committee_id = any(${idArray(scope.committeeIds)})
        and status = 'published'
        and extract(year from starts_at at time zone 'Asia/Shanghai')::int = any(${yearArray(scope.years)})`,
    );
    return {
      meetings: held?.n ?? 0,
      expected: f.expected - f.pending,
      attended: f.attended,
      leave: f.leave,
      absent: f.absent,
      attendanceRate: rate(f.attended, f.expected - f.pending),
    };
  },
  async months(db, scope, year) {
    const states = await statesOf(db, scope, year);
    const byMonth = new Map<number, number>();
    for (const s of states) {
      if (s.state !== 'present' && s.state !== 'late') continue;
      const month = Number(
        new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(s.startsAt),
      );
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    return twelveMonths([...byMonth].map(([month, n]) => ({ month, n })));
  },
  listLink: () => '/meetings',
};
