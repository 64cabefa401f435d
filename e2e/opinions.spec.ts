import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { apiAs, pageAs, runMark } from './support/accounts';
import { expectNoHorizontalOverflow } from './support/layout';
import { expect, test } from './support/test';

/** Picks one option of a searchable multi-select by typing part of it, then closes the list. */
async function pickMany(page: Page, field: Locator, typed: string, option: string) {
  await field.click();
  await field.fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
  await page.keyboard.press('Escape');
}

/**
 * 社情民意 from the member's phone to the periodical: the member writes (the count against the
 * limit shown) and files; the editors receive and adopt it, compile an issue for the district's
 * leader; the office signs it off; the editors send it and download the Word file.
 */
test('a member files on a phone; the editors adopt and compile; the office signs; the issue goes out as Word', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `关于老旧小区加装电梯资金分摊的建议 ${runMark()}`;
  const member = await pageAs(browser, 'member', { phone: true, at: '/opinions/mine' });
  await member.getByRole('button', { name: '撰写社情民意' }).click();
  await expect(member.getByRole('heading', { level: 1, name: '撰写社情民意' })).toBeVisible();
  await member.getByLabel('标题', { exact: true }).fill(title);
  await member
    .getByLabel('情况', { exact: true })
    .fill('城关街道 12 个老旧小区有加装电梯意愿，但低层住户不愿分摊费用。');
  await member.getByLabel('分析', { exact: true }).fill('分摊办法缺少指引。');
  // No 建议 yet: 报送 says so at the field, and nothing is saved.
  await member.getByRole('button', { name: '报送' }).click();
  await expect(member.getByText('请填写建议后再报送')).toBeVisible();
  await expect(member).toHaveURL(/\/opinions\/new$/);
  await member.getByLabel('建议', { exact: true }).fill('建议出台分摊指导意见。');
  // 33 + 9 + 11 characters, as the member typed them.
  await expect(member.getByTestId('length-count')).toContainText('共 53 字');
  await expectNoHorizontalOverflow(member);
  await member.getByRole('button', { name: '报送' }).click();
  await expect(member.getByTestId('report-title')).toHaveText(title);
  await expect(member.getByText('已报送').first()).toBeVisible();
  await expectNoHorizontalOverflow(member);

  const editor = await pageAs(browser, 'editor');
  await editor.getByTestId('todo-opinion.toReceive').click();
  await editor.getByRole('link', { name: title }).click();
  await editor.getByRole('button', { name: '接收' }).click();
  await editor.getByRole('button', { name: '采用', exact: true }).click();
  const adopt = editor.getByRole('dialog', { name: '采用这条信息' });
  await adopt.getByRole('button', { name: '采用', exact: true }).click();
  await expect(adopt).toBeHidden();
  await expect(editor.getByText('编辑稿（研究室编辑后的文本）')).toBeVisible();

  // The editors keep the committee's length limit on the queue page (raised, then put back).
  await editor.goto('/opinions/queue');
  for (const [from, to] of [
    [1500, 1800],
    [1800, 1500],
  ]) {
    await editor.getByRole('button', { name: `字数上限：${from}字` }).click();
    const limit = editor.getByRole('dialog', { name: '社情民意字数上限' });
    await limit.getByLabel('情况、分析、建议合计不超过（字）').fill(String(to));
    await limit.getByRole('button', { name: '保存' }).click();
    await expect(limit).toBeHidden();
    await expect(editor.getByRole('button', { name: `字数上限：${to}字` })).toBeVisible();
  }

  const leader = await apiAs(baseURL!, 'leader');
  const leaderName: string = (await (await leader.ctx.get('/api/auth/me')).json()).displayName;
  await editor.goto('/opinions/issues/new');
  await editor.getByRole('radio', { name: '社情民意专报' }).check();
  await pickMany(editor, editor.getByLabel(/^编入的信息/), title.slice(-5), title);
  await pickMany(editor, editor.getByLabel('报送领导'), leaderName, leaderName);
  await editor.getByLabel('抄送').fill('区委办公室');
  await editor.getByRole('button', { name: '组稿' }).click();
  await expect(editor.getByTestId('issue-title')).toContainText('待编号');
  const issueUrl = editor.url();

  const office = await pageAs(browser, 'office');
  await office.getByTestId('todo-opinion.toSign').click();
  await expect(office.getByRole('link', { name: /待编号/ }).first()).toBeVisible();
  await office.goto(issueUrl);
  await office.getByRole('button', { name: '签发' }).click();
  await office.getByRole('button', { name: '确定' }).click();
  await expect(office.getByTestId('issue-title')).toContainText(/第\d+期/);
  const issueTitle = (await office.getByTestId('issue-title').textContent()) ?? '';

  await editor.reload();
  await editor.getByRole('button', { name: '报送' }).click();
  await editor.getByRole('button', { name: '确定' }).click();
  await expect(editor.getByText('已报送').first()).toBeVisible();
  const [download] = await Promise.all([
    editor.waitForEvent('download'),
    editor.getByRole('button', { name: '下载 Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(text).toContain(title);
  expect(text).toContain(issueTitle.replace(/[《》]/g, '').slice(0, 6));

  // The member learns which issue carried it.
  await member.reload();
  await expect(member.getByText(issueTitle)).toBeVisible();
});
