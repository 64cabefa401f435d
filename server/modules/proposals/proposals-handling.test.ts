import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, members, proposalAssignments } from '../../db/schema';
import { addWorkingDays, isWorkingDay, nextDay, shanghaiDate } from '../../lib/working-days';
import { subjectEvents } from '../../platform/events';
import { createTestApp, type TestApp } from '../../test/app';
import { xlsxRows } from '../../test/xlsx';
import { memberPhoneColumns } from '../members/contact';
import { assignedProposal, notesAbout, postReply, signedProposal } from './test-handling';
import { type ProposalWorld, proposalWorld, step, submittedProposal } from './test-world';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'h');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const today = () => shanghaiDate();
const dayBefore = (day: string) => new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
const inbox = async (query = '') => (await pw.c.unit.get(`/api/proposals/assignments?${query}`)).json();

describe('the unit inbox', () => {
  it('lists the unit’s assignments with due dates, days left and the overdue flag', async () => {
    const p = await assignedProposal(pw, 'leadCo');
    const due = addWorkingDays(today(), 60);
    const mine = (await inbox()).items.find((i: { proposalId: number }) => i.proposalId === p.id);
    expect(mine).toMatchObject({
      modeLabel: '主办',
      dueDate: due,
      pending: true,
      overdue: false,
      workingDaysRemaining: 60,
    });
    expect(mine.daysRemaining).toBe(Math.round((Date.parse(due) - Date.parse(today())) / 86_400_000));
    const other = (await pw.c.unit2.get('/api/proposals/assignments')).json().items;
    expect(other.find((i: { proposalId: number }) => i.proposalId === p.id)).toMatchObject({
      modeLabel: '会办',
    });

    // Time passes: the deadline was yesterday.
    const yesterday = dayBefore(today());
    await db()
      .update(proposalAssignments)
      .set({ dueDate: yesterday })
      .where(eq(proposalAssignments.proposalId, p.id));
    const overdue = (await inbox('overdue=true')).items.map((i: { proposalId: number }) => i.proposalId);
    expect(overdue).toContain(p.id);
    const row = (await inbox('overdue=true')).items.find(
      (i: { proposalId: number }) => i.proposalId === p.id,
    );
    expect(row).toMatchObject({ overdue: true, daysRemaining: -1, workingDaysRemaining: 0 });
    // Lateness in working days like the deadline itself: one if today is a working day.
    expect(row.workingDaysOverdue).toBe(isWorkingDay(today()) ? 1 : 0);
    expect(
      (await inbox('overdue=false')).items.map((i: { proposalId: number }) => i.proposalId),
    ).not.toContain(p.id);
    const staffView = (await pw.c.staff.get(`/api/proposals/${p.id}`)).json();
    expect(staffView.handling.assignments[0]).toMatchObject({ overdue: true, pending: true });
    const xlsx = await pw.c.staff.get('/api/proposals/assignments/export?overdue=true');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    // The export says what the board says: the lateness under 剩余, not signed yet under 办理状态.
    const [header, ...rows] = await xlsxRows(xlsx);
    const ofThis = rows.filter((r) => r[header.indexOf('案由')] === p.title);
    const lead = ofThis.find((r) => r[header.indexOf('办理方式')] === '主办')!;
    expect(lead[header.indexOf('剩余')]).toBe(
      row.workingDaysOverdue > 0 ? `逾期 ${row.workingDaysOverdue} 个工作日` : '已逾期',
    );
    expect(lead[header.indexOf('办理状态')]).toBe('待签收');
    expect(lead[header.indexOf('交办日期')]).toBe(shanghaiDate());
  });

  it('refuses malformed filters with the field named', async () => {
    const res = await pw.c.unit.get('/api/proposals/assignments?overdue=yes');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'overdue' });
    expect(res.json().error.message).toMatch(/^逾期：/);
  });
});

describe('deadlines across the 2026 国庆 holiday', () => {
  it('counts 60 working days from Monday 28 September 2026 over the official calendar', async () => {
    const other = await proposalWorld(t, 'hd');
    const p = await submittedProposal(other, true);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-09-28T02:00:00Z') });
    try {
      const a = await step(other.c.staff, p.id, 'assign', {
        units: [{ unitId: other.w.unitId, mode: 'lead' }],
      });
      // By hand: 12 weeks of 5 working days from Monday 28 Sept end on Monday 21 Dec. The 国庆
      // holiday takes five weekdays (1, 2, 5, 6, 7 Oct) and gives back Saturday 10 Oct (调休),
      // so 4 more working days: 22, 23, 24, 25 Dec.
      expect(a.assignments[0].dueDate).toBe('2026-12-25');
      // 15 working days for the first contact: 29, 30 Sep, 8, 9, 10 (Sat), 12–16, 19–23 Oct.
      expect(a.assignments[0].contactDueDate).toBe('2026-10-23');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('contact with the proposer', () => {
  it('records a contact the proposer sees on the timeline', async () => {
    const p = await assignedProposal(pw);
    await step(pw.c.unit, p.id, 'accept');
    const c = await step(pw.c.unit, p.id, 'contacts', {
      contactedOn: today(),
      method: 'phone',
      unitContactName: '王科长',
      summary: '电话沟通提案内容，约定实地查看',
    });
    expect(c.handling.contacts).toMatchObject([
      { methodLabel: '电话沟通', memberId: pw.w.memberId, unitContactName: '王科长' },
    ]);
    const asLead = (await pw.c.lead.get(`/api/proposals/${p.id}`)).json();
    expect(asLead.timeline.at(-1)).toMatchObject({
      action: 'recordContact',
      actionLabel: '登记沟通联系',
      note: `${today()} 电话沟通：电话沟通提案内容，约定实地查看`,
    });
    expect((await notesAbout(pw.c.lead, p.id))[0]).toMatchObject({ kind: 'proposal.recordContact' });
  });

  it('refuses a future date and a person who is not a proposer, naming the field', async () => {
    const p = await signedProposal(pw);
    const base = { method: 'visit', unitContactName: '王科长', summary: '走访' };
    const future = await pw.c.unit.post(`/api/proposals/${p.id}/contacts`, {
      ...base,
      contactedOn: nextDay(today()),
    });
    expect(future.json().error).toMatchObject({ field: 'contactedOn', message: '联系日期：不能晚于今天' });
    const stranger = await pw.c.unit.post(`/api/proposals/${p.id}/contacts`, {
      ...base,
      contactedOn: today(),
      memberId: pw.member3,
    });
    expect(stranger.json().error).toMatchObject({ field: 'memberId' });
    const missing = await pw.c.unit.post(`/api/proposals/${p.id}/contacts`, { contactedOn: today() });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/^联系方式：/);
  });

  it("shows the unit holding it the proposer's masked phone and the full one on request, audited", async () => {
    const PHONE = '13912345678';
    await db()
      .update(members)
      .set(memberPhoneColumns(t.ctx.cipher, PHONE))
      .where(eq(members.id, pw.w.memberId));
    const p = await assignedProposal(pw);
    const page = await pw.c.unit.get(`/api/proposals/${p.id}`);
    expect(page.json().handling.proposerContact).toEqual({
      memberId: pw.w.memberId,
      name: 'h委员',
      phoneMasked: '139****5678',
    });
    expect(page.body).not.toContain(PHONE);
    const url = `/api/proposals/${p.id}/proposer-phone`;
    const shown = await pw.c.unit.post(url, {});
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toEqual({ memberId: pw.w.memberId, name: 'h委员', phone: PHONE });
    const audited = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, '查看提案人手机号'), eq(auditLog.username, pw.w.users.unit)));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ result: '成功', target: `委员 h委员（#${pw.w.memberId}）` });
    // Nobody else: not the office, not a unit it was never assigned to, not after the unit returned it.
    expect((await pw.c.staff.post(url, {})).statusCode).toBe(403);
    expect((await pw.c.unit2.post(url, {})).statusCode).toBe(404);
    expect((await pw.c.staff.get(`/api/proposals/${p.id}`)).json().handling.proposerContact).toBeNull();
    await step(pw.c.unit, p.id, 'return', { reason: '不属于本单位职责' });
    expect((await pw.c.unit.post(url, {})).statusCode).toBe(403);
    expect((await pw.c.unit.get(`/api/proposals/${p.id}`)).json().handling.proposerContact).toBeNull();
  });
});

describe('会办', () => {
  it('sends the cooperating unit’s views to the 主办, which alone replies', async () => {
    const p = await signedProposal(pw, 'leadCo');
    const views = '建议将护学岗纳入卫生健康宣传点建设';
    const after = await step(pw.c.unit2, p.id, 'opinions', { body: views });
    expect(after.handling.opinions).toMatchObject([
      { body: views, fromUnitId: pw.unit2, toUnitId: pw.w.unitId },
    ]);
    const note = (await notesAbout(pw.c.unit, p.id))[0];
    expect(note).toMatchObject({ kind: 'proposal.sendOpinion' });
    expect(note.body).toContain('已送达会办意见');
    const asLead = (await pw.c.unit.get(`/api/proposals/${p.id}`)).json();
    expect(asLead.handling.opinions[0].body).toBe(views);
    expect(asLead.abilities).toMatchObject({ reply: true, sendOpinion: false });
    // The proposer sees that views were sent, not what they say.
    const asMember = (await pw.c.lead.get(`/api/proposals/${p.id}`)).json();
    expect(asMember.handling.opinions).toEqual([]);
    expect(asMember.timeline.at(-1)).toMatchObject({ action: 'sendOpinion', note: null });

    const asCo = (await pw.c.unit2.get(`/api/proposals/${p.id}`)).json();
    expect(asCo.abilities).toMatchObject({ reply: false, replyPartial: false, sendOpinion: true });
    const refused = await postReply(pw.c.unit2, p.id, { bodyHtml: '<p>答复</p>', category: 'A' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('您无权对该提案执行答复');
    const byLead = await pw.c.unit.post(`/api/proposals/${p.id}/opinions`, { body: '主办不送会办意见' });
    expect(byLead.statusCode).toBe(403);
  });
});

describe('extensions', () => {
  it('approves a unit’s request, moving its and the 会办 unit’s deadline', async () => {
    const p = await signedProposal(pw, 'leadCo');
    const due = p.assignments[0].dueDate as string;
    const later = addWorkingDays(due, 20);
    const asked = await step(pw.c.unit, p.id, 'extension', {
      requestedDueDate: later,
      reason: '需结合年度预算统筹',
    });
    const lead = asked.handling.assignments.find((a: { mode: string }) => a.mode === 'lead');
    expect(lead.extension).toMatchObject({ state: 'pending', stateLabel: '待审批', requestedDueDate: later });
    expect(asked.abilities.requestExtension).toBe(false);
    expect((await notesAbout(pw.c.staff, p.id))[0]).toMatchObject({ kind: 'proposal.requestExtension' });
    const twice = await pw.c.unit.post(`/api/proposals/${p.id}/extension`, {
      requestedDueDate: later,
      reason: '再申请',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('本单位已有待审批的延期申请');

    const awaiting = async () =>
      (await pw.c.staff.get('/api/proposals/assignments?extensionPending=true&pageSize=100'))
        .json()
        .items.map((i: { id: number }) => i.id);
    expect(await awaiting()).toEqual(expect.arrayContaining([lead.id]));
    const pendingXlsx = await pw.c.staff.get('/api/proposals/assignments/export?extensionPending=true');
    expect(pendingXlsx.statusCode).toBe(200);
    const staffView = (await pw.c.staff.get(`/api/proposals/${p.id}`)).json();
    expect(staffView.abilities.decideExtension).toBe(true);
    const approved = await step(pw.c.staff, p.id, 'extension/decide', {
      assignmentId: lead.id,
      approve: true,
    });
    expect(approved.handling.assignments.map((a: { dueDate: string }) => a.dueDate)).toEqual([later, later]);
    expect(await awaiting()).not.toContain(lead.id);
    expect(approved.handling.assignments[0]).toMatchObject({
      originalDueDate: due,
      extension: { state: 'approved' },
    });
    const told = (await notesAbout(pw.c.unit, p.id))[0];
    expect(told).toMatchObject({ kind: 'proposal.decideExtension', body: `同意延期，办理时限延至 ${later}` });
    const again = await pw.c.staff.post(`/api/proposals/${p.id}/extension/decide`, {
      assignmentId: lead.id,
      approve: true,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该承办单位没有待审批的延期申请');
  });

  it('refuses a request past the configured maximum, and staff may refuse one', async () => {
    const p = await signedProposal(pw);
    const due = p.assignments[0].dueDate as string;
    const cap = addWorkingDays(due, 60);
    const tooLate = await pw.c.unit.post(`/api/proposals/${p.id}/extension`, {
      requestedDueDate: nextDay(cap),
      reason: '情况复杂',
    });
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().error).toMatchObject({
      field: 'requestedDueDate',
      message: `延期至：不能晚于 ${cap}（原办理时限后最多 60 个工作日）`,
    });
    const earlier = await pw.c.unit.post(`/api/proposals/${p.id}/extension`, {
      requestedDueDate: due,
      reason: '无',
    });
    expect(earlier.json().error.message).toBe(`延期至：须晚于当前办理时限 ${due}`);
    const asked = await step(pw.c.unit, p.id, 'extension', { requestedDueDate: cap, reason: '情况复杂' });
    const id = asked.handling.assignments[0].id;
    expect(asked.handling.assignments[0].extension.text).toBe(`申请延期至 ${cap}，待审批`);
    const waiting = (await inbox()).items.find((i: { proposalId: number }) => i.proposalId === p.id);
    expect(waiting.extensionText).toBe(`申请延期至 ${cap}，待审批`);
    const refused = await step(pw.c.staff, p.id, 'extension/decide', {
      assignmentId: id,
      approve: false,
      note: '请按期办结',
    });
    expect(refused.handling.assignments[0]).toMatchObject({
      dueDate: due,
      extension: { state: 'rejected', stateLabel: '不予批准', text: `申请延期至 ${cap}，不予批准` },
    });
    const refusedRow = (await inbox()).items.find((i: { proposalId: number }) => i.proposalId === p.id);
    expect(refusedRow.extensionText).toBe(`申请延期至 ${cap}，不予批准`);
    expect((await notesAbout(pw.c.unit, p.id))[0].body).toBe(`不同意延期，办理时限仍为 ${due}。请按期办结`);
    const byUnit = await pw.c.unit.post(`/api/proposals/${p.id}/extension/decide`, {
      assignmentId: id,
      approve: true,
    });
    expect(byUnit.statusCode).toBe(403);
  });
});

describe('催办', () => {
  it('logs the step, counts it and notifies only the units still owing', async () => {
    const p = await signedProposal(pw, 'separate');
    await reply(p.id);
    const urged = await step(pw.c.staff, p.id, 'urge', { note: '请于本周内答复' });
    const byUnit = new Map(
      urged.handling.assignments.map((a: { unitId: number; urgeCount: number }) => [a.unitId, a.urgeCount]),
    );
    expect(byUnit.get(pw.unit2)).toBe(1);
    expect(byUnit.get(pw.w.unitId)).toBe(0);
    expect((await notesAbout(pw.c.unit2, p.id))[0]).toMatchObject({
      kind: 'proposal.urge',
      body: '请于本周内答复',
    });
    expect((await notesAbout(pw.c.unit, p.id)).some((n) => n.kind === 'proposal.urge')).toBe(false);
    const events = await subjectEvents(db(), 'proposal', p.id);
    expect(events.at(-1)).toMatchObject({
      action: 'urge',
      note: '请于本周内答复',
      data: { unitIds: [pw.unit2] },
    });
    const byMember = await pw.c.lead.post(`/api/proposals/${p.id}/urge`, {});
    expect(byMember.statusCode).toBe(403);
  });
});

/** The world's 教育局 replies with the default letter. */
async function reply(id: number) {
  const res = await postReply(pw.c.unit, id, { bodyHtml: '<p>已办理</p>', category: 'A' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
