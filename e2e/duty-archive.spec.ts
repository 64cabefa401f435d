import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { apiAs, pageAs, runMark } from './support/accounts';
import { expectNoHorizontalOverflow } from './support/layout';
import { expect, test } from './support/test';

/** After a write and a page load: the shared test machine can take longer than the default wait. */
const slow = { timeout: 30_000 };

const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
);

/**
 * 我的履职 on a phone: the member opens it from the menu, sees the year's score with its points,
 * and taps a point through to its evidence (the meeting or proposal that earned it).
 */
test('a member on a 375 px phone sees a point and opens its evidence', async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await pageAs(browser, 'member', { phone: true });
  await member.getByRole('button', { name: '打开菜单' }).click();
  await member.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: '我的履职' }).click();
  await expect(member.getByRole('heading', { level: 1, name: '我的履职' })).toBeVisible(slow);
  await expect(member.getByText(`${year}年度履职得分`)).toBeVisible(slow);
  const line = member
    .getByTestId('duty-line')
    .filter({ has: member.locator('a[href^="/meetings/"]') })
    .first();
  await expect(line).toContainText('规则：');
  await expect(line).toContainText('分');
  await expectNoHorizontalOverflow(member);
  const evidence = line.locator('a[href^="/meetings/"]');
  const title = (await evidence.textContent())!.trim();
  await evidence.click();
  await expect(member).toHaveURL(/\/meetings\/\d+$/, slow);
  await expect(member.getByText(title).first()).toBeVisible(slow);
  await expectNoHorizontalOverflow(member);
});

/**
 * 自行申报: the member claims a visit with a photo on the phone; the keeper's to-do lands on the
 * claims waiting for them, they confirm it, and the member's archive counts it.
 */
test('a member claims an item with its proof; staff confirm it from the to-do', async ({ browser }) => {
  test.setTimeout(150_000);
  const title = `走访园区企业 ${runMark()}`;
  const member = await pageAs(browser, 'member', { phone: true, at: `/duty-archive/me?year=${year}` });
  await member.getByRole('button', { name: '申报履职项' }).click();
  const dialog = member.getByRole('dialog', { name: '申报履职项' });
  await dialog.getByLabel('履职项类别').click();
  await member
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '企业走访' })
    .click();
  await dialog.getByLabel('履职日期').fill(`${year}-03-02`);
  await dialog.getByLabel('履职日期').press('Enter');
  await dialog.getByLabel('事项').fill(title);
  await dialog.locator('input[type=file]').setInputFiles({
    name: '走访照片.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  });
  await dialog.getByRole('button', { name: '提交申报' }).click();
  await expect(member.getByRole('heading', { level: 2, name: title })).toBeVisible(slow);
  await expect(member.getByText('待确认').first()).toBeVisible();
  await expect(member.getByText('走访照片.png')).toBeVisible();
  await expectNoHorizontalOverflow(member);

  const staff = await pageAs(browser, 'staff2');
  await staff.getByTestId('todo-duty.claims').click();
  await expect(staff).toHaveURL(/\/duty-archive\/claims\?status=submitted/, slow);
  await expect(staff.getByText('已按待办事项筛选')).toBeVisible();
  await staff.getByRole('link', { name: title }).click();
  await staff.getByRole('button', { name: '确认', exact: true }).click();
  await expect(staff.getByText('已确认').first()).toBeVisible(slow);

  await member.goto(`/duty-archive/me?year=${year}`);
  const line = member.getByTestId('duty-line').filter({ hasText: title });
  await expect(line).toContainText('规则：企业走访', slow);
  await expect(member.getByText('已确认').first()).toBeVisible();
});

/**
 * The 履职情况通报: staff download the Word file of last year (closed in the demo) and read it
 * back: a member of the list and their points are in it.
 */
test('staff download the 通报 and it lists the members with their points', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const last = year - 1;
  const api = await apiAs(baseURL!, 'staff2');
  const top = (
    await (await api.ctx.get(`/api/duty-archive/scores?year=${last}&sort=-total&pageSize=1`)).json()
  ).items[0] as { name: string; total: number; gradeLabel: string };
  const staff = await pageAs(browser, 'staff2');
  await staff.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: '年度考评' }).click();
  await staff.getByLabel('年度').click();
  await staff
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `${last}年度` })
    .click();
  await expect(staff.getByText(`${last} 年度已关闭`)).toBeVisible(slow);
  const [download] = await Promise.all([
    staff.waitForEvent('download'),
    staff.getByRole('button', { name: '通报（Word）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain(`关于${last}年度委员履职情况的通报`);
  // The member's row: name … points, grade, cell by cell.
  const cells = [...xml.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
  const at = cells.indexOf(top.name);
  expect(at, `${top.name} is in the table`).toBeGreaterThanOrEqual(0);
  expect(cells.slice(at, at + 9)).toContain(String(top.total));
  expect(cells[at + 8]).toBe(top.gradeLabel);
});

/** 述职: the member edits the draft written from the archive on the phone and submits; staff see it submitted. */
test('a member edits and submits the 述职; staff see it as submitted', async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await pageAs(browser, 'member', { phone: true, at: `/duty-archive/me?year=${year}` });
  await member.getByRole('button', { name: '述职报告' }).click();
  await expect(member.getByRole('heading', { level: 1, name: '我的述职报告' })).toBeVisible();
  await expect(member.getByTestId('self-report-state')).toContainText('初稿', slow);
  const box = member.getByLabel('述职报告');
  await expect(box).toContainText('一、参加会议和活动情况');
  const added = `今年重点关注了社区养老服务 ${runMark()}`;
  await box.fill(`${await box.inputValue()}\n${added}`);
  await member.getByRole('button', { name: '保存' }).click();
  await expect(member.getByTestId('self-report-state')).toContainText('已保存', slow);
  await member.getByRole('button', { name: '提交' }).click();
  await member.getByRole('button', { name: '提交' }).last().click();
  await expect(member.getByTestId('self-report-state')).toContainText('已提交', slow);
  await expectNoHorizontalOverflow(member);
  const name = (await (await member.request.get(`/api/duty-archive/me?year=${year}`)).json()).member
    .name as string;

  const staff = await pageAs(browser, 'staff2', {
    at: `/duty-archive/self-reports?year=${year}&state=submitted`,
  });
  const row = staff.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('已提交', slow);
});
