import { pageAs } from './support/accounts';
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

test('back from an item, a list is on the page and filters the user left; a fresh visit starts over', async ({
  browser,
}) => {
  const staff = await pageAs(browser, 'staff', { at: '/proposals/all' });
  // 状态 takes several values: typed to find one, its list left open until Escape.
  const status = staff.getByRole('main').getByLabel('状态', { exact: true });
  await status.fill('已办结');
  await staff.locator('.ant-select-item-option-active', { hasText: '已办结' }).waitFor();
  await status.press('Enter');
  await status.press('Escape');
  await staff.getByRole('button', { name: '查询' }).click();
  const pager = staff.locator('.ant-pagination');
  await pager.getByTitle('2', { exact: true }).click();
  await expect(pager.locator('.ant-pagination-item-active')).toHaveText('2');
  const firstOnPage2 = await staff
    .locator('tbody tr.ant-table-row')
    .first()
    .getByRole('link')
    .first()
    .textContent();
  await staff.locator('tbody tr.ant-table-row').first().getByRole('link').first().click();
  await expect(staff).toHaveURL(/\/proposals\/\d+$/);

  await staff.goBack();
  await expect(pager.locator('.ant-pagination-item-active')).toHaveText('2');
  await expect(staff.locator('tbody tr.ant-table-row').first().getByRole('link').first()).toHaveText(
    firstOnPage2 ?? '',
  );
  const chosenStatus = staff.getByRole('main').locator('.ant-select-selection-item', { hasText: '已办结' });
  await expect(chosenStatus).toBeVisible();

  // Opened again from the menu, without a reload: page 1, no filter.
  await staff.getByRole('menuitem', { name: '首页' }).click();
  await staff.getByRole('menuitem', { name: '全部提案' }).click();
  await expect(pager.locator('.ant-pagination-item-active')).toHaveText('1');
  await expect(chosenStatus).toHaveCount(0);
});

test('a tab left open over a deployment loads the new version; a page that cannot load says so', async ({
  browser,
}) => {
  const staff = await pageAs(browser, 'staff');
  // The meetings page's chunk is gone once, as after a deployment: the tab reloads and opens it.
  let asked = 0;
  await staff.route(/\/assets\/MeetingsPage-[^/]+\.js$/, (route) =>
    asked++ === 0 ? route.abort() : route.continue(),
  );
  await staff.getByRole('menuitem', { name: '会议活动' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: '会议活动' })).toBeVisible();
  expect(asked).toBe(2);

  // A chunk that cannot be had at all: the page says so and the menu still leads elsewhere.
  await staff.route(/\/assets\/AllProposalsPage-[^/]+\.js$/, (route) => route.abort());
  await staff.getByRole('menuitem', { name: '全部提案' }).click();
  await expect(staff.getByText('页面未能打开')).toBeVisible();
  await expect(staff.getByRole('button', { name: '刷新页面' })).toBeVisible();
  await staff.getByRole('menuitem', { name: '首页' }).click();
  await expect(staff.getByText('页面未能打开')).toHaveCount(0);
});
