import type { Page } from '@playwright/test';
import { loginAs, submitLogin } from './support/login';
import { choose } from './support/select';
import { expect, test } from './support/test';

async function openMenu(page: Page, label: string) {
  await page.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: label }).click();
}

test('the system administrator adds a sector and finds it in the list', async ({ page }) => {
  const name = `网络界${Date.now() % 100_000}`;
  await loginAs(page, 'admin');
  await openMenu(page, '界别');
  await page.getByRole('button', { name: '新增界别' }).click();
  const dialog = page.getByRole('dialog', { name: '新增界别' });
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByLabel('排序').fill('99');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await page.getByPlaceholder('搜索名称').fill(name);
  await page.getByRole('button', { name: '查询' }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('99');
  await expect(page.getByText('共 1 条')).toBeVisible();
});

test('a duplicate sector name is refused under the field', async ({ page }) => {
  await loginAs(page, 'admin');
  await openMenu(page, '界别');
  await page.getByRole('button', { name: '新增界别' }).click();
  const dialog = page.getByRole('dialog', { name: '新增界别' });
  await dialog.getByLabel('名称').fill('中共');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('界别「中共」已存在')).toBeVisible();
  await expect(dialog).toBeVisible();
});

test('staff see the sectors read-only', async ({ page }) => {
  await loginAs(page, 'staff');
  await openMenu(page, '界别');
  await expect(page.getByRole('row', { name: /中共/ })).toBeVisible();
  await expect(page.getByText('只读')).toBeVisible();
  await expect(page.getByRole('button', { name: '新增界别' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /编辑|删除/ })).toHaveCount(0);
});

test('the security administrator creates an account and sees its initial password once', async ({ page }) => {
  const username = `e2e${Date.now() % 1_000_000}`;
  await loginAs(page, 'security');
  await openMenu(page, '账号管理');
  await page.getByRole('button', { name: '新建账号' }).click();
  const dialog = page.getByRole('dialog', { name: '新建账号' });
  await dialog.getByLabel('用户名').fill(username);
  await dialog.getByLabel('姓名').fill('测试工作人员');
  await choose(page, dialog, '角色', '工作人员');
  // The department field appears once the role is staff.
  await choose(page, dialog, '所属部门', '委员工作科');
  await dialog.getByRole('button', { name: '保存' }).click();
  const secret = page.getByTestId('one-time-secret');
  await expect(secret).toBeVisible();
  const password = await secret.inputValue();
  expect(password.length).toBeGreaterThanOrEqual(8);
  await page.getByRole('button', { name: '我已记下，关闭' }).click();
  await expect(secret).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(username) });
  await expect(row).toContainText('委员工作科');
  await expect(row).toContainText('待改初始密码');

  await page.getByTestId('user-menu').click();
  await page.getByText('退出登录').click();
  await submitLogin(page, username, password);
  // The initial password works once and leads straight to the forced change.
  await expect(page.getByText('首次登录须修改初始密码后才能使用系统')).toBeVisible();
});

test('the auditor sees the login entries and verifies the log', async ({ browser, page }) => {
  const admin = await browser.newPage();
  await loginAs(admin, 'admin');
  await admin.close();
  await loginAs(page, 'auditor');
  await openMenu(page, '审计日志');
  await page.getByPlaceholder('操作，如 登录').fill('登录');
  await page.getByRole('button', { name: '查询' }).click();
  const adminLogin = page.getByRole('row', { name: /admin.*登录.*成功/ }).first();
  await expect(adminLogin).toBeVisible();
  await expect(page.getByRole('row', { name: /auditor.*登录.*成功/ }).first()).toBeVisible();
  await page.getByRole('button', { name: '校验完整性' }).click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('完整性校验通过');
});
