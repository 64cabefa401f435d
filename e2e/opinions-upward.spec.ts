import { apiAs, pageAs, runMark } from './support/accounts';
import { expectNotFound } from './support/pages';
import { expect, test } from './support/test';

/**
 * 纵向联通 inside the platform: the district's editors send a signed item up; it arrives in the
 * city's 信息接收 as the district's report; the city adopts it into its own issue and sends that;
 * the district member's report then shows 市政协采用, with the city's issue as evidence.
 */
test('the county editor sends up, the city editor adopts in an issue, the county reporter sees 市政协采用', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `关于城乡公交一体化票价衔接的建议 ${runMark()}`;
  const member = await apiAs(baseURL!, 'member');
  const editor = await apiAs(baseURL!, 'editor');
  const office = await apiAs(baseURL!, 'office');
  const report = await member.post('/api/opinion-reports', {
    title,
    situation: '城区公交与镇村公交票价不衔接，换乘需两次付费。',
    analysis: '两家运营主体各自定价。',
    recommendation: '建议推行换乘优惠。',
  });
  await member.post(`/api/opinion-reports/${report.id}/submit`, {});
  await editor.post(`/api/opinion-reports/${report.id}/receive`, {});
  const adopted = (await editor.post(`/api/opinion-reports/${report.id}/adopt`, {})) as unknown as {
    edited: { id: number };
  };
  const itemId = adopted.edited.id;
  const issue = await editor.post('/api/bulletin-issues', { kind: 'periodical', itemIds: [itemId] });
  await office.post(`/api/bulletin-issues/${issue.id}/sign`, {});

  // The district's editor sends the item up from its page.
  const county = await pageAs(browser, 'editor', { at: `/opinions/items/${itemId}` });
  await county.getByRole('button', { name: '报送上级政协' }).click();
  await county.getByRole('button', { name: '确定' }).click();
  await expect(county.getByText('已报送上级政协').first()).toBeVisible();
  await expect(county.getByRole('button', { name: '报送上级政协' })).toHaveCount(0);

  // The city's editor finds it in 信息接收 under the district, receives and adopts it.
  const city = await pageAs(browser, 'cityeditor', { at: '/opinions/queue' });
  await city.getByRole('link', { name: title }).first().click();
  await expect(city.getByText('清河区政协').first()).toBeVisible();
  await expect(city.getByText('下级政协').first()).toBeVisible();
  await city.getByRole('button', { name: '接收' }).click();
  await city.getByRole('button', { name: '采用', exact: true }).click();
  const dialog = city.getByRole('dialog', { name: '采用这条信息' });
  await dialog.getByRole('button', { name: '采用', exact: true }).click();
  await expect(dialog).toBeHidden();
  const upId = Number(city.url().split('/').pop());

  // The city compiles it into its own issue, its office signs, its editors send it.
  const cityEditor = await apiAs(baseURL!, 'cityeditor');
  const cityOffice = await apiAs(baseURL!, 'cityoffice');
  const up = await (await cityEditor.ctx.get(`/api/opinion-reports/${upId}`)).json();
  const leaders = await (await cityEditor.ctx.get('/api/org/leaders?pageSize=5')).json();
  const cityIssue = await cityEditor.post('/api/bulletin-issues', {
    kind: 'periodical',
    itemIds: [up.edited.id],
    leaderIds: [leaders.items[0].id],
  });
  await cityOffice.post(`/api/bulletin-issues/${cityIssue.id}/sign`, {});
  await cityEditor.post(`/api/bulletin-issues/${cityIssue.id}/send`, {});

  // The district member's own report shows 市政协采用.
  const mine = await pageAs(browser, 'member', { phone: true, at: `/opinions/${report.id}` });
  await expect(mine.getByTestId('report-adoptions')).toContainText('市政协采用');
  await expect(mine.getByTestId('report-adoptions')).toContainText('海川市政协《社情民意》');
});

/** A 特邀信息员 files from a phone and finds nothing else: one menu entry, other pages not routable. */
test('a 特邀信息员 files a report on a phone and sees nothing else', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `关于农贸市场活禽销售管理的反映 ${runMark()}`;
  const page = await pageAs(browser, 'informant', { phone: true, at: '/opinions/mine' });
  await page.getByRole('button', { name: '撰写社情民意' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '撰写社情民意' })).toBeVisible();
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('情况', { exact: true }).fill('城西农贸市场活禽摊位与熟食摊位相邻。');
  await page.getByLabel('建议', { exact: true }).fill('建议分区经营。');
  await page.getByRole('button', { name: '报送' }).click();
  await expect(page.getByTestId('report-title')).toHaveText(title);
  await expect(page.getByText('已报送').first()).toBeVisible();
  await page.getByRole('button', { name: '打开菜单' }).click();
  // The drawer slides in: a retrying assertion, not a one-off read of whatever is there yet.
  await expect(page.getByRole('menu', { name: '主菜单' }).getByRole('menuitem')).toHaveText([
    '首页',
    '我的社情民意',
  ]);
  for (const url of ['/members', '/proposals/new', '/opinions/queue', '/instructions']) {
    await expectNotFound(page, url);
  }
});
