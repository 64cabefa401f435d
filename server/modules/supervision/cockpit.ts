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
import { addUp, type CommitteeCache, cachedTotal } from '../../platform/cockpit-cache';
import { cockpitConsultationStats } from '../consultation-activities/cockpit-stats';
import { INSPECTION_INSTRUCTION_SUBJECT } from './instruction-subject';

const INSPECTION_REPORT_SUBJECT = INSPECTION_INSTRUCTION_SUBJECT.type;

/**
 * Per committee and year: the departments' answers to the suggestions of supervision and inspections
 * sent in the year, the reports sent in it that drew a 批示 (any day), and the visits by month. Kept
 * in the cockpit's cache: suggestions, feedback, visits and reports are commands with an event of
 * the record's committee, and a 批示 on a report is the report's committee's (its event too).
 */
interface SupervisionCounts {
  answered: number;
  adopted: number;
  instructed: number;
  /** Supervision and inspection visits by month (January first). */
  visits: number[];
}

const SUPERVISION_CACHE: CommitteeCache<SupervisionCounts> = {
  key: 'supervision.v1',
  sum: addUp,
  async compute(db, ids, year) {
    const scope = idArray(ids);
    type Row = { committeeId: number; key: string; month: number; n: number };
    const rows = await cockpitRows<Row>(
      db,
      sql`select committee_id as "committeeId", 'answered' as key, 0 as month, count(*)::int as n
          from consultation_suggestions
          where committee_id = any(${scope}) and fed_back_at is not null
            and (supervision_group_id is not null or inspection_id is not null)
            and ${inYears('sent_at', [year], 'instant')}
          group by 1
        union all
        select committee_id, 'adopted', 0, count(*)::int from consultation_suggestions
          where committee_id = any(${scope}) and adoption in ('adopted', 'partial')
            and (supervision_group_id is not null or inspection_id is not null)
            and ${inYears('sent_at', [year], 'instant')}
          group by 1
        union all
        select i.committee_id, 'instructed', 0, count(*)::int from inspections i
          where i.committee_id = any(${scope}) and i.report_sent_on is not null
            and ${inYears('i.report_sent_on', [year], 'date')}
            and exists (select 1 from instructions n
              where n.subject_type = ${INSPECTION_REPORT_SUBJECT} and n.subject_id = i.id)
          group by 1
        union all
        select committee_id, 'visits', extract(month from visited_on)::int, count(*)::int from (
            select committee_id, visited_on from supervision_visits where committee_id = any(${scope})
            union all
            select committee_id, visited_on from inspection_visits where committee_id = any(${scope})
          ) v where ${inYears('visited_on', [year], 'date')}
          group by 1, 3`,
    );
    const out = new Map(
      ids.map((id) => [
        id,
        { answered: 0, adopted: 0, instructed: 0, visits: Array.from({ length: 12 }, () => 0) },
      ]),
    );
    for (const r of rows) {
      const c = out.get(r.committeeId)!;
      if (r.key === 'visits') c.visits[r.month - 1] += r.n;
      else c[r.key as 'answered' | 'adopted' | 'instructed'] += r.n;
    }
    return out;
  },
};

/** The scope's year: the cached counts of the committee or of its subtree (cachedTotal keeps it per request). */
const supervisionYear = (db: DbOrTx, scope: CockpitScope, year: number) =>
  cachedTotal(db, scope, SUPERVISION_CACHE, year);

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
    // The first 50 and the count from the visits' narrow columns, the findings' text for those 50 only:
    // a term's province read and sorted every visit's text to show 50 (145 → 34 ms on the bench set).
    sql`with page as (
        select v.id, v.group_id, v.visited_on, v.committee_id, count(*) over ()::int as total
        from supervision_visits v
        where v.committee_id = any(${idArray(scope.committeeIds)})
          and ${inYears('v.visited_on', scope.years, 'date')}
        order by v.visited_on, v.id
        limit 50)
      select g.id, g.name, p.visited_on::text as "visitedOn", v.place, v.findings,
        p.committee_id as "committeeId", p.total
      from page p join supervision_visits v on v.id = p.id join supervision_groups g on g.id = p.group_id
      order by p.visited_on, p.id`,
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
 * (consultationStatsOf's, kept per committee: consultation-activities/cockpit-stats.ts), added over a
 * term's years; the feedback, the 批示 and the trend are this module's own (kept likewise), the lists
 * read live.
 */
export const SUPERVISION_COCKPIT_SECTION: CockpitSection = {
  module: 'supervision',
  def: SUPERVISION_SECTION,
  async figures(db, scope) {
    const [years, own] = await Promise.all([
      Promise.all(scope.years.map((y) => cockpitConsultationStats(db, scope, y))),
      Promise.all(scope.years.map((y) => supervisionYear(db, scope, y))),
    ]);
    const add = (pick: (s: (typeof years)[number]) => number) => years.reduce((n, s) => n + pick(s), 0);
    const addOwn = (key: 'answered' | 'adopted' | 'instructed') => own.reduce((n, s) => n + s[key], 0);
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
      answered: addOwn('answered'),
      adopted: addOwn('adopted'),
      instructed: addOwn('instructed'),
    };
  },
  async months(db, scope, year) {
    return (await supervisionYear(db, scope, year)).visits;
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
