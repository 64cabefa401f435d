import { apiAs, pageAs, runMark } from './support/accounts';
import { expectNoHorizontalOverflow } from './support/layout';
import { choose } from './support/select';
import { expect, test } from './support/test';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * The suggestion loop end to end: the office records a 请你来协商 with two suggestions and
 * publishes its outcomes; 区教育局 answers the one sent to it from its to-dos; a resident reads what
 * was suggested and what the department did on the public page on a phone.
 */
test('staff record a 请你来协商 with suggestions; the department answers one; the public outcomes page shows it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const mark = runMark();
  const topic = `请你来协商：学校周边停车难 ${mark}`;
  const text = `在学校周边设置限时接送车位 ${mark}`;
  const answer = `已采纳，本学期在三所学校门口设置限时接送车位 ${mark}`;

  const office = await apiAs(baseURL!, 'office');
  const found = (await (await office.ctx.get('/api/members?status=active&pageSize=1')).json()) as {
    items: { name: string }[];
  };
  const invited = found.items[0].name;
  const staff = await pageAs(browser, 'office', { at: '/consultations' });
  await staff.getByRole('button', { name: '新建协商活动' }).click();
  const form = staff.getByRole('dialog', { name: '新建协商活动' });
  await form.getByLabel('协商议题').fill(topic);
  await choose(staff, form, '组织方', '办公室');
  const day = today();
  const start = form.getByPlaceholder('开始日期');
  await start.click();
  await start.fill(`${day} 09:00`);
  await start.press('Enter');
  const end = form.getByPlaceholder('结束日期');
  await end.fill(`${day} 11:00`);
  await end.press('Enter');
  await form.getByLabel('地点').fill('区政协四楼协商议事厅');
  // One member named by hand (the meetings' 参会范围): the activity's meeting expects exactly them.
  const picker = form.getByLabel('指定委员', { exact: true });
  await picker.click();
  await picker.fill(invited);
  await staff
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: invited })
    .first()
    .click();
  await form.getByText('活动简介').click();
  await form.getByRole('button', { name: '创建' }).click();
  await expect(staff.getByRole('heading', { name: topic })).toBeVisible();
  await expect(staff.getByText('应到 1 人', { exact: false })).toBeVisible();
  await staff.getByRole('button', { name: '确认召开' }).click();
  await expect(staff.getByRole('main').getByText('已召开')).toBeVisible();

  for (const [what, unit] of [
    [text, '区教育局'],
    [`增加学校周边交警执勤 ${mark}`, '区公安分局'],
  ]) {
    await staff.getByRole('button', { name: '交办意见建议' }).click();
    const s = staff.getByRole('dialog', { name: '交办意见建议' });
    await s.getByLabel('群众').check();
    await s.getByLabel('提出人', { exact: true }).fill('学生家长代表');
    await s.getByLabel('意见建议').fill(what);
    await choose(staff, s, '责任部门', unit, true);
    await s.getByRole('button', { name: '交办' }).click();
    await expect(s).toBeHidden();
    await expect(staff.getByRole('link', { name: what })).toBeVisible();
  }
  await staff.getByRole('button', { name: '公开成果' }).click();
  await staff.getByRole('button', { name: '确定' }).click();
  await expect(staff.getByText('成果已公开').first()).toBeVisible();

  const unit = await pageAs(browser, 'unit');
  await unit.getByTestId('todo-consultation.toFeedBack').click();
  await unit.getByRole('link', { name: text }).click();
  // The department sees only the suggestion sent to it.
  await expect(unit.getByText(`增加学校周边交警执勤 ${mark}`)).toHaveCount(0);
  await unit.getByRole('button', { name: '书面反馈' }).click();
  const fb = unit.getByRole('dialog', { name: '书面反馈采纳情况' });
  await fb.getByLabel('反馈意见').fill(answer);
  await fb.getByRole('button', { name: '提交反馈' }).click();
  await expect(fb).toBeHidden();
  await expect(unit.getByRole('main').getByText('落实中').first()).toBeVisible();
  // The signed reply letter on the feedback: a link that downloads the same bytes.
  const letter = Buffer.from(`%PDF-1.4\n反馈函 ${mark}\n%%EOF`);
  await unit
    .locator('input[type=file]')
    .setInputFiles({ name: '反馈函.pdf', mimeType: 'application/pdf', buffer: letter });
  await expect(unit.getByRole('link', { name: '反馈函.pdf' })).toBeVisible();

  // The office sees the answer; the other suggestion still waits for its department.
  const list = (await (await office.ctx.get(`/api/consultation-suggestions?q=${mark}`)).json()) as {
    items: { text: string; statusLabel: string }[];
  };
  expect(list.items.map((i) => [i.text, i.statusLabel]).sort()).toEqual(
    [
      [text, '落实中'],
      [`增加学校周边交警执勤 ${mark}`, '待反馈'],
    ].sort(),
  );

  // 协商统计 of the demo year: server/seed/consultations.ts holds ten 基层协商 sessions in 2026 (the ten
  // `form: 'grassroots'` rows of PLANS, all held), and no spec creates another.
  await staff.getByRole('menu', { name: '主菜单' }).getByRole('menuitem', { name: '协商统计' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: '协商统计' })).toBeVisible();
  await choose(staff, staff.getByRole('main'), '年度', '2026年度');
  const byForm = staff.getByRole('table').filter({ hasText: '协商形式' });
  await expect(byForm.getByRole('row').filter({ hasText: '基层协商' })).toContainText('10');

  const phone = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const resident = await phone.newPage();
  // A resident finds the outcomes from the public pages' front door.
  await resident.goto('/public/proposals');
  await resident.getByRole('link', { name: '协商成果：建议了什么，部门怎么办的' }).click();
  await expect(resident).toHaveURL(/\/public\/consultation\/outcomes/);
  const outcome = resident.getByTestId('public-outcome').filter({ hasText: topic });
  await expect(outcome).toBeVisible();
  await expect(outcome.getByText(text)).toBeVisible();
  await expect(outcome.getByText(`部门答复：${answer}`)).toBeVisible();
  await expect(outcome.getByText('责任部门：区教育局')).toBeVisible();
  await expect(outcome.getByText('学生家长代表')).toHaveCount(0);
  await expectNoHorizontalOverflow(resident);
});

/**
 * 联动协商 (三级联动): the city's office invites 清河区政协 to its activity; the district's office names
 * one of its members and adds a suggestion for its part; the city's page shows it as 清河区's part.
 */
test('the city invites 清河区 to a joint consultation; the district adds its part; the city sees it labelled', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const mark = runMark();
  const topic = `联动协商：全市河道保洁 ${mark}`;
  const text = `建立跨区河道联合巡查机制 ${mark}`;
  const cityApi = await apiAs(baseURL!, 'cityoffice');
  const depts = (await (await cityApi.ctx.get('/api/org/departments?q=办公室')).json()) as {
    items: { id: number }[];
  };
  const day = today();
  const made = await cityApi.post('/api/consultations', {
    form: 'special',
    topic,
    organiserKind: 'department',
    organiserId: depts.items[0].id,
    startsAt: `${day}T01:00:00.000Z`,
    endsAt: `${day}T03:00:00.000Z`,
    place: '海川市政协常委会议室',
  });
  await cityApi.post(`/api/consultations/${made.id}/hold`, {});

  const city = await pageAs(browser, 'cityoffice', { at: `/consultations/${made.id}` });
  await city.getByRole('button', { name: '邀请联动委员会' }).click();
  const invite = city.getByRole('dialog', { name: '邀请联动委员会' });
  await invite.getByLabel('联动委员会', { exact: true }).click();
  await city
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '清河区政协' })
    .click();
  await invite.locator('.ant-modal-title').click();
  await invite.getByRole('button', { name: '保存' }).click();
  await expect(invite).toBeHidden();
  await expect(city.getByTestId('joint-part').filter({ hasText: '清河区政协' })).toContainText(
    '参加委员：尚未确定',
  );

  const office = await apiAs(baseURL!, 'office');
  const found = (await (await office.ctx.get('/api/members?status=active&pageSize=1')).json()) as {
    items: { name: string }[];
  };
  const name = found.items[0].name;
  const district = await pageAs(browser, 'office', { phone: true, at: '/consultations?joint=true' });
  await district.getByRole('link', { name: topic }).click();
  await district.getByRole('button', { name: '确定本会参加委员' }).click();
  const pick = district.getByRole('dialog', { name: '确定本会参加委员' });
  const picker = pick.getByLabel('参加委员', { exact: true });
  await picker.click();
  await picker.fill(name);
  await district
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
    .first()
    .click();
  await pick.locator('.ant-modal-title').click();
  await pick.getByRole('button', { name: '保存' }).click();
  await expect(pick).toBeHidden();
  await district.getByRole('button', { name: '交办意见建议' }).click();
  const s = district.getByRole('dialog', { name: '交办意见建议' });
  await s.getByLabel('群众').check();
  await s.getByLabel('提出人', { exact: true }).fill('河道沿线居民代表');
  await s.getByLabel('意见建议').fill(text);
  await choose(district, s, '责任部门', '区教育局', true);
  await s.getByRole('button', { name: '交办' }).click();
  await expect(s).toBeHidden();
  await expectNoHorizontalOverflow(district);

  await city.reload();
  const part = city.getByTestId('joint-part').filter({ hasText: '清河区政协' });
  await expect(part).toContainText(`参加委员：${name}`);
  await expect(part).toContainText('意见建议 1');
  const item = city.getByRole('listitem').filter({ has: city.getByRole('link', { name: text }) });
  await expect(item.getByText('海川市清河区政协', { exact: true })).toBeVisible();
});
