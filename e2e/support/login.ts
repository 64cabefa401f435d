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

/**
 * Signs in through the login form as one of the seed's demo accounts (server/seed/demo-accounts.ts,
 * all with the documented password and no forced change) and waits for the signed-in shell.
 */
export async function loginAs(page: Page, username: string): Promise<void> {
  if (!DEMO_ACCOUNTS.some((a) => a.username === username)) {
    throw new Error(`${username} is not a demo account: see server/seed/demo-accounts.ts`);
  }
  await submitLogin(page, username, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/\/login$/);
  await expect(page.getByRole('banner')).toBeVisible();
}
