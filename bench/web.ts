/**
 * First load of the web app in Chromium on a throttled phone: JavaScript downloaded until the page
 * shows its content, and Largest Contentful Paint, with 4× CPU slow-down and a 4G network (CDP
 * Emulation.setCPUThrottlingRate + Network.emulateNetworkConditions), each page in a fresh browser
 * context (empty cache), then once more from that cache (a return visit). Against a running server:
 *   npx tsx bench/web.ts [--base http://127.0.0.1:3000] [--runs 3] [--network 4g|slow4g|none] [--cpu 4]
 *     [--page member] [--verbose]
 * Targets (issue 11): JS ≤ 250 KB gzip for the member home, ≤ 150 KB for the public pages; LCP ≤ 2.5 s.
 * Start the server with a high PUBLIC_RATE_LIMIT (the public pages' API is rate-limited per IP).
 */

import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:3000' },
    runs: { type: 'string', default: '3' },
    network: { type: 'string', default: '4g' },
    cpu: { type: 'string', default: '4' },
    /** Lists each page's scripts with their gzip sizes. */
    verbose: { type: 'boolean', default: false },
    /** Only the pages whose name contains this (e.g. `--page member`): the bundle check of one page. */
    page: { type: 'string' },
  },
});
const base = args.base as string;

/**
 * Chrome DevTools' network presets (latency already multiplied for request-level throttling):
 * "4G" is the Fast 4G preset (9 Mbit/s down, 1.5 up, 150 ms RTT), "slow4g" Lighthouse's mobile
 * profile (1.6 Mbit/s down, 750 kbit/s up, 562.5 ms).
 */
const NETWORKS = {
  '4g': { latency: 150, downloadThroughput: (9_000_000 / 8) * 0.9, uploadThroughput: (1_500_000 / 8) * 0.9 },
  slow4g: {
    latency: 562.5,
    downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
    uploadThroughput: ((750 * 1024) / 8) * 0.9,
  },
  none: null,
} as const;
const network = NETWORKS[args.network as keyof typeof NETWORKS];
if (network === undefined) throw new Error(`--network: one of ${Object.keys(NETWORKS).join(', ')}`);

interface Scenario {
  name: string;
  /** Signs in first (over the API, unthrottled) as this demo account. */
  account?: string;
  path: () => Promise<string>;
  /** The page's content, shown once its data arrived. */
  ready: string;
  target: number;
}

/** A published proposal's detail page (the first of the public list). */
async function publicDetailPath(): Promise<string> {
  const res = await fetch(`${base}/api/public/proposals?page=1&pageSize=1`);
  const body = (await res.json()) as { items: { id: number }[] };
  if (!body.items?.length) throw new Error('no published proposal: load the demo committee first');
  return `/public/proposals/${body.items[0].id}`;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'public list',
    path: async () => '/public/proposals',
    ready: '[data-testid="public-proposal"]',
    target: 150,
  },
  { name: 'public detail', path: publicDetailPath, ready: 'main h2', target: 150 },
  {
    name: 'member home',
    account: 'member',
    path: async () => '/',
    ready: '[data-testid^="todo-"], .ant-empty',
    target: 250,
  },
  {
    name: 'staff home (chart)',
    account: 'staff',
    path: async () => '/',
    ready: '[data-testid="sector-chart"] canvas',
    target: Number.NaN,
  },
];

interface Load {
  /** Bytes of the scripts' bodies gzipped (level 9, as Vite reports), and on the wire. */
  gzipKB: number;
  wireKB: number;
  scripts: number;
  lcpMs: number;
  readyMs: number;
}

/** The scripts a navigation fetched (URL → bytes on the wire), from CDP's network events. */
async function watchScripts(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.cpu) });
  if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  const urls = new Map<string, string>();
  const wire = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') urls.set(e.requestId, e.response.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (urls.has(e.requestId)) wire.set(urls.get(e.requestId) as string, e.encodedDataLength);
  });
  return { wire, reset: () => wire.clear() };
}

/** LCP as the browser reports it (the last candidate before the page was read). */
const LCP_OBSERVER = `
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

const gzipBytes = new Map<string, number>();
/** The gzip size of a script (fetched once, uncompressed, outside the browser). */
async function gzipSize(url: string): Promise<number> {
  const known = gzipBytes.get(url);
  if (known !== undefined) return known;
  const body = Buffer.from(
    await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer(),
  );
  const size = gzipSync(body, { level: 9 }).length;
  gzipBytes.set(url, size);
  return size;
}

async function measure(page: Page, path: string, s: Scenario, wire: Map<string, number>): Promise<Load> {
  const started = Date.now();
  await page.goto(`${base}${path}`, { waitUntil: 'commit' });
  await page.locator(s.ready).first().waitFor({ timeout: 120_000 });
  const readyMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const lcpMs = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
  let gzip = 0;
  for (const url of wire.keys()) {
    const size = await gzipSize(url);
    gzip += size;
    if (args.verbose) console.log(`  ${(size / 1024).toFixed(1).padStart(6)} KB  ${new URL(url).pathname}`);
  }
  const fetched = [...wire.values()].filter((n) => n > 0);
  const wireKB = fetched.reduce((a, b) => a + b, 0) / 1024;
  return { gzipKB: gzip / 1024, wireKB, scripts: fetched.length, lcpMs, readyMs };
}

async function signIn(context: BrowserContext, username: string) {
  const res = await context.request.post(`${base}/api/auth/login`, {
    data: { username, password: DEMO_PASSWORD },
  });
  if (!res.ok()) throw new Error(`login ${username}: ${res.status()} ${await res.text()}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => n.toFixed(1).padStart(7);
const ms = (n: number) => n.toFixed(0).padStart(6);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
console.log(
  `${base}: network ${args.network}, CPU ${args.cpu}× slower, ${args.runs} runs each (medians)\n` +
    'page                | JS gzip KB | JS on wire KB | scripts |  LCP ms | content ms | return visit: JS on wire KB, scripts fetched | target KB',
);
try {
  for (const s of SCENARIOS.filter((x) => !args.page || x.name.includes(args.page as string))) {
    const first: Load[] = [];
    const again: Load[] = [];
    for (let i = 0; i < Number(args.runs); i++) {
      const context = await browser.newContext({
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
      });
      if (s.account) await signIn(context, s.account);
      const page = await context.newPage();
      await page.addInitScript(LCP_OBSERVER);
      const { wire, reset } = await watchScripts(page);
      const path = await s.path();
      first.push(await measure(page, path, s, wire));
      reset();
      if (args.verbose) console.log(' return visit:');
      again.push(await measure(page, path, s, wire));
      await context.close();
    }
    const m = (xs: Load[], k: keyof Load) => median(xs.map((x) => x[k]));
    console.log(
      `${s.name.padEnd(19)} | ${kb(m(first, 'gzipKB'))}    | ${kb(m(first, 'wireKB'))}       | ${String(m(first, 'scripts')).padStart(7)} | ${ms(m(first, 'lcpMs'))}  | ${ms(m(first, 'readyMs'))}     | ${kb(m(again, 'wireKB'))}, ${String(m(again, 'scripts')).padStart(3)}${' '.repeat(30)} | ${Number.isNaN(s.target) ? '–' : s.target}`,
    );
  }
} finally {
  await browser.close();
}
