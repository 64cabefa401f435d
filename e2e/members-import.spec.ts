import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { idCheckChar } from '../domain/members';
import { IMPORT_HEADERS } from '../server/modules/members/import-rows';
import { loginAs } from './support/login';
import { expect, test } from './support/test';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Digits unique to this run, so repeated runs against one server never collide. */
const run = String(Date.now()).slice(-6);

/** A valid 18-digit ID number born on `birth` (YYYYMMDD), with the GB 11643 check character. */
function idNumber(birth: string, seq: string): string {
  const first17 = `110105${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

type Row = Partial<Record<(typeof IMPORT_HEADERS)[number], string>>;

/** An .xlsx in the template's layout: the header row, then one row per member. */
async function workbook(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('委员信息');
  ws.addRow([...IMPORT_HEADERS]);
  for (const r of rows) ws.addRow(IMPORT_HEADERS.map((h) => r[h] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The committee's valid names, read from the 可选值 sheet of the template the page downloads. */
async function downloadTemplate(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载导入模板' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('委员导入模板.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const headers = wb.getWorksheet('委员信息')!.getRow(1).values as string[];
  expect(headers.slice(1)).toEqual([...IMPORT_HEADERS]);
  const options = wb.getWorksheet('可选值')!;
  const first = (header: string) => {
    const col = (options.getRow(1).values as string[]).indexOf(header);
    return String(options.getRow(2).getCell(col).value);
  };
  return { sector: first('界别'), specialCommittee: first('专门委员会'), liaisonGroup: first('联络组') };
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer });
}

async function search(page: Page, q: string) {
  await page.getByLabel('搜索委员').fill(q);
  await page.getByRole('button', { name: '查询' }).click();
}

test('staff import a roster from Excel and find the new members in the directory', async ({ page }) => {
  await loginAs(page, 'staff');
  await page.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: '委员名录' }).click();
  await page.getByRole('button', { name: '批量导入' }).click();
  await expect(page).toHaveURL(/\/members\/import$/);
  const names = await downloadTemplate(page);
  const roster = await workbook([
    {
      ...{ 姓名: `导入甲${run}`, 性别: '男', 民族: '汉族', 党派: '民盟', 界别: names.sector, 职务: '委员' },
      ...{ 专门委员会: names.specialCommittee, 联络组: names.liaisonGroup, 工作单位: '清河区第一中学' },
      ...{ 职务职称: '校长', 手机号: `139${run}01`, 身份证号: idNumber('19750304', run.slice(0, 3)) },
    },
    {
      ...{ 姓名: `导入乙${run}`, 性别: '女', 民族: '回', 界别: names.sector, 职务: '常委' },
      ...{ 出生日期: '1980/5/6', 手机号: `139${run}02`, 身份证号: idNumber('19800506', run.slice(3, 6)) },
    },
  ]);
  await upload(page, '委员名单.xlsx', roster);
  await expect(page.getByText('成功导入 2 名委员')).toBeVisible();

  await page.getByRole('link', { name: '查看委员名录' }).click();
  await expect(page).toHaveURL(/\/members$/);
  await search(page, `导入甲${run}`);
  const row = page.getByRole('row', { name: new RegExp(`导入甲${run}`) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('清河区第一中学');
  await expect(row).toContainText(`139****${run.slice(-2)}01`);
  await expect(page.getByText('共 1 条')).toBeVisible();

  // Pinyin initials find the second one: 导入乙 → dry.
  await search(page, `dry`);
  await expect(page.getByRole('row', { name: new RegExp(`导入乙${run}`) })).toBeVisible();
  await page.getByRole('link', { name: `导入乙${run}` }).click();
  await expect(page.getByTestId('member-title')).toContainText(`导入乙${run}`);
  await expect(page.getByText('回族')).toBeVisible();
  await expect(page.getByText('1980-05-06')).toBeVisible();
});

test('a file with bad rows is refused with every row and column listed, and nothing is imported', async ({
  page,
}) => {
  await loginAs(page, 'staff', '/members/import');
  const names = await downloadTemplate(page);
  const bad = await workbook([
    { 姓名: `好行${run}`, 性别: '男', 界别: names.sector, 职务: '委员', 手机号: `137${run}11` },
    { 姓名: `坏行${run}`, 性别: '男', 界别: names.sector, 职务: '委员', 手机号: '12345' },
    { 姓名: '', 性别: '未知', 界别: '没有这个界别', 职务: '委员', 联络组: '月球联络组' },
  ]);
  await upload(page, '有错误的名单.xlsx', bad);

  await expect(page.getByRole('alert')).toContainText('未写入任何数据');
  const problems = page.getByTestId('import-problems');
  const problem = (row: number, column: string, text: string) =>
    problems.getByRole('row').filter({ hasText: new RegExp(`^${row}${column}.*${text}`) });
  await expect(problem(3, '手机号', '应为 11 位手机号码')).toBeVisible();
  await expect(problem(4, '姓名', '不能为空')).toBeVisible();
  await expect(problem(4, '性别', '未知')).toBeVisible();
  await expect(problem(4, '界别', '没有这个界别')).toBeVisible();
  await expect(problem(4, '联络组', '月球联络组')).toBeVisible();
  // Row 2 is clean: it is not listed, and it was not imported either.
  await expect(problems.getByRole('row').filter({ hasText: /^2/ })).toHaveCount(0);

  await page.goto('/members');
  await search(page, `好行${run}`);
  await expect(page.getByRole('table').getByRole('img', { name: '暂无数据' })).toBeVisible();
});
