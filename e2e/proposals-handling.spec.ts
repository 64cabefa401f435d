import type { Page } from '@playwright/test';
import { openStep, proposalUpTo, rateAs, replyAsUnit, statusOf } from './proposals-helpers';
import { pageAs, runMark } from './support/accounts';
import { choose } from './support/select';
import { expect, test } from './support/test';

const RUN = runMark();

/** A date `days` after an ISO date, as the date picker takes it. */
const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** The unit's current due date, read from the API as the page shows it. */
async function dueDateOf(page: Page, id: number): Promise<string> {
  const p = await (await page.request.get(`/api/proposals/${id}`)).json();
  return p.handling.assignments.find((a: { state: string }) => a.state === 'active').dueDate;
}

test('handling: contact, extension, 催办, 不满意 and re-handling, implementation, 优秀提案', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const title = `关于增加社区卫生服务中心夜间门诊的建议（${RUN}）`;
  const id = await proposalUpTo(baseURL!, title, 'assigned');
  const url = `/proposals/${id}`;

  // The unit's inbox shows the deadline and working days left; it signs for it and records a contact.
  const unit = await pageAs(browser, 'unit', { at: '/proposals/inbox' });
  const row = unit.getByRole('row', { name: new RegExp(RUN) });
  await expect(row).toContainText(/剩 \d+ 个工作日/);
  await row.getByRole('link', { name: title }).click();
  await unit.getByRole('button', { name: '签收' }).click();
  await expect(statusOf(unit)).toHaveText('办理中');
  const contact = await openStep(unit, '登记沟通联系');
  await contact.getByLabel('承办单位联系人').fill('王科长');
  await contact.getByLabel('沟通内容').fill('电话听取提案者对夜间门诊时段的意见。');
  await contact.getByRole('button', { name: '确定' }).click();
  await expect(unit.getByTestId('handling')).toContainText('电话听取提案者对夜间门诊时段的意见。');

  // 申请延期 two weeks past the deadline; staff approve it and 催办.
  const due = await dueDateOf(unit, id);
  const extension = await openStep(unit, '申请延期');
  await extension.getByLabel('延期至').fill(plusDays(due, 14));
  await extension.getByLabel('延期至').press('Enter');
  await extension.getByLabel('理由').fill('需与区财政局会商经费。');
  await extension.getByRole('button', { name: '确定' }).click();
  await expect(unit.getByTestId('handling')).toContainText('待审批');

  const staff = await pageAs(browser, 'staff', { at: url });
  const decide = await openStep(staff, '审批延期', '审批延期申请');
  await expect(decide).toContainText('需与区财政局会商经费。');
  await decide.getByRole('button', { name: '确定' }).click();
  await expect(staff.getByTestId('handling')).toContainText(`已批准延期至 ${plusDays(due, 14)}`);
  const urge = await openStep(staff, '催办');
  await urge.getByLabel('催办意见（选填）').fill('请抓紧办理。');
  await urge.getByRole('button', { name: '确定' }).click();
  await expect(staff.getByTestId('handling')).toContainText('1 次');

  // Reply B; the member is not satisfied, so the unit handles it again and replies A.
  await unit.reload();
  await replyAsUnit(unit, 'B', '已列入明年工作计划，试点两家社区卫生服务中心开设夜间门诊。');
  await expect(statusOf(unit)).toHaveText('已答复');
  const member = await pageAs(browser, 'member', { phone: true, at: url });
  await rateAs(member, '不满意', '试点范围太小。');
  await expect(statusOf(member)).toHaveText('重新办理');
  await unit.reload();
  await replyAsUnit(unit, 'A', '已在全区六家社区卫生服务中心开设夜间门诊。');
  await member.reload();
  await rateAs(member, '满意');
  await expect(statusOf(member)).toHaveText('已测评');
  await expect(member.getByTestId('timeline')).toContainText('测评不满意');

  // 落实: the unit reports, the staff mark it 已落实 and name it an excellent proposal.
  await unit.reload();
  const report = await openStep(unit, '报送落实情况');
  await report.getByLabel('落实情况').fill('六家中心夜间门诊已运行三个月，接诊 4200 人次。');
  await report.getByRole('button', { name: '确定' }).click();
  await staff.reload();
  const mark = await openStep(staff, '认定落实情况');
  await mark.getByRole('radio', { name: '已落实' }).check();
  await mark.getByRole('button', { name: '确定' }).click();
  await expect(statusOf(staff)).toHaveText('已办结');
  await staff.getByRole('button', { name: '评为优秀提案' }).click();
  await staff.getByRole('button', { name: '确定' }).click();
  await expect(staff.getByRole('main').locator('.ant-tag', { hasText: '优秀' })).toBeVisible();

  // The member's bell counted the news; the notifications page marks all read.
  await member.goto('/notifications');
  // The bell reads "待办与通知 N（待办 x 项，未读 y 条）": after marking all read, y is 0.
  await expect(member.getByTestId('notification-bell')).toHaveAccessibleName(/未读 [1-9]\d* 条/);
  await member.getByRole('button', { name: '全部标为已读' }).click();
  await expect(member.getByTestId('notification-bell')).toHaveAccessibleName(
    /（待办 [1-9]\d* 项，未读 0 条）$/,
  );
});

test('key proposal: shortlisted, chosen with a leading leader, who records supervision', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `关于建设城区智慧停车系统的建议（${RUN}）`;
  const id = await proposalUpTo(baseURL!, title, 'registered');
  const staff = await pageAs(browser, 'staff', { at: `/proposals/${id}` });
  const shortlist = await openStep(staff, '列为重点候选', '列为重点提案候选');
  await shortlist.getByRole('button', { name: '确定' }).click();
  await expect(staff.getByTestId('handling')).toContainText('重点提案候选');
  const select = await openStep(staff, '确定为重点提案');
  await choose(staff, select, '领衔督办领导', '金天东', true);
  await select.getByLabel('依据（选填）').fill('主席会议确定');
  await select.getByRole('button', { name: '确定' }).click();
  await expect(staff.getByTestId('handling')).toContainText('金天东（区委书记）领衔督办');

  const leader = await pageAs(browser, 'leader', { at: '/proposals/key' });
  await leader.getByRole('link', { name: title }).click();
  const record = await openStep(leader, '登记督办');
  await record.getByLabel('督办情况').fill('实地查看三处停车场，要求年内完成系统建设。');
  await record.getByRole('button', { name: '确定' }).click();
  await expect(leader.getByTestId('handling')).toContainText('实地查看三处停车场');
});

test('a unit returns a misassigned proposal with its reason; staff reassign it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `关于加强河道垃圾清理的建议（${RUN}）`;
  const id = await proposalUpTo(baseURL!, title, 'assigned');
  const unit = await pageAs(browser, 'unit', { at: `/proposals/${id}` });
  const back = await openStep(unit, '退回', '退回交办');
  await back.getByLabel('退回理由').fill('河道保洁由区水利局负责。');
  await back.getByRole('button', { name: '确定' }).click();
  await expect(statusOf(unit)).toHaveText('退回待调整');

  const staff = await pageAs(browser, 'staff', { at: '/proposals/assign' });
  await staff.getByLabel('范围').getByText('退回待调整', { exact: true }).click();
  await staff.getByRole('link', { name: title }).click();
  await expect(staff.getByTestId('timeline')).toContainText('河道保洁由区水利局负责。');
  const reassign = await openStep(staff, '重新交办');
  await choose(staff, reassign, '主办单位', '区水利局', true);
  await reassign.getByRole('button', { name: '确定' }).click();
  await expect(statusOf(staff)).toHaveText('已交办');
  await expect(staff.getByTestId('handling')).toContainText('区水利局（主办）');
});
