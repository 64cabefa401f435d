import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaders, proposals } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { createTestApp, type TestApp } from '../../test/app';
import { assignedProposal, notesAbout, rate, reply, signedProposal } from './test-handling';
import { type ProposalWorld, proposalWorld, step, submittedProposal } from './test-world';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'k');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
/** The first sheet of an .xlsx response. */
async function sheetOf(res: { statusCode: number; rawPayload: Buffer }) {
  expect(res.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as never);
  return book.worksheets[0];
}

describe('key proposals', () => {
  it('shortlists, records the 主席会议 choice with its leading leader, and collects 督办 records', async () => {
    const p = await assignedProposal(pw);
    const early = await pw.c.staff.post(`/api/proposals/${p.id}/key/select`, { leaderId: pw.w.leaderId });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('须先列为重点提案候选');
    const notKey = await pw.c.staff.post(`/api/proposals/${p.id}/supervisions`, {
      kind: 'visit',
      heldOn: shanghaiDate(),
      summary: '走访',
    });
    expect(notKey.json().error.message).toBe('只有重点提案登记督办');

    const listed = await step(pw.c.staff, p.id, 'key/shortlist', { basis: '群众关注度高' });
    expect(listed.handling.key).toMatchObject({
      stage: 'shortlisted',
      stageLabel: '重点提案候选',
      year: 2025,
    });
    expect(listed.isKey).toBe(false);
    const twice = await pw.c.staff.post(`/api/proposals/${p.id}/key/shortlist`, {});
    expect(twice.json().error.message).toBe('该提案已是重点提案或候选');
    const badLeader = await pw.c.staff.post(`/api/proposals/${p.id}/key/select`, { leaderId: 999999 });
    expect(badLeader.json().error).toMatchObject({ field: 'leaderId', message: '领衔督办领导：不存在' });
    const missing = await pw.c.staff.post(`/api/proposals/${p.id}/key/select`, {});
    expect(missing.json().error.message).toBe('领衔督办领导：请选择一位党政领导或本会主席、副主席');

    const chosen = await step(pw.c.staff, p.id, 'key/select', { leaderId: pw.w.leaderId });
    const [leader] = await db().select().from(leaders).where(eq(leaders.id, pw.w.leaderId));
    expect(chosen).toMatchObject({
      isKey: true,
      handling: { key: { stage: 'selected', leader: { name: leader.name } } },
    });
    const leaderNote = (await notesAbout(pw.c.leader, p.id))[0];
    expect(leaderNote).toMatchObject({ kind: 'proposal.selectKey' });
    expect(leaderNote.body).toBe(`经主席会议确定为重点提案，由${leader.name}（${leader.title}）领衔督办`);
    expect((await notesAbout(pw.c.lead, p.id))[0].kind).toBe('proposal.selectKey');

    const asLeader = (await pw.c.leader.get(`/api/proposals/${p.id}`)).json();
    expect(asLeader.abilities).toMatchObject({ recordSupervision: true, selectKey: false });
    const visit = await step(pw.c.leader, p.id, 'supervisions', {
      kind: 'inspection',
      heldOn: shanghaiDate(),
      place: '实验小学',
      participants: '区政协委员 5 人',
      summary: '实地查看护学岗设置',
    });
    expect(visit.handling.supervisions).toMatchObject([{ kindLabel: '视察督办', place: '实验小学' }]);
    expect((await notesAbout(pw.c.staff, p.id))[0].kind).toBe('proposal.recordSupervision');
    await step(pw.c.staff, p.id, 'supervisions', {
      kind: 'meeting',
      heldOn: shanghaiDate(),
      summary: '召开督办协商会',
    });

    const led = (await pw.c.leader.get('/api/proposals/key-proposals?led=true')).json();
    expect(led.items).toMatchObject([
      { proposalId: p.id, stageLabel: '重点提案', supervisionCount: 2, leadSupervisorName: leader.name },
    ]);
    const otherLeader = await proposalWorld(t, 'k2');
    expect((await otherLeader.c.leader.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
    const staffList = (await pw.c.staff.get('/api/proposals/key-proposals?year=2025&stage=selected')).json();
    expect(staffList.total).toBe(1);
    const xlsx = await pw.c.staff.get('/api/proposals/key-proposals/export?year=2025');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const byMember = await pw.c.lead.post(`/api/proposals/${p.id}/supervisions`, {
      kind: 'visit',
      heldOn: shanghaiDate(),
      summary: '走访',
    });
    expect(byMember.statusCode).toBe(403);

    const dropped = await step(pw.c.staff, p.id, 'key/drop', { note: '主席会议调整' });
    expect(dropped).toMatchObject({ isKey: false, handling: { key: null } });
    expect(dropped.handling.supervisions).toHaveLength(2);
  });

  it('refuses key steps before registration', async () => {
    const p = await submittedProposal(pw);
    const res = await pw.c.staff.post(`/api/proposals/${p.id}/key/shortlist`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('该提案当前状态为审查中，不能执行列为重点提案候选');
  });
});

describe('year-end marks', () => {
  it('marks an answered proposal 优秀提案 and tells its proposer', async () => {
    const p = await signedProposal(pw);
    const tooEarly = await pw.c.staff.post(`/api/proposals/${p.id}/excellent`, { isExcellent: true });
    expect(tooEarly.statusCode).toBe(409);
    const replied = await reply(pw.c.unit, p.id);
    await rate(pw.c.lead, p.id, replied.handling.replies[0].id, 'satisfied');
    const marked = await step(pw.c.staff, p.id, 'excellent', { isExcellent: true });
    expect(marked.isExcellent).toBe(true);
    expect((await notesAbout(pw.c.lead, p.id))[0]).toMatchObject({
      kind: 'proposal.setExcellent',
      body: '该提案被评为优秀提案',
    });
    const again = await pw.c.staff.post(`/api/proposals/${p.id}/excellent`, { isExcellent: true });
    expect(again.json().error.message).toBe('该提案已评为优秀提案');
    const missing = await pw.c.staff.post(`/api/proposals/${p.id}/excellent`, {});
    expect(missing.json().error).toMatchObject({ field: 'isExcellent', message: '优秀提案：不能为空' });
    const [row] = await db().select().from(proposals).where(eq(proposals.id, p.id));
    expect(row.isExcellent).toBe(true);
    const ids = async (filter: string) =>
      (await pw.c.staff.get(`/api/proposals?${filter}&pageSize=100`))
        .json()
        .items.map((i: { id: number }) => i.id);
    expect(await ids('excellent=true')).toContain(p.id);
    expect(await ids('excellent=false')).not.toContain(p.id);
    expect((await ids('excellent=true')).every((id: number) => id === p.id)).toBe(true);
    expect((await sheetOf(await pw.c.staff.get('/api/proposals/export?excellent=true'))).rowCount).toBe(2);
  });

  it('awards 先进承办单位 once per unit and year, and lists them', async () => {
    const res = await pw.c.staff.post('/api/proposals/unit-awards', {
      year: 2025,
      unitId: pw.w.unitId,
      note: '办复率 100%',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ title: '先进承办单位', year: 2025 });
    const told = (await pw.c.unit.get('/api/notifications')).json().items[0];
    expect(told).toMatchObject({ kind: 'proposal.unitAward', title: '2025年度先进承办单位' });
    const dup = await pw.c.staff.post('/api/proposals/unit-awards', { year: 2025, unitId: pw.w.unitId });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe(`${res.json().unitName}已获评2025年度先进承办单位`);
    const otherUnit = await proposalWorld(t, 'k3');
    const foreign = await pw.c.staff.post('/api/proposals/unit-awards', {
      year: 2025,
      unitId: otherUnit.w.unitId,
    });
    expect(foreign.json().error).toMatchObject({ field: 'unitId' });
    const byUnit = await pw.c.unit.post('/api/proposals/unit-awards', { year: 2025, unitId: pw.w.unitId });
    expect(byUnit.statusCode).toBe(403);

    const list = (await pw.c.lead.get('/api/proposals/unit-awards?year=2025')).json();
    expect(list.items).toMatchObject([{ unitId: pw.w.unitId, title: '先进承办单位', note: '办复率 100%' }]);
    expect((await otherUnit.c.staff.get('/api/proposals/unit-awards?year=2025')).json().total).toBe(0);
    const awardsSheet = await sheetOf(await pw.c.lead.get('/api/proposals/unit-awards/export?year=2025'));
    expect(awardsSheet.getRow(2).values).toEqual(
      expect.arrayContaining([2025, res.json().unitName, '先进承办单位', '办复率 100%']),
    );
    expect(awardsSheet.rowCount).toBe(2);
    expect((await sheetOf(await pw.c.lead.get('/api/proposals/unit-awards/export?year=2024'))).rowCount).toBe(
      1,
    );
    const notesSheet = await sheetOf(await pw.c.unit.get('/api/notifications/export?unread=true'));
    expect(notesSheet.getColumn(2).values).toContain('2025年度先进承办单位');
    expect((await otherUnit.c.staff.delete(`/api/proposals/unit-awards/${res.json().id}`)).statusCode).toBe(
      404,
    );
    expect((await pw.c.staff.delete(`/api/proposals/unit-awards/${res.json().id}`)).statusCode).toBe(200);
    expect((await pw.c.staff.get('/api/proposals/unit-awards')).json().total).toBe(0);
  });
});
