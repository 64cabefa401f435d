/**
 * The part of the accessibility scan that runs inside the page, as an init script of every
 * document (so it must be self-contained: no imports, no closures over this module). The Node
 * side is e2e/support/a11y.ts.
 */

/** What axe reports per violation, trimmed to what a failure message needs. */
export interface PageViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** One scanned page state, as the page hands it to Node. */
export interface PageScan {
  key: string;
  url: string;
  /** How long axe took, in milliseconds. */
  ms: number;
  violations: PageViolation[];
  error?: string;
}

/**
 * Watches the document and scans each new page state with axe once it is still: the state is the
 * viewport width, the path, the open dialogs, the selected tabs and the headings, so a navigation,
 * a dialog or a tab is a new state and typing into a field is not; a record's page counts once per
 * state, not once per record. Until a new state is scanned, a transparent layer over the page
 * holds back the spec's clicks and taps (Playwright waits while an element "intercepts pointer
 * events"), so no state is left behind unscanned however fast the spec goes. States in
 * `seenStates` (scanned earlier in the run) are not scanned again.
 */
export function watchPageStates(seenStates: string[]): void {
  const w = window as unknown as Record<string, unknown>;
  if (w.__a11y || window !== window.top || !location.protocol.startsWith('http')) return;
  const seen = new Set(seenStates);
  const outbox: PageScan[] = [];
  // A button waiting for the server (.ant-btn-loading) is inactive, which WCAG exempts from contrast, and
  // gone when the answer comes: on a busy machine it lasted long enough to be scanned as a state.
  const BUSY =
    '.ant-spin-spinning, .ant-skeleton-active, .ant-btn-loading, [class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]';
  const QUIET_MS = 150;
  const MAX_WAIT_MS = 5000;
  // A scan that never ends (seen once in CI under load: the layer then held a spec's clicks until
  // its timeout) is given up, reported as an error, and the page is let go.
  const SCAN_LIMIT_MS = 15_000;
  const CONFIRM_AFTER_MS = 400;
  const visibleText = (selector: string) =>
    [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[aria-hidden=true]'))
      .map((el) => (el.textContent ?? '').trim().slice(0, 40))
      .join('/');
  // A record's page (a path with an id) is one state whatever the record: another proposal is the
  // same screen with another title, so its id and its own headings (the title) stay out of the key.
  const stateKey = () => {
    const path = location.pathname.replace(/\/\d+(?=\/|$)/g, '/:id');
    return [
      window.innerWidth,
      path,
      visibleText('[role=dialog] .ant-modal-title, [role=dialog] .ant-drawer-title'),
      visibleText('[role=tab][aria-selected=true]'),
      visibleText(path === location.pathname ? 'h1, h2, h3' : 'h1'),
    ].join('|');
  };

  let layer: HTMLElement | null = null;
  let blockedSince = 0;
  let changedAt = performance.now();
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const block = (on: boolean) => {
    if (on && !layer && document.body) {
      layer = document.createElement('div');
      layer.setAttribute('data-a11y-scan', '');
      layer.setAttribute('aria-hidden', 'true');
      layer.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:transparent';
      document.body.append(layer);
      blockedSince = performance.now();
    } else if (!on && layer) {
      layer.remove();
      layer = null;
    }
  };
  const send = () => {
    const report = w.__a11yReport as ((scan: PageScan) => Promise<void>) | undefined;
    while (report && outbox.length > 0) void report(outbox.shift()!);
    if (outbox.length > 0) setTimeout(send, 200);
  };
  const scan = async (key: string) => {
    running = true;
    const started = performance.now();
    const axe = w.axe as { run: (ctx: object, opts: object) => Promise<{ violations: AxeViolation[] }> };
    const run = () =>
      axe
        .run(
          { exclude: [['[data-a11y-scan]']] },
          {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          },
        )
        .then((r) => r.violations);
    // A button seen mid-transition (its colour fading towards the hover or focus one) read once as
    // too little contrast: a finding counts only if a second run, once transitions are over, has it.
    const confirmed = async () => {
      const first = await run();
      if (first.length === 0) return first;
      await new Promise((r) => setTimeout(r, CONFIRM_AFTER_MS));
      const again = await run();
      const nodesOf = (v: AxeViolation) => new Set(v.nodes.map((n) => n.target.join(' ')));
      return again
        .map((v) => {
          const before = first.find((f) => f.id === v.id);
          const seen = before ? nodesOf(before) : new Set<string>();
          return { ...v, nodes: v.nodes.filter((n) => seen.has(n.target.join(' '))) };
        })
        .filter((v) => v.nodes.length > 0);
    };
    let limit: ReturnType<typeof setTimeout> | undefined;
    try {
      const violations = await Promise.race([
        confirmed(),
        new Promise<never>((_, reject) => {
          limit = setTimeout(
            () => reject(new Error(`axe did not finish in ${SCAN_LIMIT_MS} ms`)),
            SCAN_LIMIT_MS,
          );
        }),
      ]);
      const ms = Math.round(performance.now() - started);
      outbox.push({ key, url: location.href, ms, violations: violations.map(compact) });
    } catch (e) {
      outbox.push({ key, url: location.href, ms: 0, violations: [], error: String(e) });
    } finally {
      clearTimeout(limit);
    }
    seen.add(key);
    running = false;
    send();
    check();
  };
  const compact = (v: AxeViolation): PageViolation => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(' '),
      html: n.html.slice(0, 160),
      summary: (n.failureSummary ?? '').slice(0, 300),
    })),
  });
  const check = () => {
    clearTimeout(timer);
    if (running || !document.body) return;
    const key = stateKey();
    if (seen.has(key)) return block(false);
    block(true);
    const now = performance.now();
    const still = now - changedAt >= QUIET_MS && !document.querySelector(BUSY);
    if (still || now - blockedSince > MAX_WAIT_MS) void scan(key);
    else timer = setTimeout(check, 50);
  };
  new MutationObserver((records) => {
    const own = (n: Node) => n === layer || (n as Element).hasAttribute?.('data-a11y-scan');
    if (records.every((r) => [...r.addedNodes, ...r.removedNodes].some(own))) return;
    changedAt = performance.now();
    check();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  /** Scans a state still waiting, then hands over whatever was not reported yet. */
  w.__a11y = async (): Promise<PageScan[]> => {
    const deadline = performance.now() + MAX_WAIT_MS + 3000;
    check();
    while ((running || layer) && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return outbox.splice(0);
  };
  check();
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}
