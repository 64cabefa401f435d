import { loginForm, loginThroughForm, submitLogin } from './support/login';
import { expect, test } from './support/test';

test('the login page shows the platform name and its form', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('同心', { exact: true })).toBeVisible();
  const form = loginForm(page);
  await expect(form.username).toBeVisible();
  await expect(form.password).toBeVisible();
  await expect(form.submit).toBeVisible();
});

test('a wrong password is refused with a Chinese message', async ({ page }) => {
  await submitLogin(page, 'auditor', 'Wrong-password-1');
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await expect(page).toHaveURL(/\/login$/);
});

test('a demo account signs in and reaches the signed-in shell', async ({ page }) => {
  await loginThroughForm(page, 'staff');
  await expect(page.getByRole('banner')).toContainText('同心');
});
