import type { Page } from '@playwright/test';
import { expectNoHorizontalOverflow } from './support/layout';
import { loginAs } from './support/login';
import { expect, test } from './support/test';

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

async function openFromMenu(page: Page, label: string) {
  await page.getByRole('button', { name: '打开菜单' }).click();
  await page.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: label }).click();
}

test('a member on a phone opens their own profile and the directory without sideways scrolling', async ({
  page,
}) => {
  await loginAs(page, 'member');
  const me = await (await page.request.get('/api/auth/me')).json();

  await openFromMenu(page, '我的档案');
  await expect(page).toHaveURL(/\/me\/profile$/);
  await expect(page.getByTestId('member-title')).toContainText(me.displayName);
  // Only the masked numbers, and no reveal button for a member.
  await expect(page.getByTestId('member-phone')).toHaveText(/^1\d{2}\*{4}\d{4}$/);
  await expect(page.getByRole('button', { name: '查看完整信息' })).toHaveCount(0);
  await expect(page.getByText('该委员联系的')).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await openFromMenu(page, '委员名录');
  await expect(page).toHaveURL(/\/members$/);
  const cards = page.getByTestId('card-list').getByRole('link');
  await expect(cards.first()).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoHorizontalOverflow(page);

  // The filters fold away on a phone; unfolded they still fit.
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page.getByLabel('界别')).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await page.getByLabel('搜索委员').fill(me.displayName);
  await page.getByRole('button', { name: '查询' }).click();
  const own = page.getByTestId('card-list').getByRole('link', { name: me.displayName }).first();
  await expect(own).toBeVisible();
  await own.tap();
  await expect(page.getByTestId('member-title')).toContainText(me.displayName);
  await expect(page).toHaveURL(/\/members\/\d+$/);
  await expectNoHorizontalOverflow(page);
});
