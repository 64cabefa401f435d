/**
 * Code that runs inside the page (handed to page.evaluate, so each function is self-contained:
 * no imports, no closures over this module). The Node side is e2e/support/a11y.ts.
 */

/** What axe reports per violation, trimmed to what a failure message needs. */
export interface PageViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

export interface PageScan {
  key: string;
  violations: PageViolation[];
}

/**
 * Watches the page and calls `window.__a11yStateChanged(key)` when it has been quiet for a moment
 * in a state it was not in before: another path, another dialog or tab open, other headings.
 * Installed once per document (a second call does nothing).
 */
export function installStateWatcher(): void {
  const w = window as unknown as Record<string, unknown>;
  if (w.__a11yWatching || window !== window.top) return;
  w.__a11yWatching = true;
  const visibleText = (selector: string) =>
    [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40))
      .join('/');
  w.__a11yStateKey = () =>
    [
      location.pathname,
      visibleText(
        '[role=dialog] .ant-modal-title, [role=dialog] .ant-drawer-title, [role=dialog][aria-label]',
      ),
      visibleText('[role=tab][aria-selected=true]'),
      visibleText('h1, h2, h3'),
    ].join('|');
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    const key = (w.__a11yStateKey as () => string)();
    const notify = w.__a11yStateChanged as ((key: string) => void) | undefined;
    if (key === last || !notify) return;
    last = key;
    notify(key);
  };
  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(report, 600);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  timer = setTimeout(report, 600);
}

/**
 * Waits until the page is still (no DOM change for 300 ms, no spinner, skeleton or motion), at
 * most 5 s, then runs axe over the document with the WCAG 2.x A and AA rules, unless the state
 * it finds is one of `seen`. Returns null when skipped, 'no-axe' when axe is not injected yet.
 */
export async function scanWhenStill(seen: string[]): Promise<PageScan | null | 'no-axe'> {
  const w = window as unknown as Record<string, unknown>;
  const axe = w.axe as
    | { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> }
    | undefined;
  if (!axe) return 'no-axe';
  let changed = performance.now();
  const observer = new MutationObserver(() => {
    changed = performance.now();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const started = performance.now();
  const busy =
    '.ant-spin-spinning, .ant-skeleton-active, [class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]';
  while (performance.now() - started < 5000) {
    await new Promise((r) => setTimeout(r, 100));
    if (performance.now() - changed >= 300 && !document.querySelector(busy)) break;
  }
  observer.disconnect();
  const key = (w.__a11yStateKey as (() => string) | undefined)?.() ?? location.pathname;
  if (seen.includes(key)) return null;
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  return {
    key,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 160),
        summary: (n.failureSummary ?? '').slice(0, 300),
      })),
    })),
  };
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}
