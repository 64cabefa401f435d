import { apiAs, pageAs, runMark } from './support/accounts';
import { expectNoHorizontalOverflow } from './support/layout';
import { choose } from './support/select';
import { expect, test } from './support/test';

/** Waits for a page the click opens or a saved dialog's answer: the machine is shared. */
const slow = { timeout: 30_000 };
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * 视察 end to end: the office creates an inspection with two members, records a visit with its
 * scanned sign-in sheet, sends a
 * suggestion to 区教育局 and writes and sends the report; the department answers from its to-dos
 * and the inspection's page shows the suggestion 落实中.
 */
test('staff record an inspection with a visit, a suggestion and the report; the department answers', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000); // two accounts, every page scanned for accessibility on a shared machine
  const mark = runMark();
  const topic = `校园食品安全视察 ${mark}`;
  const text = `建立校园食堂食材溯源台账 ${mark}`;
  const office = await apiAs(baseURL!, 'office');
  const found = (await (await office.ctx.get('/api/members?status=active&pageSize=2')).json()) as {
    items: { name: string }[];
  };
  const names = found.items.map((m) => m.name);

  const staff = await pageAs(browser, 'office', { at: '/inspections' });
  await staff.getByRole('button', { name: '新建视察调研' }).click();
  const form = staff.getByRole('dialog', { name: '新建视察调研' });
  await form.getByLabel('主题').fill(topic);
  await form.getByLabel('工作方案').fill('视察城区三所学校食堂');
  const picker = form.getByLabel('参加委员', { exact: true });
  for (const name of names) {
    await picker.click();
    await picker.fill(name);
    await staff
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
      .first()
      .click();
  }
  await staff.keyboard.press('Escape');
  await form.getByRole('button', { name: '创建' }).click();
  await expect(staff.getByRole('heading', { name: topic })).toBeVisible(slow);

  // A visit: both members present by default.
  await staff.getByRole('button', { name: '记录行程' }).click();
  const visit = staff.getByRole('dialog', { name: '记录视察调研行程' });
  await visit.getByLabel('地点').fill('实验小学食堂');
  await visit.getByLabel('情况记录').fill('食材进货台账不全');
  await visit.getByRole('button', { name: '保存' }).click();
  await expect(visit).toBeHidden(slow);
  await expect(staff.getByText(`到场：${names.join('、')}`)).toBeVisible();

  // The scanned sign-in sheet on the visit: listed as a link that downloads the same bytes.
  const sheet = Buffer.from(`%PDF-1.4\n签到表 ${mark}\n%%EOF`);
  await staff
    .locator('input[type=file]')
    .setInputFiles({ name: '签到表.pdf', mimeType: 'application/pdf', buffer: sheet });
  const link = staff.getByRole('link', { name: '签到表.pdf' });
  await expect(link).toBeVisible(slow);
  const href = await link.getAttribute('href');
  expect((await (await office.ctx.get(href!)).body()).equals(sheet)).toBe(true);

  await staff.getByRole('button', { name: '交办意见建议' }).click();
  const s = staff.getByRole('dialog', { name: '交办意见建议' });
  await s.getByLabel('群众').check();
  await s.getByLabel('提出人', { exact: true }).fill('学生家长代表');
  await s.getByLabel('意见建议').fill(text);
  await choose(staff, s, '责任部门', '区教育局', true);
  await s.getByRole('button', { name: '交办' }).click();
  await expect(s).toBeHidden(slow);
  await expect(staff.getByRole('link', { name: text })).toBeVisible();

  await staff.getByRole('button', { name: '撰写报告' }).click();
  const report = staff.getByRole('dialog', { name: '视察报告' });
  await report.getByLabel('报告正文').fill('一、基本情况\n二、存在问题');
  await report.getByLabel('报送领导（报送时填写）').fill('区委书记');
  const sentOn = report.getByLabel('报送日期');
  await sentOn.fill(today());
  await sentOn.press('Enter');
  await report.getByRole('button', { name: '保存' }).click();
  await expect(report).toBeHidden(slow);
  await expect(staff.getByText(`${today()} 报送区委书记`)).toBeVisible();
  await expect(staff.getByRole('button', { name: '下载 Word' })).toBeVisible();

  // 区教育局 answers from its to-dos.
  const unit = await pageAs(browser, 'unit');
  await unit.getByTestId('todo-consultation.toFeedBack').click();
  await unit.getByRole('link', { name: text }).click();
  await unit.getByRole('button', { name: '书面反馈' }).click();
  const fb = unit.getByRole('dialog', { name: '书面反馈采纳情况' });
  await fb.getByLabel('反馈意见').fill(`已采纳，本学期建立溯源台账 ${mark}`);
  await fb.getByRole('button', { name: '提交反馈' }).click();
  await expect(fb).toBeHidden(slow);
  await expect(unit.getByRole('main').getByText('落实中').first()).toBeVisible(slow);

  // The inspection's page and list show it answered.
  await staff.reload();
  await expect(staff.getByRole('main').getByText('落实中').first()).toBeVisible(slow);
  const list = (await (await office.ctx.get(`/api/inspections?q=${mark}`)).json()) as {
    items: { visits: number; suggestions: number; openSuggestions: number; reportSentTo: string }[];
  };
  expect(list.items).toEqual([
    expect.objectContaining({ visits: 1, suggestions: 1, openSuggestions: 0, reportSentTo: '区委书记' }),
  ]);
});

/**
 * The demo's supervision (server/seed/supervision.ts): the office finds the group at 区行政审批服务局
 * by its kind, opens it and sees both visits and its two suggestions in the loop; a leader reads
 * the members' 特约监督员 / 听证员 appointments. On the city's joint inspection
 * (server/seed/joint-supervision.ts) the office records its own part's visit, labelled with the
 * district, and the demo member's phone lists the inspection with that visit.
 */
test('the office reads a supervision group with its visits and suggestions; a leader reads the appointments', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const staff = await pageAs(browser, 'office', { at: '/supervision-groups?kind=group' });
  await staff.getByRole('link', { name: '第一民主监督小组' }).first().click();
  await expect(staff.getByRole('heading', { name: '第一民主监督小组' })).toBeVisible(slow);
  await expect(staff.getByText('监督活动（2）')).toBeVisible();
  await expect(staff.getByText('2026-04-08 区政务服务中心', { exact: true })).toBeVisible();
  await expect(staff.getByText(/周巧丽 记录活动：2026-04-08 区政务服务中心/)).toBeVisible();
  await expect(staff.getByText('意见建议与整改反馈（2）')).toBeVisible();
  await expect(staff.getByRole('main').getByText('已办结')).toBeVisible();
  await expect(staff.getByRole('main').getByText('落实中')).toBeVisible();

  const leader = await pageAs(browser, 'leader', { at: '/member-appointments' });
  await expect(leader.getByRole('cell', { name: '区人民法院' })).toBeVisible(slow);
  await expect(leader.getByRole('cell', { name: '区司法局' })).toBeVisible();
  await expect(leader.getByRole('button', { name: '登记聘任' })).toHaveCount(0);

  const place = `清河区望江街道 ${runMark()}`;
  const office = await apiAs(baseURL!, 'office');
  const joint = (await (await office.ctx.get('/api/inspections?q=联合视察')).json()) as {
    items: { id: number }[];
  };
  await staff.goto(`/inspections/${joint.items[0].id}`);
  await staff.getByRole('button', { name: '记录行程' }).click();
  const visit = staff.getByRole('dialog', { name: '记录视察调研行程' });
  await visit.getByLabel('地点').fill(place);
  await visit.getByRole('button', { name: '保存' }).click();
  await expect(visit).toBeHidden(slow);
  const row = staff.getByRole('listitem').filter({ hasText: place });
  await expect(row.getByText('海川市清河区政协', { exact: true })).toBeVisible();

  const member = await pageAs(browser, 'member', { phone: true, at: '/meetings/mine' });
  await member.getByRole('link', { name: '我的监督视察' }).click();
  const card = member.getByTestId('my-supervision').filter({ hasText: '全市农村人居环境整治联合视察' });
  await expect(card).toContainText('联动·海川市政协', slow);
  await expect(card.getByRole('listitem').filter({ hasText: `${today()} ${place}` })).toContainText('到场');
  await expectNoHorizontalOverflow(member);
});
