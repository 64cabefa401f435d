import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DUTY_RULES } from '../../../domain/duty-rules';
import { dutyScores, terms } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type MeetingWorld, meetingBy, meetingWorld } from '../meetings/test-meetings';
import { recomputeYear } from './compute';

let t: TestApp;
let a: MeetingWorld;
let b: MeetingWorld;
let c: MeetingWorld;
const db = () => t.ctx.handle.db;
/** Last year: it has ended, so the grade has consequences. */
const year =
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4)) - 1;
const HOUR = 3_600_000;
const juneOf = (y: number) => (Date.parse(`${y}-06-01T02:00:00Z`) - Date.now()) / HOUR;
const scoreYear = (y: number) =>
  Promise.all([a, b, c].map((w) => db().transaction((tx) => recomputeYear(tx, w.w.committeeId, y))));

/**
 * Three committees of six members, each with a plenary in June of the year before and one in June
 * of the year, nobody checked in (无故缺席 at both). Their terms (届) start on 1 January three years
 * before (A), on 1 July of the year before (B: after its June plenary) and on the year's first day
 * (C). A saves its own rules for the year (a plenary absence −20). The year before is scored first:
 * everyone 不称职 (60 − 30).
 */
beforeAll(async () => {
  t = await createTestApp();
  a = await meetingWorld(t, 'ta');
  b = await meetingWorld(t, 'tb');
  c = await meetingWorld(t, 'tc');
  for (const [w, startDate] of [
    [a, `${year - 3}-01-01`],
    [b, `${year - 1}-07-01`],
    [c, `${year}-01-01`],
  ] as const) {
    await db()
      .update(terms)
      .set({ startDate, endDate: `${year + 2}-12-31` })
      .where(eq(terms.committeeId, w.w.committeeId));
    for (const y of [year - 1, year])
      await meetingBy(w, {
        kind: 'plenary',
        title: `全体会议（${y}）`,
        startHours: juneOf(y),
        replyBy: `${y}-05-30`,
      });
  }
  const rules = structuredClone(DEFAULT_DUTY_RULES);
  rules.kinds['meeting.plenary.absent'] = { points: -20, cap: null };
  const put = await a.c.organiser.put('/api/duty-archive/rules', { year, rules, note: '全会缺席扣 20 分' });
  expect(put.statusCode, put.body).toBe(200);
  await scoreYear(year - 1);
});
afterAll(() => t.close());

describe('the consequences read the term', () => {
  it('counts plenary absences and earlier grades from the term’s first day only', async () => {
    expect(await scoreYear(year)).toEqual([6, 6, 6]);
    const rows = await db()
      .select()
      .from(dutyScores)
      .where(
        and(
          eq(dutyScores.year, year),
          inArray(
            dutyScores.memberId,
            [a, b, c].flatMap((w) => [w.m.m1, w.m.m6]),
          ),
        ),
      );
    const reasons = (memberId: number, consequence: string) =>
      rows
        .find((r) => r.memberId === memberId)
        ?.result.consequences.find((d) => d.consequence === consequence)
        ?.reasons.sort() ?? [];
    const figures = (memberId: number) => {
      const r = rows.find((row) => row.memberId === memberId);
      return [r?.total, r?.grade, r?.ruleVersion];
    };
    for (const m of ['m1', 'm6'] as const) {
      // A: its rules (−20, version 1); both plenaries in its term (warning); 不称职 the year before too (劝辞).
      expect(figures(a.m[m])).toEqual([40, 'incompetent', 1]);
      expect(reasons(a.m[m], 'warning')).toEqual(['年度考评不称职', '本届无故缺席全体会议 2 次']);
      expect(reasons(a.m[m], 'resign')).toEqual(['连续 2 年考评不称职']);
      // B: the defaults; its term began after last June's plenary (one absence in the term), but last
      // year's grade is in it (劝辞).
      expect(figures(b.m[m])).toEqual([30, 'incompetent', 0]);
      expect(reasons(b.m[m], 'warning')).toEqual(['年度考评不称职']);
      expect(reasons(b.m[m], 'resign')).toEqual(['连续 2 年考评不称职']);
      // C: its term began on the year's first day: one absence, last year's grade before the term.
      expect(figures(c.m[m])).toEqual([30, 'incompetent', 0]);
      expect(reasons(c.m[m], 'warning')).toEqual(['年度考评不称职']);
      expect(reasons(c.m[m], 'resign')).toEqual([]);
    }
  });
});
