import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { shanghaiDate } from '../../lib/working-days';
import type { JobSpec } from '../../platform/jobs';
import { recomputeYear } from './compute';

const HOUR_MS = 3_600_000;

/**
 * 刷新履职得分: the stored scores of every committee with members, for this year and last year
 * (until it is closed), each committee in its own transaction. The member's own page is scored
 * live; this keeps the staff list, the flags and the to-dos at most an hour behind.
 */
export async function refreshScores(db: Db, at: Date): Promise<number> {
  const year = Number(shanghaiDate(at).slice(0, 4));
  const res = (await db.execute(sql`select distinct committee_id from members`)) as unknown as {
    rows: { committee_id: number }[];
  };
  let scored = 0;
  for (const { committee_id } of res.rows) {
    for (const y of [year - 1, year]) {
      scored += (await db.transaction((tx) => recomputeYear(tx, committee_id, y))) ?? 0;
    }
  }
  return scored;
}

/** Hourly, through the platform's scheduler. */
export const dutyScoresJob: JobSpec = {
  name: 'duty-scores',
  label: '刷新委员履职得分',
  everyMs: HOUR_MS,
  run: (ctx, at) => refreshScores(ctx.handle.db, at),
};
