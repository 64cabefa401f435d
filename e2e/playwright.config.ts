import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';

// scripts/e2e.mjs starts the server on a free port and passes its address here.
const baseURL = process.env.E2E_BASE_URL;
if (!baseURL)
  throw new Error('Run the browser specs with `npm run test:e2e`: it starts the server for them.');
const ci = Boolean(process.env.CI);

/**
 * One worker: every spec shares one server and its demo committee, so specs run one at a time
 * in a fixed order and never see each other's half-done changes.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../.tmp/e2e-results',
  workers: 1,
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
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
