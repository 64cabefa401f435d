import { useEffect, useRef } from 'react';
import { matchRoutes, useLocation } from 'react-router';
import type { Me } from '../api/session';
import { PAGES, type PageDef } from '../pages';

const APP_NAME = '同心';

/** Routes outside the page registry, with the names their titles use. */
const OTHER_ROUTES: Record<string, string> = { '/login': '登录', '/change-password': '修改密码' };

/**
 * Every parameter of a registry path is a record's id (/opinions/:id, /checkin/:sittingId): an
 * address whose parameter is not a number is no page, so /opinions/queue, which a 特邀信息员 may
 * not open, is not taken for the report numbered "queue".
 */
export const idsOnly = (params: Record<string, string | undefined>) =>
  Object.values(params).every((v) => v === undefined || /^\d+$/.test(v));

/**
 * The registry page at a path (the most specific match, so /proposals/new beats /proposals/:id),
 * among the pages the signed-in user may open when `me` is given: a page outside the role is
 * no more named in the heading or the tab than routed.
 */
export function pageAt(pathname: string, me?: Me): PageDef | undefined {
  // Built per call, not at import: pages import this module while PAGES is being built.
  const routes = PAGES.filter((p) => !me || p.show(me)).map((p) => ({ path: p.path, page: p }));
  const match = matchRoutes(routes, pathname)?.at(-1);
  return match && idsOnly(match.params) ? match.route.page : undefined;
}

/** The name of the page at a path, as its heading and the browser tab show it. */
export const pageName = (pathname: string, me?: Me): string | undefined =>
  OTHER_ROUTES[pathname] ?? pageAt(pathname, me)?.label;

/**
 * Gives each page its own document title from the registry ("待审查 · 同心"), so the browser
 * tab, history and a screen reader tell the pages apart; a new page gets it from its PageDef.
 */
export function useDocumentTitle(me?: Me): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const name = pageName(pathname, me) ?? '页面不存在';
    document.title = `${name} · ${APP_NAME}`;
  }, [pathname, me]);
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
