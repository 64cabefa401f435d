import { openStep, proposalUpTo, statusOf, submitDespiteAdvice } from './proposals-helpers';
import { pageAs, runMark } from './support/accounts';
import { choose } from './support/select';
import { expect, test } from './support/test';

const RUN = runMark();

test('review: send back for revision, resubmit, merge and undo, reject with a published ground', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const hostTitle = `关于推进老旧小区加装电梯的建议（主案${RUN}）`;
  const title = `关于老旧小区加装电梯财政补贴的建议（${RUN}）`;
  await proposalUpTo(baseURL!, hostTitle, 'registered');
  const id = await proposalUpTo(baseURL!, title, 'submitted');

  // 退回修改 with the staff's note; the member sees it, edits and submits again.
  const staff = await pageAs(browser, 'staff', { at: '/proposals/review' });
  await staff.getByRole('link', { name: title }).click();
  await expect(staff.getByTestId('similar-panel')).toContainText(hostTitle);
  await staff.getByRole('button', { name: '开始审查' }).click();
  await expect(statusOf(staff)).toHaveText('审查中');
  const sendBack = await openStep(staff, '退回修改');
  await sendBack.getByLabel('修改意见').fill('请补充补贴标准的具体建议。');
  await sendBack.getByRole('button', { name: '确定' }).click();
  // A draft is its author's alone: the office is back at its queue, which no longer lists it.
  await expect(staff).toHaveURL(/\/proposals\/review$/);
  await expect(staff.getByRole('link', { name: title })).toHaveCount(0);
  expect((await staff.request.get(`/api/proposals/${id}`)).status()).toBe(404);

  const member = await pageAs(browser, 'member', { phone: true, at: `/proposals/${id}` });
  await expect(member.getByTestId('timeline')).toContainText('请补充补贴标准的具体建议。');
  await member.getByRole('button', { name: '修改草稿' }).click();
  await member.getByRole('textbox', { name: '建议' }).fill('建议按每台电梯 15 万元的标准给予财政补贴。');
  await submitDespiteAdvice(member);
  await expect(statusOf(member)).toHaveText('待审查');

  // 并案 into the registered host, then undo it.
  await staff.goto(`/proposals/${id}`);
  const merge = await openStep(staff, '并案');
  await merge.getByLabel('并入的提案').fill(`主案${RUN}`);
  await staff.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: hostTitle }).click();
  await merge.getByRole('button', { name: '确定' }).click();
  await expect(statusOf(staff)).toHaveText('已并案');
  await staff.getByRole('link', { name: hostTitle }).click();
  await expect(staff.getByRole('main')).toContainText('并入的提案');
  await expect(staff.getByRole('main').getByRole('link', { name: title })).toBeVisible();
  await staff.getByRole('main').getByRole('link', { name: title }).click();
  await staff.getByRole('button', { name: '撤销并案' }).click();
  await staff.getByRole('button', { name: '确定' }).click();
  await expect(statusOf(staff)).toHaveText('待审查');

  // 不予立案 with one of the configured grounds, shown on the proposal.
  const reject = await openStep(staff, '不予立案');
  await choose(staff, reject, '理由', '内容空泛、没有具体建议的');
  await reject.getByRole('button', { name: '确定' }).click();
  await expect(statusOf(staff)).toHaveText('不予立案');
  await member.reload();
  await expect(member.getByRole('main')).toContainText('不予立案理由：内容空泛、没有具体建议的');
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('a member withdraws a submitted proposal; a stale screen gets the server’s 409', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const title = `关于规范校外培训机构收费的建议（${RUN}）`;
  const id = await proposalUpTo(baseURL!, title, 'submitted');
  const member = await pageAs(browser, 'member', { at: `/proposals/${id}` });
  const staff = await pageAs(browser, 'staff', { at: `/proposals/${id}` });

  // The member withdraws while the staff's screen still shows the proposal awaiting review.
  const withdraw = await openStep(member, '撤案');
  await withdraw.getByLabel('撤案原因（选填）').fill('已通过其他渠道反映。');
  await withdraw.getByRole('button', { name: '确认撤案' }).click();
  await expect(statusOf(member)).toHaveText('已撤案');

  await staff.getByRole('button', { name: '转为意见建议' }).click();
  await staff.getByRole('dialog', { name: '转为意见建议' }).getByRole('button', { name: '确定' }).click();
  await expect(staff.getByText('该提案已被他人修改，请刷新后重试')).toBeVisible();
  // The page reloads the proposal: it now shows where it stands, without review buttons.
  await expect(statusOf(staff)).toHaveText('已撤案');
  await expect(staff.getByRole('button', { name: '立案', exact: true })).toHaveCount(0);
});
