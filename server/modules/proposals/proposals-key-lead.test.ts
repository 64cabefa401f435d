import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { createTestApp, type TestApp } from '../../test/app';
import { assignedProposal, notesAbout } from './test-handling';
import { type ProposalWorld, proposalWorld, step } from './test-world';

/** 领衔督办 by the committee's own chairs, leaders' 党政主要领导 flag, and the figures that count them. */
let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'kl');
  // m3 is the committee's 主席 on the roster.
  await t.ctx.handle.db.update(members).set({ position: '主席' }).where(eq(members.id, pw.member3));
});
afterAll(() => t.close());

const keyed = async (choice: Record<string, number>) => {
  const p = await assignedProposal(pw);
  await step(pw.c.staff, p.id, 'key/shortlist', {});
  return { p, res: await pw.c.staff.post(`/api/proposals/${p.id}/key/select`, choice) };
};

describe('领衔督办', () => {
  it('offers the leaders with level and flag, and the roster’s 主席/副主席', async () => {
    const marked = await pw.c.staff.put(`/api/org/leaders/${pw.w.leaderId}`, {
      name: 'kl领导',
      title: '区委书记',
      level: '县处级',
      organisation: '区委',
      isPrincipal: true,
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ isPrincipal: true });
    const options = (await pw.c.staff.get('/api/proposals/key-supervisors')).json();
    expect(options.leaders).toEqual([
      { id: pw.w.leaderId, name: 'kl领导', title: '区委书记', level: '县处级', isPrincipal: true },
    ]);
    expect(options.chairs).toEqual([{ id: pw.member3, name: 'm3', title: '政协主席' }]);
    expect((await pw.c.lead.get('/api/proposals/key-supervisors')).statusCode).toBe(403);
  });

  it('lets the committee’s 主席 lead a key proposal: told, reading it and recording 督办', async () => {
    const { p, res } = await keyed({ chairId: pw.member3 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().handling.key.leader).toMatchObject({
      id: null,
      chairId: pw.member3,
      name: 'm3',
      title: '政协主席',
      isPrincipal: false,
    });
    expect((await notesAbout(pw.c.m3, p.id))[0]).toMatchObject({ kind: 'proposal.selectKey' });
    const asChair = await pw.c.m3.get(`/api/proposals/${p.id}`);
    expect(asChair.statusCode).toBe(200);
    expect(asChair.json().abilities).toMatchObject({ recordSupervision: true, selectKey: false });
    await step(pw.c.m3, p.id, 'supervisions', {
      kind: 'visit',
      heldOn: shanghaiDate(),
      summary: '走访教育局',
    });
    const mine = (await pw.c.m3.get('/api/proposals?view=all&pageSize=100')).json();
    expect(mine.items.map((i: { id: number }) => i.id)).toContain(p.id);
    const led = (await pw.c.m3.get('/api/proposals/key-proposals?led=true')).json();
    expect(led.items).toMatchObject([{ proposalId: p.id, leadSupervisorName: 'm3', supervisionCount: 1 }]);
    // Another member is no chair and cannot supervise.
    const other = await pw.c.m2.post(`/api/proposals/${p.id}/supervisions`, {
      kind: 'visit',
      heldOn: shanghaiDate(),
      summary: '走访',
    });
    expect(other.statusCode).toBe(404);
  });

  it('refuses a member who is no chair, and a choice of both or neither, naming the field', async () => {
    const notChair = await keyed({ chairId: pw.member2 });
    expect(notChair.res.json().error).toMatchObject({ field: 'chairId' });
    const both = await pw.c.staff.post(`/api/proposals/${notChair.p.id}/key/select`, {
      leaderId: pw.w.leaderId,
      chairId: pw.member3,
    });
    expect(both.json().error).toMatchObject({
      field: 'leaderId',
      message: '领衔督办领导：请选择一位党政领导或本会主席、副主席',
    });
  });

  it('counts key proposals and those a 党政主要领导 leads in the statistics, the API and the export', async () => {
    const { res } = await keyed({ leaderId: pw.w.leaderId });
    expect(res.json().handling.key.leader).toMatchObject({ name: 'kl领导', isPrincipal: true });
    const s = (await pw.c.staff.get('/api/proposal-stats?year=2025')).json();
    // The chair's proposal and the 区委书记's: two key proposals, one led by a principal leader.
    expect(s.total).toMatchObject({ keyProposals: 2, keyLedByPrincipal: 1 });
    // The cockpit's 提案 section counts the same two, read live beside its cached counts.
    const cockpit = (await pw.c.staff.get('/api/cockpit?year=2025')).json();
    const figures = cockpit.sections.find((x: { key: string }) => x.key === 'proposals').figures;
    const value = (key: string) => figures.find((f: { key: string }) => f.key === key).value;
    expect([value('keyProposals'), value('keyLedByPrincipal')]).toEqual([2, 1]);
    const xlsx = await pw.c.staff.get('/api/proposal-stats/export?year=2025');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    const total = sheet.getRow(sheet.rowCount).values as unknown[];
    expect([total[col('重点提案')], total[col('主要领导领衔督办')]]).toEqual([2, 1]);
  });
});
