/**
 * Times the duty archive's year-end run on a generated set (bench/generate.ts + generate-modules.ts)
 * and prints the figures:
 *   npx tsx bench/duty-year-end.ts --url postgres://… [--year 2025] [--parallel 4] [--sequential]
 *     [--evidence] [--save-as NAME] [--compare NAME]
 * Scores every committee's year and stores the scores, as the hourly job and the year close do:
 * `--sequential` runs `recomputeYear` one committee after another on one connection (the job as it
 * was; it imports nothing newer, so it also runs from an older checkout), else
 * `scoreYearEverywhere` with `--parallel` committees at once. `--evidence` stores every line with
 * its evidence, as closing a year does (`recomputeYear(…, { evidence: true })`, `--parallel` at
 * once). `--save-as` keeps a copy of the year's stored scores in a table `bench_duty_<NAME>`;
 * `--compare` counts the members whose stored score (total, grade, consequences, the whole result;
 * its lines where both copies have them: an open year's run stores none) differs from that copy.
 * Prints how many score rows the run wrote (a rerun over unchanged items writes none).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openPostgres } from '../server/db/client';
import { recomputeYear } from '../server/modules/duty-archive/compute';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    year: { type: 'string', default: '2025' },
    parallel: { type: 'string', default: '4' },
    sequential: { type: 'boolean', default: false },
    evidence: { type: 'boolean', default: false },
    'save-as': { type: 'string' },
    compare: { type: 'string' },
  },
});
if (!args.url) throw new Error('--url postgres://… is required (bash bench/pg.sh start prints one)');
const YEAR = Number(args.year);
const PARALLEL = args.sequential ? 1 : Number(args.parallel);
const table = (name: string) => sql.raw(`bench_duty_${name.replace(/\W/g, '_')}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const handle = await openPostgres(args.url, PARALLEL + 1);
const { db } = handle;
const rows = async <T>(q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: T[] }).rows;
try {
  const [{ committees, members }] = await rows<{ committees: number; members: number }>(
    sql`select count(distinct committee_id)::int as committees, count(*)::int as members from members`,
  );
  console.log(`${committees} committees, ${members} members; load average before: ${load()}`);
  const started = new Date();
  const t0 = performance.now();
  let scored = 0;
  if (args.sequential || args.evidence) {
    const ids = await rows<{ committee_id: number }>(
      sql`select distinct committee_id from members order by committee_id`,
    );
    const opts = args.evidence ? { evidence: true } : {};
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++].committee_id;
        const n = await db.transaction((tx) => recomputeYear(tx, id, YEAR, opts));
        scored += n ?? 0;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } else {
    const { scoreYearEverywhere } = await import('../server/modules/duty-archive/refresh');
    scored = await scoreYearEverywhere(handle, YEAR, PARALLEL);
  }
  const ms = performance.now() - t0;
  const [{ written }] = await rows<{ written: number }>(
    sql`select count(*)::int as written from duty_scores
      where year = ${YEAR} and computed_at >= ${started.toISOString()}`,
  );
  const how = args.sequential ? 'one committee after another' : `${PARALLEL} committees at once`;
  console.log(
    `${YEAR} scored and stored (${how}${args.evidence ? ', with evidence' : ''}): ${scored} members, ` +
      `${written} score rows written, ${(ms / 1000).toFixed(1)} s; load average after: ${load()}`,
  );
  if (args['save-as']) {
    await db.execute(sql`drop table if exists ${table(args['save-as'])}`);
    await db.execute(sql`create table ${table(args['save-as'])} as
      select member_id, total, grade, consequence_count, result from duty_scores where year = ${YEAR}`);
  }
  if (args.compare) {
    const [d] = await rows<{ differ: number; with_lines: number; compared: number }>(
      sql`select count(*) filter (where o.member_id is null or n.member_id is null
            or (o.total, o.grade, o.consequence_count, o.result - 'lines')
              is distinct from (n.total, n.grade, n.consequence_count, n.result - 'lines')
            or (o.result ? 'lines' and n.result ? 'lines' and o.result -> 'lines' <> n.result -> 'lines'))::int
            as differ,
          count(*) filter (where o.result ? 'lines' and n.result ? 'lines')::int as with_lines,
          count(*)::int as compared
        from ${table(args.compare)} o
        full join (select * from duty_scores where year = ${YEAR}) n on n.member_id = o.member_id`,
    );
    console.log(
      `compared with ${args.compare}: ${d.differ} of ${d.compared} members' scores differ ` +
        `(lines compared for ${d.with_lines})`,
    );
  }
} finally {
  await handle.close();
}
