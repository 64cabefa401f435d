import { proposalUpTo, rateAs, replyAsUnit, statusOf, submitDespiteAdvice } from './proposals-helpers';
import { pageAs, runMark } from './support/accounts';
import { choose } from './support/select';
import { expect, test } from './support/test';

const RUN = runMark();
const EARLIER_TITLE = `关于加强社区居家养老服务中心建设的建议（先前${RUN}）`;
const NEW_TITLE = `关于完善社区居家养老助餐服务的建议（${RUN}）`;
const PHONE = '13912345678';

test('a proposal goes from a phone draft to a rated, published reply', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  // An earlier registered proposal on the same topic, for the drafting member to find.
  await proposalUpTo(baseURL!, EARLIER_TITLE, 'registered');

  // 1. A member drafts on a phone, sees the similar earlier proposal, and submits.
  const member = await pageAs(browser, 'member', { phone: true, at: '/proposals/new' });
  const form = member.locator('form[id="proposal-draft"]');
  await form.getByLabel('案由').fill(NEW_TITLE);
  await member
    .getByRole('textbox', { name: '情况' })
    .fill('社区老年人助餐需求大，居家养老服务中心覆盖不足。');
  await member
    .getByRole('textbox', { name: '建议' })
    .fill('建议在每个街道建设社区居家养老服务中心并开设老年助餐点。');
  // Submitted without a category: refused, and the page goes on from the draft it saved (a second
  // try edits that draft instead of saving another).
  await submitDespiteAdvice(member);
  await expect(member.getByText('请选择提案类别')).toBeVisible();
  await expect(member).toHaveURL(/\/proposals\/\d+\/edit$/);
  const draftPath = new URL(member.url()).pathname.replace(/\/edit$/, '');
  await expect(form.getByLabel('案由')).toHaveValue(NEW_TITLE);
  await choose(member, member.getByRole('main'), '提案类别', '社会建设');
  const similar = member.getByTestId('similar-panel');
  await expect(similar).toContainText(EARLIER_TITLE);
  await expect(similar).toContainText('已立案');
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // The draft check on demand: no 分析 yet, and too short a text to act on.
  await member.getByRole('button', { name: '检查草稿' }).click();
  await expect(member.getByTestId('draft-advice')).toContainText('缺少「分析」部分');
  await expect(member.getByTestId('draft-advice')).toContainText('过于简短');
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // On 提交 the same advice comes once more; it never blocks.
  expect(await submitDespiteAdvice(member)).toContain('缺少「分析」部分');
  await expect(member).toHaveURL(new RegExp(`${draftPath}$`));
  await expect(member.getByTestId('proposal-title')).toHaveText(NEW_TITLE);
  await expect(statusOf(member)).toHaveText('待审查');
  const url = new URL(member.url()).pathname;

  // 2. Staff register it (numbered) and assign it to the demo unit as 主办.
  const staff = await pageAs(browser, 'staff', { at: '/proposals/review' });
  await staff.getByRole('link', { name: NEW_TITLE }).click();
  // The reviewer sees the member's advice as flags.
  await expect(staff.getByTestId('proposal-flags')).toContainText('缺少「分析」部分');
  await staff.getByRole('button', { name: '立案', exact: true }).click();
  await staff.getByRole('dialog', { name: '立案' }).getByRole('button', { name: '确认立案' }).click();
  await expect(statusOf(staff)).toHaveText('已立案');
  await expect(staff.getByRole('main')).toContainText(/第\d{4}号/);
  await staff.getByRole('button', { name: '交办', exact: true }).click();
  const assign = staff.getByRole('dialog', { name: '交办' });
  // Suggested units say why: 民政局 answered similar 养老 proposals and its duties name 老年助餐.
  const suggestions = assign.getByTestId('suggested-units');
  await expect(suggestions.locator('span', { hasText: '区民政局' }).first()).toContainText(
    '相似提案职责匹配',
  );
  await choose(staff, assign, '主办单位', '区教育局', true);
  await assign.getByRole('button', { name: '确定' }).click();
  await expect(statusOf(staff)).toHaveText('已交办');
  await expect(staff.getByTestId('handling')).toContainText('区教育局（主办）');

  // 3. The unit finds it in its inbox, signs for it and replies with a letter and category A.
  const unit = await pageAs(browser, 'unit', { at: '/proposals/inbox' });
  await unit.getByRole('link', { name: NEW_TITLE }).click();
  await unit.getByRole('button', { name: '签收' }).click();
  await expect(statusOf(unit)).toHaveText('办理中');
  await replyAsUnit(unit, 'A', `我局已在各街道设立老年助餐点，联系电话：${PHONE}。`);
  await expect(statusOf(unit)).toHaveText('已答复');

  // 4. The member rates the reply: 满意 throughout.
  await member.goto(url);
  await expect(member.getByTestId('reply')).toContainText(PHONE);
  // Rated within 15 working days of the reply: the page says until when.
  await expect(member.getByTestId('rating-due')).toContainText(/^\d{4}-\d{2}-\d{2} 前$/);
  await rateAs(member, '满意');
  await expect(member.getByTestId('rating-due')).toHaveCount(0);
  await expect(statusOf(member)).toHaveText('已测评');
  await expect(member.getByTestId('reply')).toContainText('满意');

  // 5. Staff publish the public version; the public API shows it without the phone number.
  await staff.goto(url);
  await staff.getByRole('button', { name: '审核公开' }).click();
  const publication = staff.getByRole('dialog', { name: /审核公开答复/ });
  await expect(publication.getByRole('textbox', { name: '公开版本' })).not.toContainText(PHONE);
  await publication.getByRole('button', { name: '确定' }).click();
  await expect(staff.getByTestId('reply')).toContainText('已公开');
  const id = url.split('/').pop();

  // 6. Anyone, signed in or not, reads it on the public page, without the phone number.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/public/proposals/${id}`);
  await expect(visitor.getByText(NEW_TITLE)).toBeVisible();
  // The proposal's own text and the unit's reply, both published.
  await expect(visitor.getByText('建议在每个街道建设社区居家养老服务中心并开设老年助餐点。')).toBeVisible();
  await expect(visitor.getByText(/^我局已在各街道设立老年助餐点/)).toBeVisible();
  await expect(visitor.locator('body')).not.toContainText(PHONE);
  const published = await visitor.request.get(`/api/public/proposals/${id}`);
  expect(await published.text()).not.toContain(PHONE);
});
