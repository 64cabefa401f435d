import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../db/client';
import { shanghaiDate } from '../../lib/working-days';
import { rowsOf } from '../../platform/duty-items';
import type { JobSpec } from '../../platform/jobs';
import { recomputeYear } from './compute';

const HOUR_MS = 3_600_000;

/**
 * Committees scored at once on PostgreSQL: each holds a connection of the pool (the app's has 10)
 * for its transaction, so a few are left to requests. PGlite has one connection: one at a time.
 */
export const PARALLEL_COMMITTEES = 4;

/**
 * The stored scores of one year for every committee with members, each committee in its own
 * transaction, `parallel` committees at a time (the year-end run; bench/duty-year-end.ts times it).
 * Returns how many members were scored (a closed year's committees count none).
 */
export async function scoreYearEverywhere(
  handle: Pick<DbHandle, 'db' | 'kind'>,
  year: number,
  parallel = handle.kind === 'pglite' ? 1 : PARALLEL_COMMITTEES,
): Promise<number> {
  const { db } = handle;
  const ids = (
    await rowsOf<{ committee_id: number }>(
      db,
      sql`select distinct committee_id from members order by committee_id`,
    )
  ).map((r) => r.committee_id);
  let next = 0;
  let scored = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      const n = await db.transaction((tx) => recomputeYear(tx, id, year));
      scored += n ?? 0;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, ids.length)) }, worker));
  return scored;
}

/**
 * 刷新履职得分: the stored scores of every committee with members, for this year and last year
 * (until it is closed). The member's own page is scored live; this keeps the staff list, the
 * flags and the to-dos at most an hour behind.
 */
export async function refreshScores(handle: Pick<DbHandle, 'db' | 'kind'>, at: Date): Promise<number> {
  const year = Number(shanghaiDate(at).slice(0, 4));
  return (await scoreYearEverywhere(handle, year - 1)) + (await scoreYearEverywhere(handle, year));
}

/** Hourly, through the platform's scheduler. */
export const dutyScoresJob: JobSpec = {
  name: 'duty-scores',
  label: '刷新委员履职得分',
  everyMs: HOUR_MS,
  run: (ctx, at) => refreshScores(ctx.handle, at),
};
