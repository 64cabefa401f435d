import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { type PageScan, type PageViolation, watchPageStates } from './a11y-page';

/** axe-core from npm, injected into the page under test: nothing is fetched from the network. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that fail a spec: serious and critical (the WCAG A/AA rules only, see a11y-page.ts). */
const FAILING = new Set(['serious', 'critical']);

/** Every scan of a run, one JSON line each (test, address, width, rule counts), for the report. */
const LOG = join(dirname(fileURLToPath(import.meta.url)), '../../.tmp/a11y-scans.jsonl');

/**
 * States already scanned by this worker (viewport width, path, dialogs, tabs, headings), so a page
 * state that many specs pass through is scanned once per run rather than once per visit.
 */
const scannedStates = new Set<string>();

interface Finding extends PageViolation {
  url: string;
  width: number;
}

/**
 * Scans the pages of one test with axe as they are visited: each page of every browser context the
 * test opens (the `page` fixture's and any `browser.newContext()`), each new state once it is still
 * (see watchPageStates), and whatever is still waiting at the end of the test.
 */
export class A11yScanner {
  private readonly findings: Finding[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly testInfo: TestInfo) {}

  /** Follows a browser context: every document its pages load gets axe and the state watcher. */
  async attach(context: BrowserContext): Promise<void> {
    this.contexts.push(context);
    const seen = [...scannedStates];
    // A document that started loading before the init scripts were registered gets them from follow().
    context.on('page', (page) => this.follow(page, seen));
    await context.exposeBinding('__a11yReport', ({ page }, scan: PageScan) => this.record(page, scan));
    await context.addInitScript({ content: AXE_SOURCE });
    await context.addInitScript(watchPageStates, seen);
    for (const page of context.pages()) this.follow(page, seen);
  }

  /** Follows every context created while the test runs; returns the function that stops it. */
  followBrowser(browser: Browser): () => void {
    const onContext = (context: BrowserContext) => void this.attach(context).catch(() => undefined);
    browser.on('context', onContext);
    return () => browser.off('context', onContext);
  }

  /** Scans the states still waiting in every open page, and fails on a serious or critical finding. */
  async finish(): Promise<void> {
    const pages = this.contexts.flatMap((c) => c.pages()).filter((p) => !p.isClosed());
    await Promise.all(
      pages.map(async (page) => {
        const left = await page
          .evaluate(() => (window as unknown as { __a11y?: () => Promise<PageScan[]> }).__a11y?.() ?? [])
          .catch(() => []);
        for (const scan of left) this.record(page, scan);
      }),
    );
    const failing = this.findings.filter((f) => FAILING.has(f.impact ?? ''));
    if (failing.length === 0) return;
    await this.testInfo.attach('axe-violations.json', {
      body: JSON.stringify(failing, null, 2),
      contentType: 'application/json',
    });
    throw new Error(`Accessibility (axe, WCAG 2.1 A/AA): ${formatFindings(failing)}`);
  }

  /** Injects axe and the watcher into the current document where the init scripts came too late. */
  private follow(page: Page, seen: string[]): void {
    const install = async () => {
      const has = await page.evaluate(() => 'axe' in window);
      if (!has) await page.evaluate(AXE_SOURCE);
      await page.evaluate(watchPageStates, seen);
    };
    page.on('domcontentloaded', () => void install().catch(() => undefined));
    void install().catch(() => undefined);
  }

  private record(page: Page, scan: PageScan): void {
    const width = page.viewportSize()?.width ?? 0;
    if (scannedStates.has(scan.key)) return;
    scannedStates.add(scan.key);
    for (const v of scan.violations) this.findings.push({ ...v, url: scan.url, width });
    const rules = Object.fromEntries(scan.violations.map((v) => [`${v.id}:${v.impact}`, v.nodes.length]));
    mkdirSync(dirname(LOG), { recursive: true });
    const line = {
      test: this.testInfo.titlePath.join(' › '),
      url: scan.url,
      width,
      key: scan.key,
      ms: scan.ms,
      rules,
    };
    appendFileSync(LOG, `${JSON.stringify(scan.error ? { ...line, error: scan.error } : line)}\n`);
  }
}

/** The findings grouped by rule: what is wrong, where, and the first few elements. */
function formatFindings(findings: Finding[]): string {
  return findings
    .map((f) => {
      const nodes = f.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target}  ${n.html}\n        ${n.summary.replace(/\n/g, ' ')}`)
        .join('\n');
      const more = f.nodes.length > 5 ? `\n      … and ${f.nodes.length - 5} more` : '';
      return `\n  [${f.impact}] ${f.id}: ${f.help}\n    at ${f.url} (${f.width} px)\n${nodes}${more}`;
    })
    .join('\n');
}
