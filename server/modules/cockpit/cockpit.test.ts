import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingAttendance, sessions } from '../../db/schema';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { storeMissingAttendance } from '../meetings/attendance-store';
import { askLeave, heldYesterday, meetingWorld } from '../meetings/test-meetings';
import { expectOk } from '../opinion-reports/test-opinions';
import type { ProposalWorld } from '../proposals/test-world';
import { cockpitYear, YEAR } from './test-cockpit-year';

/**
 * The cockpit over the year of test-cockpit-year.ts. Every expected figure is a literal with its
 * arithmetic beside it.
 */
let t: TestApp;
let city: Awaited<ReturnType<typeof cockpitYear>>['city'];
let county: ProposalWorld;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp();
  ({ city, county, staff } = await cockpitYear(t));
}, 180_000);
afterAll(() => t.close());

type Section = {
  key: string;
  figures: { key: string; value: number | null; previous: number | null; definition: string }[];
  trend: { values: number[]; previous: number[] | null; labels: string[] } | null;
  lists: { key: string; total: number }[];
};
const figuresOf = (body: { sections: Section[] }, key: string) =>
  Object.fromEntries(body.sections.find((s) => s.key === key)!.figures.map((f) => [f.key, f.value]));

const get = (client: Client, url: string) => expectOk(client.get(url));

describe('a committee alone', () => {
  it('shows each module’s figures of the year, computed by hand', async () => {
    const body = await get(staff, `/api/cockpit?year=${YEAR}&scope=self`);
    expect(body).toMatchObject({
      committee: { name: 'ka政协' },
      scope: 'self',
      period: { kind: 'year', years: [YEAR] },
    });
    expect(figuresOf(body, 'proposals')).toEqual({
      received: 12, // P1–P12 (stats-year.ts)
      registered: 8, // P1–P8
      registrationRate: 0.6667, // 8 / 12
      replyRate: 0.6667, // 4 of 6 assigned replied
      satisfactionRate: 0.4, // 2 满意 of 5 rated
      implementationRate: 0.3333, // 1 已落实 of 3 marked
      overdue: 2, // P4, P5
      keyProposals: 0,
      keyLedByPrincipal: 0,
    });
    expect(figuresOf(body, 'opinions')).toEqual({
      received: 3, // R1 R2 R3
      adopted: 2, // R1 R2
      issues: 2, // the 专报 and the periodical
      adopted_national: 0,
      adopted_province: 1, // R2's item
      adopted_city: 0,
      adopted_county: 0,
    });
    expect(figuresOf(body, 'instructions')).toEqual({
      total: 2,
      level_national: 0,
      level_province: 1, // B
      level_city: 1, // A
      level_county: 0,
      principal: 1, // B
      feedbackOpen: 1, // A's U2
      feedbackOverdue: 1, // A's U2, due 01-20
      feedbackOnTimeRate: 0.5, // B's U1 on time, A's U1 late: 1 / 2
    });
    expect(figuresOf(body, 'meetings')).toMatchObject({ meetings: 0, expected: 0, attendanceRate: null });
    expect(figuresOf(body, 'members')).toMatchObject({ scored: 0, average: null, flagged: 0 });
  });

  it('draws the months and sets last year beside each figure', async () => {
    const body = await get(staff, `/api/cockpit?year=${YEAR}&scope=self`);
    const proposals = body.sections.find((s: Section) => s.key === 'proposals') as Section;
    // stats-year.ts submits every proposal on 2025-01-10: all twelve in January of the session's year.
    expect(proposals.trend!.values).toEqual([12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(proposals.trend!.previous).toEqual(Array(12).fill(0));
    expect(proposals.figures.find((f) => f.key === 'received')!.previous).toBe(0);
    // 查看明细 lists the year's 收到: the twelve, none of the year before.
    const received = (year: number) =>
      get(staff, `/api/proposals?view=all&committeeId=${body.committee.id}&year=${year}&pageSize=50`);
    expect((await received(YEAR)).total).toBe(12);
    expect((await received(YEAR - 1)).total).toBe(0);
    const instructions = body.sections.find((s: Section) => s.key === 'instructions') as Section;
    expect(instructions.trend!.values[0]).toBe(1); // A in January
    expect(instructions.trend!.values.reduce((a, b) => a + b, 0)).toBe(2);
    const members = body.sections.find((s: Section) => s.key === 'members') as Section;
    expect(members.trend).toBeNull(); // scores are yearly
    expect(proposals.figures.find((f) => f.key === 'registrationRate')!.definition).toBe('立案 ÷ 收到');
  });

  it('a term adds its years', async () => {
    const [s] = await t.ctx.handle.db.select().from(sessions).where(eq(sessions.id, city.pw.sessionId));
    const body = await get(staff, `/api/cockpit?termId=${s.termId}&scope=self`);
    expect(body.period).toMatchObject({ kind: 'term', label: '第十一届' });
    expect(body.period.years[0]).toBe(2022);
    expect(figuresOf(body, 'proposals')).toMatchObject({ received: 12, registered: 8 });
    const proposals = body.sections.find((x: Section) => x.key === 'proposals') as Section;
    expect(proposals.trend!.labels[0]).toBe('2022年');
    expect(proposals.trend!.values.at(-1)).toBe(YEAR === 2026 ? 12 : 0);
  });
});

describe('meetings', () => {
  it('counts a held meeting’s attendance as its own page does', async () => {
    // Another committee: one standing meeting held yesterday, six members invited (heldYesterday).
    const mw = await meetingWorld(t, 'kc');
    const { m } = await heldYesterday(mw);
    // Its Beijing year (yesterday is last year on 1 January).
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date(m.sittings[0].startsAt))
      .slice(0, 4);
    const body = await get(mw.c.staff, `/api/cockpit?year=${year}&scope=self`);
    // m1 出席 and m2 迟到 are 实到 (2); m3, m4 请假 (2); m5, m6 缺席 (2); 2 of 6 attended = 33.33%.
    expect(figuresOf(body, 'meetings')).toEqual({
      meetings: 1,
      expected: 6,
      attended: 2,
      leave: 2,
      absent: 2,
      attendanceRate: 0.3333,
    });
  });

  it('follows the commands that change a held meeting’s attendance (its stored counts)', async () => {
    const mw = await meetingWorld(t, 'kd');
    const { m, s1, s2 } = await heldYesterday(mw);
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date(m.sittings[0].startsAt))
      .slice(0, 4);
    const url = `/api/cockpit?year=${year}&scope=self`;
    const stored = async () => {
      const [row] = await t.ctx.handle.db
        .select()
        .from(meetingAttendance)
        .where(eq(meetingAttendance.meetingId, m.id));
      const { expected, attended, late, leave, absent } = row;
      return { expected, attended, late, leave, absent };
    };
    // As above: m1, m2 (迟到) 实到; m3, m4 请假; m5, m6 缺席.
    expect(await stored()).toEqual({ expected: 6, attended: 2, late: 1, leave: 2, absent: 2 });
    // A provisional row (computed before the end: check-ins while it ran) is not added up but derived.
    await t.ctx.handle.db
      .update(meetingAttendance)
      .set({ attended: 0, late: 0, leave: 0, absent: 6, computedAt: new Date(m.sittings[0].startsAt) })
      .where(eq(meetingAttendance.meetingId, m.id));
    expect(figuresOf(await get(mw.c.staff, url), 'meetings')).toMatchObject({
      attended: 2,
      leave: 2,
      absent: 2,
    });
    // The roll called afterwards for m5 at both sittings: 实到 3, 缺席 1.
    for (const sid of [s1, s2]) {
      await expectOk(
        mw.c.organiser.post(`/api/meetings/sittings/${sid}/roll-call`, { memberIds: [mw.m.m5] }),
      );
    }
    expect(await stored()).toEqual({ expected: 6, attended: 3, late: 1, leave: 2, absent: 1 });
    expect(figuresOf(await get(mw.c.staff, url), 'meetings')).toMatchObject({
      attended: 3,
      leave: 2,
      absent: 1,
      attendanceRate: 0.5,
    });
    // m6's leave approved after the meeting: 请假 3, 缺席 0; 3 of 6 attended.
    const leave = (await askLeave(mw.c.m6, m.id, { category: 'sick', reason: '住院' })).json().leaveRequest;
    await expectOk(mw.c.organiser.post(`/api/leave-requests/${leave.id}/decide`, { approve: true }));
    expect(await stored()).toEqual({ expected: 6, attended: 3, late: 1, leave: 3, absent: 0 });
    const after = { meetings: 1, expected: 6, attended: 3, leave: 3, absent: 0, attendanceRate: 0.5 };
    expect(figuresOf(await get(mw.c.staff, url), 'meetings')).toEqual(after);
    // Without its stored row the meeting is derived live, to the same figures.
    await t.ctx.handle.db.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, m.id));
    expect(figuresOf(await get(mw.c.staff, url), 'meetings')).toEqual(after);
    // The hourly job stores it again (at least this meeting: others of the test file may lack one too).
    expect(await storeMissingAttendance(t.ctx.handle.db)).toBeGreaterThanOrEqual(1);
    expect(await stored()).toEqual({ expected: 6, attended: 3, late: 1, leave: 3, absent: 0 });
  });
});

describe('a subtree and the league tables', () => {
  it('rolls the county into the city', async () => {
    const body = await get(staff, `/api/cockpit?year=${YEAR}`);
    expect(body.scope).toBe('subtree');
    expect(body.children.map((c: { name: string }) => c.name)).toEqual(['kb政协']);
    expect(figuresOf(body, 'proposals')).toMatchObject({
      received: 14, // 12 + the county's 2
      registered: 9, // 8 + 1
      registrationRate: 0.6429, // 9 / 14
      replyRate: 0.7143, // (4 + 1) / (6 + 1)
      satisfactionRate: 0.5, // (2 + 1) / (5 + 1)
      implementationRate: 0.3333, // the county marked none: 1 / 3
      overdue: 2,
    });
    const county = await get(staff, `/api/cockpit?year=${YEAR}&committeeId=${countyId()}`);
    expect(county.trail.map((c: { name: string }) => c.name)).toEqual(['ka政协', 'kb政协']);
    expect(figuresOf(county, 'proposals')).toMatchObject({ received: 2, registered: 1, replyRate: 1 });
  });

  it('ranks the lower committees side by side', async () => {
    const body = await get(staff, `/api/cockpit/committees?year=${YEAR}`);
    expect(body.rows).toEqual([
      {
        committee: { id: countyId(), name: 'kb政协', level: 'county' },
        values: expect.objectContaining({
          'proposals.received': 2,
          'proposals.registered': 1,
          'proposals.replyRate': 1, // 1 / 1
          'proposals.satisfactionRate': 1,
          'proposals.implementationRate': null, // nothing marked
          'opinions.received': 0,
          'instructions.total': 0,
        }),
      },
    ]);
    expect(body.columns.find((c: { key: string }) => c.key === 'proposals.replyRate').label).toBe('办复率');
  });

  it('gives each handling unit its assessment row and its export', async () => {
    const body = await get(staff, `/api/cockpit/units?year=${YEAR}`);
    const u1 = body.rows.find((r: { unit: { id: number } }) => r.unit.id === city.u1);
    expect(u1).toEqual({
      unit: { id: city.u1, name: 'ka教育局' },
      values: {
        assigned: 4, // P1 主办, P2 主办, P4 分办, P6 主办
        replied: 3, // P1 P2 P4
        overdue: 0,
        onTimeRate: 1, // (4 − 0) / 4
        replyRate: 0.75, // 3 / 4
        rated: 3,
        satisfactionRate: 0.3333, // 1 / 3
        basicSatisfactionRate: 0.6667, // 2 / 3
        marked: 2, // P1, P2
        implementationRate: 0.5, // P1 of P1, P2
        instructions: 2, // A and B
        instructionFeedback: 2,
        instructionOnTimeRate: 0.5, // B on time, A late
      },
    });
    const u2 = body.rows.find((r: { unit: { id: number } }) => r.unit.id === city.u2);
    expect(u2.values).toMatchObject({
      assigned: 3,
      overdue: 2,
      onTimeRate: 0.3333, // (3 − 2) / 3
      instructions: 1,
      instructionFeedback: 0,
      instructionOnTimeRate: null,
    });
    const kb = body.rows.find((r: { unit: { name: string } }) => r.unit.name === 'kb教育局（kb政协）');
    expect(kb.values).toMatchObject({ assigned: 1, replied: 1, satisfactionRate: 1 });

    const res = await staff.get(`/api/cockpit/units/export?year=${YEAR}&unitId=${city.u1}`);
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toContain(
      `ka政协ka教育局绩效考评（${YEAR}年）.xlsx`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const sheet = wb.getWorksheet('绩效考评')!;
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    expect(rows.length).toBe(2); // the header and the one unit
    const header = rows[0].slice(1);
    const values = rows[1].slice(1);
    const cell = (name: string) => values[header.indexOf(name)];
    expect(values[0]).toBe('ka教育局');
    expect([
      cell('交办'),
      cell('按时办复率(%)'),
      cell('满意率(%)'),
      cell('落实率(%)'),
      cell('批示按时反馈率(%)'),
    ]).toEqual([4, 100, 33.33, 50, 50]);
    const notes = wb.getWorksheet('指标说明')!.getSheetValues().slice(2) as unknown[][];
    expect(notes.find((n) => n[1] === '按时办复率')![2]).toContain('交办');
  });
});

const countyId = () => county.w.committeeId;

describe('who sees what', () => {
  it('a member sees their own committee’s public figures only', async () => {
    const body = await get(city.pw.c.lead, `/api/cockpit?year=${YEAR}`);
    expect(body.scope).toBe('self');
    const keys = body.sections
      .find((s: Section) => s.key === 'proposals')
      .figures.map((f: { key: string }) => f.key);
    expect(keys).toContain('replyRate');
    expect(keys).not.toContain('overdue');
    expect(body.sections.find((s: Section) => s.key === 'members').figures).toEqual([]);
    expect(body.sections.every((s: Section) => s.lists.length === 0)).toBe(true);
    expect(body.children).toEqual([]);
    expect((await city.pw.c.lead.get(`/api/cockpit?year=${YEAR}&scope=subtree`)).statusCode).toBe(403);
    expect((await city.pw.c.lead.get(`/api/cockpit?year=${YEAR}&committeeId=${countyId()}`)).statusCode).toBe(
      403,
    );
    expect((await city.pw.c.lead.get(`/api/cockpit/units?year=${YEAR}`)).statusCode).toBe(403);
  });

  it('a county cannot look up; units and administrators not at all', async () => {
    expect(
      (await county.c.staff.get(`/api/cockpit?year=${YEAR}&committeeId=${city.pw.w.committeeId}`)).statusCode,
    ).toBe(404);
    expect((await city.pw.c.unit.get(`/api/cockpit?year=${YEAR}`)).statusCode).toBe(403);
    expect((await city.pw.c.leader.get(`/api/cockpit?year=${YEAR}`)).statusCode).toBe(200);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const cases: [string, RegExp][] = [
      ['/api/cockpit', /^年度：请选择年度或届次（二选一）$/],
      [`/api/cockpit?year=${YEAR}&termId=1`, /^年度：/],
      ['/api/cockpit?year=abc', /^年度：/],
      [`/api/cockpit?year=${YEAR}&scope=all`, /^范围：/],
      [`/api/cockpit?year=${YEAR}&committeeId=0x10`, /^委员会：/],
      ['/api/cockpit/committees?year=1800', /^年度：/],
      [`/api/cockpit/units/export?year=${YEAR}&unitId=x`, /^承办单位：/],
    ];
    for (const [url, message] of cases) {
      const res = await staff.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.message, url).toMatch(message);
    }
    expect((await staff.get('/api/cockpit?termId=999999')).statusCode).toBe(404);
    expect((await staff.get(`/api/cockpit/units/export?year=${YEAR}&unitId=999999`)).statusCode).toBe(404);
  });
});
