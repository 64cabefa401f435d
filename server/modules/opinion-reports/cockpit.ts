import { sql } from 'drizzle-orm';
import { ADOPTION_LEVELS } from '../../../domain/bulletin-issues';
import { OPINION_SECTION } from '../../../domain/cockpit-figures';
import {
  type CockpitScope,
  type CockpitSection,
  cockpitRows,
  idArray,
  inYears,
  memoised,
  twelveMonths,
} from '../../platform/cockpit';
import { opinionStatsOf } from './stats';

/** The year's figures as the 社情民意 statistics page counts them (stats.ts), for some committees. */
export type OpinionYear = Awaited<ReturnType<typeof opinionStatsOf>> & {
  received: number;
  adopted: number;
  issues: Record<string, number>;
  adoptions: Record<string, number>;
  instructions: Record<string, number>;
  principal: number;
  feedbackOnTime: number;
  feedbackGiven: number;
  feedbackOverdue: number;
};

/** One year's figures, read once per request for the 社情民意 and 批示 sections alike. */
export const opinionYear = (db: Parameters<typeof opinionStatsOf>[0], scope: CockpitScope, year: number) =>
  memoised(
    scope,
    `opinions:${scope.committeeIds.join(',')}:${year}`,
    async () => (await opinionStatsOf(db, scope.committeeIds, year)) as OpinionYear,
  );

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

/** 社情民意 in the cockpit: the statistics page's own figures (opinionStatsOf), added over a term's years. */
export const OPINION_COCKPIT_SECTION: CockpitSection = {
  module: 'opinion-reports',
  def: OPINION_SECTION,
  async figures(db, scope) {
    const v: Record<string, number> = Object.fromEntries(OPINION_SECTION.figures.map((f) => [f.key, 0]));
    for (const year of scope.years) {
      const y = await opinionYear(db, scope, year);
      v.received += y.received;
      v.adopted += y.adopted;
      v.issues += sum(y.issues);
      for (const level of ADOPTION_LEVELS) v[`adopted_${level}`] += y.adoptions[level] ?? 0;
    }
    return v;
  },
  async months(db, scope, year) {
    const rows = await cockpitRows<{ month: number; n: number }>(
      db,
      sql`select extract(month from submitted_at at time zone 'Asia/Shanghai')::int as month, count(*)::int as n
        from opinion_reports
        where committee_id = any(${idArray(scope.committeeIds)}) and status <> 'draft'
          and ${inYears('submitted_at', [year], 'instant')}
        group by 1`,
    );
    return twelveMonths(rows);
  },
  listLink: () => '/opinions/stats',
};
