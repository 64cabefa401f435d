import { apiAs } from './support/accounts';
import { loginAs } from './support/login';
import { expect, test } from './support/test';

/**
 * 驾驶舱: the city's leader opens the cockpit from the menu, reads the districts side by side,
 * drills into 清河区, opens its proposals and one proposal, without leaving the page; then the
 * wall screen. The district's figure is checked against 提案统计 (another module's page of figures).
 */
test('a city leader drills down from the city to a district to one proposal', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(
    new Date(),
  );
  const citystaff = await apiAs(baseURL!, 'citystaff');
  const committees = await (await citystaff.ctx.get('/api/org/committees')).json();
  const list = (Array.isArray(committees) ? committees : committees.items) as { id: number; name: string }[];
  const district = list.find((c) => c.name === '海川市清河区政协')!;
  const stats = await (
    await citystaff.ctx.get(`/api/proposal-stats?year=${year}&committeeId=${district.id}`)
  ).json();
  const districtCockpit = await (
    await citystaff.ctx.get(`/api/cockpit?year=${year}&committeeId=${district.id}&scope=self`)
  ).json();
  const supervision = districtCockpit.sections.find((x: { key: string }) => x.key === 'supervision');
  const reportsSent = supervision.figures.find((f: { key: string }) => f.key === 'reports').value;
  const groups = await (
    await citystaff.ctx.get(
      `/api/cockpit/member-groups?year=${year}&committeeId=${district.id}&by=liaisonGroup`,
    )
  ).json();

  await loginAs(page, 'cityleader');
  await page.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: '驾驶舱' }).click();
  await expect(page).toHaveURL(/\/cockpit/);
  const league = page.getByTestId('committee-league');
  // A loaded machine computes a city's year in seconds: the first answer may take a while.
  await expect(league.getByRole('button', { name: '海川市清河区政协' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('section-proposals')).toBeVisible();

  // The city → 清河区: the breadcrumb grows, the district's own figures replace the city's.
  await league.getByRole('button', { name: '海川市清河区政协' }).click();
  await expect(page).toHaveURL(new RegExp(`committeeId=${district.id}`));
  await expect(page.getByRole('button', { name: '海川市政协' })).toBeVisible();
  const received = page.getByTestId('section-proposals').getByTestId('figure-received');
  await expect(received).toContainText(String(stats.total.received), { timeout: 30_000 });

  // The district's liaison groups on their members' scores, the best first.
  const groupLeague = page.getByTestId('group-league');
  await groupLeague.getByText('委员联络组', { exact: true }).click();
  expect(groups.rows.length).toBeGreaterThan(1);
  // The table's own rows (a scrolling table keeps a hidden measuring row first).
  const firstGroup = groupLeague.locator('tbody tr.ant-table-row').first();
  await expect(firstGroup).toContainText(groups.rows[0].group.name);
  await expect(firstGroup).toContainText(String(groups.rows[0].values.average));

  // The district's 民主监督与视察调研: its inspection reports of the demo year, as the cockpit counts them.
  expect(reportsSent).toBeGreaterThan(0);
  await expect(page.getByTestId('section-supervision').getByTestId('figure-reports')).toContainText(
    String(reportsSent),
  );

  // 清河区 → its proposals → one proposal, in the drawer.
  await page.getByTestId('section-proposals').getByRole('button', { name: '查看明细' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText(`海川市清河区政协 · ${year}年收到的提案`)).toBeVisible();
  // The list behind the figure above it: the year's received proposals, all of them paged (less any
  // sent back for revision, a draft its author alone reads).
  const yearList = await (
    await citystaff.ctx.get(`/api/proposals?view=all&committeeId=${district.id}&year=${year}`)
  ).json();
  expect(yearList.total).toBeGreaterThan(stats.total.received - 5);
  expect(yearList.total).toBeLessThanOrEqual(stats.total.received);
  await expect(drawer.getByText(`共 ${yearList.total} 件`)).toBeVisible();
  const first = drawer.locator('tbody tr.ant-table-row').first().getByRole('button');
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(drawer.getByText('提案详情')).toBeVisible();
  await expect(drawer.locator('.ant-descriptions')).toContainText(title);
  await expect(drawer.getByRole('link', { name: '打开提案完整页面' })).toBeVisible();
  await drawer.getByRole('button', { name: '返回列表' }).click();
  await expect(drawer.getByText(`海川市清河区政协 · ${year}年收到的提案`)).toBeVisible();
  await page.keyboard.press('Escape');

  // Back up to the city through the breadcrumb, then the wall screen and out of it.
  await page.getByRole('button', { name: '海川市政协' }).click();
  await expect(league).toBeVisible();
  await page.getByRole('button', { name: '大屏' }).click();
  await expect(page.getByText(/每分钟自动刷新/)).toBeVisible();
  await page.getByRole('button', { name: '退出大屏' }).click();
  await expect(page.getByText(/每分钟自动刷新/)).toHaveCount(0);
});
