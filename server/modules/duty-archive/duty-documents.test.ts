import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { documentText } from '../../test/docx';
import { xlsxSheets } from '../../test/xlsx';
import { type MeetingWorld, meetingBy, meetingWorld } from '../meetings/test-meetings';

let t: TestApp;
let mw: MeetingWorld;
const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);

/** m1 leads a registered proposal; at yesterday's plenary m1 and m2 are present, m3–m6 absent. */
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'dd');
  const categoryId = (await mw.c.m1.get('/api/proposals/config')).json().categories[0].id;
  const draft = await mw.c.m1.post('/api/proposals', {
    sessionId: mw.sessionId,
    categoryId,
    title: '关于加快老旧小区改造的提案',
    situationHtml: '<p>情况</p>',
    analysisHtml: '<p>分析</p>',
    recommendationHtml: '<p>建议</p>',
  });
  const id = draft.json().id;
  expect((await mw.c.m1.post(`/api/proposals/${id}/submit`, {})).statusCode).toBe(200);
  expect((await mw.c.staff.post(`/api/proposals/${id}/register`, {})).statusCode).toBe(200);
  const plenary = await meetingBy(mw, { kind: 'plenary', title: '全体会议', startHours: -3 });
  await mw.c.organiser.post(`/api/meetings/sittings/${plenary.sittings[0].id}/roll-call`, {
    memberIds: [mw.m.m1, mw.m.m2],
  });
  expect((await mw.c.organiser.post(`/api/duty-archive/years/${year}/recompute`, {})).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('the 履职情况通报', () => {
  it('lists every member by sector with points and grade in Word', async () => {
    const text = await documentText(await mw.c.organiser.get(`/api/duty-archive/notice.docx?year=${year}`));
    expect(text).toContain(`关于${year}年度委员履职情况的通报`);
    // 6 members: m1 60 + 10 + 10 = 80 (称职), m2 60 + 10 = 70 (称职), m3–m6 60 − 30 = 30 (不称职).
    expect(text).toContain('共考评委员 6 人，其中优秀 0 人，称职 2 人，不称职 4 人。');
    // A table row: 姓名, 职务, 提案, 社情民意, 履职活动, 加分, 扣分, 得分, 等次.
    expect(text).toContain(['ddm1', '常委', '1', '0', '1', '20', '0', '80', '称职'].join('\n'));
    expect(text).toContain(['ddm4', '委员', '0', '0', '0', '0', '30', '30', '不称职'].join('\n'));
    const extract = await documentText(
      await mw.c.organiser.get(`/api/duty-archive/notice.docx?year=${year}&sectorId=${mw.sectors.med}`),
    );
    expect(extract).toContain('（医卫界）');
    expect(extract).not.toContain('ddm1');
  });

  it('gives the same figures in Excel', async () => {
    const sheets = await xlsxSheets(await mw.c.organiser.get(`/api/duty-archive/notice.xlsx?year=${year}`));
    const rows = sheets.委员履职得分;
    expect(rows[0]).toEqual([
      '界别',
      '姓名',
      '职务',
      '提案',
      '社情民意',
      '履职活动',
      '加分',
      '扣分',
      '得分',
      '等次',
    ]);
    expect(rows.find((r) => r[1] === 'ddm2')).toEqual(['教育界', 'ddm2', '常委', 0, 0, 1, 10, 0, 70, '称职']);
    expect(sheets.等次分布).toEqual([
      ['等次', '人数'],
      ['优秀', 0],
      ['称职', 2],
      ['不称职', 4],
    ]);
    const list = await xlsxSheets(await mw.c.organiser.get(`/api/duty-archive/scores/export?year=${year}`));
    expect(list.履职得分.slice(1).map((r) => [r[0], r[5]])).toEqual([
      ['ddm1', 80],
      ['ddm2', 70],
      ['ddm3', 30],
      ['ddm4', 30],
      ['ddm5', 30],
      ['ddm6', 30],
    ]);
  });
});

describe('述职', () => {
  it('drafts the report from the archive, which the member edits and submits; staff see who did', async () => {
    const draft = (await mw.c.m1.get(`/api/duty-archive/self-reports/mine?year=${year}`)).json();
    expect(draft).toMatchObject({ saved: false, submittedAt: null, editable: true });
    expect(draft.text).toContain('作为第一提案人提交并立案提案 1 件');
    // Its title with where its handling stands: registered, not yet assigned.
    expect(draft.text).toContain('《关于加快老旧小区改造的提案》（已立案）');
    expect(draft.text).toContain('本年度履职得分 80 分，等次为称职。');
    const text = `${draft.text.replace('（请在此补充）', '今后将继续深入调研。')}`;
    const saved = await mw.c.m1.put('/api/duty-archive/self-reports/mine', { year, text, submit: true });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ saved: true, version: 1 });
    expect(saved.json().submittedAt).not.toBeNull();
    const kept = await mw.c.m2.put('/api/duty-archive/self-reports/mine', {
      year,
      text: '草稿',
      submit: false,
    });
    expect(kept.statusCode, kept.body).toBe(200);
    const list = (await mw.c.organiser.get(`/api/duty-archive/self-reports?year=${year}`)).json();
    expect(list).toMatchObject({ members: 6, submitted: 1, total: 6 });
    const names = async (query: string) =>
      (await mw.c.organiser.get(`/api/duty-archive/self-reports?year=${year}&${query}`))
        .json()
        .items.map((r: { name: string }) => r.name)
        .sort();
    expect(await names('state=submitted')).toEqual(['ddm1']);
    expect(await names('state=saved')).toEqual(['ddm2']);
    expect(await names('state=none')).toEqual(['ddm3', 'ddm4', 'ddm5', 'ddm6']);
    expect(await names('q=ddm2')).toEqual(['ddm2']);
    const second = (
      await mw.c.organiser.get(`/api/duty-archive/self-reports?year=${year}&state=none&page=2&pageSize=3`)
    ).json();
    // The figures stay the year's whatever the filter; the page holds what is left of four.
    expect(second).toMatchObject({ members: 6, submitted: 1, total: 4, page: 2 });
    expect(second.items).toHaveLength(1);
    const sheet = (
      await xlsxSheets(
        await mw.c.organiser.get(`/api/duty-archive/self-reports/export?year=${year}&state=saved`),
      )
    ).述职情况;
    expect(sheet[0]).toEqual(['姓名', '职务', '界别', '提交情况', '提交时间']);
    expect(sheet.slice(1).map((r) => [r[0], r[3], r[4] ?? ''])).toEqual([['ddm2', '已保存未提交', '']]);
    expect(
      list.items
        .filter((r: { submittedAt: string | null }) => r.submittedAt)
        .map((r: { name: string }) => r.name),
    ).toEqual(['ddm1']);
    const doc = await documentText(
      await mw.c.organiser.get(`/api/duty-archive/members/${mw.m.m1}/self-report.docx?year=${year}`),
    );
    expect(doc).toContain('今后将继续深入调研。');
    expect(doc).toContain(`${year}年度履职报告`);
    expect(
      (await mw.c.m2.get(`/api/duty-archive/members/${mw.m.m1}/self-report.docx?year=${year}`)).statusCode,
    ).toBe(404);
  });
});

describe('to-dos', () => {
  it('asks staff to confirm claims and act on flags, members for missing minimum duties late in the year', async () => {
    const claim = await mw.c.m3.post('/api/duty-archive/claims', {
      kind: 'claim.visit',
      occurredOn: `${year}-02-01`,
      title: '走访企业',
    });
    expect(claim.statusCode).toBe(201);
    const todos = async (c: MeetingWorld['c']['m1']) =>
      Object.fromEntries(
        ((await c.get('/api/todos')).json().items as { key: string; count: number }[]).map((x) => [
          x.key,
          x.count,
        ]),
      );
    // Flags of the stored scores: m3–m6 are due a 提醒谈话 for their plenary absence.
    expect(await todos(mw.c.organiser)).toMatchObject({ 'duty.claims': 1, 'duty.flags': 4 });
    const month = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(5, 7),
    );
    // m1 has a proposal and one activity: still owes 1 社情民意 and 2 activities. This reads the
    // real date; duty-member-view.test.ts fixes the clock to test the November boundary.
    expect((await todos(mw.c.m1))['duty.minimums']).toBe(month >= 11 ? 2 : undefined);
  });
});
