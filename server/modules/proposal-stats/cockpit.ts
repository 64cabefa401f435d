import { sql } from 'drizzle-orm';
import { PROPOSAL_SECTION } from '../../../domain/cockpit-figures';
import { deriveRates, type StatsCounts, type StatsRow } from '../../../domain/proposal-stats';
import type { DbOrTx } from '../../db/client';
import {
  type CockpitScope,
  type CockpitSection,
  cockpitRows,
  idArray,
  memoised,
  twelveMonths,
  yearArray,
} from '../../platform/cockpit';
import { proposalStats, yearSessions } from './queries';

/**
 * 提案 in the cockpit: 提案统计's own figures (proposalStats, the same SQL as the statistics page and
 * its export), summed over the years of a term. The committee alone is its 本级 row of the
 * by-committee table; with its subtree, the total.
 */

/** Counts of several years added (a year's proposals are disjoint from another's). */
export function addCounts(a: StatsCounts, b: StatsCounts): StatsCounts {
  const out = { ...a, replyCategories: { ...a.replyCategories } };
  for (const k of Object.keys(b) as (keyof StatsCounts)[]) {
    if (k === 'replyCategories') continue;
    const x = a[k] as number | null;
    const y = b[k] as number | null;
    (out[k] as number | null) = x === null && y === null ? null : (x ?? 0) + (y ?? 0);
  }
  for (const [code, n] of Object.entries(b.replyCategories)) {
    out.replyCategories[code] = (out.replyCategories[code] ?? 0) + n;
  }
  return out;
}

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

/** One year's counts of the scope, once per request (a term's figures and its yearly trend share them). */
function yearCounts(db: DbOrTx, scope: CockpitScope, year: number) {
  const key = `proposals:${scope.committee.id}:${scope.subtree}:${year}`;
  return memoised(scope, key, async () => {
    const result = await proposalStats(
      db,
      { committee: scope.committee, year },
      scope.subtree ? 'overall' : 'committee',
    );
    const row = scope.subtree ? result.total : result.rows.find((r) => r.key === scope.committee.id);
    return row ? countsOf(row) : null;
  });
}

/** The proposal counts of the scope: per year through proposalStats (all years at once), then added. */
export async function proposalCounts(db: DbOrTx, scope: CockpitScope): Promise<StatsCounts | null> {
  let sum: StatsCounts | null = null;
  for (const counts of await Promise.all(scope.years.map((y) => yearCounts(db, scope, y)))) {
    if (counts) sum = sum ? addCounts(sum, counts) : counts;
  }
  return sum;
}

export const PROPOSAL_COCKPIT_SECTION: CockpitSection = {
  module: 'proposals',
  def: PROPOSAL_SECTION,
  async figures(db, scope) {
    const counts = await proposalCounts(db, scope);
    const values = (counts ? { ...counts, ...deriveRates(counts) } : {}) as Record<string, unknown>;
    // No proposal at all: counts are 0 and rates have nothing to divide (null), as 提案统计 shows them.
    return Object.fromEntries(
      PROPOSAL_SECTION.figures.map((f) => {
        const v = values[f.key] as number | null | undefined;
        return [f.key, v === undefined ? (f.kind === 'rate' ? null : 0) : v];
      }),
    );
  },
  async months(db, scope, year) {
    const rows = await cockpitRows<{ month: number; n: number }>(
      db,
      sql`select extract(month from p.submitted_at at time zone 'Asia/Shanghai')::int as month, count(*)::int as n
        from proposals p
        where p.committee_id = any(${idArray(scope.committeeIds)})
          and p.session_id = any(${idArray(await yearSessions(db, scope.committee, year))})
          and p.submitted_at is not null
        group by 1`,
    );
    return twelveMonths(rows);
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
