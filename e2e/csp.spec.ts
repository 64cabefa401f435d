import { expect, type Page, test } from '@playwright/test';
import { loginAs, loginThroughForm } from './support/login';

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}

test('the app runs under its strict CSP: no violation on the main pages', async ({ page }) => {
  const violations = await watchCsp(page);
  const res = await page.goto('/login');
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  // Through the form: its scripts run under the policy too.
  await loginThroughForm(page, 'staff');
  // The home page's charts, a list, a proposal, the statistics.
  await expect(page.getByRole('banner')).toContainText('同心');
  for (const path of ['/', '/proposals/all', '/proposals/stats', '/members']) {
    await page.goto(path);
    await expect(page.getByRole('banner')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations(), path).toEqual([]);
  }
});

test('the audit page and the public page run under it too', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/public/proposals');
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
  await loginAs(page, 'auditor', '/system/audit');
  await page.getByRole('button', { name: /校验完整性/ }).click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('完整性校验通过');
  expect(await violations()).toEqual([]);
});
