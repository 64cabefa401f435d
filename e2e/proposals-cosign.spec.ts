import { statusOf, submitDespiteAdvice } from './proposals-helpers';
import { apiAs, pageAs, runMark } from './support/accounts';
import { submitLogin } from './support/login';
import { choose } from './support/select';
import { expect, test } from './support/test';

const RUN = runMark();
const PASSWORD = `Cosign#${RUN}2026`;

/**
 * A second member with an account, for co-signing: the security administrator opens one for a
 * member of the directory (the seed has one member account), who then sets a password.
 */
async function secondMember(baseURL: string, demoMemberId: number) {
  const security = await apiAs(baseURL, 'security');
  const username = `cosign${RUN}`;
  for (let page = 7; ; page += 13) {
    const options = await (
      await security.ctx.get(`/api/accounts/link-options?role=member&page=${page}&pageSize=1`)
    ).json();
    const member = options.items[0];
    if (member.id === demoMemberId) continue;
    const res = await security.ctx.post('/api/accounts', {
      data: { username, displayName: member.name, role: 'member', memberId: member.id },
      headers: { 'x-csrf-token': security.csrf },
    });
    if (res.status() === 409) continue; // that member already has an account
    expect(res.ok(), await res.text()).toBeTruthy();
    const { initialPassword } = await res.json();
    const first = await apiAs(baseURL, username, initialPassword);
    await first.post('/api/auth/change-password', { oldPassword: initialPassword, newPassword: PASSWORD });
    await security.ctx.dispose();
    await first.ctx.dispose();
    return { username, name: member.name as string };
  }
}

test('a joint proposal waits for its co-signer, who confirms from 联名邀请 on a phone', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const member = await pageAs(browser, 'member', { phone: true });
  const me = await (await member.request.get('/api/auth/me')).json();
  const cosigner = await secondMember(baseURL!, me.memberId);
  const title = `关于开展社区共享菜园试点的建议（${RUN}）`;

  // The first signer drafts with a co-signer found by name and submits.
  await member.goto('/proposals/new');
  await member.locator('form[id="proposal-draft"]').getByLabel('案由').fill(title);
  await choose(member, member.getByRole('main'), '提案类别', '社会建设');
  await member.getByRole('textbox', { name: '建议' }).fill('建议在老旧小区闲置地块开展共享菜园试点。');
  const picker = member.getByLabel('联名人', { exact: true });
  await picker.click();
  await picker.fill(cosigner.name);
  await member
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: cosigner.name })
    .first()
    .click();
  await member.keyboard.press('Escape');
  await submitDespiteAdvice(member);
  await expect(statusOf(member)).toHaveText('待联名确认');
  await expect(member.getByRole('main')).toContainText(`${cosigner.name}（待确认）`);

  // The co-signer finds it among 联名邀请 and confirms; the proposal goes to review.
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const co = await context.newPage();
  await submitLogin(co, cosigner.username, PASSWORD);
  await expect(co.getByRole('banner')).toBeVisible();
  await co.goto('/proposals/cosign');
  const card = co
    .getByTestId('card-list')
    .locator('div', { has: co.getByRole('link', { name: title }) })
    .last();
  await expect(card).toBeVisible();
  await co.getByRole('button', { name: '确认联名' }).first().click();
  await expect(co.getByText(`已确认联名：${title}`)).toBeVisible();
  await expect(co.getByRole('link', { name: title })).toHaveCount(0);

  await member.reload();
  await expect(statusOf(member)).toHaveText('待审查');
  await expect(member.getByRole('main')).toContainText(`${cosigner.name}（已确认）`);
});
