import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutyScores, meetingAttendance as storedAttendance } from '../../db/schema';
import { yearInstants } from '../../platform/duty-items';
import { createTestApp, type TestApp } from '../../test/app';
import { meetingAttendance } from '../meetings/attendance';
import { attendanceInRange } from '../meetings/attendance-range';
import {
  askLeave,
  heldYesterday,
  inHours,
  type MeetingWorld,
  meetingWorld as makeMeetingWorld,
  meetingBy,
} from '../meetings/test-meetings';
import { collectItems } from './compute';
import { scoreYearEverywhere } from './refresh';

let t: TestApp;
let mw: MeetingWorld;
const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);
const db = () => t.ctx.handle.db;
const NAMES = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'] as const;
let meetingIds: { a: number; b: number; c: number };

/**
 * A hand-built year of three meetings, each in two sittings:
 * A (常委会, held yesterday): m1 出席, m2 late to the second sitting, m3 on leave, m4 on leave for
 *   the second sitting, m5 and m6 absent without leave;
 * B (全体会议, held yesterday): the same, but m6 present at both;
 * C (常委会, first sitting over, second tomorrow): m1 checked in, m2 absent from the first and on
 *   leave for the second (absent wins), m3 checked in and on leave for the second, m4 on leave for
 *   the whole meeting, m5 late, m6 absent from the first.
 */
beforeAll(async () => {
  t = await createTestApp();
  mw = await makeMeetingWorld(t, 'ye');
  const a = await heldYesterday(mw, ['m5', 'm6'], 'standing');
  const b = await heldYesterday(mw, ['m5'], 'plenary');
  const c = await meetingBy(mw, {
    startHours: -4,
    sittings: [
      { name: '上午', startsAt: inHours(-4), endsAt: inHours(-2) },
      { name: '明天', startsAt: inHours(20), endsAt: inHours(22) },
    ],
  });
  const [s1, s2] = c.sittings.map((s: { id: number }) => s.id);
  const roll = (memberIds: number[], late = false) =>
    mw.c.organiser.post(`/api/meetings/sittings/${s1}/roll-call`, { memberIds, late });
  expect((await roll([mw.m.m1, mw.m.m3])).statusCode).toBe(200);
  expect((await roll([mw.m.m5], true)).statusCode).toBe(200);
  for (const [who, fields] of [
    ['m2', { category: 'official', reason: '明天开会', sittingIds: String(s2) }],
    ['m3', { category: 'official', reason: '明天出差', sittingIds: String(s2) }],
    ['m4', { category: 'sick', reason: '住院' }],
  ] as const) {
    const asked = await askLeave(mw.c[who], c.id, fields);
    expect(asked.statusCode, asked.body).toBe(201);
    const decided = await mw.c.organiser.post(`/api/leave-requests/${asked.json().leaveRequest.id}/decide`, {
      approve: true,
    });
    expect(decided.statusCode, decided.body).toBe(200);
  }
  meetingIds = { a: a.m.id, b: b.m.id, c: c.id };
});
afterAll(() => t.close());

/** Counted by hand from the story above: each member's state at A, B and C. */
const STATES: Record<(typeof NAMES)[number], [string, string, string]> = {
  m1: ['present', 'present', 'pending'],
  m2: ['late', 'late', 'absent'],
  m3: ['leave', 'leave', 'leave'],
  m4: ['leave', 'leave', 'leave'],
  m5: ['absent', 'absent', 'pending'],
  m6: ['absent', 'present', 'absent'],
};

describe('the year-end run derives attendance in SQL', () => {
  it('gives every attendee the state counted by hand, the same as the meeting page', async () => {
    const rows = await attendanceInRange(db(), { committeeId: mw.w.committeeId, ...yearInstants(year) });
    const stateOf = (meetingId: number, memberId: number) =>
      rows.find((r) => r.meeting.id === meetingId && r.memberId === memberId)?.state;
    for (const name of NAMES) {
      const { a, b, c } = meetingIds;
      expect(
        [a, b, c].map((id) => stateOf(id, mw.m[name])),
        name,
      ).toEqual(STATES[name]);
    }
    // The meeting page (statesOf, row by row in the app) agrees on every attendee, m1–m6 and the others.
    for (const id of Object.values(meetingIds)) {
      const page = (await meetingAttendance(db(), id)).members;
      const sqlStates = new Map(rows.filter((r) => r.meeting.id === id).map((r) => [r.memberId, r.state]));
      expect(sqlStates).toEqual(new Map([...page].map(([memberId, s]) => [memberId, s.state])));
    }
    // One member's rows alone, and the plenaries alone, are the same states.
    const m2 = await attendanceInRange(db(), {
      committeeId: mw.w.committeeId,
      memberId: mw.m.m2,
      kinds: ['plenary'],
      ...yearInstants(year),
    });
    expect(m2.map((r) => [r.meeting.id, r.meeting.kind, r.state])).toEqual([
      [meetingIds.b, 'plenary', 'late'],
    ]);
    // The absent rows only (the term's earlier plenaries): m5 and m6 at A, m5 at B, m2 and m6 at C.
    const absent = await attendanceInRange(db(), {
      committeeId: mw.w.committeeId,
      onlyAbsent: true,
      ...yearInstants(year),
    });
    const { a, b, c } = meetingIds;
    expect(absent.map((r) => [r.meeting.id, r.memberId, r.state]).sort()).toEqual(
      [
        [a, mw.m.m5, 'absent'],
        [a, mw.m.m6, 'absent'],
        [b, mw.m.m5, 'absent'],
        [c, mw.m.m2, 'absent'],
        [c, mw.m.m6, 'absent'],
      ].sort(),
    );
    // A and B have ended: their states were read as stored. Without their stored rows (meetings the
    // hourly job has not reached yet) they are derived, and come out the same.
    const key = (r: (typeof rows)[number]) => `${r.meeting.id}:${r.memberId}:${r.state}`;
    await db()
      .delete(storedAttendance)
      .where(inArray(storedAttendance.meetingId, [meetingIds.a, meetingIds.b]));
    const derived = await attendanceInRange(db(), { committeeId: mw.w.committeeId, ...yearInstants(year) });
    expect(derived.map(key).sort()).toEqual(rows.map(key).sort());
  });

  it('turns them into the meeting items and stores the totals counted by hand', async () => {
    const items = await collectItems(db(), { committeeId: mw.w.committeeId, year });
    const meetingKinds = (name: (typeof NAMES)[number]) =>
      (items.get(mw.m[name]) ?? [])
        .filter((i) => i.kind.startsWith('meeting.'))
        .map((i) => i.kind)
        .sort();
    // A meeting still pending for a member is no item yet.
    expect(meetingKinds('m1')).toEqual(['meeting.plenary.present', 'meeting.standing.present']);
    expect(meetingKinds('m2')).toEqual([
      'meeting.plenary.late',
      'meeting.standing.absent',
      'meeting.standing.late',
    ]);
    expect(meetingKinds('m3')).toEqual([
      'meeting.plenary.leave',
      'meeting.standing.leave',
      'meeting.standing.leave',
    ]);
    expect(meetingKinds('m5')).toEqual(['meeting.plenary.absent', 'meeting.standing.absent']);
    expect(meetingKinds('m6')).toEqual([
      'meeting.plenary.present',
      'meeting.standing.absent',
      'meeting.standing.absent',
    ]);

    expect(await scoreYearEverywhere(t.ctx.handle, year)).toBeGreaterThanOrEqual(6);
    const stored = await db()
      .select({ memberId: dutyScores.memberId, total: dutyScores.total })
      .from(dutyScores)
      .where(and(eq(dutyScores.year, year), inArray(dutyScores.memberId, Object.values(mw.m))));
    const totals = Object.fromEntries(
      NAMES.map((n) => [n, stored.find((s) => s.memberId === mw.m[n])?.total]),
    );
    // 60 + 常委会 (出席 5, 迟到 4, 请假 −3, 缺席 −10) + 全体会议 (出席 10, 迟到 8, 请假 −10, 缺席 −30).
    expect(totals).toEqual({
      m1: 60 + 5 + 10,
      m2: 60 + 4 + 8 - 10,
      m3: 60 - 3 - 10 - 3,
      m4: 60 - 3 - 10 - 3,
      m5: 60 - 10 - 30,
      m6: 60 - 10 + 10 - 10,
    });
    // The member's own page (scored live, one member's statements) shows the stored total.
    const m6 = await mw.c.m6.get(`/api/duty-archive/me?year=${year}`);
    expect(m6.json().total).toBe(totals.m6);
  });
});
