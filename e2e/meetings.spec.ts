import { apiAs, pageAs, runMark } from './support/accounts';
import { expect, test } from './support/test';

/**
 * Meetings as the office and a member do them: the office drafts and sends a notice from the
 * form, the member (on a phone) finds it among the to-dos and asks for leave, the office approves;
 * and check-in from the hall's screen to the member's phone.
 */

test('the office sends a notice; a member on a phone asks for leave from it; the office approves', async ({
  browser,
}) => {
  const title = `常委会专题会议 ${runMark()}`;
  // The office's computer is left on UTC: the form still means Beijing time, as every reader does.
  const office = await pageAs(browser, 'staff2', { at: '/meetings', timezoneId: 'UTC' });
  await office.getByRole('button', { name: '新建会议' }).click();
  await expect(office.getByRole('heading', { level: 1, name: '新建会议' })).toBeVisible();
  await office.getByLabel('会议名称').fill(title);
  await office.getByLabel('地点', { exact: true }).fill('区政协三楼会议室');
  await office.getByRole('button', { name: '保存', exact: true }).click();
  await expect(office.getByTestId('meeting-title')).toHaveText(title);
  // Before sending, the office sees who the notice will go to.
  const invited = office.locator('.ant-card').filter({ hasText: '受邀人员（发布后收到会议通知）' });
  await expect(invited.getByText(/共 \d+ 条/)).toBeVisible();
  await office.getByRole('button', { name: '发布会议通知' }).click();
  await office.getByRole('button', { name: '发布', exact: true }).click();
  await expect(office.getByRole('main').getByText('已发通知')).toBeVisible();

  const member = await pageAs(browser, 'member', { phone: true });
  await member.getByTestId('todo-meeting.toReply').click();
  await member.getByRole('link', { name: title }).click();
  await expect(member.getByTestId('meeting-title')).toHaveText(title);
  // The form's default sitting, 09:00 to 12:00 Beijing time, whatever the office's device said.
  await expect(member.getByText(/09:00 至 12:00/)).toBeVisible();
  await member.getByRole('button', { name: '请假' }).click();
  const form = member.getByRole('dialog', { name: '请假' });
  await form.getByRole('radio', { name: '公务' }).check();
  await form.getByLabel('请假事由').fill('同日参加市政协调研');
  await form.getByRole('button', { name: '提交请假' }).click();
  await expect(form).toBeHidden();
  await expect(member.getByText('待审批')).toBeVisible();

  await office.goto('/');
  await office.getByTestId('todo-meeting.leaveToDecide').click();
  const row = office.getByRole('row', { name: new RegExp(title) });
  await row.getByRole('button', { name: /^批准/ }).click();
  // Decided: it leaves the list of requests waiting for a decision.
  await expect(row).toHaveCount(0);

  await member.reload();
  await expect(member.getByText('已批准')).toBeVisible();
  const scroll = await member.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll, 'no sideways scrolling at 375 px').toBeLessThanOrEqual(375);
});

test('a member scans the hall’s code and is checked in; the office sees the figure', async ({
  browser,
  baseURL,
}) => {
  const office = await apiAs(baseURL!, 'staff2');
  const start = new Date(Date.now() + 20 * 60_000);
  const departments = await (
    await office.ctx.get(`/api/org/departments?q=${encodeURIComponent('委员工作科')}`)
  ).json();
  const draft = await office.post('/api/meetings', {
    kind: 'other',
    title: `签到演练 ${runMark()}`,
    organiserKind: 'department',
    organiserId: departments.items[0].id,
    place: '区政协一楼报告厅',
    replyBy: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    sittings: [
      {
        name: '报告会',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      },
    ],
    invite: { positions: ['常委'] },
  });
  const meeting = (await office.post(`/api/meetings/${draft.id}/publish`, {})) as unknown as {
    id: number;
    sittings: { id: number }[];
  };
  const screen = await pageAs(browser, 'staff2');
  await screen.goto(`/meetings/screen/${meeting.sittings[0].id}`);
  const url = await screen.getByTestId('checkin-qr').getAttribute('data-url');
  expect(url).toContain(`/checkin/${meeting.sittings[0].id}?t=`);
  await expect(screen.getByTestId('checkin-count')).toContainText('已签到 0 人');

  const member = await pageAs(browser, 'member', { phone: true, at: url! });
  await expect(member.getByText('签到成功')).toBeVisible();
  await member.goto(url!);
  await expect(member.getByText('您已签到')).toBeVisible();

  const desk = await pageAs(browser, 'staff2', { at: `/meetings/${meeting.id}` });
  await expect(desk.getByTestId('meeting-figures').getByText('实到')).toBeVisible();
  await desk.getByRole('tab', { name: '参会人员' }).click();
  const row = desk.getByRole('row').filter({ hasText: '出席' });
  await expect(row).toHaveCount(1);
  await office.ctx.dispose();
});
