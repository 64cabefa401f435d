import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type CockpitScope, cockpitRows, idArray, inYears, memoised, readOnce } from '../../platform/cockpit';
import { addUp, type CommitteeCache, cachedTotal } from '../../platform/cockpit-cache';

/**
 * 协商统计's counts the cockpit shows (stats.ts, consultationStatsOf) of one committee's year, in a
 * form that adds up over committees: activities held by month; the year's suggestions of every
 * origin and what became of them; 民主监督 and 视察调研. The 协商议政 and 民主监督与视察调研 sections
 * read the same answer.
 */
export interface ConsultationCounts {
  /** Activities held, by the month of their day (January first). */
  held: number[];
  suggestions: { total: number; answered: number; onTime: number; adopted: number; done: number };
  supervision: { groups: number; special: number; visits: number; suggestions: number };
  inspections: {
    inspections: number;
    research: number;
    visits: number;
    reports: number;
    suggestions: number;
  };
  /** The year's plan's frequency targets (the minimum of each form, summed). */
  targets: number;
}

const empty = (): ConsultationCounts => ({
  held: Array.from({ length: 12 }, () => 0),
  suggestions: { total: 0, answered: 0, onTime: 0, adopted: 0, done: 0 },
  supervision: { groups: 0, special: 0, visits: 0, suggestions: 0 },
  inspections: { inspections: 0, research: 0, visits: 0, reports: 0, suggestions: 0 },
  targets: 0,
});

type Row = { committeeId: number; key: string; month: number; n: number };

/**
 * Each committee's year in the cockpit's cache. Activities, their suggestions, supervision groups,
 * inspections and their visits, and the year's plan (its targets), are written by commands that append
 * an event with the record's committee (a joint activity's part: the suggestion's own committee), so a
 * row is current until one.
 */
const CONSULTATION_CACHE: CommitteeCache<ConsultationCounts> = {
  key: 'consultation.v2',
  sum: addUp,
  async compute(db, ids, year) {
    const scope = idArray(ids);
    const [held, suggestions, records, targets] = await Promise.all([
      cockpitRows<Row>(
        db,
        sql`select committee_id as "committeeId", extract(month from starts_at at time zone 'Asia/Shanghai')::int as month,
            count(*)::int as n
          from consultations where committee_id = any(${scope}) and status = 'held'
            and ${inYears('starts_at', [year], 'instant')}
          group by 1, 2`,
      ),
      cockpitRows<{ committeeId: number } & ConsultationCounts['suggestions']>(
        db,
        sql`select committee_id as "committeeId", count(*)::int as total,
            count(*) filter (where fed_back_at is not null)::int as answered,
            count(*) filter (where fed_back_at is not null
              and to_char(fed_back_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') <= due_on::text)::int as "onTime",
            count(*) filter (where adoption in ('adopted', 'partial'))::int as adopted,
            count(*) filter (where status = 'done')::int as done
          from consultation_suggestions where committee_id = any(${scope})
            and ${inYears('sent_at', [year], 'instant')}
          group by 1`,
      ),
      // 民主监督 and 视察调研: groups by a term touching the year, visits, inspections, reports and
      // suggestions by their own day.
      cockpitRows<Row>(
        db,
        sql`select committee_id as "committeeId", kind as key, count(*)::int as n from supervision_groups
            where committee_id = any(${scope})
              and ${year} between extract(year from starts_on)::int and extract(year from ends_on)::int
            group by 1, 2
          union all
          select committee_id, 'supervisionVisits', count(*)::int from supervision_visits
            where committee_id = any(${scope}) and ${inYears('visited_on', [year], 'date')} group by 1
          union all
          select committee_id, kind, count(*)::int from inspections
            where committee_id = any(${scope}) and ${inYears('starts_on', [year], 'date')} group by 1, 2
          union all
          select committee_id, 'inspectionVisits', count(*)::int from inspection_visits
            where committee_id = any(${scope}) and ${inYears('visited_on', [year], 'date')} group by 1
          union all
          select committee_id, 'reports', count(*)::int from inspections
            where committee_id = any(${scope}) and report_sent_on is not null
              and ${inYears('report_sent_on', [year], 'date')} group by 1
          union all
          select committee_id, case when supervision_group_id is not null then 'supervisionSuggestions'
              else 'inspectionSuggestions' end, count(*)::int from consultation_suggestions
            where committee_id = any(${scope})
              and (supervision_group_id is not null or inspection_id is not null)
              and ${inYears('sent_at', [year], 'instant')}
            group by 1, 2`,
      ),
      cockpitRows<{ committeeId: number; n: number }>(
        db,
        sql`select p.committee_id as "committeeId", coalesce(sum((t->>'minimum')::int), 0)::int as n
          from consultation_plans p cross join lateral jsonb_array_elements(p.targets) t
          where p.committee_id = any(${scope}) and p.year = ${year}
          group by 1`,
      ),
    ]);
    const out = new Map(ids.map((id) => [id, empty()]));
    for (const r of targets) out.get(r.committeeId)!.targets = r.n;
    for (const r of held) out.get(r.committeeId)!.held[r.month - 1] += r.n;
    for (const { committeeId, ...s } of suggestions) out.get(committeeId)!.suggestions = s;
    for (const r of records) {
      const { supervision: sv, inspections: ins } = out.get(r.committeeId)!;
      if (r.key === 'group') sv.groups += r.n;
      else if (r.key === 'special') sv.special += r.n;
      else if (r.key === 'supervisionVisits') sv.visits += r.n;
      else if (r.key === 'supervisionSuggestions') sv.suggestions += r.n;
      else if (r.key === 'inspection') ins.inspections += r.n;
      else if (r.key === 'research') ins.research += r.n;
      else if (r.key === 'inspectionVisits') ins.visits += r.n;
      else if (r.key === 'reports') ins.reports += r.n;
      else if (r.key === 'inspectionSuggestions') ins.suggestions += r.n;
    }
    return out;
  },
};

/**
 * 联动协商 the committees took part in (stats.ts's `joint.activities`): held joint activities organised
 * or joined, each once. Read live: an invitation is the organiser's event, not the invited
 * committee's, and joint activities are few (the statement starts from the participants). Not a sum
 * over committees (an activity two of them share counts once), so each held activity of the reach's
 * years comes with its committees, and a scope counts those it shares a committee with.
 */
async function jointActivities(db: DbOrTx, committeeIds: readonly number[], years: readonly number[]) {
  const scope = idArray(committeeIds);
  return cockpitRows<{ year: number; committees: number[] }>(
    db,
    sql`select extract(year from c.starts_at at time zone 'Asia/Shanghai')::int as year,
        array_agg(p.committee_id) || c.committee_id as committees
      from consultation_participants p join consultations c on c.id = p.consultation_id
      where c.status = 'held' and ${inYears('c.starts_at', years, 'instant')}
        and (c.committee_id = any(${scope}) or p.committee_id = any(${scope}))
      group by c.id`,
  );
}

/** The scope's year: the cached counts of the committee or of its subtree, and its joint activities. */
export type ConsultationYear = ConsultationCounts & { joint: number };

/**
 * 协商统计 of one year over a cockpit scope's committees, once per request: the 协商议政 section and
 * the 民主监督与视察调研 section read the same answer.
 */
export const cockpitConsultationStats = (db: DbOrTx, scope: CockpitScope, year: number) =>
  memoised(
    scope,
    `consultation:${scope.committeeIds.join(',')}:${year}`,
    async (): Promise<ConsultationYear> => {
      const [sum, activities] = await Promise.all([
        cachedTotal(db, scope, CONSULTATION_CACHE, year),
        readOnce(scope, 'consultation:joint', year, (ids, years) => jointActivities(db, ids, years)),
      ]);
      const ours = new Set(scope.committeeIds);
      const joint = activities.filter(
        (a) => a.year === year && a.committees.some((id) => ours.has(id)),
      ).length;
      return { ...sum, joint };
    },
  );
