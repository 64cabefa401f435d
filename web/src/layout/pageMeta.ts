import { useEffect, useRef } from 'react';
import { matchRoutes, useLocation } from 'react-router';
import { PAGES, type PageDef } from '../pages';

const APP_NAME = '同心';

/** Routes outside the page registry, with the names their titles use. */
const OTHER_ROUTES: Record<string, string> = { '/login': '登录', '/change-password': '修改密码' };

/** The registry page at a path (the most specific match, so /proposals/new beats /proposals/:id). */
export function pageAt(pathname: string): PageDef | undefined {
  // Built per call, not at import: pages import this module while PAGES is being built.
  const routes = PAGES.map((p) => ({ path: p.path, page: p }));
  return matchRoutes(routes, pathname)?.at(-1)?.route.page;
}

/** The name of the page at a path, as its heading and the browser tab show it. */
export const pageName = (pathname: string): string | undefined =>
  OTHER_ROUTES[pathname] ?? pageAt(pathname)?.label;

/**
 * Gives each page its own document title from the registry ("待审查 · 同心"), so the browser
 * tab, history and a screen reader tell the pages apart; a new page gets it from its PageDef.
 */
export function useDocumentTitle(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const name = pageName(pathname) ?? '页面不存在';
    document.title = `${name} · ${APP_NAME}`;
  }, [pathname]);
}

/**
 * After an in-app navigation, moves focus to the new page's heading (its h1; the main region
 * while there is none), so keyboard and screen-reader users start on the new page instead of
 * wherever the old one left them. The first page of a visit keeps the browser's own start.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const previous = shown.current;
    shown.current = pathname;
    if (previous === null || previous === pathname) return;
    const target = () =>
      document.querySelector<HTMLElement>('h1[tabindex="-1"]') ??
      document.querySelector<HTMLElement>('main[tabindex="-1"]');
    const focus = (el: HTMLElement) => el.focus({ preventScroll: false });
    const now = document.querySelector<HTMLElement>('h1[tabindex="-1"]');
    if (now) return focus(now);
    // A page that loads its data first renders its heading a moment later.
    const observer = new MutationObserver(() => {
      const h1 = document.querySelector<HTMLElement>('h1[tabindex="-1"]');
      if (h1) {
        observer.disconnect();
        focus(h1);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // Long enough for a slow phone's first page after signing in: the heading waits for the
    // shell's chunks (on a wide screen the menu's too).
    const fallback = setTimeout(() => {
      observer.disconnect();
      const el = target();
      if (el && document.activeElement === document.body) focus(el);
    }, 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(fallback);
    };
  }, [pathname]);
}
