import { sql } from 'drizzle-orm';
import { MEMBER_SECTION } from '../../../domain/cockpit-figures';
import { DUTY_GRADES } from '../../../domain/duty-rules';
import type { DbOrTx } from '../../db/client';
import {
  byYearCommittee,
  type CockpitSection,
  cockpitRows,
  idArray,
  perCommittee,
  yearArray,
} from '../../platform/cockpit';

interface GradeCounts {
  byGrade: Record<string, number>;
  sum: number;
  flagged: number;
}

/** The stored scores of each committee and year by grade, their total and the members flagged (their tallies). */
async function scoresByCommittee(db: DbOrTx, committeeIds: readonly number[], years: readonly number[]) {
  const rows = await cockpitRows<{
    committeeId: number;
    year: number;
    grade: string;
    n: number;
    sum: number;
    flagged: number;
  }>(
    db,
    sql`select committee_id as "committeeId", year, grade, scored as n, total_sum as sum, flagged
      from duty_score_tallies
      where committee_id = any(${idArray(committeeIds)}) and year = any(${yearArray(years)}) and scored > 0`,
  );
  return byYearCommittee(
    rows,
    (): GradeCounts => ({ byGrade: {}, sum: 0, flagged: 0 }),
    (v, r) => {
      v.byGrade[r.grade] = (v.byGrade[r.grade] ?? 0) + r.n;
      v.sum += r.sum;
      v.flagged += r.flagged;
    },
  );
}

/**
 * 委员履职 in the cockpit: the stored year scores (duty_scores, as the archive's 等次分布 and 预警
 * read them) through their tallies by committee, year and grade (duty_score_tallies, kept by
 * triggers), over a committee or its subtree, read once per request for its reach. A term adds its
 * years (人次).
 */
export const MEMBER_COCKPIT_SECTION: CockpitSection = {
  module: 'duty-archive',
  def: MEMBER_SECTION,
  async figures(db, scope) {
    const rows = (
      await Promise.all(
        scope.years.map((y) =>
          perCommittee(scope, 'duty:scores', y, (ids, ys) => scoresByCommittee(db, ids, ys)),
        ),
      )
    ).flat();
    const graded = (g: string) => rows.reduce((n, r) => n + (r.byGrade[g] ?? 0), 0);
    const scored = rows.reduce((n, r) => n + Object.values(r.byGrade).reduce((a, b) => a + b, 0), 0);
    return {
      scored,
      ...Object.fromEntries(DUTY_GRADES.map((g) => [`grade_${g}`, graded(g)])),
      average: scored ? Math.round((rows.reduce((s, r) => s + r.sum, 0) / scored) * 10) / 10 : null,
      flagged: rows.reduce((s, r) => s + r.flagged, 0),
    };
  },
  // Scores are computed for a year, not month by month.
  months: async () => null,
  listLink: () => null,
};
