import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { apiAs } from './support/accounts';
import { loginAs } from './support/login';
import { choose } from './support/select';
import { expect, test } from './support/test';

/** A Word file's body text, one line per paragraph. */
async function wordText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

/** The office's edit in Word: a paragraph of its own after the first one. */
async function withParagraph(docx: Buffer, text: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const at = xml.indexOf('</w:p>') + '</w:p>'.length;
  const added = `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  zip.file('word/document.xml', xml.slice(0, at) + added + xml.slice(at));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Clicks a button that downloads a file; returns its name and bytes. */
async function downloaded(page: Page, button: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/**
 * 工作报告: the office opens it from the cockpit, writes the year's 提案工作报告 as Word (its figures
 * are 提案统计's for the district, read over the API beside it), downloads the template, and
 * uploads an edit with a placeholder the system does not know: the page says which, and the
 * document stays on the shipped template; then the annual summary of the committee with its subtree.
 */
test('staff download the 提案工作报告 and are told which placeholder of an upload is unknown', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(
    new Date(),
  );
  const staff = await apiAs(baseURL!, 'staff');
  const { me } = await (await staff.ctx.get('/api/auth/session')).json();
  const stats = await (await staff.ctx.get(`/api/proposal-stats?year=${year}&groupBy=committee`)).json();
  const own = (stats.rows as { key: number; received: number | null; registered: number | null }[]).find(
    (r) => r.key === me.committeeId,
  )!;

  await loginAs(page, 'staff');
  await page.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: '驾驶舱' }).click();
  await page.getByRole('link', { name: '工作报告' }).click();
  await expect(page).toHaveURL(/\/cockpit\/reports/);
  await expect(page.getByRole('heading', { level: 1, name: '工作报告' })).toBeVisible();
  await choose(page, page.getByRole('main'), '年度', `${year}年`);

  const card = page.getByTestId('work-report-proposalReport');
  const report = await downloaded(page, card.getByRole('button', { name: `生成提案工作报告（${year}年）` }));
  expect(report.name).toBe(`${me.committeeName}${year}年提案工作报告.docx`);
  const text = await wordText(report.bytes);
  expect(text).toContain(`${me.committeeName}关于${year}年提案工作情况的报告`);
  expect(text).toContain(`全年共收到提案${own.received ?? 0}件`);
  expect(text).toContain(`经审查立案${own.registered ?? 0}件`);

  // The term report is the current 届's unless another is picked.
  const terms = (await (await staff.ctx.get('/api/org/terms?pageSize=50')).json()).items as {
    name: string;
    startDate: string;
    endDate: string;
  }[];
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const term = terms.find((x) => x.startDate <= today && today <= x.endDate)!;
  const termReport = await downloaded(
    page,
    page
      .getByTestId('work-report-termReport')
      .getByRole('button', { name: `生成届内工作报告（${term.name}）` }),
  );
  expect(termReport.name).toBe(`${me.committeeName}${term.name}届内工作报告.docx`);
  expect(await wordText(termReport.bytes)).toContain(`${me.committeeName}${term.name}工作报告`);

  // The office's edit names a figure the system does not have: refused, named on the card.
  const template = await downloaded(page, card.getByRole('button', { name: '下载当前模板' }));
  expect(await wordText(template.bytes)).toContain('全年共收到提案{proposals.received}件');
  const upload = async (name: string, paragraph: string) =>
    card.locator('input[type=file]').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await withParagraph(template.bytes, paragraph),
    });
  await upload('提案工作报告（有误）.docx', '评出优秀提案{proposals.excellent}件。');
  const refused = card.getByRole('alert');
  await expect(refused).toContainText('模板未上传');
  await expect(refused).toContainText('{proposals.excellent}');
  await expect(card.getByText('尚未上传，使用系统默认模板')).toBeVisible();

  // Corrected, it becomes the first version, and the next document keeps the office's sentence.
  await upload('提案工作报告（修改）.docx', '办公室补记：本年度立案提案{proposals.registered}件。');
  await expect(card.getByRole('row', { name: /第1版.*提案工作报告（修改）\.docx/ })).toBeVisible();
  await expect(refused).toHaveCount(0);
  const again = await downloaded(page, card.getByRole('button', { name: `生成提案工作报告（${year}年）` }));
  expect(await wordText(again.bytes)).toContain(`办公室补记：本年度立案提案${own.registered ?? 0}件。`);

  // 本级及下级: the annual summary over the committee's whole subtree, 提案统计's total.
  await page.getByRole('main').getByText('本级及下级', { exact: true }).click();
  const summary = await downloaded(
    page,
    page
      .getByTestId('work-report-annualSummary')
      .getByRole('button', { name: `生成年度工作综述（${year}年·本级及下级）` }),
  );
  expect(summary.name).toBe(`${me.committeeName}${year}年年度工作综述（本级及下级）.docx`);
  const subtree = await wordText(summary.bytes);
  expect(subtree).toContain(`${me.committeeName}${year}年工作综述（本级及下级）`);
  expect(subtree).toContain(
    `全年共收到提案${stats.total.received ?? 0}件，立案${stats.total.registered ?? 0}件`,
  );
});
