import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, shanghaiDate } from '../../lib/working-days';
import { createTestApp, type TestApp } from '../../test/app';
import { type ProposalWorld, proposalWorld, step, submittedProposal } from './test-world';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'cf');
});
afterAll(() => t.close());

const config = async () => (await pw.c.staff.get('/api/proposals/config')).json();

describe('proposal configuration', () => {
  it('starts a committee with the default categories, grounds and deadlines', async () => {
    const c = await config();
    expect(c.categories.map((x: { name: string }) => x.name)).toEqual([
      '经济建设',
      '政治建设',
      '文化建设',
      '社会建设',
      '生态文明建设',
      '其他',
    ]);
    expect(c.rejectReasons).toHaveLength(8);
    expect(c.settings).toMatchObject({ returnWindowDays: 7, replyDueWorkingDays: 60 });
    expect(c.settings.replyCategories.map((x: { code: string }) => x.code)).toEqual(['A', 'B', 'C']);
  });

  it('adds, renames and retires a category; a retired one cannot be chosen', async () => {
    const added = await pw.c.staff.post('/api/proposals/config/categories', {
      name: '乡村振兴',
      sortOrder: 7,
    });
    expect(added.statusCode, added.body).toBe(201);
    const dup = await pw.c.staff.post('/api/proposals/config/categories', { name: '乡村振兴' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('提案类别已存在');
    const id = added.json().id;
    const off = await pw.c.staff.patch(`/api/proposals/config/categories/${id}`, { active: false });
    expect(off.json()).toMatchObject({ name: '乡村振兴', active: false });
    const draft = await pw.c.lead.post('/api/proposals', {
      sessionId: pw.sessionId,
      title: '关于…',
      categoryId: id,
    });
    expect(draft.json().error).toMatchObject({ field: 'categoryId', message: '提案类别：不存在或已停用' });
    expect((await pw.c.lead.post('/api/proposals/config/categories', { name: 'x' })).statusCode).toBe(403);
  });

  it('adds a rejection ground that staff can then use', async () => {
    const added = await pw.c.staff.post('/api/proposals/config/reject-reasons', { name: '属于信访事项的' });
    expect(added.json().text).toBe('属于信访事项的');
    const p = await submittedProposal(pw);
    const r = await step(pw.c.staff, p.id, 'reject', { reasonId: added.json().id });
    expect(r.rejectReason).toBe('属于信访事项的');
  });

  it('sets deadlines within bounds, naming the field when out of range', async () => {
    const base = (await config()).settings;
    const bad = await pw.c.staff.put('/api/proposals/config/settings', { ...base, returnWindowDays: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('退回期限（天）：不能小于 1');
    const ok = await pw.c.staff.put('/api/proposals/config/settings', { ...base, replyDueWorkingDays: 10 });
    expect(ok.json().replyDueWorkingDays).toBe(10);
    const p = await submittedProposal(pw, true);
    const a = await step(pw.c.staff, p.id, 'assign', { units: [{ unitId: pw.w.unitId, mode: 'lead' }] });
    expect(a.assignments[0].dueDate).toBe(addWorkingDays(shanghaiDate(), 10));
    const rehandle = await pw.c.staff.put('/api/proposals/config/settings', {
      ...base,
      rehandleDueWorkingDays: 30,
    });
    expect(rehandle.json().rehandleDueWorkingDays).toBe(30);
    expect((await config()).settings.rehandleDueWorkingDays).toBe(30);
    const tooShort = await pw.c.staff.put('/api/proposals/config/settings', {
      ...base,
      rehandleDueWorkingDays: 1,
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.message).toBe('重新办理时限（工作日）：不能小于 5');
  });

  it('marks and clears a local holiday', async () => {
    const put = await pw.c.staff.put('/api/calendar-overrides/2030-05-06', {
      kind: 'holiday',
      note: '本地节日',
    });
    expect(put.json()).toMatchObject({ day: '2030-05-06', kind: 'holiday' });
    expect((await config()).calendarOverrides).toEqual([
      { day: '2030-05-06', kind: 'holiday', note: '本地节日' },
    ]);
    const badDay = await pw.c.staff.put('/api/calendar-overrides/2030-5-6', { kind: 'holiday' });
    expect(badDay.json().error.message).toBe('日期：日期格式应为 YYYY-MM-DD');
    expect((await pw.c.staff.delete('/api/calendar-overrides/2030-05-06')).statusCode).toBe(200);
    expect((await config()).calendarOverrides).toEqual([]);
  });
});
