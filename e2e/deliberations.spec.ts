import { pageAs, runMark } from './support/accounts';
import { expectNoHorizontalOverflow } from './support/layout';
import { expect, test } from './support/test';

const slow = { timeout: 30_000 };

/**
 * 网上议政厅: a member posts in the demo's public topic on a 375 px phone; a resident posts on the
 * public page without an account (not shown before approval); the office approves it from the
 * moderation queue, then groups the posts on the compile page and downloads the 专报.
 */
test('a member posts on a phone, a resident posts on the public page, the office approves and compiles', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const mark = runMark();
  const memberText = `建议在地铁站周边增设非机动车停放点 ${mark}`;
  const residentText = `公交车到站时间不准，建议推广实时公交查询 ${mark}`;

  const member = await pageAs(browser, 'member', { phone: true, at: '/deliberations' });
  await member.getByRole('link', { name: '如何改善城区交通出行' }).first().click();
  await expect(member.getByTestId('hall-counts')).toBeVisible(slow);
  const form = member.getByRole('form', { name: '我要留言' });
  await form.getByLabel('留言').fill(memberText);
  await expectNoHorizontalOverflow(member);
  await form.getByRole('button', { name: '发表留言' }).click();
  await expect(member.getByText('留言已发布')).toBeVisible();
  await expect(member.getByTestId('hall-post').filter({ hasText: memberText })).toBeVisible();
  await expectNoHorizontalOverflow(member);

  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const resident = await context.newPage();
  await resident.goto('/public/proposals');
  await resident.getByRole('link', { name: /网上议政厅/ }).click();
  await resident.getByRole('link', { name: '如何改善城区交通出行' }).click();
  await expect(resident.getByTestId('public-counts')).toBeVisible(slow);
  const pub = resident.getByRole('form', { name: '我要留言' });
  await pub.getByLabel('意见建议').fill(residentText);
  await expectNoHorizontalOverflow(resident);
  await pub.getByRole('button', { name: '提交留言' }).click();
  await expect(resident.getByRole('status')).toHaveText('留言已收到，经工作人员审核后公开');
  await resident.reload();
  await expect(resident.getByText(memberText)).toBeVisible(slow);
  await expect(resident.getByText(residentText)).toHaveCount(0);

  const office = await pageAs(browser, 'office', { at: '/deliberations' });
  await office.getByRole('link', { name: '如何改善城区交通出行' }).first().click();
  await office.getByText(/^待审核（\d+）$/).click();
  const held = office.getByTestId('hall-post').filter({ hasText: residentText });
  await held.getByRole('button', { name: '通过' }).click();
  await expect(office.getByText('已通过')).toBeVisible();
  await resident.reload();
  await expect(resident.getByTestId('public-post').filter({ hasText: residentText })).toContainText(
    '网友',
    slow,
  );

  await office.getByRole('button', { name: '归类整理' }).click();
  await office.getByRole('button', { name: /自动归类/ }).click();
  await expect(office.getByText('已按关键词归类')).toBeVisible(slow);
  await expect(office.getByTestId('compile-group').filter({ hasText: '公交' }).first()).toBeVisible();
  const download = office.waitForEvent('download');
  await office.getByRole('button', { name: '下载专报（Word）' }).click();
  expect((await download).suggestedFilename()).toContain('网络议政情况专报');
  await context.close();
});
