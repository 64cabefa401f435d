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

/** Chinese names of the icons that stand alone (a bare icon is read by its label). */
const ICON_LABELS: Record<string, string> = {
  bell: '通知',
  home: '首页',
  search: '搜索',
  close: '关闭',
  'close-circle': '清除',
  'menu-fold': '收起菜单',
  'menu-unfold': '展开菜单',
  menu: '菜单',
  user: '用户',
  down: '展开',
  up: '收起',
  left: '上一页',
  right: '下一页',
  'arrow-left': '返回',
  plus: '新增',
  delete: '删除',
  edit: '编辑',
  download: '下载',
  upload: '上传',
  logout: '退出登录',
  setting: '设置',
  'question-circle': '帮助',
  'info-circle': '说明',
  'exclamation-circle': '提示',
  'check-circle': '完成',
  'file-pdf': 'PDF 文件',
  'file-word': 'Word 文件',
  'paper-clip': '附件',
  calendar: '日历',
};

/** The control an icon sits in, whose own name (aria-label or text) already says what it does. */
const CONTROLS = 'button, a, [role=button], [role=menuitem], [role=tab], [role=switch]';

/**
 * An icon beside text, or inside a control named in Chinese, says nothing more: it is hidden from
 * screen readers, so a menu item reads 首页 rather than "home 首页" and the bell button 通知 rather
 * than "通知 bell". An icon alone is named in Chinese (Ant Design names it in English).
 */
function fixIcon(icon: HTMLElement): void {
  const parent = icon.parentElement;
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim() !== '';
  const control = icon.closest(CONTROLS);
  if (text(parent) || text(parent?.parentElement) || control?.hasAttribute('aria-label') || text(control)) {
    icon.setAttribute('aria-hidden', 'true');
    return;
  }
  const english = icon.getAttribute('aria-label') ?? '';
  if (/^[\x20-\x7e]*$/.test(english)) icon.setAttribute('aria-label', ICON_LABELS[english] ?? '图标');
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
    for (const icon of root.querySelectorAll<HTMLElement>(ICONS)) fixIcon(icon);
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
