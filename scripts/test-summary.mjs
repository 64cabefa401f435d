// Prints npm test's closing summary: each stage's result, time and test counts (from the JSON
// reports of Vitest and Playwright), the stages that never ran, and one total line.
// Usage: node scripts/test-summary.mjs STAGES_TSV TOTAL_SECONDS EXIT_CODE
import { existsSync, readFileSync } from 'node:fs';

const STAGE_NAMES = [
  'system packages',
  'lint (biome)',
  'type-check (tsc)',
  'unit tests',
  'API suite on PGlite',
  'API suite on PostgreSQL',
  'browser specs (Chromium)',
];

/** Test counts from a Vitest (Jest-style) or Playwright JSON report, or null without one. */
function counts(file) {
  if (!file || !existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (r.stats && 'expected' in r.stats) {
    const s = r.stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped, flaky: s.flaky };
  }
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
    skipped: r.numPendingTests + r.numTodoTests,
    flaky: 0,
  };
}

const duration = (s) => (s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`);

const [stagesFile, totalSeconds, exitCode] = process.argv.slice(2);
const rows = readFileSync(stagesFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [name, result, seconds, report] = line.split('\t');
    return { name, result, seconds: Number(seconds), tests: counts(report) };
  });

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\nnpm test summary');
for (const name of STAGE_NAMES) {
  const row = rows.find((r) => r.name === name);
  if (!row) {
    console.log(`  ${name.padEnd(26)} not run`);
    continue;
  }
  let detail = '';
  if (row.tests) {
    const t = row.tests;
    for (const k of Object.keys(total)) total[k] += t[k];
    detail = `  ${t.passed} passed / ${t.failed} failed / ${t.skipped} skipped${t.flaky ? ` (${t.flaky} flaky, passed on retry)` : ''}`;
  }
  console.log(`  ${name.padEnd(26)} ${row.result.padEnd(7)} ${duration(row.seconds).padStart(6)}${detail}`);
}
console.log(
  `  ${'total'.padEnd(26)} ${(exitCode === '0' ? 'passed' : 'FAILED').padEnd(7)} ${duration(Number(totalSeconds)).padStart(6)}`,
);
console.log(`\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
