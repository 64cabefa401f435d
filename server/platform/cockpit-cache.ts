import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import {
  type ByYearCommittee,
  type CockpitScope,
  cockpitRows,
  idArray,
  perCommittee,
  yearArray,
} from './cockpit';

/**
 * The cockpit's cache (cockpit_cache): a section's figures of one year per committee, which add up
 * over committees, so a province's subtree is the sum of its committees' rows. A row is current while
 * its committee has no event the row's snapshot did not see. Every command appends an event with its
 * committee in its own transaction (platform/events.ts), and the event log records the writing
 * transaction (events.tx), so "an event not visible in that snapshot" is exact: a command committed
 * after the row was computed, or one still running then, whatever their event ids. On a read only
 * such committees are computed again (a county's change does not recompute the province).
 *
 * The snapshot is taken before the computation: a computation that sees a later commit than its
 * snapshot only recomputes once more, never keeps a stale row. A section's `key` names the version
 * of its computation (bump it when a definition changes, and rows of the old one are ignored).
 * What moves with the date alone (逾期) must be stored in a form the section finishes at read time.
 */
export interface CommitteeCache<T> {
  /** Section and version, e.g. 'proposals.v1'. */
  key: string;
  /**
   * The values of these committees for the year, one per committee: computed after the snapshot,
   * with whatever the section needs to tell a row out of date without an event (`current`).
   */
  compute(db: DbOrTx, committeeIds: number[], year: number): Promise<Map<number, T>>;
  /** A check besides the events (data that changes without one); true when absent. */
  current?(committeeId: number, value: T, year: number): boolean;
}

/**
 * Each committee's cached value for each of the years, computing and storing those that are missing or
 * out of date: one statement reads every row (a term's years, a league's whole subtree), the missing
 * ones of each year are computed side by side and stored in one statement.
 */
export async function cachedByCommittee<T>(
  db: DbOrTx,
  cache: CommitteeCache<T>,
  committeeIds: readonly number[],
  years: readonly number[],
): Promise<ByYearCommittee<T>> {
  const rows = await cockpitRows<{
    snap: string;
    committeeId: number | null;
    year: number | null;
    data: T | null;
    stale: boolean;
  }>(
    db,
    sql`select s.snap, k.committee_id as "committeeId", k.year, k.data,
        exists (select 1 from events e
          where e.committee_id = k.committee_id and e.tx >= pg_snapshot_xmin(k.snapshot::pg_snapshot)
            and not pg_visible_in_snapshot(e.tx, k.snapshot::pg_snapshot)) as stale
      from (select pg_current_snapshot()::text as snap) s
      left join cockpit_cache k on k.section = ${cache.key} and k.year = any(${yearArray(years)})
        and k.committee_id = any(${idArray(committeeIds)})`,
  );
  const out: ByYearCommittee<T> = new Map(years.map((y) => [y, new Map()]));
  for (const r of rows) {
    if (r.committeeId === null || r.year === null || r.stale) continue;
    const value = r.data as T;
    if (!cache.current || cache.current(r.committeeId, value, r.year))
      out.get(r.year)!.set(r.committeeId, value);
  }
  const missing = years.map((year) => ({ year, ids: committeeIds.filter((id) => !out.get(year)!.has(id)) }));
  const toCompute = missing.filter((m) => m.ids.length > 0);
  if (toCompute.length === 0) return out;
  const computed = await Promise.all(toCompute.map((m) => cache.compute(db, m.ids, m.year)));
  const stored: { id: number; year: number; data: T }[] = [];
  toCompute.forEach(({ year, ids }, i) => {
    for (const id of ids) {
      const value = computed[i].get(id);
      if (value === undefined)
        throw new Error(`cockpit cache ${cache.key}: nothing computed for committee ${id} in ${year}`);
      out.get(year)!.set(id, value);
      stored.push({ id, year, data: value });
    }
  });
  // Last writer wins: each row keeps the snapshot its own values were computed after. In committee
  // and year order, so two requests storing the same rows wait for each other rather than deadlock.
  await db.execute(sql`insert into cockpit_cache (section, committee_id, year, snapshot, data)
    select ${cache.key}, x.id, x.year, ${rows[0].snap}, x.data
    from jsonb_to_recordset(${JSON.stringify(stored)}::jsonb) as x(id int, year int, data jsonb)
    order by x.id, x.year
    on conflict (section, committee_id, year) do update
      set snapshot = excluded.snapshot, data = excluded.data, computed_at = now()`);
  return out;
}

/** The scope's committees' cached values of one year, the rows of the request's whole reach read once. */
export const cachedRows = <T>(db: DbOrTx, scope: CockpitScope, cache: CommitteeCache<T>, year: number) =>
  perCommittee(scope, `cache:${cache.key}`, year, (ids, years) => cachedByCommittee(db, cache, ids, years));
