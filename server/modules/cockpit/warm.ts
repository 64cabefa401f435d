import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { committees } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import type { JobSpec } from '../../platform/jobs';
import { COCKPIT_SECTIONS } from '../cockpit-sections';
import { scopeOf } from './queries';

/**
 * Fills the cockpit's cache (platform/cockpit-cache.ts) for the years, as a read would: every
 * section's figures and months over the subtree of each top committee and of each committee with
 * committees below it, so every committee's rows and those subtrees' sums (a city's, read by its own
 * cockpit and by its province's league) are computed. A committee at a time, the years at once.
 */
export async function warmCockpit(db: DbOrTx, years: number[]) {
  // Every committee at once: each parent's subtree is the committees under its path.
  const all = await db.select().from(committees).orderBy(asc(committees.path));
  const withChildren = new Set(all.map((c) => c.parentId));
  for (const committee of all.filter((c) => c.parentId === null || withChildren.has(c.id))) {
    const ids = all.filter((c) => c.path.startsWith(committee.path)).map((c) => c.id);
    const scope = scopeOf(committee, true, ids, years);
    await Promise.all(
      COCKPIT_SECTIONS.flatMap((s) => [s.figures(db, scope), ...years.map((y) => s.months(db, scope, y))]),
    );
  }
}

/**
 * Hourly: this year and last (the year view shows both) computed ahead of the first read, so the first
 * cockpit after a deploy or a new year is not the cold fill, and rows made stale by the hour's
 * commands are computed again in the background. A run that finds every row current only reads.
 */
export const cockpitCacheJob: JobSpec = {
  name: 'cockpit-cache',
  label: '驾驶舱统计预计算',
  everyMs: 3_600_000,
  run: (ctx, now) => {
    const year = Number(shanghaiDate(now).slice(0, 4));
    return warmCockpit(ctx.handle.db, [year - 1, year]);
  },
};
