import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { statusOf } from './proposals-helpers';
import { runMark } from './support/accounts';
import { loginForm } from './support/login';
import { FULL_LOAD } from './support/pages';
import { expect, test } from './support/test';

const RUN = runMark();

/** The page's h1 has focus, as it should after every in-app navigation. */
async function expectFocusOnHeading(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeFocused();
  await expect(page).toHaveTitle(`${name} · 同心`);
}

/** Picks an option of the focused select with the arrow keys and Enter. */
async function pickWithKeys(page: Page, option: string) {
  await page.keyboard.press('ArrowDown');
  const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
  for (let i = 0; i < 30 && (await active.textContent()) !== option; i++)
    await page.keyboard.press('ArrowDown');
  await expect(active).toHaveText(option);
  await page.keyboard.press('Enter');
}

test('keyboard only: sign in, file and submit a proposal; focus lands on each page’s heading', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/login');
  const form = loginForm(page);
  await expect(form.username).toBeVisible(FULL_LOAD);
  await expect(page).toHaveTitle('登录 · 同心');

  // 字号, 用户名, 密码, then straight to 登录: the password's eye is not a Tab stop.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '字号' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.username).toBeFocused();
  await page.keyboard.type('member');
  await page.keyboard.press('Tab');
  await expect(form.password).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Tab');
  await expect(form.submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, '首页');

  // Back into the menu, down to 新建提案 with the arrow keys.
  await page.keyboard.press('Shift+Tab');
  const menu = page.getByRole('menu', { name: '主菜单' });
  const target = menu.getByRole('menuitem', { name: '新建提案' });
  for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, '新建提案');

  // The form in Tab order: 届次会议 (preset), 从 Word 导入, 案由, 提案类别, then each editor after its toolbar.
  const title = `关于为社区老年人提供上门助浴服务的建议（${RUN}）`;
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: '届次会议' })).toBeFocused();
  // 从 Word 导入 comes before 案由.
  const titleBox = page.getByRole('textbox', { name: '案由' });
  for (let i = 0; i < 4 && !(await titleBox.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(titleBox).toBeFocused();
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: '提案类别' })).toBeFocused();
  await pickWithKeys(page, '社会建设');
  for (const [part, text] of [
    ['情况', '失能半失能老人在家洗浴困难。'],
    ['分析', '家属缺少专业助浴设备和技能。'],
    ['建议', '建议由社区养老服务中心提供上门助浴服务。'],
  ]) {
    const editor = page.getByRole('textbox', { name: part, exact: true });
    for (let i = 0; i < 6 && !(await editor.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(editor).toBeFocused();
    // The focus ring is drawn around the editor's frame.
    const frame = editor.locator('xpath=ancestor::div[contains(@class, "rich-text-frame")]');
    await expect(frame).not.toHaveCSS('box-shadow', 'none');
    await page.keyboard.type(text);
  }
  const submit = page.getByRole('button', { name: '提交', exact: true });
  for (let i = 0; i < 4 && !(await submit.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');
  // The draft check's advice comes first; its 仍然提交 holds the focus, so Enter submits.
  await expect(page.getByRole('dialog').filter({ hasText: '提交前请看一下这些提示' })).toBeVisible();
  await expect(page.getByRole('button', { name: '仍然提交' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expectFocusOnHeading(page, '提案详情');
  await expect(page.getByTestId('proposal-title')).toHaveText(title);
  await expect(statusOf(page)).toHaveText('待审查');

  // On a fresh load the first Tab reaches 跳到主要内容, which moves focus past header and menu.
  await page.reload();
  await expect(page.getByTestId('proposal-title')).toHaveText(title, FULL_LOAD);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
