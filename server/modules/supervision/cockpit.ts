import { sql } from 'drizzle-orm';
import { SUPERVISION_SECTION } from '../../../domain/cockpit-supervision';
import { INSPECTION_KIND_LABELS, type InspectionKind } from '../../../domain/supervision';
import type { DbOrTx } from '../../db/client';
import {
  type CockpitList,
  type CockpitScope,
  type CockpitSection,
  cockpitRows,
  idArray,
  inYears,
} from '../../platform/cockpit';
import { cockpitConsultationStats } from '../consultation-activities/cockpit-stats';
import { INSPECTION_INSTRUCTION_SUBJECT } from './instruction-subject';

const INSPECTION_REPORT_SUBJECT = INSPECTION_INSTRUCTION_SUBJECT.type;

/**
 * The departments' answers to the suggestions of supervision and inspections sent in the years,
 * and the reports sent in them that drew a 批示 (any day): one statement.
 */
async function feedbackFigures(db: DbOrTx, scope: CockpitScope) {
  const ids = idArray(scope.committeeIds);
  const [row] = await cockpitRows<{ answered: number; adopted: number; instructed: number }>(
    db,
    sql`select
        count(*) filter (where s.fed_back_at is not null)::int as answered,
        count(*) filter (where s.adoption in ('adopted', 'partial'))::int as adopted,
        (select count(*)::int from inspections i
          where i.committee_id = any(${ids}) and i.report_sent_on is not null
            and ${inYears('i.report_sent_on', scope.years, 'date')}
            and exists (select 1 from instructions n
              where n.subject_type = ${INSPECTION_REPORT_SUBJECT} and n.subject_id = i.id)) as instructed
      from consultation_suggestions s
      where s.committee_id = any(${ids})
        and (s.supervision_group_id is not null or s.inspection_id is not null)
        and ${inYears('s.sent_at', scope.years, 'instant')}`,
  );
  return row;
}

/** The problems the groups found, visit by visit (the findings as recorded), for the list and the reports. */
async function findingsList(db: DbOrTx, scope: CockpitScope): Promise<CockpitList> {
  const rows = await cockpitRows<{
    id: number;
    name: string;
    visitedOn: string;
    place: string;
    findings: string;
    committeeId: number;
    total: number;
  }>(
    db,
    sql`select g.id, g.name, v.visited_on::text as "visitedOn", v.place, v.findings,
        v.committee_id as "committeeId", count(*) over ()::int as total
      from supervision_visits v join supervision_groups g on g.id = v.group_id
      where v.committee_id = any(${idArray(scope.committeeIds)})
        and ${inYears('v.visited_on', scope.years, 'date')}
      order by v.visited_on, v.id
      limit 50`,
  );
  return {
    key: 'findings',
    title: '民主监督发现的问题',
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      id: r.id,
      title: `${r.name}（${r.visitedOn} ${r.place}）`,
      detail: r.findings,
      committeeId: r.committeeId,
      link: `/supervision-groups/${r.id}`,
    })),
  };
}

/**
 * 民主监督与视察调研 in the cockpit: the year's counts are 协商统计's 民主监督 and 视察调研 counts
 * (consultationStatsOf, the statistics page's statement), added over a term's years; the feedback,
 * the 批示, the trend and the lists are this module's own.
 */
export const SUPERVISION_COCKPIT_SECTION: CockpitSection = {
  module: 'supervision',
  def: SUPERVISION_SECTION,
  async figures(db, scope) {
    const years = await Promise.all(scope.years.map((y) => cockpitConsultationStats(db, scope, y)));
    const add = (pick: (s: (typeof years)[number]) => number) => years.reduce((n, s) => n + pick(s), 0);
    const feedback = await feedbackFigures(db, scope);
    return {
      groups: add((s) => s.supervision.groups),
      special: add((s) => s.supervision.special),
      inspections: add((s) => s.inspections.inspections),
      research: add((s) => s.inspections.research),
      visits: add((s) => s.supervision.visits + s.inspections.visits),
      supervisionVisits: add((s) => s.supervision.visits),
      inspectionVisits: add((s) => s.inspections.visits),
      reports: add((s) => s.inspections.reports),
      suggestions: add((s) => s.supervision.suggestions + s.inspections.suggestions),
      ...feedback,
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
      await findingsList(db, scope),
    ];
  },
  listLink: () => '/inspections',
};
