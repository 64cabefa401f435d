/** The scroll containers Ant Design's tables render (wide columns, fixed header). */
const SCROLLERS = '.ant-table-content, .ant-table-body';

/** Gives or takes the keyboard stop of one container, as it overflows or not. */
function update(el: HTMLElement): void {
  const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
  if (scrolls && !el.hasAttribute('tabindex')) {
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', '表格（可用方向键滚动）');
    el.classList.add('scroll-region');
  } else if (!scrolls && el.getAttribute('tabindex') === '0') {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
    el.classList.remove('scroll-region');
  }
}

/** Ant Design's icons name themselves in English ("home", "search", "bell"). */
const ICONS = 'span.anticon[role=img]:not([aria-hidden])';

/**
 * An icon beside text says nothing the text does not: it is hidden from screen readers, so a menu
 * item reads 首页 rather than "home 首页". An icon alone keeps its label, and its control must
 * carry a Chinese aria-label of its own (axe's button-name fails a control that has none).
 */
function hideDecorativeIcon(icon: HTMLElement): void {
  const parent = icon.parentElement;
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim() !== '';
  if (text(parent) || text(parent?.parentElement)) icon.setAttribute('aria-hidden', 'true');
}

/** Ant Design's select leaves its clear button labelled in English when allowClear is simply on. */
const ENGLISH_CLEAR = '[aria-label="Clear"]';

/**
 * The accessibility fixes that Ant Design's markup needs app-wide, applied as elements appear:
 * decorative icons hidden, the clear buttons named in Chinese, and every table that scrolls (sideways on a phone, or under a fixed header) a keyboard stop,
 * so it can be scrolled without a mouse (WCAG 2.1.1; axe's scrollable-region-focusable), and
 * takes the stop away again when it fits. Watches the whole document once, so every table of
 * every page, present or added later, is covered without code of its own.
 */
export function watchDomA11y(root: HTMLElement): void {
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) {
      const target = e.target as HTMLElement;
      const scroller = target.matches(SCROLLERS) ? target : target.parentElement;
      if (scroller) update(scroller);
    }
  });
  const watched = new WeakSet<Element>();
  const scan = () => {
    for (const icon of root.querySelectorAll<HTMLElement>(ICONS)) hideDecorativeIcon(icon);
    for (const clear of root.querySelectorAll(ENGLISH_CLEAR)) clear.setAttribute('aria-label', '清除');
    for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
      if (watched.has(el)) continue;
      watched.add(el);
      sizes.observe(el);
      // A table's first child is its <table>: its growth (more rows, wider cells) changes overflow too.
      if (el.firstElementChild) sizes.observe(el.firstElementChild);
    }
  };
  new MutationObserver(scan).observe(root, { childList: true, subtree: true, characterData: true });
  scan();
}
