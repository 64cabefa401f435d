import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { loginAs, loginForm } from './support/login';
import { expect, test } from './support/test';

const menu = (page: Page) => page.getByRole('menu', { name: '主菜单' });

test('a session that ends under the user leads to the login page, and back to the page afterwards', async ({
  page,
  context,
}) => {
  await loginAs(page, 'staff');
  await menu(page).getByRole('menuitem', { name: '委员名录' }).click();
  await expect(page).toHaveURL(/\/members$/);
  // The directory's own requests must be done: one still on its way would meet the lost session first.
  await page.waitForLoadState('networkidle');

  // What the server sees after the idle timeout: no session behind the request.
  await context.clearCookies();
  // The next request finds the session gone: this click, or a refresh the page makes on its own
  // (window focus) just before it, in which case the click has nothing left to click.
  const links = menu(page).getByRole('menuitem', { name: '联系制度' });
  await links.click({ timeout: 5_000 }).catch(() => undefined);

  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('alert')).toContainText('登录已失效');
  const form = loginForm(page);
  await form.username.fill('staff');
  await form.password.fill(DEMO_PASSWORD);
  await form.submit.click();
  // Back where the user was going, or on the page the refresh found the session gone.
  await expect(page).toHaveURL(/\/(member-links|members)$/);
  await expect(page.getByRole('main')).not.toContainText('登录已失效');
});

test('logging out is not reported as an expired session', async ({ page }) => {
  await loginAs(page, 'auditor');
  await page.getByTestId('user-menu').hover();
  await page.getByText('退出登录').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(loginForm(page).username).toBeVisible();
  await expect(page.getByText('登录已失效')).toHaveCount(0);
});
