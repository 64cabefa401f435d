import { sql } from 'drizzle-orm';
import { MEMBER_SECTION } from '../../../domain/cockpit-figures';
import { DUTY_GRADES } from '../../../domain/duty-rules';
import { type CockpitSection, cockpitRows, idArray, yearArray } from '../../platform/cockpit';

/**
 * 委员履职 in the cockpit: the stored year scores (duty_scores, as the archive's 等次分布 and 预警
 * read them), over a committee or its subtree. A term adds its years (人次).
 */
export const MEMBER_COCKPIT_SECTION: CockpitSection = {
  module: 'duty-archive',
  def: MEMBER_SECTION,
  async figures(db, scope) {
    const rows = await cockpitRows<{ grade: string; n: number; sum: number; flagged: number }>(
      db,
      sql`select grade, count(*)::int as n, sum(total)::int as sum,
          count(*) filter (where consequence_count > 0)::int as flagged
        from duty_scores where committee_id = any(${idArray(scope.committeeIds)}) and year = any(${yearArray(scope.years)})
        group by grade`,
    );
    const scored = rows.reduce((s, r) => s + r.n, 0);
    return {
      scored,
      ...Object.fromEntries(DUTY_GRADES.map((g) => [`grade_${g}`, rows.find((r) => r.grade === g)?.n ?? 0])),
      average: scored ? Math.round((rows.reduce((s, r) => s + r.sum, 0) / scored) * 10) / 10 : null,
      flagged: rows.reduce((s, r) => s + r.flagged, 0),
    };
  },
  // Scores are computed for a year, not month by month.
  months: async () => null,
  listLink: () => null,
};
