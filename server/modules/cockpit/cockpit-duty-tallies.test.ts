import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutyScores } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type MeetingWorld, meetingWorld } from '../meetings/test-meetings';
import { expectOk } from '../opinion-reports/test-opinions';

/**
 * 委员履职 in the cockpit reads the stored scores' tallies (duty_score_tallies, kept by triggers on
 * duty_scores): every kind of write to the scores moves the cockpit's figures in the same
 * transaction — the year's recompute (inserts, then updates through its upsert), an edit, a removal.
 * Six members with nothing done in the year: the base score, 60, each (称职: 60 ≤ total < 85).
 */
let t: TestApp;
let mw: MeetingWorld;
const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);

beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'dt');
}, 120_000);
afterAll(() => t.close());

type Body = { sections: { key: string; figures: { key: string; value: number | null }[] }[] };
async function members() {
  const body = (await expectOk(mw.c.staff.get(`/api/cockpit?year=${year}`))) as Body;
  const section = body.sections.find((s) => s.key === 'members')!;
  return Object.fromEntries(section.figures.map((f) => [f.key, f.value]));
}

const recompute = async () =>
  expect((await mw.c.organiser.post(`/api/duty-archive/years/${year}/recompute`, {})).json()).toEqual({
    year,
    members: 6,
  });

const scoreOf = (memberId: number) =>
  and(
    eq(dutyScores.memberId, memberId),
    eq(dutyScores.year, year),
    eq(dutyScores.committeeId, mw.w.committeeId),
  );

describe('委员履职 figures from the scores’ tallies', () => {
  it('follow the recompute, an edited score and a removed one', async () => {
    expect(await members()).toMatchObject({ scored: 0, average: null, flagged: 0 });

    await recompute();
    expect(await members()).toMatchObject({
      scored: 6,
      grade_excellent: 0,
      grade_competent: 6,
      average: 60,
      flagged: 0,
    });

    // m1 rescored 90 with a consequence due: 1 优秀, 5 称职; (90 + 5 × 60) / 6 = 65.
    await t.ctx.handle.db
      .update(dutyScores)
      .set({ total: 90, grade: 'excellent', consequenceCount: 1 })
      .where(scoreOf(mw.m.m1));
    expect(await members()).toMatchObject({
      scored: 6,
      grade_excellent: 1,
      grade_competent: 5,
      average: 65,
      flagged: 1,
    });

    // m2's score removed: 5 scored, (90 + 4 × 60) / 5 = 66.
    await t.ctx.handle.db.delete(dutyScores).where(scoreOf(mw.m.m2));
    expect(await members()).toMatchObject({ scored: 5, grade_competent: 4, average: 66, flagged: 1 });

    // The recompute inserts m2's again and overwrites m1's (its upsert's update): six at 60.
    await recompute();
    expect(await members()).toMatchObject({
      scored: 6,
      grade_excellent: 0,
      grade_competent: 6,
      average: 60,
      flagged: 0,
    });
  });
});
