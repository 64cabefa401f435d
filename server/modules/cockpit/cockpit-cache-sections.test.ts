import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cockpitCache } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/factories';
import { consultationWorld, heldActivity, suggestionOn } from '../consultation-activities/test-consultations';
import { planWorld } from '../consultation-plan/test-world';
import { inHours, meetingBy, meetingWorld } from '../meetings/test-meetings';
import {
  expectOk,
  fileReport,
  type OpinionWorld,
  opinionWorld,
  sentIssue,
} from '../opinion-reports/test-opinions';
import { cockpitCacheJob } from './warm';

/**
 * The cockpit's cache (platform/cockpit-cache.ts) for 社情民意 and 批示, meetings and 协商统计: figures
 * kept per committee and year follow the commands made after they were stored, leave another
 * committee's row as it was, and follow the clock where it alone moves a figure (批示 逾期, a sitting
 * that ends). Every number is worked out by hand beside it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());
afterEach(() => {
  vi.useRealTimers();
});

type Body = { sections: { key: string; figures: { key: string; value: number | null }[] }[] };
/** Signed in again after the clock moved past the sessions' idle timeout. */
const again = (c: Client) => login(t.app, c.username, TEST_PASSWORD);

async function figures(c: Client, query: string, section: string) {
  const body = (await expectOk(c.get(`/api/cockpit?${query}`))) as Body;
  const s = body.sections.find((x) => x.key === section)!;
  return Object.fromEntries(s.figures.map((f) => [f.key, f.value]));
}

async function storedRow(section: string, committeeId: number, year: number) {
  const [row] = await t.ctx.handle.db
    .select()
    .from(cockpitCache)
    .where(
      and(
        eq(cockpitCache.section, section),
        eq(cockpitCache.committeeId, committeeId),
        eq(cockpitCache.year, year),
      ),
    );
  return row;
}

/** A Beijing morning (10:00) of the day, `plusDays` later. */
const morning = (day: string, plusDays = 0) =>
  new Date(new Date(`${day}T02:00:00Z`).getTime() + plusDays * 86_400_000);

describe('社情民意 and 批示 kept per committee', () => {
  it('follow reports and feedback after they were stored, and 逾期 by today’s date', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: morning('2025-03-03') });
    const city = await opinionWorld(t, 'ca');
    const county = await opinionWorld(t, 'cb', city.w.committeeId);
    // A 批示 in each: the city's unit owes feedback by 03-10; the county's unit answers at once.
    const instruct = async (ow: OpinionWorld) =>
      expectOk(
        ow.c.leader.post('/api/instructions', {
          subjectType: 'bulletinIssue',
          subjectId: await sentIssue(ow),
          text: '请研究落实。',
          instructedOn: '2025-03-03',
          dueOn: '2025-03-10',
          unitIds: [ow.w.unitId],
        }),
        201,
      );
    const cityInstruction = await instruct(city);
    const countyInstruction = await instruct(county);
    await expectOk(
      county.c.unit.post(`/api/instructions/${countyInstruction.id}/feedback`, { feedback: '已落实。' }),
    );
    const q = 'year=2025&scope=subtree';
    // One report filed in each for its issue: 2 received, both adopted, 2 issues.
    expect(await figures(city.c.staff, q, 'opinions')).toMatchObject({ received: 2, adopted: 2, issues: 2 });
    // 2 批示; the city's part owing, due 03-10: open, not yet overdue; 1 of 1 feedback on time.
    expect(await figures(city.c.staff, q, 'instructions')).toMatchObject({
      total: 2,
      feedbackOpen: 1,
      feedbackOverdue: 0,
      feedbackOnTimeRate: 1,
    });
    const cityRow = await storedRow('opinions.v1', city.w.committeeId, 2025);
    const countyRow = await storedRow('opinions.v1', county.w.committeeId, 2025);
    expect(cityRow.data).toMatchObject({ received: 1, owing: { '2025-03-10': 1 } });

    // 03-11, no command in between: the owing part is overdue, the rows as they were.
    vi.setSystemTime(morning('2025-03-11'));
    const [staff, unit] = [await again(city.c.staff), await again(city.c.unit)];
    expect(await figures(staff, q, 'instructions')).toMatchObject({
      feedbackOpen: 1,
      feedbackOverdue: 1,
    });
    expect(await storedRow('opinions.v1', city.w.committeeId, 2025)).toEqual(cityRow);

    // The city's unit answers a day late: nothing owed; on time 1 of 2 given = 0.5.
    await expectOk(unit.post(`/api/instructions/${cityInstruction.id}/feedback`, { feedback: '已研究。' }));
    expect(await figures(staff, q, 'instructions')).toMatchObject({
      total: 2,
      feedbackOpen: 0,
      feedbackOverdue: 0,
      feedbackOnTimeRate: 0.5,
    });
    // The county had no event: its row was read, not computed again.
    expect(await storedRow('opinions.v1', county.w.committeeId, 2025)).toEqual(countyRow);

    // A report filed in the county afterwards: 3 received (2 adopted), its row computed again.
    await fileReport({ ...county, c: { ...county.c, m2: await again(county.c.m2) } }, 'm2', {
      title: '关于农村客运班线的情况反映',
    });
    expect(await figures(staff, q, 'opinions')).toMatchObject({ received: 3, adopted: 2 });
    expect((await storedRow('opinions.v1', county.w.committeeId, 2025)).snapshot).not.toBe(
      countyRow.snapshot,
    );
  });
});

describe('meetings kept per committee', () => {
  it('follow a member’s own check-in and the end of a sitting', async () => {
    const mw = await meetingWorld(t, 'cc');
    // Running now: one sitting from an hour ago to ten minutes from now, six members invited.
    const m = await meetingBy(mw, {
      startHours: -1,
      sittings: [{ name: '全体会议', startsAt: inHours(-1), endsAt: inHours(1 / 6) }],
    });
    const sittingId = m.sittings[0].id as number;
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date(m.sittings[0].startsAt))
      .slice(0, 4);
    const q = `year=${year}&scope=self`;
    // Nobody checked in and the sitting not over: all six 未签到, so nobody counts as 应到 yet.
    expect(await figures(mw.c.staff, q, 'meetings')).toEqual({
      meetings: 1,
      expected: 0,
      attended: 0,
      leave: 0,
      absent: 0,
      attendanceRate: null,
    });
    // m1 scans the hall's code: 实到 1 of 1 (the other five still 未签到).
    const { token } = await expectOk(mw.c.organiser.get(`/api/meetings/sittings/${sittingId}/checkin-token`));
    await expectOk(mw.c.m1.post('/api/meetings/checkin', { sittingId, token }));
    expect(await figures(mw.c.staff, q, 'meetings')).toMatchObject({
      expected: 1,
      attended: 1,
      attendanceRate: 1,
    });
    const row = await storedRow('meetings.v1', mw.w.committeeId, Number(year));
    expect(row.data).toMatchObject({ until: new Date(m.sittings[0].endsAt).toISOString() });

    // A quarter of an hour later, no command in between: the sitting is over, the five others 缺席; 1 of 6.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(Date.now() + 15 * 60_000) });
    expect(await figures(mw.c.staff, q, 'meetings')).toEqual({
      meetings: 1,
      expected: 6,
      attended: 1,
      leave: 0,
      absent: 5,
      attendanceRate: 0.1667,
    });
  });
});

describe('协商统计 kept per committee', () => {
  it('follows a department’s feedback after the figures were stored', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: morning('2026-03-12') });
    const cw = await consultationWorld(t, 'cd');
    const activity = await heldActivity(cw, { day: '2026-03-10' });
    const id = await suggestionOn(cw, activity);
    const q = 'year=2026&scope=self';
    // One activity held in March, one suggestion awaiting feedback: nothing answered yet.
    expect(await figures(cw.c.staff, q, 'consultation')).toMatchObject({
      held: 1,
      suggestions: 1,
      onTimeRate: null,
      adoptionRate: null,
    });
    await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${id}/feedback`, {
        adoption: 'adopted',
        feedback: '已采纳',
      }),
    );
    // Answered the same day, adopted: 1 of 1 on time and adopted; none done of 1 adopted.
    expect(await figures(cw.c.staff, q, 'consultation')).toMatchObject({
      held: 1,
      suggestions: 1,
      onTimeRate: 1,
      adoptionRate: 1,
      completionRate: 0,
    });
  });
});

describe('the plan’s targets kept per committee', () => {
  it('follow the plan edited after the figures were stored', async () => {
    const pw = await planWorld(t, 'cp');
    const q = 'year=2026&scope=self';
    const created = await pw.c.organiser.post('/api/consultation-plans', {
      year: 2026,
      frequencyNote: '6+X',
      targets: [{ form: 'special', minimum: 4 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    // 4 专题协商 planned, none held: 0 of 4.
    expect(await figures(pw.c.staff, q, 'consultation')).toMatchObject({
      held: 0,
      targets: 4,
      targetRate: 0,
    });
    await expectOk(
      pw.c.organiser.put(`/api/consultation-plans/${created.json().id}`, {
        expectedVersion: created.json().version,
        frequencyNote: '6+X',
        targets: [
          { form: 'special', minimum: 4 },
          { form: 'forum', minimum: 2 },
        ],
        entries: [],
      }),
    );
    // 4 + 2 after the edit.
    expect(await figures(pw.c.staff, q, 'consultation')).toMatchObject({
      held: 0,
      targets: 6,
      targetRate: 0,
    });
  });
});

describe('the hourly warm-up job', () => {
  it('stores this year’s and last year’s rows of every committee before any read', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: morning('2026-03-12') });
    const ow = await opinionWorld(t, 'ce');
    await fileReport(ow, 'm1');
    expect(await storedRow('opinions.v1', ow.w.committeeId, 2026)).toBeUndefined();
    await cockpitCacheJob.run(t.ctx, new Date());
    // Its one report of 2026, none in 2025; the other sections' rows too.
    expect((await storedRow('opinions.v1', ow.w.committeeId, 2026)).data).toMatchObject({ received: 1 });
    expect((await storedRow('opinions.v1', ow.w.committeeId, 2025)).data).toMatchObject({ received: 0 });
    for (const section of ['proposals.v1', 'meetings.v1', 'consultation.v2', 'supervision.v1']) {
      expect(await storedRow(section, ow.w.committeeId, 2026), section).toBeDefined();
    }
  });
});
