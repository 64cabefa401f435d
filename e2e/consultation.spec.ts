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

  const staff = await pageAs(browser, 'office');
  await staff.goto('/consultations');
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
  await form.getByRole('button', { name: '创建' }).click();
  await expect(staff.getByRole('heading', { name: topic })).toBeVisible();
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

  // The office sees the answer; the other suggestion still waits for its department.
  const office = await apiAs(baseURL!, 'office');
  const list = (await (await office.ctx.get(`/api/consultation-suggestions?q=${mark}`)).json()) as {
    items: { text: string; statusLabel: string }[];
  };
  expect(list.items.map((i) => [i.text, i.statusLabel]).sort()).toEqual(
    [
      [text, '落实中'],
      [`增加学校周边交警执勤 ${mark}`, '待反馈'],
    ].sort(),
  );

  const phone = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const resident = await phone.newPage();
  await resident.goto('/public/consultation/outcomes');
  const outcome = resident.getByTestId('public-outcome').filter({ hasText: topic });
  await expect(outcome).toBeVisible();
  await expect(outcome.getByText(text)).toBeVisible();
  await expect(outcome.getByText(`部门答复：${answer}`)).toBeVisible();
  await expect(outcome.getByText('责任部门：区教育局')).toBeVisible();
  await expect(outcome.getByText('学生家长代表')).toHaveCount(0);
  await expectNoHorizontalOverflow(resident);
});
