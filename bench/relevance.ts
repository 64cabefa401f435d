/**
 * Relevance of similar proposals and suggested units on the hand-labelled sets in
 * bench/relevance/ (not part of npm test; it prints figures):
 *   npx tsx bench/relevance.ts [--url postgres://… (an empty database)] [--verbose]
 * Loads the demo committee into a fresh database (in-memory PGlite by default), adds the labelled
 * proposals to the demo district, then asks the real API as the district's staff:
 * - each paraphrase (title and body) through GET /api/proposals/similar: is its anchor among the
 *   10 answers (recall@10), first (rank-1), or is the answer empty;
 * - each routing case through GET /api/proposals/:id/suggested-units: is the true unit first
 *   (top-1), among the first three (top-3), or is nothing suggested.
 * The main sets and the late ones (written after the mechanism was fixed, never tuned on) are
 * reported apart.
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app';
import { openPglite, openPostgres } from '../server/db/client';
import { loadEnv } from '../server/env';
import { createFieldCipher } from '../server/lib/crypto';
import { seedDemo } from '../server/seed/demo';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { login } from '../server/test/app';
import {
  LATE_PARAPHRASES,
  LATE_ROUTING,
  loadLabelledSets,
  PARAPHRASE_GROUPS,
  ROUTING_CASES,
} from './relevance/corpus';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});

const handle = args.url ? await openPostgres(args.url, 4) : await openPglite({});
await handle.migrate();
const env = loadEnv({ NODE_ENV: 'test', DATA_DIR: '.tmp/bench-relevance', LOGIN_RATE_LIMIT: '1000' });
const ctx = { handle, cipher: createFieldCipher('00112233445566778899aabbccddeeff'), env };
await seedDemo(ctx);
const loaded = await loadLabelledSets(handle.db);
const app = await buildApp(ctx);
const staff = await login(app, 'staff', DEMO_PASSWORD);

const p95 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.ceil(ms.length * 0.95) - 1] ?? 0;
const share = (n: number, of: number) => `${(n / of).toFixed(2)} (${n}/${of})`;

async function timedGet<T>(url: string, times: number[]): Promise<T> {
  const t0 = performance.now();
  const res = await staff.get(url);
  times.push(performance.now() - t0);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

type Paraphrase = (typeof PARAPHRASE_GROUPS)[number];
type Routing = (typeof ROUTING_CASES)[number];

async function similarFigures(name: string, groups: readonly Paraphrase[], anchors: number[]) {
  const times: number[] = [];
  let found = 0;
  let first = 0;
  let empty = 0;
  for (const [i, g] of groups.entries()) {
    const text = `${g.paraphrase[0]}\n${g.paraphrase[1]}`;
    const res = await timedGet<{ terms: string[]; items: { id: number; title: string; score: number }[] }>(
      `/api/proposals/similar?text=${encodeURIComponent(text)}`,
      times,
    );
    const rank = res.items.findIndex((it) => it.id === anchors[i]);
    if (rank >= 0) found++;
    if (rank === 0) first++;
    if (res.items.length === 0) empty++;
    if (args.verbose && rank !== 0) {
      console.log(
        `  ${g.topic}: anchor ${rank < 0 ? 'missed' : `#${rank + 1}`}; terms ${res.terms.join(' ')}`,
      );
      const shown = res.items.slice(0, Math.max(rank + 1, 3));
      for (const it of shown) console.log(`      ${it.score.toFixed(1)} ${it.title}`);
    }
  }
  const n = groups.length;
  console.log(`similar proposals, ${name}: ${n} paraphrase groups`);
  console.log(`  recall@10       ${share(found, n)}`);
  console.log(`  rank-1 share    ${share(first, n)}`);
  console.log(`  no result       ${share(empty, n)}`);
  console.log(`  p95 latency     ${p95(times).toFixed(1)} ms (in process, demo-sized database)`);
}

async function routingFigures(name: string, cases: readonly Routing[], ids: number[]) {
  const times: number[] = [];
  let top1 = 0;
  let top3 = 0;
  let none = 0;
  for (const [i, c] of cases.entries()) {
    const res = await timedGet<{ items: { unitName: string }[] }>(
      `/api/proposals/${ids[i]}/suggested-units`,
      times,
    );
    const names = res.items.map((u) => u.unitName);
    if (names[0] === c.unit) top1++;
    if (names.slice(0, 3).includes(c.unit)) top3++;
    if (names.length === 0) none++;
    if (args.verbose && names[0] !== c.unit) {
      console.log(`  ${c.text[0]}: want ${c.unit}, got ${names.slice(0, 3).join('、') || '—'}`);
    }
  }
  const n = cases.length;
  console.log(`suggested units, ${name}: ${n} routing cases`);
  console.log(`  top-1           ${share(top1, n)}`);
  console.log(`  top-3           ${share(top3, n)}`);
  console.log(`  no suggestion   ${share(none, n)}`);
  console.log(`  p95 latency     ${p95(times).toFixed(1)} ms (in process, demo-sized database)`);
}

try {
  const [groups, cases] = [PARAPHRASE_GROUPS.length, ROUTING_CASES.length];
  await similarFigures('main set', PARAPHRASE_GROUPS, loaded.anchors.slice(0, groups));
  await routingFigures('main set', ROUTING_CASES, loaded.routing.slice(0, cases));
  await similarFigures('late set', LATE_PARAPHRASES, loaded.anchors.slice(groups));
  await routingFigures('late set', LATE_ROUTING, loaded.routing.slice(cases));
} finally {
  await app.close();
  await handle.close();
}
