import { type APIRequestContext, type Browser, expect, type Page, request } from '@playwright/test';
import { DEMO_PASSWORD } from '../../server/seed/demo-accounts';
import { loginAs } from './login';

/** Specs share one database: a unique mark keeps one run's proposals apart from others'. */
export const runMark = () => Date.now().toString(36).slice(-5);

interface Step {
  id: number;
  version: number;
  status: string;
}

export interface ApiUser {
  ctx: APIRequestContext;
  csrf: string;
  post: (url: string, body: object) => Promise<Step>;
}

/** Signs an account in over the API (session cookie and CSRF token); a demo account by default. */
export async function apiAs(baseURL: string, username: string, password = DEMO_PASSWORD): Promise<ApiUser> {
  const ctx = await request.newContext({ baseURL });
  const login = await ctx.post('/api/auth/login', { data: { username, password } });
  expect(login.ok(), `login ${username}: ${await login.text()}`).toBeTruthy();
  const { csrfToken } = await login.json();
  return {
    ctx,
    csrf: csrfToken,
    post: async (url, body) => {
      const res = await ctx.post(url, { data: body, headers: { 'x-csrf-token': csrfToken } });
      expect(res.ok(), `${url}: ${await res.text()}`).toBeTruthy();
      return res.json();
    },
  };
}

/**
 * A signed-in page for one account in its own browser context (its own cookies), opened at `at`
 * (the home page by default): a spec that starts elsewhere loads the app once, not the home first.
 */
export async function pageAs(
  browser: Browser,
  username: string,
  { phone = false, at = '/', timezoneId }: { phone?: boolean; at?: string; timezoneId?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    ...(phone ? { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } : {}),
    ...(timezoneId ? { timezoneId } : {}),
  });
  const page = await context.newPage();
  await loginAs(page, username, at);
  return page;
}
