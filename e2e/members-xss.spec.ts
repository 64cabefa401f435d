import { loginAs } from './support/login';
import { expect, test } from './support/test';

const run = String(Date.now()).slice(-5);
/** Markup in a name must stay text: no script runs, no element is created from it. */
const NAME = `<script>alert(1)</script>陈${run}`;

test('a member whose name contains <script> shows as literal text in the directory and profile', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await loginAs(page, 'staff');

  // Created through the API with the session's cookie and CSRF token, as the form would send it.
  const me = await (await page.request.get('/api/auth/me')).json();
  const sectors = await (await page.request.get('/api/org/sectors?pageSize=1')).json();
  const created = await page.request.post('/api/members', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      name: NAME,
      gender: '女',
      sectorId: sectors.items[0].id,
      position: '委员',
      employer: '<b>粗体单位</b>',
    },
  });
  expect(created.status()).toBe(201);
  const member = await created.json();
  expect(member.name).toBe(NAME);

  await page.goto('/members');
  await page.getByLabel('搜索委员').fill(`陈${run}`);
  await page.getByRole('button', { name: '查询' }).click();
  const link = page.getByRole('link', { name: NAME, exact: true });
  await expect(link).toBeVisible();
  await expect(page.getByRole('row', { name: /粗体单位/ })).toContainText('<b>粗体单位</b>');

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/members/${member.id}$`));
  await expect(page.getByTestId('member-title')).toContainText(NAME);
  await expect(page.getByText('<b>粗体单位</b>', { exact: true })).toBeVisible();

  // Nothing from the name became markup: no script element carries it, no <b> was made, no dialog.
  expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
  expect(await page.locator('b', { hasText: '粗体单位' }).count()).toBe(0);
  expect(dialogs).toEqual([]);
});
