import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { installStateWatcher, type PageScan, type PageViolation, scanWhenStill } from './a11y-page';

/** axe-core from npm, injected into the page under test: nothing is fetched from the network. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that fail a spec: serious and critical (the WCAG A/AA rules only, see a11y-page.ts). */
const FAILING = new Set(['serious', 'critical']);

/** Every scan of a run, one JSON line each (test, address, width, rule counts), for the report. */
const LOG = join(dirname(fileURLToPath(import.meta.url)), '../../.tmp/a11y-scans.jsonl');

/**
 * States already scanned by this worker (path, dialogs, tabs, headings, viewport width), so a page
 * state that many specs pass through is scanned once per run rather than once per visit.
 */
const scannedStates = new Set<string>();

interface Finding extends PageViolation {
  url: string;
  width: number;
}

/**
 * Scans the pages of one test with axe as they are visited: each page of every browser context the
 * test opens (the `page` fixture's and any `browser.newContext()`), after each navigation or change
 * of dialog, tab or headings once the page is still, and once more at the end of the test.
 */
export class A11yScanner {
  private readonly findings: Finding[] = [];
  private readonly queues = new Map<Page, Promise<void>>();
  private readonly contexts: BrowserContext[] = [];
  private closed = false;

  constructor(private readonly testInfo: TestInfo) {}

  /** Follows a browser context: its pages now and later, and every document they load. */
  async attach(context: BrowserContext): Promise<void> {
    this.contexts.push(context);
    context.on('page', (page) => this.follow(page));
    for (const page of context.pages()) this.follow(page);
    await context.exposeBinding('__a11yStateChanged', ({ page }) => this.enqueue(page));
  }

  /** Follows every context created while the test runs; returns the function that stops it. */
  followBrowser(browser: Browser): () => void {
    const onContext = (context: BrowserContext) => void this.attach(context).catch(() => undefined);
    browser.on('context', onContext);
    return () => browser.off('context', onContext);
  }

  /** Scans every open page one last time, waits for the scans under way, and fails on a finding. */
  async finish(): Promise<void> {
    for (const context of this.contexts) for (const page of context.pages()) this.enqueue(page);
    await Promise.all(this.queues.values());
    this.closed = true;
    const failing = this.findings.filter((f) => FAILING.has(f.impact ?? ''));
    if (failing.length === 0) return;
    await this.testInfo.attach('axe-violations.json', {
      body: JSON.stringify(failing, null, 2),
      contentType: 'application/json',
    });
    throw new Error(`Accessibility (axe, WCAG 2.1 A/AA): ${formatFindings(failing)}`);
  }

  private follow(page: Page): void {
    const install = () => void page.evaluate(installStateWatcher).catch(() => undefined);
    page.on('domcontentloaded', install);
    install();
  }

  /** One scan at a time per page, in the order the states were reported. */
  private enqueue(page: Page): void {
    if (this.closed || page.isClosed()) return;
    const previous = this.queues.get(page) ?? Promise.resolve();
    this.queues.set(
      page,
      previous.then(() => this.scan(page)).catch(() => undefined),
    );
  }

  private async scan(page: Page): Promise<void> {
    if (page.isClosed() || !page.url().startsWith('http')) return;
    const width = page.viewportSize()?.width ?? 0;
    const seen = [...scannedStates]
      .filter((s) => s.startsWith(`${width} `))
      .map((s) => s.slice(`${width} `.length));
    let result = await page.evaluate(scanWhenStill, seen);
    if (result === 'no-axe') {
      await page.evaluate(AXE_SOURCE);
      result = await page.evaluate(scanWhenStill, seen);
    }
    if (!result || result === 'no-axe') return;
    scannedStates.add(`${width} ${result.key}`);
    this.record(page.url(), width, result);
  }

  private record(url: string, width: number, scan: PageScan): void {
    for (const v of scan.violations) this.findings.push({ ...v, url, width });
    const rules = Object.fromEntries(scan.violations.map((v) => [`${v.id}:${v.impact}`, v.nodes.length]));
    mkdirSync(dirname(LOG), { recursive: true });
    appendFileSync(
      LOG,
      `${JSON.stringify({ test: this.testInfo.titlePath.join(' › '), url, width, key: scan.key, rules })}\n`,
    );
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
