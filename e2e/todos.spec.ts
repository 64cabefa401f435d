import type { Page } from '@playwright/test';
import { pageAs } from './support/accounts';
import { expect, test } from './support/test';

/** The to-dos on the home page: label and count of each, as the page shows them. */
async function homeTodos(page: Page) {
  await page.goto('/');
  const links = page.locator('[data-testid^="todo-"]');
  await expect(links.first()).toBeVisible();
  const out: Record<string, number> = {};
  for (const link of await links.all()) {
    const key = (await link.getAttribute('data-testid'))!.slice(5);
    out[key] = Number((await link.locator('.ant-badge').textContent())?.replace(/\D/g, ''));
  }
  return out;
}

/** The bell lists the same to-dos with the same counts as the home page. */
async function bellAgrees(page: Page, todos: Record<string, number>) {
  await page.getByTestId('notification-bell').click();
  const popover = page.locator('.ant-popover');
  for (const [key, count] of Object.entries(todos)) {
    await expect(popover.getByTestId(`todo-${key}`).locator('.ant-badge')).toHaveText(String(count));
  }
  await page.keyboard.press('Escape');
}

for (const [username, key, landing] of [
  ['staff', 'proposal.toReview', /\/proposals\/review$/],
  ['unit', 'proposal.unitOverdue', /\/proposals\/inbox\?which=overdue$/],
  ['unit', 'proposal.inHandling', /\/proposals\/inbox\?which=handling$/],
  ['member', 'proposal.cosign', /\/proposals\/cosign$/],
] as const) {
  test(`${username}: the home page starts with the to-dos, the bell agrees, and ${key} leads to exactly that work`, async ({
    browser,
  }) => {
    const page = await pageAs(browser, username);
    const todos = await homeTodos(page);
    expect(todos[key]).toBeGreaterThan(0);
    await bellAgrees(page, todos);
    await page.getByTestId(`todo-${key}`).first().click();
    await expect(page).toHaveURL(landing);
    await expect(page.getByText(`共 ${todos[key]} 条`)).toBeVisible();
  });
}

test('the meeting office is told of the member absent from three plenaries, and finds them', async ({
  browser,
}) => {
  const page = await pageAs(browser, 'staff2');
  const todos = await homeTodos(page);
  expect(todos['meeting.absenceFlags']).toBe(1);
  await page.getByTestId('todo-meeting.absenceFlags').first().click();
  await expect(page).toHaveURL(/\/meetings\/absences\?open=true$/);
  await expect(page.getByText('无故缺席 3 次')).toBeVisible();
  await expect(page.getByText('待处理', { exact: true })).toBeVisible();
});
