import { sql } from 'drizzle-orm';
import { SUPERVISION_SECTION } from '../../../domain/cockpit-supervision';
import { INSPECTION_KIND_LABELS, type InspectionKind } from '../../../domain/supervision';
import { type CockpitSection, cockpitRows, idArray, inYears } from '../../platform/cockpit';
import { cockpitConsultationStats } from '../consultation-activities/cockpit-stats';

/**
 * 民主监督与视察调研 in the cockpit: the year's figures are 协商统计's 民主监督 and 视察调研 counts
 * (consultationStatsOf, the statistics page's statement), added over a term's years; the trend and
 * the list of reports are this module's own.
 */
export const SUPERVISION_COCKPIT_SECTION: CockpitSection = {
  module: 'supervision',
  def: SUPERVISION_SECTION,
  async figures(db, scope) {
    const years = await Promise.all(scope.years.map((y) => cockpitConsultationStats(db, scope, y)));
    const add = (pick: (s: (typeof years)[number]) => number) => years.reduce((n, s) => n + pick(s), 0);
    return {
      groups: add((s) => s.supervision.groups),
      special: add((s) => s.supervision.special),
      inspections: add((s) => s.inspections.inspections),
      research: add((s) => s.inspections.research),
      visits: add((s) => s.supervision.visits + s.inspections.visits),
      reports: add((s) => s.inspections.reports),
      suggestions: add((s) => s.supervision.suggestions + s.inspections.suggestions),
    };
  },
  async months(db, scope, year) {
    const rows = await cockpitRows<{ month: number; n: number }>(
      db,
      sql`select extract(month from visited_on)::int as month, count(*)::int as n from (
          select visited_on from supervision_visits where committee_id = any(${idArray(scope.committeeIds)})
          union all
          select visited_on from inspection_visits where committee_id = any(${idArray(scope.committeeIds)})
        ) v where ${inYears('visited_on', [year], 'date')}
        group by 1`,
    );
    return Array.from({ length: 12 }, (_, i) => rows.find((r) => r.month === i + 1)?.n ?? 0);
  },
  async lists(db, scope) {
    const rows = await cockpitRows<{
      id: number;
      kind: InspectionKind;
      title: string;
      sentTo: string | null;
      sentOn: string;
      committeeId: number;
      total: number;
    }>(
      db,
      sql`select id, kind, coalesce(report_title, topic) as title, report_sent_to as "sentTo",
          report_sent_on::text as "sentOn", committee_id as "committeeId", count(*) over ()::int as total
        from inspections
        where committee_id = any(${idArray(scope.committeeIds)}) and report_sent_on is not null
          and ${inYears('report_sent_on', scope.years, 'date')}
        order by report_sent_on, id
        limit 50`,
    );
    return [
      {
        key: 'reports',
        title: '视察调研报告',
        total: rows[0]?.total ?? 0,
        rows: rows.map((r) => ({
          id: r.id,
          title: r.title,
          detail: `${INSPECTION_KIND_LABELS[r.kind]}报告 · ${r.sentOn} 报送${r.sentTo ?? ''}`,
          committeeId: r.committeeId,
          link: `/inspections/${r.id}`,
        })),
      },
    ];
  },
  listLink: () => '/inspections',
};
