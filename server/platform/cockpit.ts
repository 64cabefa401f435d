import { sql } from 'drizzle-orm';
import type { CockpitSectionDef } from '../../domain/cockpit';
import type { DbOrTx } from '../db/client';
import type { Committee } from './scope';

/**
 * The cockpit's section registry (驾驶舱, DOMAIN.md §9): a module declares its section (its figure
 * definitions from domain/, how to compute them over a set of committees and years, the
 * month-by-month trend, lists that link to records) and server/modules/cockpit-sections.ts lists
 * every module's section. The cockpit module only assembles what the sections return, so a module
 * that lands later (协商) plugs in without touching the cockpit's code.
 */

/** Which committees and years a section is asked about. */
export interface CockpitScope {
  /** The committee being looked at. */
  committee: Committee;
  /** Its whole subtree, or the committee alone. */
  subtree: boolean;
  /** The committees counted: [committee.id] alone, or the subtree's ids. */
  committeeIds: number[];
  /** One year, or every year of a term (Beijing calendar years). */
  years: number[];
  /**
   * Every committee and year the request reads, a superset of `committeeIds` and `years` (a year's
   * cockpit: its year and the one before; the league: the whole subtree above its rows): rows kept
   * per committee or subtree are read once for all of them (`readOnce`, `readSubtreesOnce`) and each
   * scope takes its own.
   */
  reach: {
    committeeIds: readonly number[];
    years: readonly number[];
    /** The subtrees the request adds up (the scope's own; the league's lower committees'). */
    subtrees: readonly { root: number; committeeIds: readonly number[] }[];
  };
  /**
   * Work shared by one request's calls (a section's figures and its months may read the same rows):
   * copies of the scope keep the same map. See `memoised`.
   */
  memo: Map<string, Promise<unknown>>;
}

/** `run` once per request and key (the key must name everything the result depends on). */
export function memoised<T>(scope: CockpitScope, key: string, run: () => Promise<T>): Promise<T> {
  const hit = scope.memo.get(key);
  if (hit) return hit as Promise<T>;
  const p = run();
  scope.memo.set(key, p);
  return p;
}

/** Values by year, then by committee. */
export type ByYearCommittee<T> = Map<number, Map<number, T>>;

/**
 * `read` once per request over `part.reach` and the reach's years when the scope (`part.inReach`) and
 * the year lie in the reach; otherwise over `part.own` and that year alone. `part.name` keys the memo.
 */
function readPartOnce<P, R>(
  scope: CockpitScope,
  key: string,
  year: number,
  part: { reach: P; own: P; inReach: boolean; name: (p: P) => string },
  read: (part: P, years: readonly number[]) => Promise<R>,
): Promise<R> {
  const inReach = part.inReach && scope.reach.years.includes(year);
  const p = inReach ? part.reach : part.own;
  const years = inReach ? scope.reach.years : [year];
  return memoised(scope, `${key}:${part.name(p)}:${years.join(',')}`, () => read(p, years));
}

/**
 * What `read` returns for the scope's whole reach, once per request: a year or a committee outside
 * the reach is read on its own (its committees and that year).
 */
export function readOnce<R>(
  scope: CockpitScope,
  key: string,
  year: number,
  read: (committeeIds: readonly number[], years: readonly number[]) => Promise<R>,
): Promise<R> {
  const reach = new Set(scope.reach.committeeIds);
  const part = {
    reach: scope.reach.committeeIds,
    own: scope.committeeIds,
    inReach: scope.committeeIds.every((id) => reach.has(id)),
    name: (ids: readonly number[]) => ids.join(','),
  };
  return readPartOnce(scope, key, year, part, read);
}

/** A subtree: its top committee and every committee in it. */
export type Subtree = CockpitScope['reach']['subtrees'][number];

/** Ids in ascending order (a copy). */
export const sortedIds = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);

/**
 * What `read` returns for every subtree the request adds up, once per request (a league's lower
 * committees at once): a scope whose subtree or year is outside the reach is read on its own.
 */
export function readSubtreesOnce<R>(
  scope: CockpitScope,
  key: string,
  year: number,
  read: (subtrees: readonly Subtree[], years: readonly number[]) => Promise<R>,
): Promise<R> {
  const mine = scope.reach.subtrees.find((g) => g.root === scope.committee.id);
  const part = {
    reach: scope.reach.subtrees,
    own: [{ root: scope.committee.id, committeeIds: scope.committeeIds }],
    inReach: mine !== undefined && sameIds(sortedIds(mine.committeeIds), sortedIds(scope.committeeIds)),
    name: (subtrees: readonly Subtree[]) => subtrees.map((g) => g.root).join(','),
  };
  return readPartOnce(scope, key, year, part, read);
}

/**
 * The scope's committees' values of one year, from rows kept per committee and read once for the
 * request's reach (`read` answers every committee and year of it; a committee it leaves out has none).
 */
export async function perCommittee<T>(
  scope: CockpitScope,
  key: string,
  year: number,
  read: (committeeIds: readonly number[], years: readonly number[]) => Promise<ByYearCommittee<T>>,
): Promise<T[]> {
  const rows = (await readOnce(scope, key, year, read)).get(year);
  const out: T[] = [];
  for (const id of scope.committeeIds) {
    const v = rows?.get(id);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Rows of (committeeId, year, …) into values by year and committee, `into` adding each row. */
export function byYearCommittee<R extends { committeeId: number; year: number }, T>(
  rows: readonly R[],
  empty: () => T,
  into: (value: T, row: R) => void,
): ByYearCommittee<T> {
  const out: ByYearCommittee<T> = new Map();
  for (const r of rows) {
    const year = out.get(r.year) ?? new Map<number, T>();
    out.set(r.year, year);
    const v = year.get(r.committeeId) ?? empty();
    year.set(r.committeeId, v);
    into(v, r);
  }
  return out;
}

/** A section's figures by key (definitions in its CockpitSectionDef); null where nothing divides. */
export type FigureValues = Record<string, number | null>;

/** A row of a section's list: a record the cockpit links to (the web opens it inside the cockpit). */
export interface CockpitListRow {
  id: number;
  title: string;
  /** A short second line (who leads it, its state). */
  detail: string;
  /** The record's committee, for the drill-down's breadcrumb. */
  committeeId: number;
  /** The web path of the record. */
  link: string;
}

export interface CockpitList {
  key: string;
  title: string;
  rows: CockpitListRow[];
  /** How many there are in all (the list shows the first ones). */
  total: number;
}

export interface CockpitSection {
  /** The module, for the registry's listing. */
  module: string;
  def: CockpitSectionDef;
  /** Every figure of the definition over the scope's committees and years. */
  figures(db: DbOrTx, scope: CockpitScope): Promise<FigureValues>;
  /** The trend figure for each month of one year (12 values); null when the figure has no months. */
  months(db: DbOrTx, scope: CockpitScope, year: number): Promise<number[] | null>;
  /** Lists under the figures (key proposals and who leads them); office and leaders only. */
  lists?(db: DbOrTx, scope: CockpitScope): Promise<CockpitList[]>;
  /** The module's own list page for the scope, for 查看明细 (the web path with its filters). */
  listLink?(scope: CockpitScope): string | null;
}

/** Two id lists in the same order, equal. */
export const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The committees as an int[] literal (integers only): the planner sees how many there are. */
export function idArray(ids: readonly number[]) {
  if (!ids.every(Number.isSafeInteger)) throw new Error('ids must be integers');
  return sql.raw(`'{${ids.join(',')}}'::int[]`);
}

/** The years as an int[] literal. */
export const yearArray = (years: readonly number[]) => idArray(years);

/**
 * `column` within the years, as ranges the column's index serves (`extract(year from …)` hides
 * the column from it): a date column by calendar days, a timestamp column by Beijing instants.
 * Consecutive years (a term's) make one range.
 */
export function inYears(column: string, years: readonly number[], kind: 'date' | 'instant') {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === y) last[1] = y + 1;
    else runs.push([y, y + 1]);
  }
  if (runs.length === 0) return sql`false`;
  const bound = (y: number) =>
    kind === 'date' ? sql`${`${y}-01-01`}::date` : sql`${`${y}-01-01T00:00:00+08:00`}::timestamptz`;
  const col = sql.raw(column);
  return sql`(${sql.join(
    runs.map(([from, to]) => sql`(${col} >= ${bound(from)} and ${col} < ${bound(to)})`),
    sql` or `,
  )})`;
}

/** The Beijing month (1–12) of a timestamp column, as SQL. */
export const beijingMonth = (column: string) =>
  sql.raw(`extract(month from ${column} at time zone 'Asia/Shanghai')::int`);

/** Rows of (month, n) into twelve values, January first. */
export function twelveMonths(rows: readonly { month: number; n: number }[]): number[] {
  const out = Array.from({ length: 12 }, () => 0);
  for (const r of rows) if (r.month >= 1 && r.month <= 12) out[r.month - 1] += Number(r.n);
  return out;
}

/** Rows from `db.execute` on either driver. */
export async function cockpitRows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
