/**
 * Times the cockpit (驾驶舱) of the first province over its whole subtree on the generated set
 * (bench/generate.ts, then bench/generate-modules.ts) and prints the figures:
 *   npx tsx bench/cockpit.ts --url postgres://… [--year 2026] [--repeat 5] [--no-restart] [--sections]
 * Each view is called in process as its route calls it (the province's staff account, the whole
 * subtree): the year, the term (届), and the league table of the cities. Cold is the first call
 * after PostgreSQL restarted (bash bench/pg.sh stop/start: its buffers empty, the operating
 * system's file cache not dropped) on a new connection pool that opened its connections first, as
 * the app's does (the time it took is printed apart); warm is the median of the next calls.
 * `--sections` adds each section's own time in a warm year (figures of the year and the year
 * before, and both years' months, as the cockpit asks them).
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { actorOfUsername } from '../server/auth/actor';
import { openPostgres } from '../server/db/client';
import { committees, terms } from '../server/db/schema';
import { committeeLeague } from '../server/modules/cockpit/leagues';
import { cockpit, scopeFor } from '../server/modules/cockpit/queries';
import { COCKPIT_SECTIONS } from '../server/modules/cockpit-sections';
import { BENCH_USERS } from './bench-users';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    year: { type: 'string', default: '2026' },
    repeat: { type: 'string', default: '5' },
    'no-restart': { type: 'boolean', default: false },
    sections: { type: 'boolean', default: false },
  },
});
if (!args.url) throw new Error('--url postgres://… is required (bash bench/pg.sh start prints one)');
const YEAR = Number(args.year);
const REPEAT = Number(args.repeat);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** PostgreSQL restarted, so the first call reads from an empty buffer cache. */
function restartPostgres() {
  if (args['no-restart']) return;
  execFileSync('bash', ['bench/pg.sh', 'stop'], { stdio: 'ignore' });
  execFileSync('bash', ['bench/pg.sh', 'start'], { stdio: 'ignore' });
}

type View = (db: Awaited<ReturnType<typeof openPostgres>>['db']) => Promise<unknown>;

async function measure(name: string, view: View) {
  restartPostgres();
  // The app's pool (server/db/client.ts, `keep`): its connections opened at start, before the first request.
  const t0 = performance.now();
  const handle = await openPostgres(args.url!, 10, { keep: true });
  const pool = performance.now() - t0;
  try {
    const cold = await timed(() => view(handle.db));
    const warm: number[] = [];
    for (let i = 0; i < REPEAT; i++) warm.push(await timed(() => view(handle.db)));
    return { name, pool, cold, warm: median(warm), best: Math.min(...warm) };
  } finally {
    await handle.close();
  }
}

const setup = await openPostgres(args.url, 2);
const actor = await actorOfUsername(setup.db, BENCH_USERS.province);
const [province] = await setup.db.select().from(committees).where(eq(committees.id, actor.committeeId));
const [term] = await setup.db.select().from(terms).where(eq(terms.committeeId, province.id));
const subtree = await scopeFor(setup.db, province, true, [YEAR]);
await setup.close();
console.log(
  `${province.name}: ${subtree.committeeIds.length} committees in its subtree; year ${YEAR}, term ${term.name}`,
);

const rows = [
  await measure(`cockpit, year ${YEAR}`, (db) => cockpit(db, actor, { year: YEAR, scope: 'subtree' })),
  await measure(`cockpit, term ${term.name}`, (db) =>
    cockpit(db, actor, { termId: term.id, scope: 'subtree' }),
  ),
  await measure(`league of cities, year ${YEAR}`, (db) => committeeLeague(db, actor, { year: YEAR })),
];
const ms = (n: number) => n.toFixed(0).padStart(9);
console.log(`\n| ${'view'.padEnd(32)} | pool opened ms |   cold ms | warm ms (median) | warm ms (best) |`);
console.log(`| ${'-'.repeat(32)} | -------------: | --------: | ---------------: | -------------: |`);
for (const r of rows) {
  console.log(
    `| ${r.name.padEnd(32)} | ${ms(r.pool).padStart(14)} | ${ms(r.cold)} | ${ms(r.warm).padStart(16)} | ${ms(r.best).padStart(14)} |`,
  );
}
console.log(
  `load average: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);

if (args.sections) {
  const handle = await openPostgres(args.url, 10);
  console.log(`\n| section (warm, year ${YEAR}) | ms |`);
  console.log('| --- | --: |');
  for (const s of COCKPIT_SECTIONS) {
    const times: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const scope = await scopeFor(handle.db, province, true, [YEAR]);
      const before = { ...scope, years: [YEAR - 1] };
      times.push(
        await timed(() =>
          Promise.all([
            s.figures(handle.db, scope),
            s.figures(handle.db, before),
            s.months(handle.db, scope, YEAR),
            s.months(handle.db, scope, YEAR - 1),
          ]),
        ),
      );
    }
    console.log(`| ${s.def.title} | ${median(times).toFixed(0)} |`);
  }
  await handle.close();
}
