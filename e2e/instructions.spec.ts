import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { apiAs, pageAs, runMark } from './support/accounts';
import { expect, test } from './support/test';

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`);

/** Clicks a file link on the page and returns the downloaded bytes as text. */
async function downloaded(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  return (await readFile((await download.path())!)).toString();
}

/** Picks one option of a searchable multi-select by typing part of it, then closes the list. */
async function pickMany(page: Page, field: Locator, typed: string, option: string) {
  await field.click();
  await field.fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
  await page.keyboard.press('Escape');
}

/**
 * 批示 from the leader's desk to the unit and back: the leader reads the issue sent to them and
 * writes a 批示 naming 区教育局; the office files the scan of the paper copy; the unit downloads
 * it, attaches its report and feeds back; the office downloads the report, confirms and closes.
 */
test('a leader reads an issue and instructs 区教育局; the unit feeds back; the office confirms and closes', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `关于中小学课后服务收费不统一的反映 ${runMark()}`;
  const member = await apiAs(baseURL!, 'member');
  const editor = await apiAs(baseURL!, 'editor');
  const office = await apiAs(baseURL!, 'office');
  const leaderApi = await apiAs(baseURL!, 'leader');
  const report = await member.post('/api/opinion-reports', {
    title,
    situation: '各校课后服务收费标准不一。',
    recommendation: '建议统一收费标准。',
  });
  await member.post(`/api/opinion-reports/${report.id}/submit`, {});
  await editor.post(`/api/opinion-reports/${report.id}/receive`, {});
  const adopted = (await editor.post(`/api/opinion-reports/${report.id}/adopt`, {})) as unknown as {
    edited: { id: number };
  };
  const me = await (await leaderApi.ctx.get('/api/auth/me')).json();
  const leaders = await (
    await editor.ctx.get(`/api/org/leaders?q=${encodeURIComponent(me.displayName)}`)
  ).json();
  const issue = await editor.post('/api/bulletin-issues', {
    kind: 'periodical',
    itemIds: [adopted.edited.id],
    leaderIds: [leaders.items[0].id],
  });
  const signed = (await office.post(`/api/bulletin-issues/${issue.id}/sign`, {})) as unknown as {
    title: string;
  };
  await editor.post(`/api/bulletin-issues/${issue.id}/send`, {});

  const leader = await pageAs(browser, 'leader');
  await leader.getByTestId('todo-opinion.unread').click();
  await leader.getByRole('link', { name: signed.title }).click();
  await expect(leader.getByText(title)).toBeVisible();
  await leader.getByRole('button', { name: '已阅' }).click();
  await expect(leader.getByText(/^已阅 /)).toBeVisible();
  await leader.getByRole('button', { name: '批示', exact: true }).click();
  const form = leader.getByRole('dialog', { name: '批示' });
  await form.getByLabel('批示内容').fill('请区教育局牵头规范课后服务收费，一个月内报送落实情况。');
  await pickMany(leader, form.getByLabel('落实单位'), '教育局', '区教育局');
  await form.getByRole('button', { name: '批示', exact: true }).click();
  await expect(leader.getByRole('heading', { level: 1, name: '批示详情' })).toBeVisible();
  const instructionUrl = leader.url();
  await expect(leader.getByText('待反馈')).toBeVisible();

  // The leader also signed the printed issue: the office files the scan on the 批示's page.
  const desk = await pageAs(browser, 'office', { at: instructionUrl });
  await desk
    .locator('input[type=file]')
    .setInputFiles({ name: '批示件.pdf', mimeType: 'application/pdf', buffer: pdf('leader-scan') });
  await expect(desk.getByRole('link', { name: '批示件.pdf', exact: true })).toBeVisible();

  const unit = await pageAs(browser, 'unit');
  await unit.getByTestId('todo-instruction.toFeedBack').click();
  await unit.getByRole('link', { name: `社情民意期刊：${signed.title}` }).click();
  await expect(unit).toHaveURL(instructionUrl);
  expect(await downloaded(unit, '批示件.pdf')).toContain('leader-scan');
  // The unit attaches its report while it owes the feedback; afterwards it no longer may.
  await unit
    .locator('input[type=file]')
    .setInputFiles({ name: '收费指导标准.pdf', mimeType: 'application/pdf', buffer: pdf('unit-standard') });
  await expect(unit.getByRole('link', { name: '收费指导标准.pdf', exact: true })).toBeVisible();
  await unit.getByRole('button', { name: '落实反馈' }).click();
  const feedback = unit.getByRole('dialog', { name: '落实反馈' });
  await feedback.getByLabel('落实情况').fill('已印发课后服务收费指导标准，全区统一执行。');
  await feedback.getByRole('button', { name: '提交反馈' }).click();
  await expect(feedback).toBeHidden();
  await expect(unit.getByRole('main').getByText('已反馈')).toBeVisible();
  await expect(unit.getByRole('button', { name: '上传反馈附件' })).toHaveCount(0);

  await desk.goto('/');
  await desk.getByTestId('todo-instruction.toConfirm').click();
  await desk.getByRole('link', { name: `社情民意期刊：${signed.title}` }).click();
  await expect(desk).toHaveURL(instructionUrl);
  expect(await downloaded(desk, '收费指导标准.pdf')).toContain('unit-standard');
  await desk.getByRole('button', { name: '确认区教育局的反馈' }).click();
  await expect(desk.getByRole('main').getByText('已确认')).toBeVisible();
  await desk.getByRole('button', { name: '办结' }).click();
  await desk.getByRole('button', { name: '确定' }).click();
  await expect(desk.getByRole('main').getByText('已办结').first()).toBeVisible();

  // The leader sees what became of it (a full reload of the app: see e2e/support/pages.ts).
  await leader.reload();
  await expect(leader.getByText('已办结').first()).toBeVisible({ timeout: 30_000 });

  // The reporter sees on their own report what it drew, without the 批示's page (not theirs to open).
  const reporter = await pageAs(browser, 'member', { phone: true, at: `/opinions/${report.id}` });
  const drawn = reporter.getByRole('main').locator('.ant-card', { hasText: '领导批示（1）' });
  await expect(drawn.getByText('请区教育局牵头规范课后服务收费，一个月内报送落实情况。')).toBeVisible();
  await expect(drawn.getByText('已办结')).toBeVisible();
  await expect(drawn.getByRole('link')).toHaveCount(0);
});

/**
 * A 批示 on a consultation's 协商专报: the leader instructed on the paper copy; the consultation office
 * records it from the activity's page, and it is found in the one 批示 list under 协商专报.
 */
test('the office records a paper 批示 on a sent 协商专报 from the activity; the 批示 list finds it by kind', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const mark = runMark();
  const title = `关于老旧小区加装电梯的协商专报 ${mark}`;
  const office = await apiAs(baseURL!, 'office');
  const depts = (await (await office.ctx.get('/api/org/departments?q=办公室')).json()) as {
    items: { id: number }[];
  };
  const day = new Date().toISOString().slice(0, 10);
  const made = await office.post('/api/consultations', {
    form: 'special',
    topic: `专题协商：老旧小区加装电梯 ${mark}`,
    organiserKind: 'department',
    organiserId: depts.items[0].id,
    startsAt: `${day}T01:00:00.000Z`,
    endsAt: `${day}T03:00:00.000Z`,
    place: '政协常委会议室',
  });
  await office.post(`/api/consultations/${made.id}/hold`, {});
  const written = (await office.post(`/api/consultations/${made.id}/outputs`, {
    kind: 'report',
    title,
    body: '一、基本情况\n二、意见建议',
  })) as unknown as { outputs: { id: number }[] };
  await office.post(`/api/consultations/${made.id}/outputs/${written.outputs[0].id}/send`, {
    sentTo: '区委、区政府',
    sentOn: day,
  });

  const desk = await pageAs(browser, 'office', { at: `/consultations/${made.id}` });
  await desk.getByRole('button', { name: '登记批示' }).click();
  const form = desk.getByRole('dialog', { name: '登记领导批示' });
  await form.getByLabel('批示领导').fill('王区长');
  await form.getByLabel('批示内容').fill('请区住房和城乡建设局会同各街道制定加装电梯推进方案。');
  await pickMany(desk, form.getByLabel('落实单位'), '住房', '区住房和城乡建设局');
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await expect(desk.getByRole('heading', { level: 1, name: '批示详情' })).toBeVisible();
  // The page names the document (its kind as the label) and links back to the activity.
  await expect(desk.getByRole('link', { name: `协商专报《${title}》` })).toBeVisible();
  await expect(desk.getByText('王区长').first()).toBeVisible();

  // The one 批示 list, filtered to 协商专报 (the filter kept in the address).
  await desk.goto('/instructions?subjectType=consultationReport');
  await expect(desk.getByRole('link', { name: `协商专报：协商专报《${title}》` })).toBeVisible();
  await expect(desk.getByRole('row', { name: /社情民意期刊：/ })).toHaveCount(0);
});
