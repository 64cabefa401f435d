import { pageAs, runMark } from './support/accounts';
import { expectNoHorizontalOverflow } from './support/layout';
import { choose } from './support/select';
import { expect, test } from './support/test';

/**
 * 社会征题 to the published plan: a resident proposes a topic on a phone without an account (it
 * is not shown before approval); the office approves it, adjusts the district's 2026 plan to take
 * it in, and runs the new version through 主席会议审议, 党委批准 and 公布; the public page shows it.
 */
test('a resident proposes a topic on a phone; the office approves it, plans it, gets the plan approved and publishes it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `关于增设社区口袋公园的建议 ${runMark()}`;
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const resident = await context.newPage();
  await resident.goto('/public/proposals');
  await resident.getByRole('link', { name: /协商议政/ }).click();
  await expect(resident).toHaveURL(/\/public\/consultation$/);
  await expect(resident.getByRole('heading', { name: '2026年度协商计划' })).toBeVisible();
  await expect(resident.getByTestId('plan-entry').first()).toBeVisible();
  const form = resident.getByRole('form', { name: '提交协商议题' });
  await form.getByLabel('议题').fill(title);
  await expect(form.getByText(`${title.length} / 60 字`)).toBeVisible();
  await form.getByLabel('情况和建议').fill('小区周边没有休闲空地，建议利用边角地建设口袋公园。');
  await form.getByLabel('姓名（选填）').fill('赵女士');
  await expectNoHorizontalOverflow(resident);
  await form.getByRole('button', { name: '提交议题' }).click();
  await expect(resident.getByRole('status')).toHaveText('议题已收到，经工作人员审核后公开');
  await resident.reload();
  await expect(resident.getByText(title)).toHaveCount(0);

  const office = await pageAs(browser, 'office');
  await office.getByTestId('todo-consultation.topicsToModerate').click();
  await expect(office).toHaveURL(/\/consultation\/topics\?status=pending/);
  await office.getByRole('link', { name: title }).click();
  await expect(office.getByText('社会征题').first()).toBeVisible();
  await office.getByRole('button', { name: '审核通过' }).click();
  await expect(office.getByText('已采纳').first()).toBeVisible();

  await office.goto('/consultation/plans');
  await office.getByRole('link', { name: '2026年度协商计划' }).click();
  await office.getByRole('button', { name: '调整计划' }).click();
  const adjust = office.getByRole('dialog', { name: '调整计划（生成新版本）' });
  await adjust.getByLabel('说明').fill('增加群众提出的口袋公园议题');
  await adjust.getByRole('button', { name: '确认' }).click();
  await expect(adjust).toBeHidden();
  await office.getByRole('button', { name: '编辑计划' }).click();
  await office.getByRole('button', { name: '添加议题' }).click();
  const card = office.locator('.ant-card', { hasText: '议题 11' }).last();
  await choose(office, card, '议题', title, true);
  await card.getByLabel('承办部门').fill('委员工作科');
  await office.getByRole('button', { name: '保存计划' }).click();
  await expect(office.getByRole('cell', { name: title })).toBeVisible();

  await office.getByRole('button', { name: '提交主席会议审议' }).click();
  await office.getByRole('button', { name: '主席会议审议通过' }).click();
  const review = office.getByRole('dialog', { name: '主席会议审议通过' });
  await review.getByLabel('主席会议').fill('十一届第三十次主席会议');
  await review.getByRole('button', { name: '确认' }).click();
  await expect(review).toBeHidden();
  await office.getByRole('button', { name: '党委批准' }).click();
  const approve = office.getByRole('dialog', { name: '党委批准' });
  await approve.getByLabel('批准文号').fill('区委〔2026〕66号');
  await approve.getByLabel('批准日期').fill('2026-12-01');
  await approve.getByRole('button', { name: '确认' }).click();
  await expect(approve).toBeHidden();
  await office.getByRole('button', { name: '公布计划' }).click();
  await expect(office.getByText('已公布', { exact: true })).toBeVisible();
  await expect(office.getByText(/第 3 版 · 区委〔2026〕66号/)).toBeVisible();

  await resident.reload();
  await expect(resident.getByText(/区委〔2026〕66号/)).toBeVisible();
  await expect(resident.getByTestId('plan-entry').filter({ hasText: title })).toBeVisible();
  await expect(resident.getByTestId('public-topic').filter({ hasText: title })).toBeVisible();
  await expect(resident.locator('main')).not.toContainText('赵女士');
  await expectNoHorizontalOverflow(resident);
});
