import { and, desc, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { ID_BUCKET_BITS } from '../db/schema/columns';

/**
 * Lists of any document in one statement: the page's ids first (committee by committee for a few
 * committees, one planned scan for many), then only those rows with the list's columns, and the
 * total counted up to a cap alongside. A module names its table; the paging is the same for all.
 */

/** The table a list pages over: its id and its committee column. */
export interface ListSource {
  table: PgTable;
  id: PgColumn;
  committeeId: PgColumn;
  /**
   * `idBucket(id)` (db/schema/columns.ts) when the table's search index holds it beside the words:
   * a broad search then reads its newest matches window by window (newestMatchIds).
   */
  idBucket?: SQL;
}

/**
 * Past this many rows a list's total reads "more than 2000": counting a province's 200,000 proposals on
 * every page costs more than the rest of the request, the pager needs no more (100 pages), and
 * the filters narrow the list. A county's five sessions (≈1,700) are still counted exactly.
 */
export const LIST_TOTAL_CAP = 2000;

/**
 * Index entries the committee-by-committee form may read (each committee's newest
 * `offset + limit` rows). Beyond it, e.g. a province's 600 committees, walking all proposals
 * newest first finds a page sooner, since one row in five is the province's.
 */
const PER_COMMITTEE_BUDGET = 4000;

/**
 * Searches over at most this many committees are ranked by relevance and counted. Both read every
 * match (a province's search for 停车 matches 20,000 proposals: 90 ms); above it the newest
 * matches come first, the scan stops at the page, and one row more tells whether a next page exists.
 */
const RANKED_SEARCH_COMMITTEES = 50;

/** A page for the screen, or every row (capped) for an export. */
export type ListPurpose = 'page' | 'export';

export interface Paging {
  limit: number;
  offset: number;
}

/**
 * How a list is ordered and its total found: a search's relevance where the scope is small
 * enough to rank, else newest first; counted up to the cap, or (a broad search) only whether
 * another page follows.
 */
export function listPlan(scopeIds: number[], relevance: SQL[], purpose: ListPurpose) {
  const broadSearch = relevance.length > 0 && scopeIds.length > RANKED_SEARCH_COMMITTEES;
  const count: 'capped' | 'look-ahead' | 'none' =
    purpose === 'export' ? 'none' : broadSearch ? 'look-ahead' : 'capped';
  return { order: broadSearch ? [] : relevance, count };
}

/** One page of a list: which committees, which rows, in which order. */
export interface PageRequest {
  scopeIds: number[];
  /** The view and the filters, without the scope. */
  conditions: SQL[];
  /** Ordering before the newest-first tiebreak (a search's relevance), or none. */
  order: SQL[];
  limit: number;
  offset: number;
  /**
   * The conditions already keep to the scope through an index of their own (a search's tsquery
   * names the caller's committee: proposals/search.ts withinScope). A ranked search (ordered by
   * relevance, so every match is read) then checks the committee filter on the rows the words found
   * rather than planning it as an index scan: over a city's committees that is a bitmap of 40,000
   * rows ANDed with the few hundred matches. Newest-first (a broad search) keeps the plain filter:
   * there the planner weighs walking the primary key against the words' index by the rows it
   * expects, and the hidden column's guess (every row in scope) made it walk a million rows for a
   * phrase that matched none (4.4 s on the bench set instead of 0.15).
   */
  scopedByConditions?: boolean;
}

/** The committee ids as an int[] literal, inlined (the planner sees them); only integers get in. */
function idArray(ids: number[]): SQL {
  if (!ids.every(Number.isSafeInteger)) throw new Error('committee ids must be integers');
  return sql.raw(`'{${ids.join(',')}}'::int[]`);
}

/** The scope's condition; `+ 0` hides the column from its indexes (see PageRequest.scopedByConditions). */
const scopeOf = (src: ListSource, scopeIds: number[], hidden: boolean): SQL =>
  hidden
    ? sql`${src.committeeId} + 0 = any(${idArray(scopeIds)})`
    : sql`${src.committeeId} = any(${idArray(scopeIds)})`;

/** The scope of a one-statement page: hidden only where a ranked search reads every match anyway. */
const inCommittees = (
  src: ListSource,
  r: Pick<PageRequest, 'scopeIds' | 'scopedByConditions' | 'order'>,
): SQL => scopeOf(src, r.scopeIds, !!r.scopedByConditions && r.order.length > 0);

const allOf = (conditions: SQL[]) => and(sql`true`, ...conditions)!;

/**
 * The ids of one page, as a subquery. Newest first within a few committees: each committee's
 * newest rows from proposals_committee_newest_idx (index only), merged; a city's page reads 600
 * entries instead of walking the 99 % of proposals that are not its own. Otherwise (many
 * committees, a deep page, or ordered by relevance) one scan that PostgreSQL plans.
 */
export function pageIdsQuery(src: ListSource, r: PageRequest): SQL {
  const n = r.limit + r.offset;
  const where = allOf(r.conditions);
  if (r.order.length === 0 && r.scopeIds.length * n <= PER_COMMITTEE_BUDGET) {
    return sql`select x.id from unnest(${idArray(r.scopeIds)}) as c(id) cross join lateral (
      select ${src.id} as id from ${src.table} where ${src.committeeId} = c.id and ${where}
      order by ${src.id} desc limit ${n}) x
      order by x.id desc limit ${r.limit} offset ${r.offset}`;
  }
  const order = sql.join([...r.order, sql`${src.id} desc`], sql`, `);
  return sql`select ${src.id} from ${src.table} where ${inCommittees(src, r)} and ${where}
    order by ${order} limit ${r.limit} offset ${r.offset}`;
}

/** The rows in scope, counted up to LIST_TOTAL_CAP + 1 (one more says "there are more"). */
export function cappedCountQuery(
  src: ListSource,
  r: Pick<PageRequest, 'scopeIds' | 'conditions' | 'scopedByConditions' | 'order'>,
): SQL<number> {
  return sql<number>`(select count(*)::int from (select 1 from ${src.table}
    where ${inCommittees(src, r)} and ${allOf(r.conditions)} limit ${LIST_TOTAL_CAP + 1}) capped)`;
}

/** The capped count on its own, for a page past the end (no row to carry it). */
export async function cappedCount(
  db: DbOrTx,
  src: ListSource,
  r: Pick<PageRequest, 'scopeIds' | 'conditions' | 'scopedByConditions' | 'order'>,
) {
  const [row] = await db.select({ total: cappedCountQuery(src, r) }).from(sql`(select 1) one`);
  return row.total;
}

/**
 * The id buckets a broad search reads at a time, newest first: the newest two (the newest may just
 * have begun), then the six before them, then twenty-four; then every older id at once (also as soon
 * as a window finds nothing).
 */
const BUCKET_WINDOWS = [2, 6, 24];

/**
 * The ids of a broad search's page (newest first, one more than the page for the look-ahead), read
 * window by window of id buckets. The conditions name the scope in the words' index (PageRequest.
 * scopedByConditions) and that index holds the id's bucket (ListSource.idBucket), so the index
 * itself finds the matches of the newest ids and only their rows are read; the scope is checked on
 * those rows. In one scan every match in scope was read to learn its id (5,000 rows, ≈ 20 ms, for a
 * common word in a province) and the newest 21 kept. The buckets only narrow the index scan: each
 * window is an exact id range, read newest first, so the rows and their order are the same.
 */
async function newestMatchIds(db: DbOrTx, src: ListSource, bucket: SQL, r: PageRequest) {
  const need = r.offset + r.limit;
  const [{ top }] = await db.select({ top: sql<number | null>`max(${src.id})` }).from(src.table);
  const ids: number[] = [];
  const read = async (window: SQL, hidden: boolean) => {
    const rows = await db
      .select({ id: src.id })
      .from(src.table)
      .where(and(scopeOf(src, r.scopeIds, hidden), allOf(r.conditions), window))
      .orderBy(desc(src.id))
      .limit(need - ids.length);
    ids.push(...rows.map((row) => row.id as number));
  };
  /** The newest bucket not read yet. */
  let next = top === null ? -1 : top >> ID_BUCKET_BITS;
  for (const width of BUCKET_WINDOWS) {
    if (ids.length >= need || next - width < 0) break;
    const before = ids.length;
    const buckets = Array.from({ length: width }, (_, i) => next - i);
    await read(sql`${bucket} && ${idArray(buckets)}`, true);
    next -= width;
    // A window without a match says the words are rare: their older matches are few, read at once.
    if (ids.length === before) break;
  }
  // Every older id: planned as a one-scan search (the scope a plain condition).
  if (ids.length < need && next >= 0) await read(lt(src.id, (next + 1) << ID_BUCKET_BITS), false);
  return ids.slice(r.offset);
}

/**
 * The total as the pager shows it: exact, or (`totalCapped`) a lower bound, "more than
 * total - 1": LIST_TOTAL_CAP + 1 past the cap, or the rows so far plus one when a broad search
 * found one more row than the page holds (`fetched`).
 */
export function totalOf(
  count: ReturnType<typeof listPlan>['count'],
  page: Paging,
  fetched: number,
  counted: number,
) {
  if (count === 'look-ahead') {
    return { total: page.offset + fetched, totalCapped: fetched > page.limit };
  }
  return counted > LIST_TOTAL_CAP
    ? { total: LIST_TOTAL_CAP + 1, totalCapped: true }
    : { total: counted, totalCapped: false };
}

/** What `fetchListRows` asks the module to select: the page's rows, the count alongside. */
export interface RowSelection {
  /** The rows of the page: `id in (page ids)`. */
  inPage: SQL;
  /** The capped total, to select as a column of every row (0 when the plan does not count). */
  counted: SQL<number>;
  order: SQL[];
}

/**
 * One page of a list (or every row up to `paging.limit` for an export): the module selects the
 * page's rows with its own columns and joins; the paging, ordering and total are the platform's.
 */
export async function fetchListRows<Row extends { counted: number }>(
  db: DbOrTx,
  src: ListSource,
  q: {
    scopeIds: number[];
    conditions: SQL[];
    relevance?: SQL[];
    paging: Paging;
    purpose: ListPurpose;
    scopedByConditions?: boolean;
  },
  select: (s: RowSelection) => Promise<Row[]>,
) {
  const plan = listPlan(q.scopeIds, q.relevance ?? [], q.purpose);
  const request: PageRequest = {
    scopeIds: q.scopeIds,
    conditions: q.conditions,
    order: plan.order,
    limit: q.paging.limit + (plan.count === 'look-ahead' ? 1 : 0),
    offset: q.paging.offset,
    scopedByConditions: q.scopedByConditions,
  };
  // A broad search whose words' index holds the scope and the id's bucket reads the newest windows first.
  const bucket = plan.count === 'look-ahead' && q.scopedByConditions ? src.idBucket : undefined;
  const inPage = bucket
    ? sql`${src.id} = any(${idArray(await newestMatchIds(db, src, bucket, request))})`
    : sql`${src.id} in (${pageIdsQuery(src, request)})`;
  const rows = await select({
    inPage,
    counted: plan.count === 'capped' ? cappedCountQuery(src, request) : sql<number>`0`,
    order: [...request.order, sql`${src.id} desc`],
  });
  // A page past the end carries no row, so no count: ask for it alone (a broad search never counts).
  const pastEnd = plan.count === 'capped' && rows.length === 0 && q.paging.offset > 0;
  const counted = pastEnd ? await cappedCount(db, src, request) : (rows[0]?.counted ?? 0);
  return { rows: rows.slice(0, q.paging.limit), ...totalOf(plan.count, q.paging, rows.length, counted) };
}
