import { sql } from 'drizzle-orm';
import { PROPOSAL_SECTION } from '../../../domain/cockpit-figures';
import { deriveRates, type StatsCounts, type StatsRow } from '../../../domain/proposal-stats';
import type { DbOrTx } from '../../db/client';
import { shanghaiDate } from '../../lib/working-days';
import {
  type ByYearCommittee,
  byYearCommittee,
  type CockpitScope,
  type CockpitSection,
  cockpitRows,
  idArray,
  memoised,
  perCommittee,
  readOnce,
  sameIds,
  twelveMonths,
  yearArray,
} from '../../platform/cockpit';
import { addUp, type CommitteeCache, cachedTotal } from '../../platform/cockpit-cache';
import { type CommitteeYearCounts, committeeYearCounts, EMPTY_COUNTS } from './queries';

/**
 * 提案 in the cockpit: 提案统计's own figures (proposalLevelSql, the statistics page's SQL, grouped by
 * committee), kept per committee and year in the cockpit's cache and added up over the scope's
 * committees and a term's years. The committee alone is its 本级 row of the by-committee table; with
 * its subtree, the total.
 */

/** The counts of a statistics row (its rates are derived again from the sum). */
export function countsOf(r: StatsRow): StatsCounts {
  return {
    received: r.received,
    registered: r.registered,
    merged: r.merged,
    rejected: r.rejected,
    converted: r.converted,
    withdrawn: r.withdrawn,
    pendingReview: r.pendingReview,
    keyProposals: r.keyProposals,
    keyLedByPrincipal: r.keyLedByPrincipal,
    assigned: r.assigned,
    replied: r.replied,
    rated: r.rated,
    satisfied: r.satisfied,
    basicallySatisfied: r.basicallySatisfied,
    dissatisfied: r.dissatisfied,
    replyCategories: r.replyCategories,
    marked: r.marked,
    implemented: r.implemented,
    partlyImplemented: r.partlyImplemented,
    overdue: r.overdue,
    replyDaysTotal: r.replyDaysTotal,
    repliedAssignments: r.repliedAssignments,
  };
}

/** A committee's year as the cockpit's cache keeps it: counts with 逾期 in parts, months, sessions. */
interface CachedYear extends CommitteeYearCounts {
  /** Proposals received by month (January first). */
  months: number[];
  /** The year's sessions of the committee the counts cover (a session's year is not an event). */
  sessions: number[];
}

/** The sessions of each committee and year, in id order. */
async function sessionsByCommittee(db: DbOrTx, committeeIds: readonly number[], years: readonly number[]) {
  const rows = await cockpitRows<{ committeeId: number; year: number; ids: number[] }>(
    db,
    sql`select committee_id as "committeeId", year, array_agg(id order by id) as ids from sessions
      where year = any(${yearArray(years)}) and committee_id = any(${idArray(committeeIds)}) group by 1, 2`,
  );
  return byYearCommittee(
    rows,
    (): number[] => [],
    (v, r) => v.push(...r.ids),
  );
}

/** The sessions of the request's reach as they are now, read once per request. */
const sessionsOfReach = (db: DbOrTx, scope: CockpitScope, year: number) =>
  readOnce(scope, 'proposals:sessions', year, (ids, years) => sessionsByCommittee(db, ids, years));

/** Sessions of several committees as one list, in id order. */
const allSessions = (lists: readonly (readonly number[])[]) => lists.flat().sort((a, b) => a - b);

/** The cache of 提案's year per committee (platform/cockpit-cache.ts), given the sessions as they are now. */
const proposalCache = (sessionsNow: ByYearCommittee<number[]>): CommitteeCache<CachedYear> => ({
  key: 'proposals.v1',
  current: (v, ids, year) =>
    sameIds(v.sessions, allSessions(ids.map((id) => sessionsNow.get(year)?.get(id) ?? []))),
  sum: (values) => ({ ...addUp(values, ['sessions']), sessions: allSessions(values.map((v) => v.sessions)) }),
  async compute(db, ids, year) {
    const sessions = (await sessionsByCommittee(db, ids, [year])).get(year) ?? new Map<number, number[]>();
    const sessionIds = [...sessions.values()].flat();
    const [counts, months] = await Promise.all([
      committeeYearCounts(db, ids, sessionIds),
      cockpitRows<{ committeeId: number; month: number; n: number }>(
        db,
        sql`select p.committee_id as "committeeId",
            extract(month from p.submitted_at at time zone 'Asia/Shanghai')::int as month, count(*)::int as n
          from proposals p
          where p.committee_id = any(${idArray(ids)}) and p.session_id = any(${idArray(sessionIds)})
            and p.submitted_at is not null
          group by 1, 2`,
      ),
    ]);
    return new Map(
      ids.map((id) => [
        id,
        {
          ...(counts.get(id) ?? { counts: EMPTY_COUNTS, late: 0, dues: {} }),
          months: twelveMonths(months.filter((m) => m.committeeId === id)),
          sessions: sessions.get(id) ?? [],
        },
      ]),
    );
  },
});

/**
 * 重点提案 and those led by a principal leader of each committee and year (by the year of the
 * proposal's session), read live: a leader's 主要领导 flag is edited in the organisation's catalogue,
 * which appends no event the cache could follow.
 */
async function keyCounts(db: DbOrTx, committeeIds: readonly number[], years: readonly number[]) {
  const rows = await cockpitRows<{ committeeId: number; year: number; key: number; principal: number }>(
    db,
    sql`select p.committee_id as "committeeId", s.year, count(*)::int as key,
        count(*) filter (where l.is_principal)::int as principal
      from proposal_key_selections k
      join proposals p on p.id = k.proposal_id
      join sessions s on s.id = p.session_id
      left join leaders l on l.id = k.lead_supervisor_leader_id
      where k.stage = 'selected' and p.committee_id = any(${idArray(committeeIds)})
        and s.committee_id = any(${idArray(committeeIds)}) and s.year = any(${yearArray(years)})
        and p.submitted_at is not null
      group by 1, 2`,
  );
  return byYearCommittee(
    rows,
    () => ({ key: 0, principal: 0 }),
    (v, r) => {
      v.key += r.key;
      v.principal += r.principal;
    },
  );
}

/**
 * One year's counts and months of the scope, once per request (a term's figures and its yearly trend
 * share them): the cached year of the committee or of its subtree, 逾期 finished for today, the key
 * counts live. The sessions, the cached rows and the key counts are read once for the request's reach.
 */
function yearOf(db: DbOrTx, scope: CockpitScope, year: number) {
  return memoised(scope, `proposals:${scope.committee.id}:${scope.subtree}:${year}`, async () => {
    const [total, keys] = await Promise.all([
      sessionsOfReach(db, scope, year).then((sessionsNow) =>
        cachedTotal(db, scope, proposalCache(sessionsNow), year),
      ),
      perCommittee(scope, 'proposals:key', year, (ids, years) => keyCounts(db, ids, years)),
    ]);
    const today = shanghaiDate();
    let overdue = total.late;
    for (const [due, n] of Object.entries(total.dues)) if (due < today) overdue += n;
    const counts = addUp([EMPTY_COUNTS, total.counts]);
    const months = total.months;
    const key = keys.reduce((n, k) => n + k.key, 0);
    const principal = keys.reduce((n, k) => n + k.principal, 0);
    return {
      counts: { ...counts, overdue, keyProposals: key, keyLedByPrincipal: principal },
      months,
    };
  });
}

/** The proposal counts of the scope: each year's (all years at once), then added. */
export async function proposalCounts(db: DbOrTx, scope: CockpitScope): Promise<StatsCounts> {
  const years = await Promise.all(scope.years.map((year) => yearOf(db, scope, year)));
  return addUp([EMPTY_COUNTS, ...years.map((y) => y.counts)]);
}

export const PROPOSAL_COCKPIT_SECTION: CockpitSection = {
  module: 'proposals',
  def: PROPOSAL_SECTION,
  async figures(db, scope) {
    const counts = await proposalCounts(db, scope);
    const values = { ...counts, ...deriveRates(counts) } as Record<string, unknown>;
    // No proposal at all: counts are 0 and rates have nothing to divide (null), as 提案统计 shows them.
    return Object.fromEntries(
      PROPOSAL_SECTION.figures.map((f) => {
        const v = values[f.key] as number | null | undefined;
        return [f.key, v === undefined ? (f.kind === 'rate' ? null : 0) : v];
      }),
    );
  },
  async months(db, scope, year) {
    return (await yearOf(db, scope, year)).months;
  },
  async lists(db, scope) {
    const rows = await cockpitRows<{
      id: number;
      title: string;
      number: number | null;
      committeeId: number;
      leader: string | null;
      chair: string | null;
      total: number;
    }>(
      db,
      sql`select p.id, p.title, p.number, p.committee_id as "committeeId", l.name as leader, m.name as chair,
          count(*) over ()::int as total
        from proposal_key_selections k
        join proposals p on p.id = k.proposal_id
        left join leaders l on l.id = k.lead_supervisor_leader_id
        left join members m on m.id = k.lead_supervisor_member_id
        where k.stage = 'selected' and k.committee_id = any(${idArray(scope.committeeIds)})
          and k.year = any(${yearArray(scope.years)})
        order by k.committee_id, p.id
        limit 50`,
    );
    return [
      {
        key: 'keyProposals',
        title: '重点提案及领衔督办',
        total: rows[0]?.total ?? 0,
        rows: rows.map((r) => ({
          id: r.id,
          title: r.number ? `第${String(r.number).padStart(4, '0')}号 ${r.title}` : r.title,
          detail: `领衔督办：${r.leader ?? r.chair ?? '未确定'}`,
          committeeId: r.committeeId,
          link: `/proposals/${r.id}`,
        })),
      },
    ];
  },
  listLink: (scope) => `/proposals/all?committeeId=${scope.committee.id}`,
};
