import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutyScores } from '../../db/schema';
import { atTime } from '../../platform/clock';
import { rowsOf } from '../../platform/duty-items';
import { createTestApp, type TestApp } from '../../test/app';
import { type MeetingWorld, meetingBy, meetingWorld } from '../meetings/test-meetings';
import { recomputeYear } from './compute';

let t: TestApp;
let mw: MeetingWorld;
const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);
const db = () => t.ctx.handle.db;
const HOUR = 3_600_000;
const minutesFromNow = (m: number) => new Date(Date.now() + m * 60_000);

/** Stored rows of the committee's year: total, when written, and the row version (xmin). */
const stored = async (y = year) =>
  new Map(
    (
      await rowsOf<{ member_id: number; total: number; computed_at: string | Date; xmin: string }>(
        db(),
        sql`select member_id, total, computed_at, xmin::text as xmin from ${dutyScores}
          where committee_id = ${mw.w.committeeId} and year = ${y}`,
      )
    ).map((r) => [r.member_id, { total: r.total, at: new Date(r.computed_at).getTime(), xmin: r.xmin }]),
  );
const recomputeAt = (at: Date, y = year) =>
  atTime(at, () => db().transaction((tx) => recomputeYear(tx, mw.w.committeeId, y)));

/**
 * Six members and two plenaries nobody was called present at: one last June, one three hours ago
 * (its one sitting over), so everyone is 无故缺席 twice in the term (第十一届, 2022–2027), once this year.
 */
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'ss');
  const lastJune = (Date.parse(`${year - 1}-06-01T02:00:00Z`) - Date.now()) / HOUR;
  await meetingBy(mw, {
    kind: 'plenary',
    title: '全体会议（去年）',
    startHours: lastJune,
    replyBy: `${year - 1}-05-30`,
  });
  await meetingBy(mw, { kind: 'plenary', title: '全体会议', startHours: -3 });
});
afterAll(() => t.close());

describe('the stored scores', () => {
  it('writes no row when nothing changed, yet the year’s 计算时间 moves; a changed item rewrites its member only', async () => {
    const t1 = minutesFromNow(1);
    expect(await recomputeAt(t1)).toBe(6);
    const first = await stored();
    expect([...first.values()].map((r) => [r.total, r.at])).toEqual(Array(6).fill([60 - 30, t1.getTime()]));

    const t2 = minutesFromNow(2);
    expect(await recomputeAt(t2)).toBe(6);
    // Every row as it was (the same row version: not rewritten), the year computed at t2.
    expect(await stored()).toEqual(first);
    const dist = (await mw.c.organiser.get(`/api/duty-archive/distribution?year=${year}`)).json();
    expect(dist.computedAt).toBe(t2.toISOString());
    const list = (await mw.c.organiser.get(`/api/duty-archive/scores?year=${year}`)).json();
    expect(list.items.map((r: { computedAt: string }) => r.computedAt)).toEqual(
      Array(6).fill(t2.toISOString()),
    );

    // Staff enter an award for m2 (confirmed at once, 5 points by default): only m2's row is rewritten.
    const claim = await mw.c.organiser.post('/api/duty-archive/claims', {
      memberId: mw.m.m2,
      kind: 'claim.award',
      occurredOn: `${year}-03-01`,
      title: '获评优秀委员',
    });
    expect(claim.statusCode, claim.body).toBe(201);
    const t3 = minutesFromNow(3);
    await recomputeAt(t3);
    const after = await stored();
    for (const [memberId, row] of after) {
      if (memberId === mw.m.m2) expect(row).toMatchObject({ total: 60 - 30 + 5, at: t3.getTime() });
      else expect(row).toEqual(first.get(memberId));
    }
  });

  it('counts the term’s plenary absences from earlier years and this one, stored and live alike', async () => {
    const [row] = await db()
      .select({ result: dutyScores.result })
      .from(dutyScores)
      .where(and(eq(dutyScores.memberId, mw.m.m1), eq(dutyScores.year, year)));
    const reasons = row.result.consequences.flatMap((c) => c.reasons);
    expect(reasons).toContain('本年度无故缺席全体会议 1 次');
    expect(reasons).toContain('本届无故缺席全体会议 2 次');
    const live = (await mw.c.m1.get(`/api/duty-archive/me?year=${year}`)).json();
    expect(live.consequences).toEqual(row.result.consequences);
    // Last year, alone: one absence in the term so far.
    await recomputeAt(minutesFromNow(4), year - 1);
    const [last] = await db()
      .select({ result: dutyScores.result })
      .from(dutyScores)
      .where(and(eq(dutyScores.memberId, mw.m.m1), eq(dutyScores.year, year - 1)));
    const lastReasons = last.result.consequences.flatMap((c) => c.reasons);
    expect(lastReasons).toContain('本年度无故缺席全体会议 1 次');
    // One in the term is below 警告's two: no reason names the term (its 警告 is for 不称职).
    expect(lastReasons.filter((r) => r.startsWith('本届'))).toEqual([]);
  });

  it('stores an open year without its lines, and a closed one with every line’s evidence', async () => {
    const [open] = await db()
      .select({ result: dutyScores.result })
      .from(dutyScores)
      .where(and(eq(dutyScores.memberId, mw.m.m1), eq(dutyScores.year, year - 1)));
    expect(open.result).not.toHaveProperty('lines');
    const closed = await mw.c.organiser.post(`/api/duty-archive/years/${year - 1}/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    const [frozen] = await db()
      .select({ result: dutyScores.result })
      .from(dutyScores)
      .where(and(eq(dutyScores.memberId, mw.m.m1), eq(dutyScores.year, year - 1)));
    expect(frozen.result.lines?.map((l) => [l.kind, l.points, l.evidence.title])).toEqual([
      ['meeting.plenary.absent', -30, '全体会议（去年）'],
    ]);
    const page = (await mw.c.m1.get(`/api/duty-archive/me?year=${year - 1}`)).json();
    expect(page).toMatchObject({ closed: true, total: 30 });
    expect(page.lines.map((l: { evidence: { title: string } }) => l.evidence.title)).toEqual([
      '全体会议（去年）',
    ]);
  });
});
