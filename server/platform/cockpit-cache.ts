import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import {
  type ByYearCommittee,
  type CockpitScope,
  cockpitRows,
  idArray,
  perCommittee,
  readSubtreesOnce,
  type Subtree,
  sameIds,
  sortedIds,
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
  /** Several committees' values as one (a subtree's sum): `addUp`, with the fields `current` checks merged. */
  sum(values: readonly T[]): T;
  /**
   * A check besides the events (data that changes without one), on one committee's value or on a
   * subtree's sum (`committeeIds`: the committees it covers); true when absent.
   */
  current?(value: T, committeeIds: readonly number[], year: number): boolean;
}

/**
 * JSON values added up: numbers (null with null stays null, as 提案统计's counts), arrays of numbers
 * element by element, objects key by key; the keys in `apart` are left for the caller to merge.
 */
export function addUp<T>(values: readonly T[], apart: readonly string[] = []): T {
  const add = (a: unknown, b: unknown): unknown => {
    if (a === undefined || a === null) return b === undefined ? a : b;
    if (b === undefined || b === null) return a;
    if (typeof a === 'number') return a + (b as number);
    if (Array.isArray(a)) {
      const bs = b as unknown[];
      return Array.from({ length: Math.max(a.length, bs.length) }, (_, i) => add(a[i], bs[i]));
    }
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = add(out[k], v);
    return out;
  };
  let total: unknown;
  for (const v of values) {
    const rest = { ...(v as Record<string, unknown>) };
    for (const k of apart) delete rest[k];
    total = add(total, rest);
  }
  return (total ?? {}) as T;
}

/**
 * SQL: true when the row `k` is out of date, one of the committees `committees` matches
 * (`= k.committee_id`, `= any(…)`) having an event that `k`'s snapshot did not see.
 */
const staleRow = (committees: SQL) =>
  sql`exists (select 1 from events e
    where e.committee_id ${committees} and e.tx >= pg_snapshot_xmin(k.snapshot::pg_snapshot)
      and not pg_visible_in_snapshot(e.tx, k.snapshot::pg_snapshot))`;

/**
 * Stores rows of a section, computed after the snapshot `snap`. Last writer wins: each row keeps the
 * snapshot its own values were computed after. In committee and year order, so two requests storing
 * the same rows wait for each other rather than deadlock.
 */
async function storeRows(
  db: DbOrTx,
  section: string,
  snap: string,
  rows: readonly { id: number; year: number; data: unknown }[],
) {
  await db.execute(sql`insert into cockpit_cache (section, committee_id, year, snapshot, data)
    select ${section}, x.id, x.year, ${snap}, x.data
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id int, year int, data jsonb)
    order by x.id, x.year
    on conflict (section, committee_id, year) do update
      set snapshot = excluded.snapshot, data = excluded.data, computed_at = now()`);
}

/**
 * Each committee's cached value for each of the years, computing and storing those that are missing or
 * out of date: one statement reads every row (a term's years, a league's whole subtree), the missing
 * ones of each year are computed side by side and stored in one statement.
 */
async function cachedByCommittee<T>(
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
        ${staleRow(sql`= k.committee_id`)} as stale
      from (select pg_current_snapshot()::text as snap) s
      left join cockpit_cache k on k.section = ${cache.key} and k.year = any(${yearArray(years)})
        and k.committee_id = any(${idArray(committeeIds)})`,
  );
  const out: ByYearCommittee<T> = new Map(years.map((y) => [y, new Map()]));
  for (const r of rows) {
    if (r.committeeId === null || r.year === null || r.stale) continue;
    const value = r.data as T;
    if (!cache.current || cache.current(value, [r.committeeId], r.year))
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
  await storeRows(db, cache.key, rows[0].snap, stored);
  return out;
}

/** The scope's committees' cached values of one year, the rows of the request's whole reach read once. */
const cachedRows = <T>(db: DbOrTx, scope: CockpitScope, cache: CommitteeCache<T>, year: number) =>
  perCommittee(scope, `cache:${cache.key}`, year, (ids, years) => cachedByCommittee(db, cache, ids, years));

/**
 * Each subtree's sum for each of the years, kept as a row of its own (section `<key>:subtree`, the
 * top committee's id, the committees it covers), so a province's cockpit reads one row a year and
 * cache, not one per committee. The row is current while none of the subtree's committees has an event
 * its snapshot did not see, it covers the same committees, and the section's `current` holds for the
 * sum. Otherwise it is added up again from the committees' own rows (cachedByCommittee: only those of
 * committees that changed are computed again) and stored with the snapshot of this read, taken before
 * those rows were read or computed: what they saw, that snapshot saw at most, so a later event is
 * never missed.
 */
async function cachedSubtrees<T>(
  db: DbOrTx,
  cache: CommitteeCache<T>,
  subtrees: readonly Subtree[],
  years: readonly number[],
): Promise<ByYearCommittee<T>> {
  const groups = subtrees.map((g) => ({ root: g.root, ids: sortedIds(g.committeeIds) }));
  const section = `${cache.key}:subtree`;
  const rows = await cockpitRows<{
    snap: string;
    root: number | null;
    year: number | null;
    data: { ids: number[]; value: T } | null;
    stale: boolean;
  }>(
    db,
    sql`select s.snap, g.root, k.year, k.data, ${staleRow(sql`= any(g.ids::int[])`)} as stale
      from (select pg_current_snapshot()::text as snap) s
      left join (jsonb_to_recordset(${JSON.stringify(groups.map((g) => ({ root: g.root, ids: `{${g.ids.join(',')}}` })))}::jsonb)
          as g(root int, ids text)
        join cockpit_cache k on k.section = ${section} and k.committee_id = g.root
          and k.year = any(${yearArray(years)})) on true`,
  );
  const out: ByYearCommittee<T> = new Map(years.map((y) => [y, new Map()]));
  const idsOf = new Map(groups.map((g) => [g.root, g.ids]));
  for (const r of rows) {
    if (r.root === null || r.year === null || r.data === null || r.stale) continue;
    const ids = idsOf.get(r.root)!;
    if (!sameIds(r.data.ids, ids)) continue;
    if (cache.current && !cache.current(r.data.value, ids, r.year)) continue;
    out.get(r.year)!.set(r.root, r.data.value);
  }
  const missing = years.flatMap((year) =>
    groups.filter((g) => !out.get(year)!.has(g.root)).map((g) => ({ year, ...g })),
  );
  if (missing.length === 0) return out;
  const own = await cachedByCommittee(
    db,
    cache,
    [...new Set(missing.flatMap((m) => m.ids))],
    [...new Set(missing.map((m) => m.year))],
  );
  const stored = missing.map(({ year, root, ids }) => {
    const byCommittee = own.get(year)!;
    const value = cache.sum(ids.map((id) => byCommittee.get(id)!));
    out.get(year)!.set(root, value);
    return { id: root, year, data: { ids, value } };
  });
  await storeRows(db, section, rows[0].snap, stored);
  return out;
}

/**
 * The scope's sum of one year: with its subtree, the subtree's row (the rows of every subtree the
 * request reads — a league's lower committees — at once); alone, its committee's own row.
 */
export async function cachedTotal<T>(
  db: DbOrTx,
  scope: CockpitScope,
  cache: CommitteeCache<T>,
  year: number,
): Promise<T> {
  if (!scope.subtree) return cache.sum(await cachedRows(db, scope, cache, year));
  const all = await readSubtreesOnce(scope, `subtree:${cache.key}`, year, (subtrees, years) =>
    cachedSubtrees(db, cache, subtrees, years),
  );
  return all.get(year)!.get(scope.committee.id)!;
}
