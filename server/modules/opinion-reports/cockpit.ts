import { sql } from 'drizzle-orm';
import { ADOPTION_LEVELS } from '../../../domain/bulletin-issues';
import { OPINION_SECTION } from '../../../domain/cockpit-figures';
import type { DbOrTx } from '../../db/client';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import {
  type CockpitScope,
  type CockpitSection,
  cockpitRows,
  idArray,
  inYears,
  memoised,
} from '../../platform/cockpit';
import { addUp, type CommitteeCache, cachedTotal } from '../../platform/cockpit-cache';

/**
 * 社情民意 and 批示 of a committee's year as the statistics page counts them (stats.ts: reports filed,
 * issues signed, adoptions and 批示 dated that year), in a form that adds up over committees.
 */
interface OpinionCounts {
  received: number;
  adopted: number;
  issues: number;
  /** Adoptions and 批示 by level. */
  adoptions: Record<string, number>;
  instructions: Record<string, number>;
  principal: number;
  feedbackOnTime: number;
  feedbackGiven: number;
  /**
   * Units' parts still owing feedback (pending or returned) on an open 批示, by the 批示's due date:
   * all of them are 待反馈, those due before today 逾期 (the date moves that figure, not an event).
   */
  owing: Record<string, number>;
  /** Reports filed by month, and 批示 by month (January first). */
  months: number[];
  instructedMonths: number[];
}

const empty = (): OpinionCounts => ({
  received: 0,
  adopted: 0,
  issues: 0,
  adoptions: {},
  instructions: {},
  principal: 0,
  feedbackOnTime: 0,
  feedbackGiven: 0,
  owing: {},
  months: Array.from({ length: 12 }, () => 0),
  instructedMonths: Array.from({ length: 12 }, () => 0),
});

const addTo = (o: Record<string, number>, key: string, n: number) => {
  o[key] = (o[key] ?? 0) + n;
};

/**
 * Each committee's year, kept in the cockpit's cache: reports, issues, adoptions, 批示 and the units'
 * feedback are written by commands that append an event with that committee (the 批示's for its units'
 * parts, the lower committee's for an adoption credited from above).
 */
const OPINION_CACHE: CommitteeCache<OpinionCounts> = {
  key: 'opinions.v1',
  sum: addUp,
  async compute(db, ids, year) {
    const scope = idArray(ids);
    type Row = { committeeId: number; month: number; key: string; n: number; m: number };
    const [filed, issues, adoptions, instructions, parts, owing] = await Promise.all([
      cockpitRows<Row>(
        db,
        sql`select committee_id as "committeeId", extract(month from submitted_at at time zone 'Asia/Shanghai')::int as month,
            count(*)::int as n, count(*) filter (where status = 'adopted')::int as m
          from opinion_reports where committee_id = any(${scope}) and status <> 'draft'
            and ${inYears('submitted_at', [year], 'instant')}
          group by 1, 2`,
      ),
      cockpitRows<Row>(
        db,
        sql`select committee_id as "committeeId", count(*)::int as n from bulletin_issues
          where committee_id = any(${scope}) and number is not null and year = ${year} group by 1`,
      ),
      cockpitRows<Row>(
        db,
        sql`select committee_id as "committeeId", level as key, count(*)::int as n from opinion_adoptions
          where committee_id = any(${scope}) and ${inYears('adopted_on', [year], 'date')} group by 1, 2`,
      ),
      cockpitRows<Row>(
        db,
        sql`select committee_id as "committeeId", level as key, extract(month from instructed_on)::int as month,
            count(*)::int as n, count(*) filter (where principal)::int as m
          from instructions where committee_id = any(${scope}) and ${inYears('instructed_on', [year], 'date')}
          group by 1, 2, 3`,
      ),
      cockpitRows<Row>(
        db,
        sql`select i.committee_id as "committeeId", count(*) filter (where u.fed_back_at is not null)::int as n,
            count(*) filter (where u.fed_back_at is not null
              and (u.fed_back_at at time zone 'Asia/Shanghai')::date <= i.due_on)::int as m
          from instruction_units u join instructions i on i.id = u.instruction_id
          where i.committee_id = any(${scope}) and ${inYears('i.instructed_on', [year], 'date')}
          group by 1`,
      ),
      cockpitRows<Row>(
        db,
        sql`select i.committee_id as "committeeId", i.due_on::text as key, count(*)::int as n
          from instruction_units u join instructions i on i.id = u.instruction_id
          where i.committee_id = any(${scope}) and ${inYears('i.instructed_on', [year], 'date')}
            and i.status = 'open' and u.state in ('pending', 'returned')
          group by 1, 2`,
      ),
    ]);
    const out = new Map(ids.map((id) => [id, empty()]));
    const of = (r: Row) => out.get(r.committeeId)!;
    for (const r of filed) {
      of(r).received += r.n;
      of(r).adopted += r.m;
      of(r).months[r.month - 1] += r.n;
    }
    for (const r of issues) of(r).issues += r.n;
    for (const r of adoptions) addTo(of(r).adoptions, r.key, r.n);
    for (const r of instructions) {
      addTo(of(r).instructions, r.key, r.n);
      of(r).principal += r.m;
      of(r).instructedMonths[r.month - 1] += r.n;
    }
    for (const r of parts) {
      of(r).feedbackGiven += r.n;
      of(r).feedbackOnTime += r.m;
    }
    for (const r of owing) addTo(of(r).owing, r.key, r.n);
    return out;
  },
};

/** The scope's year: the cached counts of the committee or of its subtree, 待反馈 and 逾期 by today. */
export interface OpinionYear extends Omit<OpinionCounts, 'owing'> {
  /** Parts owing feedback, and of those the ones past their due date today. */
  feedbackOpen: number;
  feedbackOverdue: number;
}

/** One year's figures, read once per request for the 社情民意 and 批示 sections alike. */
export const opinionYear = (db: DbOrTx, scope: CockpitScope, year: number) =>
  memoised(scope, `opinions:${scope.committeeIds.join(',')}:${year}`, async (): Promise<OpinionYear> => {
    const { owing, ...sum } = await cachedTotal(db, scope, OPINION_CACHE, year);
    const today = shanghaiDate(now());
    let feedbackOpen = 0;
    let feedbackOverdue = 0;
    for (const [due, n] of Object.entries(owing)) {
      feedbackOpen += n;
      if (due < today) feedbackOverdue += n;
    }
    return { ...sum, feedbackOpen, feedbackOverdue };
  });

/** 社情民意 in the cockpit: the statistics page's own figures, kept per committee, added over a term's years. */
export const OPINION_COCKPIT_SECTION: CockpitSection = {
  module: 'opinion-reports',
  def: OPINION_SECTION,
  async figures(db, scope) {
    const v: Record<string, number> = Object.fromEntries(OPINION_SECTION.figures.map((f) => [f.key, 0]));
    for (const y of await Promise.all(scope.years.map((year) => opinionYear(db, scope, year)))) {
      v.received += y.received;
      v.adopted += y.adopted;
      v.issues += y.issues;
      for (const level of ADOPTION_LEVELS) v[`adopted_${level}`] += y.adoptions[level] ?? 0;
    }
    return v;
  },
  async months(db, scope, year) {
    return (await opinionYear(db, scope, year)).months;
  },
  listLink: () => '/opinions/stats',
};
