import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/factories';
import { type ProposalWorld, proposalWorld } from '../proposals/test-world';
import { addAssignment, addProposal, addRating, addReply, baseOf, constructedYear } from './stats-year';

/**
 * Statistics of a constructed year (server/modules/proposal-stats/stats-year.ts lists every
 * proposal). Each expected figure is a literal worked out by hand, the arithmetic beside it.
 */
let t: TestApp;
let year: Awaited<ReturnType<typeof constructedYear>>;
let b: ProposalWorld;
let c: ProposalWorld;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp();
  year = await constructedYear(t, 'sa');
  const a = year.pw;
  // A 2024 session of the same committee with one registered proposal: never in 2025's figures.
  const [s25] = await t.ctx.handle.db.select().from(sessions).where(eq(sessions.id, a.sessionId));
  const [s24] = await t.ctx.handle.db
    .insert(sessions)
    .values({
      committeeId: a.w.committeeId,
      termId: s25.termId,
      ordinal: 3,
      year: 2024,
      name: '十一届三次会议',
    })
    .returning();
  await addProposal(year.b, { status: 'registered', sessionId: s24.id });
  // County B below the city (one replied and rated, one rejected) and township C below B.
  b = await proposalWorld(t, 'sb', a.w.committeeId);
  const bb = await baseOf(t, b);
  const pb = await addProposal(bb, { status: 'rated', sectorId: b.w.sectorId });
  const ab = { proposalId: pb, unitId: b.w.unitId, assignmentId: 0 };
  ab.assignmentId = await addAssignment(bb, pb, b.w.unitId, 'lead', '2025-06-01');
  await addRating(
    bb,
    { ...ab, replyId: await addReply(bb, ab, 'A', '2025-03-06') },
    'satisfied',
    b.w.memberId,
  );
  await addProposal(bb, { status: 'rejected', sectorId: b.w.sectorId });
  c = await proposalWorld(t, 'sc', b.w.committeeId);
  await addProposal(await baseOf(t, c), { status: 'registered', sectorId: c.w.sectorId });
  staff = a.c.staff;
});
afterAll(() => t.close());

const stats = async (client: Client, query: string) => {
  const res = await client.get(`/api/proposal-stats?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const rowOf = (body: { rows: { key: number | string | null }[] }, key: number | string | null) =>
  body.rows.find((r) => r.key === key)!;

describe('one session, by hand', () => {
  it('counts and rates of the committee’s own session', async () => {
    const s = await stats(staff, `sessionId=${year.pw.sessionId}`);
    expect(s.period).toMatchObject({ sessionId: year.pw.sessionId, year: 2025, label: '十一届四次会议' });
    expect(s.replyCategories.map((l: { code: string }) => l.code)).toEqual(['A', 'B', 'C']);
    expect(s.total).toMatchObject({
      received: 12, // P1–P12; the draft and the co-signing one never left the proposer
      registered: 8, // P1–P8, P8 merged into P1
      registrationRate: 0.6667, // 8 / 12
      merged: 1,
      rejected: 1,
      converted: 1,
      withdrawn: 1,
      pendingReview: 1,
      assigned: 6, // P1–P6 (P6's returned unit does not count, its active 主办 does)
      replied: 4, // P1 P2 P3 P5; P4's second 分办 unit and P6 have not replied
      replyRate: 0.6667, // 4 / 6
      // latest per proposer and unit: P1 满意 + P8's proposer 基本满意, P2 基本满意,
      // P3 满意 (after 不满意), P5 不满意
      rated: 5,
      satisfied: 2,
      satisfactionRate: 0.4, // 2 / 5
      basicSatisfactionRate: 0.4, // 2 / 5
      dissatisfied: 1,
      replyCategories: { A: 3, B: 2, C: 0 }, // P1 A, P2 B, P3 B (round 2), P4/U1 A, P5 A
      replyCategoryShares: { A: 0.6, B: 0.4, C: 0 }, // 3/5, 2/5, 0/5
      marked: 3, // P1 已落实, P2 部分落实, P3 未落实
      implemented: 1,
      partlyImplemented: 1,
      implementationRate: 0.3333, // 1 / 3
      overdue: 2, // P4 (U2 unanswered past 04-01), P5 (re-handling unanswered past 06-10)
      avgReplyDays: 32.2, // (40 + 30 + 20 + 10 + 61) / 5 = 161 / 5
    });
    expect(s.rows).toEqual([s.total]);
  });

  it('per handling unit, counting each unit’s own assignments, replies and ratings', async () => {
    const s = await stats(staff, `sessionId=${year.pw.sessionId}&groupBy=unit`);
    expect(s.rows.map((r: { key: number }) => r.key).sort()).toEqual([year.u1, year.u2].sort());
    const u1 = rowOf(s, year.u1);
    expect(u1).toMatchObject({
      label: 'sa教育局',
      received: null, // units receive assignments, not proposals
      assigned: 4, // P1 主办, P2 主办, P4 分办, P6 主办
      replied: 3, // P1 P2 P4
      replyRate: 0.75, // 3 / 4
      rated: 3, // P1 by its proposer and by P8's, P2
      satisfactionRate: 0.3333, // 1 / 3
      basicSatisfactionRate: 0.6667, // 2 / 3
      replyCategoryShares: { A: 0.6667, B: 0.3333, C: 0 }, // A: P1 P4, B: P2 of 3
      marked: 2,
      implementationRate: 0.5, // P1 已落实 of P1, P2
      overdue: 0,
      avgReplyDays: 26.7, // (40 + 30 + 10) / 3 = 26.67
    });
    expect(rowOf(s, year.u2)).toMatchObject({
      assigned: 3, // P3 主办, P4 分办, P5 主办 (P1 会办 and P6 returned do not count)
      replied: 2,
      replyRate: 0.6667, // 2 / 3
      rated: 2, // P3's latest 满意, P5 不满意
      satisfactionRate: 0.5,
      basicSatisfactionRate: 0,
      replyCategories: { A: 1, B: 1, C: 0 },
      implementationRate: 0, // P3 未落实 of 1
      overdue: 2, // P4, P5
      avgReplyDays: 40.5, // (20 + 61) / 2
    });
    expect(s.total).toMatchObject({ label: '全部提案（按提案计）', assigned: 6, replied: 4 });
  });

  it('per sector and per category', async () => {
    const bySector = await stats(staff, `sessionId=${year.pw.sessionId}&groupBy=sector`);
    expect(rowOf(bySector, '医卫界')).toMatchObject({
      received: 3, // P3 P5 P9
      registered: 2,
      registrationRate: 0.6667, // 2 / 3
      rejected: 1,
      replyRate: 1, // 2 / 2
      satisfactionRate: 0.5, // P3 满意 of P3, P5
      replyCategoryShares: { A: 0.5, B: 0.5, C: 0 },
      implementationRate: 0, // P3 未落实
      overdue: 1,
      avgReplyDays: 40.5,
    });
    expect(rowOf(bySector, '教育界')).toMatchObject({
      received: 9,
      registered: 6, // P1 P2 P4 P6 P7 P8
      replyRate: 0.5, // P1 P2 of P1 P2 P4 P6
      satisfactionRate: 0.3333, // P1 满意 of P1 ×2, P2
      overdue: 1, // P4
      avgReplyDays: 26.7, // (40 + 30 + 10) / 3
    });
    const byCategory = await stats(staff, `sessionId=${year.pw.sessionId}&groupBy=category`);
    expect(rowOf(byCategory, year.c2Name)).toMatchObject({
      received: 2, // P1 P2
      registrationRate: 1,
      replyRate: 1,
      rated: 3,
      satisfactionRate: 0.3333, // 1 / 3
      basicSatisfactionRate: 0.6667, // 2 / 3
      implementationRate: 0.5,
      avgReplyDays: 35, // (40 + 30) / 2
    });
    expect(rowOf(byCategory, year.c1Name)).toMatchObject({
      received: 10,
      registered: 6,
      registrationRate: 0.6,
    });
  });
});

describe('a year across the committee tree', () => {
  it('rolls each sub-committee’s subtree into one row and totals the year', async () => {
    const s = await stats(staff, 'year=2025&groupBy=committee');
    expect(s.rows.map((r: { label: string }) => r.label)).toEqual(['sa政协（本级）', 'sb政协']);
    expect(rowOf(s, year.pw.w.committeeId)).toMatchObject({ received: 12, registered: 8, assigned: 6 });
    expect(rowOf(s, b.w.committeeId)).toMatchObject({
      received: 3, // B's two and C's one
      registered: 2,
      rejected: 1,
      registrationRate: 0.6667,
      replyRate: 1,
      satisfactionRate: 1,
      replyCategoryShares: { A: 1, B: 0, C: 0 },
      avgReplyDays: 5,
    });
    expect(s.total).toMatchObject({
      received: 15, // 12 + 3; the 2024 session's proposal is left out
      registered: 10,
      assigned: 7,
      replied: 5,
      replyRate: 0.7143, // 5 / 7
      satisfactionRate: 0.5, // 3 / 6
      basicSatisfactionRate: 0.3333, // 2 / 6
      replyCategoryShares: { A: 0.6667, B: 0.3333, C: 0 }, // 4/6, 2/6
      avgReplyDays: 27.7, // (161 + 5) / 6 = 27.67
    });
  });

  it('sums same-named sectors across committees and names a lower committee’s units', async () => {
    const bySector = await stats(staff, 'year=2025&groupBy=sector');
    expect(rowOf(bySector, '教育界')).toMatchObject({ received: 12 }); // A's 9 + B's 2 + C's 1
    const byUnit = await stats(staff, 'year=2025&groupBy=unit');
    expect(rowOf(byUnit, b.w.unitId)).toMatchObject({ label: 'sb教育局（sb政协）', assigned: 1, replied: 1 });
  });

  it('a county sees its own subtree only; a sub-committee can be looked at from above', async () => {
    const own = await stats(b.c.staff, 'year=2025&groupBy=committee');
    expect(own.rows.map((r: { label: string; received: number }) => [r.label, r.received])).toEqual([
      ['sb政协（本级）', 2],
      ['sc政协', 1],
    ]);
    expect(
      (await b.c.staff.get(`/api/proposal-stats?year=2025&committeeId=${year.pw.w.committeeId}`)).statusCode,
    ).toBe(404);
    expect((await b.c.staff.get(`/api/proposal-stats?sessionId=${year.pw.sessionId}`)).statusCode).toBe(404);
    const fromAbove = await stats(staff, `year=2025&committeeId=${b.w.committeeId}`);
    expect(fromAbove.total).toMatchObject({ received: 3, registered: 2 });
    const empty = await stats(staff, 'year=2023');
    expect(empty.total).toMatchObject({
      received: 0,
      registrationRate: null,
      replyRate: null,
      avgReplyDays: null,
    });
  });
});

describe('access and input', () => {
  it('staff and leaders read; members, units and administrators do not', async () => {
    expect((await year.pw.c.leader.get('/api/proposal-stats?year=2025')).statusCode).toBe(200);
    const sysadmin = await login(t.app, year.pw.w.users.sysadmin, TEST_PASSWORD);
    for (const client of [year.pw.c.lead, year.pw.c.unit, sysadmin]) {
      expect((await client.get('/api/proposal-stats?year=2025')).statusCode).toBe(403);
    }
  });

  it('asks for a session or a year, and a known grouping', async () => {
    const none = await staff.get('/api/proposal-stats');
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toBe('届次会议：请选择届次会议或年度（二选一）');
    const bad = await staff.get('/api/proposal-stats?year=2025&groupBy=month');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^统计维度：/);
  });

  it('exports the table and its definitions to Excel', async () => {
    const res = await staff.get(`/api/proposal-stats/export?sessionId=${year.pw.sessionId}&groupBy=unit`);
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toContain(
      'sa政协提案统计（十一届四次会议，按承办单位）.xlsx',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const sheet = wb.getWorksheet('提案统计')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['承办单位', '交办', '已办复', '办复率(%)']);
    expect(header).toContain('A类占比(%)');
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const u1 = rows.find((r) => r[1] === 'sa教育局')!;
    const col = (name: string) => header.indexOf(name) + 1;
    expect([u1[col('交办')], u1[col('办复率(%)')], u1[col('A类占比(%)')], u1[col('平均办复天数')]]).toEqual([
      4, 75, 66.67, 26.7,
    ]);
    expect(rows.at(-1)![1]).toBe('全部提案（按提案计）');
    const notes = wb.getWorksheet('指标说明')!.getSheetValues().slice(2) as unknown[][];
    expect(notes.find((n) => n[1] === '落实率')![2]).toContain('已落实');
  });
});
