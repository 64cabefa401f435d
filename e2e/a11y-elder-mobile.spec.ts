import type { Page } from '@playwright/test';
import { statusOf, submitDespiteAdvice } from './proposals-helpers';
import { runMark } from './support/accounts';
import { expectNoHorizontalOverflow, expectNoOverlappingText } from './support/layout';
import { loginAs } from './support/login';
import { choose } from './support/select';
import { expect, test } from './support/test';

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

const RUN = runMark();

/** The root font size the page uses now: the browser's 16 px times the 长辈模式 step. */
const rootFontSize = (page: Page) => page.locator('html').evaluate((el) => getComputedStyle(el).fontSize);

async function openFromMenu(page: Page, label: string) {
  await page.getByRole('button', { name: '打开菜单' }).click();
  await page.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

/** The page as a member sees it at 150 %: it fits the phone and no text covers other text. */
async function expectFits(page: Page) {
  await expectNoHorizontalOverflow(page);
  await expectNoOverlappingText(page);
}

test('长辈模式 on a phone: a member enlarges the whole app to 150 %, it stays on the account, and filing a proposal works', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loginAs(page, 'member');
  const me = await (await page.request.get('/api/auth/me')).json();
  try {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '字号 / 长辈模式' }).click();
    const dialog = page.getByRole('dialog', { name: '字号与长辈模式' });
    await dialog.getByRole('radio', { name: /长辈模式/ }).check();
    await expect.poll(() => rootFontSize(page)).toBe('24px');
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect(dialog).toBeHidden();
    // The whole interface grew, Ant Design's controls included: body text 14 → 21 px.
    await expect(page.getByRole('button', { name: '打开菜单' })).toHaveCSS('height', '48px');
    expect((await (await page.request.get('/api/auth/me')).json()).textScale).toBe(150);

    // Another visit (or another phone) reads the step from the account.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '首页' })).toBeVisible();
    expect(await rootFontSize(page)).toBe('24px');
    await expectFits(page);

    await openFromMenu(page, '我的提案');
    await expect(page.getByTestId('card-list')).toBeVisible();
    await expectFits(page);

    await openFromMenu(page, '新建提案');
    const title = `关于在社区设置老年人休息座椅的建议（${RUN}）`;
    await page.locator('form[id="proposal-draft"]').getByLabel('案由').fill(title);
    await choose(page, page.getByRole('main'), '提案类别', '社会建设');
    await page.getByRole('textbox', { name: '建议' }).fill('建议在社区主要步行道每隔两百米设置休息座椅。');
    await expectFits(page);
    await submitDespiteAdvice(page);
    await expect(page.getByTestId('proposal-title')).toHaveText(title);
    await expect(statusOf(page)).toHaveText('待审查');
    await expectFits(page);

    await page.getByTestId('notification-bell').click();
    await page.getByRole('button', { name: '查看全部通知' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '通知' })).toBeVisible();
    // The bell's list fades out over the page first.
    await expect(page.locator('.ant-popover:visible')).toHaveCount(0);
    await expectFits(page);
  } finally {
    await page.request.put('/api/auth/preferences', {
      data: { textScale: 100 },
      headers: { 'x-csrf-token': me.csrfToken },
    });
  }
});

test('a larger default font in the browser enlarges the app the same way, before anyone signs in', async ({
  page,
}) => {
  // What a user sets under the browser's font size (Chromium's default is 16 px).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
  await page.goto('/login');
  const username = page.getByLabel('用户名');
  await expect(username).toBeVisible();
  expect(await rootFontSize(page)).toBe('20px');
  // Ant Design's 14 px text at a 16 px root becomes 17.5 px at a 20 px root.
  await expect(username).toHaveCSS('font-size', '17.5px');
  await expectNoHorizontalOverflow(page);
});
