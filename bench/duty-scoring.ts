/**
 * Times the duty archive's scoring on PostgreSQL and prints the figures:
 *   npx tsx bench/duty-scoring.ts --url postgres://user@host:port/any [--repeat 5]
 * Creates a database of its own on that server (dropped afterwards), seeds the demo (the district's
 * 292 members, their 2025–2026 proposals, meetings and claims, made through the commands), then
 * measures: one member's archive page (live scoring of their year), the district's year recomputed
 * after a rule change (the ≤ 1 s target of a county), and the district's scoring per member and per
 * item, from which the 600,000-member year-end run is extrapolated (say so when quoting it).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { DEFAULT_DUTY_RULES } from '../domain/duty-rules';
import { actorOfUsername } from '../server/auth/actor';
import type { AppContext } from '../server/context';
import { openPostgres } from '../server/db/client';
import { committees } from '../server/db/schema';
import { loadEnv } from '../server/env';
import { createFieldCipher } from '../server/lib/crypto';
import { changeRules } from '../server/modules/duty-archive/commands/year';
import { collectItems, recomputeYear } from '../server/modules/duty-archive/compute';
import { memberArchive } from '../server/modules/duty-archive/present';
import { seedDemo } from '../server/seed/demo';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, repeat: { type: 'string', default: '5' } },
});
if (!args.url) throw new Error('--url postgres://… is required (bash bench/pg.sh start prints one)');
const REPEAT = Number(args.repeat);
const YEAR = 2026;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
}

const name = `tongxin_duty_bench_${randomBytes(4).toString('hex')}`;
const admin = await openPostgres(args.url, 1);
await admin.db.execute(sql.raw(`create database ${name}`));
const url = new URL(args.url);
url.pathname = `/${name}`;
const handle = await openPostgres(url.toString(), 4);
try {
  await handle.migrate();
  const ctx: AppContext = {
    handle,
    cipher: createFieldCipher('00112233445566778899aabbccddeeff'),
    env: loadEnv({ NODE_ENV: 'test', DATA_DIR: '.tmp/bench-data' }),
  };
  const [seedMs] = await timed(() => seedDemo(ctx));
  const db = handle.db;
  // The planner's statistics of the fresh tables, as autovacuum keeps them on a running database.
  await db.execute(sql`analyze`);
  const [district] = await db.select().from(committees).where(eq(committees.name, '海川市清河区政协'));
  const items = await collectItems(db, { committeeId: district.id, year: YEAR });
  const itemCount = [...items.values()].reduce((s, l) => s + l.length, 0);
  const recomputes: number[] = [];
  let members = 0;
  for (let i = 0; i < REPEAT; i++) {
    const [ms, n] = await timed(() => db.transaction((tx) => recomputeYear(tx, district.id, YEAR)));
    recomputes.push(ms);
    members = n ?? 0;
  }
  const keeper = await actorOfUsername(db, 'staff2');
  const ruleChanges: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const rules = structuredClone(DEFAULT_DUTY_RULES);
    rules.kinds['meeting.plenary.absent'] = { points: -30 + i, cap: null };
    ruleChanges.push(
      (await timed(() => db.transaction((tx) => changeRules(tx, keeper, YEAR, rules, null))))[0],
    );
  }
  const member = await actorOfUsername(db, 'member');
  const pages: number[] = [];
  for (let i = 0; i < REPEAT * 10; i++) {
    pages.push((await timed(() => memberArchive(db, member, member.memberId!, YEAR)))[0]);
  }
  const perMember = median(recomputes) / members;
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`demo seed (incl. the archive's claims and two scored years): ${(seedMs / 1000).toFixed(1)} s`);
  console.log(
    `district ${YEAR}: ${members} members, ${itemCount} duty items (${(itemCount / members).toFixed(1)} a member)`,
  );
  console.log(`one member's archive page (live, median of ${pages.length}): ${f(median(pages))}`);
  console.log(`district year recomputed (median of ${REPEAT}): ${f(median(recomputes))}`);
  console.log(`rule change saved and the year recomputed (median of ${REPEAT}): ${f(median(ruleChanges))}`);
  console.log(
    `per member ${f(perMember)}, per item ${(median(recomputes) / itemCount).toFixed(3)} ms; ` +
      `600,000 members one committee after another ≈ ${((perMember * 600_000) / 1000).toFixed(0)} s (extrapolated, not measured)`,
  );
} finally {
  await handle.close();
  await admin.db.execute(sql.raw(`drop database ${name}`));
  await admin.close();
}
