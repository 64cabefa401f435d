import { expect, type Page } from '@playwright/test';
import { apiAs } from './support/accounts';
import { choose } from './support/select';

/**
 * Helpers of the proposal browser specs: API set-up for the steps a spec does not test, signed-in
 * pages per account, and the Ant Design select as a person uses it.
 */

/** How far the API set-up takes a new proposal before the browser takes over. */
export type SetupStage = 'submitted' | 'registered' | 'assigned';

/**
 * A proposal by the demo member, taken through the API to `stage` (assigned: to 区教育局 as 主办,
 * the demo unit). Returns its id.
 */
export async function proposalUpTo(baseURL: string, title: string, stage: SetupStage): Promise<number> {
  const member = await apiAs(baseURL, 'member');
  const staff = await apiAs(baseURL, 'staff');
  const sessions = await (await member.ctx.get('/api/org/sessions?pageSize=1')).json();
  const config = await (await member.ctx.get('/api/proposals/config')).json();
  let p = await member.post('/api/proposals', {
    sessionId: sessions.items[0].id,
    title,
    // Other specs add and retire categories: take one still offered.
    categoryId: config.categories.find((c: { active: boolean }) => c.active).id,
    situationHtml: '<p>社区居家养老服务中心数量不足，老年人助餐、日间照料需求难以满足。</p>',
    recommendationHtml: '<p>建议按街道布点建设社区居家养老服务中心，完善助餐服务。</p>',
  });
  p = await member.post(`/api/proposals/${p.id}/submit`, { expectedVersion: p.version });
  if (stage !== 'submitted')
    p = await staff.post(`/api/proposals/${p.id}/register`, { expectedVersion: p.version });
  if (stage === 'assigned') {
    const units = await (
      await staff.ctx.get(`/api/org/handling-units?q=${encodeURIComponent('区教育局')}`)
    ).json();
    await staff.post(`/api/proposals/${p.id}/assign`, {
      expectedVersion: p.version,
      units: [{ unitId: units.items[0].id, mode: 'lead' }],
    });
  }
  await member.ctx.dispose();
  await staff.ctx.dispose();
  return p.id;
}

/** The status tag at the top of the proposal page. */
export const statusOf = (page: Page) => page.getByRole('main').locator('.ant-tag').first();

/** Opens a dialog by its button on the proposal page and returns the dialog. */
export async function openStep(page: Page, button: string, dialog: string | RegExp = button) {
  await page.getByTestId('proposal-actions').getByRole('button', { name: button, exact: true }).click();
  return page.getByRole('dialog', { name: dialog });
}

/** The unit's reply through the form: category, text and a (minimal) signed PDF letter. */
export async function replyAsUnit(page: Page, category: string, text: string) {
  const reply = await openStep(page, '答复', '答复提案');
  await choose(page, reply, '答复类别', `${category} 类`);
  await reply.getByRole('textbox', { name: '答复正文' }).fill(text);
  await reply.locator('input[type=file]').setInputFiles({
    name: '答复函.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% e2e reply letter\n'),
  });
  await reply.getByRole('button', { name: '提交答复' }).click();
  // A reply is final: the page asks once more.
  await page.getByRole('button', { name: '确定提交' }).click();
  await expect(reply).toBeHidden();
}

/** The proposer's rating through the form: one level for overall, attitude, contact and result. */
export async function rateAs(page: Page, level: '满意' | '基本满意' | '不满意', comment?: string) {
  await page.getByRole('button', { name: '满意度测评' }).click();
  const rating = page.getByRole('dialog', { name: /满意度测评/ });
  for (const group of await rating.getByRole('radiogroup').all()) {
    await group.getByRole('radio', { name: level, exact: true }).check();
  }
  if (comment) await rating.getByLabel('意见建议（选填）').fill(comment);
  await rating.getByRole('button', { name: '提交测评' }).click();
  await expect(rating).toBeHidden();
}

/**
 * 提交 on the draft form when the draft is short: the draft check's advice comes first (it never
 * blocks), and the member submits anyway. Returns the dialog's text.
 */
export async function submitDespiteAdvice(page: Page): Promise<string> {
  await page.getByRole('button', { name: '提交', exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '提交前请看一下这些提示' });
  await expect(dialog).toBeVisible();
  const text = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: '仍然提交' }).click();
  return text;
}
