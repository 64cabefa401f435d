import { expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/seed/demo-accounts';

/** The login form as a person sees it: found by its labels and the button's text. */
export function loginForm(page: Page) {
  return {
    username: page.getByLabel('用户名'),
    password: page.getByLabel('密码', { exact: true }),
    // Ant Design spaces a two-character button label ("登 录").
    submit: page.getByRole('button', { name: /^登\s*录$/ }),
  };
}

/** Opens the login page and submits the form; the caller asserts what follows. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  const form = loginForm(page);
  await form.username.fill(username);
  await form.password.fill(password);
  await form.submit.click();
}

/** Throws unless `username` is one of the seed's demo accounts (server/seed/demo-accounts.ts). */
function demoAccount(username: string): void {
  if (!DEMO_ACCOUNTS.some((a) => a.username === username)) {
    throw new Error(`${username} is not a demo account: see server/seed/demo-accounts.ts`);
  }
}

/**
 * Signs in as one of the seed's demo accounts (all with the documented password and no forced
 * change) and waits for the signed-in shell on the home page. The sign-in goes over the API into
 * the page's own browser context (its cookie jar), then the app opens: the form itself is the
 * subject of smoke.spec.ts and session.spec.ts (loginThroughForm), and filling it in before every
 * test cost a page load and the form's round trip each time. Each call is a new session of its
 * own, as with the form, so a spec that signs out or loses its session affects no other spec.
 * The app opens at `path` (the home page by default), so a test that starts on another page pays
 * for one load of the app, not two.
 */
export async function loginAs(page: Page, username: string, path = '/'): Promise<void> {
  demoAccount(username);
  const res = await page.context().request.post('/api/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(res.ok(), `login ${username}: ${res.status()} ${await res.text()}`).toBeTruthy();
  await page.goto(path);
  await expect(page).not.toHaveURL(/\/login$/);
  // A full load of the app (the form's sign-in ran in an app already loaded): on a busy machine
  // this takes longer than the default wait.
  await expect(page.getByRole('banner')).toBeVisible({ timeout: 30_000 });
}

/** Signs in through the login form, as a person does, and waits for the signed-in shell. */
export async function loginThroughForm(page: Page, username: string): Promise<void> {
  demoAccount(username);
  await submitLogin(page, username, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/\/login$/);
  await expect(page.getByRole('banner')).toBeVisible();
}
