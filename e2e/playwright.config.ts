import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';

// scripts/e2e.mjs starts one server per worker, each on a free port with its own fresh demo
// database, and passes their addresses here (comma-separated).
const baseURLs = (process.env.E2E_BASE_URLS ?? process.env.E2E_BASE_URL ?? '').split(',').filter(Boolean);
if (baseURLs.length === 0)
  throw new Error('Run the browser specs with `npm run test:e2e`: it starts the servers for them.');
const ci = Boolean(process.env.CI);
/**
 * Playwright loads this file in every worker process too, with the worker's slot (0 … workers-1,
 * kept by the replacement when a worker restarts after a failure) in TEST_PARALLEL_INDEX: each
 * worker talks to its own server only.
 */
const baseURL = baseURLs[Number(process.env.TEST_PARALLEL_INDEX ?? 0) % baseURLs.length];

/**
 * One worker per server. The tests of a spec file run in order in one worker, so a file never sees
 * another file's half-done changes on its server; which files share a server depends on timing, so
 * a spec must not rely on data another spec file made (each server starts from the same fresh demo
 * committee).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../.tmp/e2e-results',
  workers: baseURLs.length,
  fullyParallel: false,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT ?? '../.tmp/e2e-results.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    locale: 'zh-CN',
    // The app honours the preference (no antd motion): pages are still sooner, drawers and dialogs
    // need no animation frames, and the accessibility scan waits for no transition to end.
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    // A trace (actions, DOM snapshots, network), without the screencast: on CI when a failed test runs
    // again (it retries once), since recording every passing test's snapshots took a sixth of the
    // browser specs' time (proposals-review and roles-menu, one worker: 1.8 → 1.5 min); locally, where
    // nothing is retried, kept for a failed test. The screencast's frames cost a third more (roles-menu:
    // 163 s → 108 s). The failure's screenshot is taken on the first attempt either way.
    trace: { mode: ci ? 'on-first-retry' : 'retain-on-failure', screenshots: false },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
