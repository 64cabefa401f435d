import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarOverrides, proposalAssignments, proposalSettings } from '../../db/schema';
import { addWorkingDays, isWorkingDay, nextDay, shanghaiDate } from '../../lib/working-days';
import { createTestApp, type TestApp } from '../../test/app';
import { type ProposalWorld, proposalWorld, step, submittedProposal } from './test-world';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'a');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const leadAndCo = () => [
  { unitId: pw.w.unitId, mode: 'lead' },
  { unitId: pw.unit2, mode: 'cooperating' },
];
const ids = (res: { json(): { items: { id: number }[] } }) => res.json().items.map((i) => i.id);

describe('assignment', () => {
  it('assigns a 主办 and a 会办 with a due date in working days, into both units’ inboxes', async () => {
    const p = await submittedProposal(pw, true);
    const a = await step(pw.c.staff, p.id, 'assign', { units: leadAndCo() });
    const due = addWorkingDays(shanghaiDate(), 60);
    expect(a).toMatchObject({ status: 'assigned', statusLabel: '已交办' });
    expect(a.assignments).toMatchObject([
      { unitId: pw.w.unitId, modeLabel: '主办', dueDate: due, state: 'active' },
      { unitId: pw.unit2, modeLabel: '会办', dueDate: due, state: 'active' },
    ]);
    expect(ids(await pw.c.unit.get('/api/proposals?view=unit-inbox'))).toContain(p.id);
    expect(ids(await pw.c.unit2.get('/api/proposals?view=unit-inbox'))).toContain(p.id);
    const note = (await pw.c.unit2.get('/api/notifications')).json().items[0];
    expect(note).toMatchObject({ kind: 'proposal.assign', link: `/proposals/${p.id}` });
    expect(note.body).toContain(`办理时限：${due}`);
    const asUnit2 = (await pw.c.unit2.get(`/api/proposals/${p.id}`)).json();
    expect(asUnit2.abilities).toMatchObject({ accept: true, returnAssignment: true, reply: false });
  });

  it('uses the committee’s own reply period and holidays', async () => {
    const other = await proposalWorld(t, 'ah');
    await db().insert(proposalSettings).values({ committeeId: other.w.committeeId, replyDueWorkingDays: 2 });
    let firstWorking = nextDay(shanghaiDate());
    while (!isWorkingDay(firstWorking)) firstWorking = nextDay(firstWorking);
    await db()
      .insert(calendarOverrides)
      .values({ committeeId: other.w.committeeId, day: firstWorking, kind: 'holiday' });
    const overrides = new Map([[firstWorking, 'holiday' as const]]);
    const p = await submittedProposal(other, true);
    const a = await step(other.c.staff, p.id, 'assign', {
      units: [{ unitId: other.w.unitId, mode: 'lead' }],
    });
    expect(a.assignments[0].dueDate).toBe(addWorkingDays(shanghaiDate(), 2, overrides));
    expect(a.assignments[0].dueDate).not.toBe(addWorkingDays(shanghaiDate(), 2));
  });

  it('splits to 分办 units, and refuses a plan that mixes modes or lacks a 主办', async () => {
    const p = await submittedProposal(pw, true);
    const mixed = await pw.c.staff.post(`/api/proposals/${p.id}/assign`, {
      units: [
        { unitId: pw.w.unitId, mode: 'lead' },
        { unitId: pw.unit2, mode: 'separate' },
      ],
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error).toMatchObject({
      field: 'units',
      message: '承办单位：分办不能与主办、会办同时使用',
    });
    const noLead = await pw.c.staff.post(`/api/proposals/${p.id}/assign`, {
      units: [{ unitId: pw.unit2, mode: 'cooperating' }],
    });
    expect(noLead.json().error.message).toBe('承办单位：主办单位须有且只有一个');
    const empty = await pw.c.staff.post(`/api/proposals/${p.id}/assign`, { units: [] });
    expect(empty.json().error.message).toBe('承办单位：请至少选择一个承办单位');
    const split = await step(pw.c.staff, p.id, 'assign', {
      units: [
        { unitId: pw.w.unitId, mode: 'separate' },
        { unitId: pw.unit2, mode: 'separate' },
      ],
    });
    expect(split.assignments.map((x: { modeLabel: string }) => x.modeLabel)).toEqual(['分办', '分办']);
  });

  it('lets each unit sign for its own assignment', async () => {
    const p = await submittedProposal(pw, true);
    await step(pw.c.staff, p.id, 'assign', { units: leadAndCo() });
    const signed = await step(pw.c.unit, p.id, 'accept');
    expect(signed.status).toBe('handling');
    // 签收 is offered only while the caller's own unit has not signed.
    expect(signed.abilities.accept).toBe(false);
    expect((await pw.c.unit2.get(`/api/proposals/${p.id}`)).json().abilities.accept).toBe(true);
    const twice = await pw.c.unit.post(`/api/proposals/${p.id}/accept`, {});
    expect(twice.statusCode).toBe(409);
    const second = await step(pw.c.unit2, p.id, 'accept');
    expect(second.assignments.every((x: { acceptedAt: string | null }) => x.acceptedAt !== null)).toBe(true);
    const outsider = await proposalWorld(t, 'ao');
    expect((await outsider.c.unit.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
  });
});

describe('return and reassign', () => {
  it('a unit returns within the window with a reason; staff reassign to another unit', async () => {
    const p = await submittedProposal(pw, true);
    await step(pw.c.staff, p.id, 'assign', { units: [{ unitId: pw.w.unitId, mode: 'lead' }] });
    const noReason = await pw.c.unit.post(`/api/proposals/${p.id}/return`, {});
    expect(noReason.json().error.message).toMatch(/^理由：/);
    const returned = await step(pw.c.unit, p.id, 'return', { reason: '属卫健部门职责' });
    expect(returned).toMatchObject({ status: 'returned', statusLabel: '退回待调整' });
    expect(returned.assignments[0]).toMatchObject({ state: 'returned', returnReason: '属卫健部门职责' });
    expect(ids(await pw.c.staff.get('/api/proposals?view=to-assign'))).toContain(p.id);
    const staffNote = (await pw.c.staff.get('/api/notifications?unread=true')).json().items[0];
    expect(staffNote).toMatchObject({ kind: 'proposal.returnAssignment', body: '退回理由：属卫健部门职责' });

    const re = await step(pw.c.staff, p.id, 'reassign', { units: [{ unitId: pw.unit2, mode: 'lead' }] });
    expect(re.status).toBe('assigned');
    expect(
      re.assignments.map((x: { unitId: number; state: string; round: number }) => [
        x.unitId,
        x.state,
        x.round,
      ]),
    ).toEqual([
      [pw.w.unitId, 'returned', 1],
      [pw.unit2, 'active', 2],
    ]);
    expect(ids(await pw.c.unit.get('/api/proposals?view=unit-inbox'))).not.toContain(p.id);
    expect(ids(await pw.c.unit2.get('/api/proposals?view=unit-inbox'))).toContain(p.id);
    // The unit that returned it still sees the history of what it held.
    expect((await pw.c.unit.get(`/api/proposals/${p.id}`)).statusCode).toBe(200);
  });

  it('refuses a return after the window', async () => {
    const p = await submittedProposal(pw, true);
    await step(pw.c.staff, p.id, 'assign', { units: [{ unitId: pw.w.unitId, mode: 'lead' }] });
    await db()
      .update(proposalAssignments)
      .set({ assignedAt: new Date(Date.now() - 8 * 86_400_000) })
      .where(and(eq(proposalAssignments.proposalId, p.id), eq(proposalAssignments.unitId, pw.w.unitId)));
    const late = await pw.c.unit.post(`/api/proposals/${p.id}/return`, { reason: '不属本单位职责' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('已超过退回期限（交办后 7 日内可申请退回），请联系提案委调整');
  });

  it('keeps the units that stay and removes the others on reassignment', async () => {
    const p = await submittedProposal(pw, true);
    await step(pw.c.staff, p.id, 'assign', { units: leadAndCo() });
    const same = await pw.c.staff.post(`/api/proposals/${p.id}/reassign`, { units: leadAndCo() });
    expect(same.json().error.message).toBe('承办单位：未作调整');
    const re = await step(pw.c.staff, p.id, 'reassign', { units: [{ unitId: pw.w.unitId, mode: 'lead' }] });
    expect(re.assignments.map((x: { unitId: number; state: string }) => [x.unitId, x.state])).toEqual([
      [pw.w.unitId, 'active'],
      [pw.unit2, 'removed'],
    ]);
    const removedNote = (await pw.c.unit2.get('/api/notifications')).json().items[0];
    expect(removedNote.kind).toBe('proposal.reassign');
  });
});

describe('lists and notifications', () => {
  it('filters the staff list and exports the same rows to Excel', async () => {
    const p = await submittedProposal(pw, true);
    const list = await pw.c.staff.get(
      `/api/proposals?status=registered&sessionId=${pw.sessionId}&pageSize=100`,
    );
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items.every((i: { status: string }) => i.status === 'registered')).toBe(true);
    expect(ids(list)).toContain(p.id);
    const res = await pw.c.staff.get(`/api/proposals/export?status=registered&sessionId=${pw.sessionId}`);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('案由');
    expect(sheet.rowCount - 1).toBe(body.total);
    const numbers = sheet.getColumn(1).values.slice(2);
    expect(numbers).toContain(p.numberLabel);
    const wrongView = await pw.c.lead.get('/api/proposals?view=to-review');
    expect(wrongView.json().error).toMatchObject({ field: 'view', message: '视图：不适用于当前角色' });
  });

  it('pages notifications, filters unread, and marks them read', async () => {
    const before = (await pw.c.lead.get('/api/notifications?unread=true&pageSize=1')).json();
    expect(before.unread).toBeGreaterThan(0);
    expect(before.total).toBe(before.unread);
    expect(before.items).toHaveLength(1);
    expect((await pw.c.lead.post(`/api/notifications/${before.items[0].id}/read`)).statusCode).toBe(200);
    expect((await pw.c.m2.post(`/api/notifications/${before.items[0].id}/read`)).statusCode).toBe(404);
    const after = (await pw.c.lead.get('/api/notifications?unread=true')).json();
    expect(after.unread).toBe(before.unread - 1);
    const all = (await pw.c.lead.post('/api/notifications/read-all')).json();
    expect(all.updated).toBe(after.unread);
    expect((await pw.c.lead.get('/api/notifications?unread=true')).json().total).toBe(0);
    // Read ones stay in the list: its total is every notification, the badge none.
    const list = (await pw.c.lead.get('/api/notifications?pageSize=1')).json();
    expect(list).toMatchObject({ total: before.unread, unread: 0 });
  });
});
