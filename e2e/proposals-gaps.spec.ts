import type { Page } from '@playwright/test';
import { proposalUpTo, replyAsUnit } from './proposals-helpers';
import { pageAs, runMark } from './support/accounts';
import { expectNoHorizontalOverflow } from './support/layout';
import { expect, test } from './support/test';

/** Gaps found by using the proposal pages as each role (issue 12). */
const RUN = runMark();

/** Icons read by screen readers: none may be named in English. */
async function expectChineseIconNames(page: Page) {
  const english = await page.evaluate(() =>
    [...document.querySelectorAll('span.anticon[role=img]:not([aria-hidden=true])')]
      .map((e) => e.getAttribute('aria-label') ?? '')
      .filter((label) => /^[\x20-\x7e]*$/.test(label)),
  );
  expect(english).toEqual([]);
}

test('the unit reveals the proposer’s phone on a click; a PDF reply shows a PDF icon; after 交办 重新交办 is no main action', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const id = await proposalUpTo(baseURL!, `关于完善社区助餐点布局的建议（${RUN}）`, 'assigned');

  const staff = await pageAs(browser, 'staff', { at: `/proposals/${id}` });
  const reassign = staff.getByTestId('proposal-actions').getByRole('button', { name: '重新交办' });
  await expect(reassign).toBeVisible();
  await expect(reassign).not.toHaveClass(/ant-btn-primary/);

  const unit = await pageAs(browser, 'unit', { at: `/proposals/${id}` });
  const phone = unit.getByTestId('proposer-phone');
  await expect(phone).toContainText(/1\d{2}\*{4}\d{4}/);
  await phone.getByRole('button', { name: '查看完整号码' }).click();
  await expect(phone.getByRole('link', { name: /^1\d{10}$/ })).toBeVisible();
  await expectChineseIconNames(unit);

  await unit.getByTestId('proposal-actions').getByRole('button', { name: '签收', exact: true }).click();
  await replyAsUnit(unit, 'A', '经研究，已在三个社区增设助餐点。');
  const reply = unit.getByTestId('reply');
  await expect(reply.getByTestId('file-icon-pdf')).toBeVisible();
  await expect(reply.getByTestId('file-icon-word')).toHaveCount(0);
});

test('signed-out pages ask who is signed in without a failed request', async ({ page }) => {
  const failures: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/login');
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.goto('/public/proposals');
  await expect(page.getByText(/共 \d+ 件已公开答复的提案/)).toBeVisible();
  expect(failures).toEqual([]);
});

test('on a phone the notification panel fits the screen', async ({ browser }) => {
  const member = await pageAs(browser, 'member', { phone: true });
  await member.getByTestId('notification-bell').click();
  const panel = member.getByTestId('notification-panel');
  await expect(panel).toBeVisible();
  const box = await panel.evaluate((e) => {
    const r = (e.closest('.ant-popover') ?? e).getBoundingClientRect();
    return { left: r.left, right: r.right };
  });
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(375);
  await expectChineseIconNames(member);
});

test('at 1440 px the office’s handling board and statistics scroll inside, never clip the page', async ({
  browser,
}) => {
  const staff = await pageAs(browser, 'staff');
  await staff.setViewportSize({ width: 1440, height: 900 });
  for (const path of ['/proposals/handling', '/proposals/stats']) {
    await staff.goto(path);
    const table = staff.getByRole('main').getByRole('table').first();
    await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
    await expectNoHorizontalOverflow(staff, 1440);
    // The last column can be reached: scrolled into view it lies inside the window.
    const last = table.getByRole('columnheader').last();
    await last.scrollIntoViewIfNeeded();
    const r = await last.evaluate((e) => e.getBoundingClientRect().right);
    expect(r).toBeLessThanOrEqual(1440);
  }
});

test('a focused field is not red like an error', async ({ browser }) => {
  const staff = await pageAs(browser, 'staff', { at: '/proposals/all' });
  const search = staff.getByRole('searchbox', { name: '全文检索' });
  await search.focus();
  const border = await search.evaluate(
    (e) => getComputedStyle(e.closest('.ant-input-affix-wrapper') ?? e).borderColor,
  );
  expect(border).not.toBe('rgb(207, 19, 34)'); // the error red
  expect(border).not.toBe('rgb(183, 40, 46)'); // the brand red
  // One search action: no search button beside the box, the list's 查询 does it.
  await expect(staff.locator('.ant-input-search-button')).toHaveCount(0);
});

test('a member chooses the daily digest for a kind of notification, and back', async ({ browser }) => {
  const member = await pageAs(browser, 'member', { at: '/notifications' });
  const settings = member.getByTestId('delivery-settings');
  const proposals = settings.getByRole('radiogroup', { name: '提案进展（审查、交办、答复、测评等）' });
  // The choice is the server's: the radio turns once the answer is back.
  await proposals.getByRole('radio', { name: '每日摘要' }).click();
  await expect(proposals.getByRole('radio', { name: '每日摘要' })).toBeChecked();
  const saved = await (await member.request.get('/api/notifications/preferences')).json();
  expect(saved.items.find((i: { key: string }) => i.key === 'proposal').mode).toBe('daily');
  await member.reload();
  await expect(proposals.getByRole('radio', { name: '每日摘要' })).toBeChecked();
  // Other specs expect immediate notifications: put it back.
  await proposals.getByRole('radio', { name: '即时提醒' }).click();
  await expect
    .poll(async () => {
      const now = await (await member.request.get('/api/notifications/preferences')).json();
      return now.items.find((i: { key: string }) => i.key === 'proposal').mode;
    })
    .toBe('immediate');
});

test('the city’s staff see which committee each proposal is from and filter on one', async ({ browser }) => {
  const city = await pageAs(browser, 'citystaff', { at: '/proposals/all' });
  await expect(city.getByRole('columnheader', { name: '委员会' })).toBeVisible();
  await expect(city.getByRole('combobox', { name: '委员会' })).toBeVisible();
  await expect(city.getByRole('cell', { name: '清河区政协' }).first()).toBeVisible();
});

test('the review queue offers no handling filters', async ({ browser }) => {
  const staff = await pageAs(browser, 'staff', { at: '/proposals/review' });
  await expect(staff.getByRole('searchbox', { name: '全文检索' })).toBeVisible();
  await expect(staff.getByRole('combobox', { name: '承办单位' })).toHaveCount(0);
  await expect(staff.getByRole('combobox', { name: '超期' })).toHaveCount(0);
});
