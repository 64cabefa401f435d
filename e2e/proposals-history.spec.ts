import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiAs, runMark } from './support/accounts';
import { loginAs } from './support/login';
import { expect, test } from './support/test';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RUN = runMark();
/** A number no demo session uses, different each run. */
const NUMBER = String(900_000 + (Number.parseInt(RUN, 36) % 99_999));
const TITLE = `关于完善社区应急避难场所建设的建议（历史${RUN}）`;

/** The template the page downloads: its headers and the first valid session and unit. */
async function downloadTemplate(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载导入模板' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('历史提案导入模板.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const headers = (wb.getWorksheet('历史提案')!.getRow(1).values as string[]).slice(1);
  const options = wb.getWorksheet('可选值')!;
  const first = (header: string) => {
    const col = (options.getRow(1).values as string[]).indexOf(header);
    return String(options.getRow(2).getCell(col).value);
  };
  return { headers, session: first('届次会议'), unit: first('承办单位') };
}

/** A ledger in the template's layout. */
async function ledger(headers: string[], rows: Record<string, string>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('历史提案');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (page: Page, buffer: Buffer) =>
  page.locator('input[type=file]').setInputFiles({ name: '台账.xlsx', mimeType: XLSX, buffer });

test('staff import a past year’s ledger: a bad row is listed, the good ledger becomes finished proposals', async ({
  page,
  baseURL,
}) => {
  await loginAs(page, 'staff');
  await page.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: '历史提案导入' }).click();
  await expect(page).toHaveURL(/\/proposals\/history-import$/);
  const t = await downloadTemplate(page);
  const row = {
    ...{ 届次会议: t.session, 编号: NUMBER, 案由: TITLE, 提案者类型: '党派团体', 提案人: '民盟清河区委员会' },
    ...{
      提交日期: '2025-01-08',
      立案日期: '2025-01-20',
      承办单位: `${t.unit}（主办）`,
      交办日期: '2025-02-25',
    },
    ...{ 答复类别: 'B', 答复日期: '2025-05-12', 满意度: '基本满意' },
  };

  await upload(page, await ledger(t.headers, [row, { ...row, 编号: '', 承办单位: '不存在的局' }]));
  await expect(page.getByRole('alert')).toContainText('导入未完成：发现 2 处问题');
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('编号');
  await expect(problems).toContainText('本委员会没有名为“不存在的局”的承办单位');

  await upload(page, await ledger(t.headers, [row]));
  await expect(page.getByText('成功导入 1 件历史提案')).toBeVisible();
  const staff = await apiAs(baseURL!, 'staff');
  const found = await (await staff.ctx.get(`/api/proposals?view=all&q=${encodeURIComponent(TITLE)}`)).json();
  expect(found.items).toEqual([expect.objectContaining({ title: TITLE, status: 'rated' })]);
});
