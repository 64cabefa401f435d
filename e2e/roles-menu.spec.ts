import type { Page } from '@playwright/test';
import { ORG_RESOURCES } from '../domain/org-resources';
import { DEMO_ACCOUNTS } from '../server/seed/demo-accounts';
import { loginAs } from './support/login';
import { expectNotFound } from './support/pages';
import { expect, test } from './support/test';

/** The organisation pages: the committee tree, terms and sessions, and every catalogue. */
const ORG_ENTRIES = ['委员会', '届次与会议', ...ORG_RESOURCES.map((r) => r.label)];
const ACCOUNTS = '账号管理';
/** The 履职档案 group: staff who keep the archive (委员工作科, 办公室); a member has 我的履职. */
const DUTY_ARCHIVE = ['委员履职得分', '年度考评', '履职申报', '考评提醒', '述职情况', '考评规则'];
const MY_ARCHIVE = '我的履职';
const AUDIT = '审计日志';
const COCKPIT = '驾驶舱';
/** 协商统计: the office and the leaders read the year's consultation figures; members and departments do not. */
const CONSULTATION_STATS = '协商统计';

/**
 * What each demo role must and must not find in its menu. 三员分立: the security and audit
 * administrators see their one page and nothing of the organisation; the system administrator
 * and the staff keep the organisation; members, units and leaders do their work without it.
 */
const EXPECTED: Record<string, { visible: string[]; hidden: string[]; only?: boolean }> = {
  sysadmin: { visible: ORG_ENTRIES, hidden: [ACCOUNTS, AUDIT, CONSULTATION_STATS] },
  secadmin: { visible: [ACCOUNTS], hidden: [AUDIT, ...ORG_ENTRIES], only: true },
  auditor: { visible: [AUDIT], hidden: [ACCOUNTS, ...ORG_ENTRIES], only: true },
  staff: { visible: [...ORG_ENTRIES, COCKPIT, CONSULTATION_STATS], hidden: [ACCOUNTS, AUDIT, MY_ARCHIVE] },
  member: {
    visible: ['委员名录', MY_ARCHIVE],
    hidden: [ACCOUNTS, AUDIT, COCKPIT, CONSULTATION_STATS, ...ORG_ENTRIES, ...DUTY_ARCHIVE],
  },
  unit: {
    visible: ['委员名录'],
    hidden: [ACCOUNTS, AUDIT, COCKPIT, CONSULTATION_STATS, ...ORG_ENTRIES, ...DUTY_ARCHIVE, MY_ARCHIVE],
  },
  leader: {
    visible: ['委员名录', COCKPIT, CONSULTATION_STATS],
    hidden: [ACCOUNTS, AUDIT, ...ORG_ENTRIES, ...DUTY_ARCHIVE, MY_ARCHIVE],
  },
  // 特邀信息员: the right to report and nothing else, not even the directory.
  informant: {
    visible: ['我的社情民意'],
    hidden: [ACCOUNTS, AUDIT, '委员名录', COCKPIT, ...ORG_ENTRIES, ...DUTY_ARCHIVE, MY_ARCHIVE],
    only: true,
  },
};

test.describe.configure({ mode: 'parallel' }); // independent read-only tests: spread over the workers

const menu = (page: Page) => page.getByRole('menu', { name: '主菜单' });

for (const account of DEMO_ACCOUNTS) {
  test(`${account.username}（${account.roleLabel}）sees exactly the menu of its role`, async ({ page }) => {
    const expected = EXPECTED[account.role];
    await loginAs(page, account.username);
    const items = menu(page).getByRole('menuitem');
    await expect(items.first()).toBeVisible();
    const labels = (await items.allTextContents()).map((t) => t.trim());
    for (const label of expected.visible) expect(labels, `${label} should be listed`).toContain(label);
    for (const label of expected.hidden) expect(labels, `${label} should not be listed`).not.toContain(label);
    if (expected.only) expect(labels).toEqual(['首页', ...expected.visible]);
  });
}

test('a page outside the role is not routable either', async ({ page }) => {
  await loginAs(page, 'staff');
  await expectNotFound(page, '/system/accounts');
  await expectNotFound(page, '/system/audit');
});

test('the security administrator cannot open the organisation pages', async ({ page }) => {
  await loginAs(page, 'security');
  await expectNotFound(page, '/org/sectors');
});

test('staff of 委员工作科 read the proposals but have no proposal workbench', async ({ page }) => {
  await loginAs(page, 'staff2');
  const items = menu(page).getByRole('menuitem');
  await expect(items.first()).toBeVisible();
  const labels = (await items.allTextContents()).map((t) => t.trim());
  expect(labels).toContain('全部提案');
  for (const label of ['新建提案', '待审查', '待交办', '办理督办', '先进承办单位', '提案设置']) {
    expect(labels, `${label} should not be listed`).not.toContain(label);
  }
});

test('staff who keep the duty archive have its group; the proposal office has not', async ({ page }) => {
  await loginAs(page, 'staff2');
  const items = menu(page).getByRole('menuitem');
  await expect(items.first()).toBeVisible();
  expect((await items.allTextContents()).map((t) => t.trim())).toEqual(expect.arrayContaining(DUTY_ARCHIVE));
  await page.goto('/duty-archive/rules');
  // A full load of the app and the page's chunk: slower than the default wait on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: '考评规则' })).toBeVisible({ timeout: 30_000 });
});

test('the proposal office (staff) has no 履职档案 group and cannot open its pages', async ({ page }) => {
  await loginAs(page, 'staff');
  const items = menu(page).getByRole('menuitem');
  await expect(items.first()).toBeVisible();
  const labels = (await items.allTextContents()).map((t) => t.trim());
  for (const label of DUTY_ARCHIVE) expect(labels, label).not.toContain(label);
  await expectNotFound(page, '/duty-archive/rules');
});

test('the city’s proposal staff, whose committee receives no proposals, get no empty review queues', async ({
  page,
}) => {
  await loginAs(page, 'citystaff');
  const items = menu(page).getByRole('menuitem');
  await expect(items.first()).toBeVisible();
  const labels = (await items.allTextContents()).map((t) => t.trim());
  expect(labels).toEqual(expect.arrayContaining(['全部提案', '办理督办']));
  for (const label of ['待审查', '待交办']) expect(labels, label).not.toContain(label);
});

test('a member’s menu fits one phone screen, and the directory offers no roster export', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await loginAs(page, 'member');
  await page.getByRole('button', { name: '打开菜单' }).click();
  const items = menu(page).getByRole('menuitem');
  await expect(items.first()).toBeVisible();
  const last = await items.last().boundingBox();
  expect(last && last.y + last.height, 'the last menu item is on the first screen').toBeLessThanOrEqual(667);
  await items.filter({ hasText: '委员名录' }).click();
  await expect(
    page.getByRole('heading', { name: '委员名录' }).or(page.getByText('委员名录').first()),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '导出Excel' })).toHaveCount(0);
});
