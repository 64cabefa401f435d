import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { actorOfUsername } from '../../auth/actor';
import { type Db, type DbHandle, openPostgres, type Tx } from '../../db/client';
import {
  meetingAttendance,
  meetingAttendeeStates,
  meetingCheckins,
  meetings,
  members,
} from '../../db/schema';
import { atTime } from '../../platform/clock';
import { rowsOf } from '../../platform/duty-items';
import { createTestApp, type TestApp } from '../../test/app';
import { attendanceInRange } from './attendance-range';
import { storeAttendance, storeMissingAttendance } from './attendance-store';
import { rollCall } from './commands/checkin';
import { askLeave, inHours, type MeetingWorld, meetingBy, meetingInput, meetingWorld } from './test-meetings';

const onPostgres = inject('dbTemplate').kind === 'postgres';

let t: TestApp;
let mw: MeetingWorld;
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'as');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;

/** A meeting's stored counts (meeting_attendance), without its bookkeeping. */
async function stored(meetingId: number) {
  const [row] = await db().select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
  if (!row) return null;
  const { expected, attended, late, leave, absent } = row;
  return { expected, attended, late, leave, absent };
}

/** Each attendee's stored state at a meeting (meeting_attendee_states), by member id. */
async function storedStates(meetingId: number) {
  const rows = await db()
    .select({ memberId: meetingAttendeeStates.memberId, state: meetingAttendeeStates.state })
    .from(meetingAttendeeStates)
    .where(eq(meetingAttendeeStates.meetingId, meetingId));
  return Object.fromEntries(rows.map((r) => [r.memberId, r.state]));
}

/** Whether the meeting's stored row is final (computed at or after the meeting's end), null without one. */
async function isFinal(meetingId: number) {
  const [row] = await rowsOf<{ final: boolean }>(
    db(),
    sql`select a.computed_at >= m.ends_at as final from meeting_attendance a
      join meetings m on m.id = a.meeting_id where a.meeting_id = ${meetingId}`,
  );
  return row ? row.final : null;
}

/** Later than every test meeting's end (they all end within two hours). */
const afterTheEnd = () => new Date(Date.now() + 3 * 3_600_000);

/**
 * The hourly job, run once the meetings have ended: returns how many it finalised. Every meeting of
 * the file made so far is over by then, so the first test alone runs it; the others finalise theirs.
 */
const finaliseEnded = () => atTime(afterTheEnd(), () => storeMissingAttendance(db()));

/** One meeting's stored attendance rewritten after its end, as the job does. */
const finalise = (meetingId: number) =>
  atTime(afterTheEnd(), () => db().transaction((tx) => storeAttendance(tx, [meetingId])));

/** States of the world's members m1, m2, … in the order given, keyed by member id as storedStates gives them. */
const sixStates = (w: MeetingWorld, states: string[]) =>
  Object.fromEntries(states.map((state, i) => [w.m[`m${i + 1}` as keyof MeetingWorld['m']], state]));

async function ok<R extends { statusCode: number; body: string }>(res: Promise<R>) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(200);
  return r;
}

describe('the stored attendance, final once the meeting is over', () => {
  it('is finalised to the hand count of scans, codes, roll calls and a member on leave checking in', async () => {
    // 上午 began ten minutes ago (a scan now is late), 下午 starts in half an hour (a scan is on time).
    const m = await meetingBy(mw, {
      startHours: -1 / 6,
      sittings: [
        { name: '上午', startsAt: inHours(-1 / 6), endsAt: inHours(0.25) },
        { name: '下午', startsAt: inHours(0.5), endsAt: inHours(1.5) },
      ],
    });
    const [s1, s2] = m.sittings.map((s: { id: number }) => s.id);
    const scanning = async (who: keyof MeetingWorld['m'], sid: number) => {
      const { token } = (await mw.c.organiser.get(`/api/meetings/sittings/${sid}/checkin-token`)).json();
      return mw.c[who].post('/api/meetings/checkin', { sittingId: sid, token });
    };
    const scan = (who: keyof MeetingWorld['m'], sid: number) => ok(scanning(who, sid));
    const byCode = async (who: keyof MeetingWorld['m'], sid: number) => {
      const { code } = (await mw.c[who].get('/api/meetings/member-code')).json();
      return ok(mw.c.organiser.post(`/api/meetings/sittings/${sid}/member-code`, { code }));
    };
    const roll = (sid: number, who: (keyof MeetingWorld['m'])[], late = false) =>
      ok(
        mw.c.organiser.post(`/api/meetings/sittings/${sid}/roll-call`, {
          memberIds: who.map((k) => mw.m[k]),
          late,
        }),
      );
    // Published: provisional, as if both sittings were over: nobody has come yet, all six 缺席.
    expect(await isFinal(m.id)).toBe(false);
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 0, late: 0, leave: 0, absent: 6 });
    expect(await storedStates(m.id)).toEqual(sixStates(mw, Array(6).fill('absent')));
    // m1 scans in late to 上午, then on time to 下午 (twice: the second changes nothing).
    expect((await scan('m1', s1)).json()).toMatchObject({ already: false, late: true });
    await scan('m1', s2);
    expect((await scan('m1', s2)).json()).toMatchObject({ already: true });
    // m2 called on time at both sittings.
    await roll(s1, ['m2']);
    await roll(s2, ['m2']);
    // m3's leave for the whole meeting approved; m3 comes anyway: late to 上午 by code, then on time to 下午.
    const leave = (await askLeave(mw.c.m3, m.id, { category: 'official', reason: '市里开会' })).json()
      .leaveRequest;
    await ok(mw.c.organiser.post(`/api/leave-requests/${leave.id}/decide`, { approve: true }));
    expect((await byCode('m3', s1)).json()).toMatchObject({ already: false, late: true });
    await scan('m3', s2);
    // The roll of 上午 called late for m4, m5, m6 (m2 already in), 下午's for m4 and m5.
    expect((await roll(s1, ['m2', 'm4', 'm5', 'm6'], true)).json()).toEqual({ added: 3, already: 1 });
    expect((await roll(s2, ['m4', 'm5'])).json()).toEqual({ added: 2, already: 0 });
    expect(await isFinal(m.id)).toBe(false);
    // Over: the hourly job finalises it. m1 迟到, m2 出席, m3 迟到, m4 迟到, m5 迟到, m6 缺席.
    expect(await finaliseEnded()).toBeGreaterThanOrEqual(1);
    expect(await isFinal(m.id)).toBe(true);
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 5, late: 4, leave: 0, absent: 1 });
    expect(await storedStates(m.id)).toEqual(
      sixStates(mw, ['late', 'present', 'late', 'late', 'late', 'absent']),
    );
    // A scan that comes after the finalisation (by this clock 下午 still runs) is refused and not kept.
    const refused = await scanning('m6', s2);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('会议已结束，出勤已统计，不能再签到');
    const m6At2 = await db()
      .select()
      .from(meetingCheckins)
      .where(sql`${meetingCheckins.sittingId} = ${s2} and ${meetingCheckins.memberId} = ${mw.m.m6}`);
    expect(m6At2).toEqual([]);
    // m6 entered from the paper sheet after the end: the final row follows at once (m6 迟到).
    const actor = await actorOfUsername(db(), 'as_organiser');
    await atTime(afterTheEnd(), () => rollCall(db(), actor, s2, { memberIds: [mw.m.m6], late: false }));
    expect(await isFinal(m.id)).toBe(true);
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 6, late: 5, leave: 0, absent: 0 });
  });

  it('gives a meeting without a row a provisional one at its next check-in and finalises it whole', async () => {
    const m = await meetingBy(mw, { startHours: 0.5 });
    const sid = m.sittings[0].id;
    await ok(mw.c.organiser.post(`/api/meetings/sittings/${sid}/roll-call`, { memberIds: [mw.m.m1] }));
    await db().delete(meetingAttendance).where(eq(meetingAttendance.meetingId, m.id));
    const body = { memberIds: [mw.m.m2], late: true };
    await ok(mw.c.organiser.post(`/api/meetings/sittings/${sid}/roll-call`, body));
    expect(await isFinal(m.id)).toBe(false);
    // Finalised with m1 too: m1 出席, m2 迟到.
    await finalise(m.id);
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 2, late: 1, leave: 0, absent: 4 });
    // m6 taken off the list: provisional again until the end, then neither counted nor stored.
    const five = Object.values(mw.m).filter((id) => id !== mw.m.m6);
    const input = meetingInput(mw, { startHours: 0.5, invite: { memberIds: five } });
    await ok(mw.c.organiser.put(`/api/meetings/${m.id}`, { ...input, expectedVersion: m.version }));
    expect(await isFinal(m.id)).toBe(false);
    await finalise(m.id);
    expect(await stored(m.id)).toEqual({ expected: 5, attended: 2, late: 1, leave: 0, absent: 3 });
    expect(await storedStates(m.id)).toEqual(
      sixStates(mw, ['present', 'late', 'absent', 'absent', 'absent']),
    );
  });

  it('is read by the duty archive only once final', async () => {
    const m = await meetingBy(mw, { startHours: 0.5 });
    await ok(
      mw.c.organiser.post(`/api/meetings/sittings/${m.sittings[0].id}/roll-call`, { memberIds: [mw.m.m1] }),
    );
    const m2 = and(eq(meetingAttendeeStates.meetingId, m.id), eq(meetingAttendeeStates.memberId, mw.m.m2));
    const m2AfterTheEnd = () =>
      atTime(afterTheEnd(), async () => {
        const q = {
          committeeId: mw.w.committeeId,
          memberId: mw.m.m2,
          from: new Date(Date.now() - 3_600_000),
        };
        const rows = await attendanceInRange(db(), { ...q, to: afterTheEnd() });
        return rows.find((r) => r.meeting.id === m.id)?.state;
      });
    // m2 never came: 缺席. Written 出席 into the provisional row by hand, it is not read.
    await db().update(meetingAttendeeStates).set({ state: 'present' }).where(m2);
    expect(await m2AfterTheEnd()).toBe('absent');
    // Finalised, the row is read: the hand-written state shows through.
    await finalise(m.id);
    expect(await m2AfterTheEnd()).toBe('absent');
    await db().update(meetingAttendeeStates).set({ state: 'present' }).where(m2);
    expect(await m2AfterTheEnd()).toBe('present');
  });
});

describe.skipIf(!onPostgres)('simultaneous check-ins on PostgreSQL', () => {
  const N = 30;
  let many: DbHandle;
  let crowd: MeetingWorld;
  let memberIds: number[];
  beforeAll(async () => {
    // A connection per check-in, so they all run at once.
    many = await openPostgres(t.url as string, N);
    crowd = await meetingWorld(t, 'ac');
    const extra = await db()
      .insert(members)
      .values(
        Array.from({ length: N - 6 }, (_, i) => ({
          committeeId: crowd.w.committeeId,
          sectorId: crowd.sectors.edu,
          position: '委员',
          name: `ac-extra${i}`,
          namePinyin: `extra${i}`,
          nameInitials: 'x',
          gender: '男',
        })),
      )
      .returning({ id: members.id });
    memberIds = [...Object.values(crowd.m), ...extra.map((r) => r.id)];
  });
  afterAll(() => many?.close());

  /** Every member checked in at the sitting, each in their own transaction and all at once. */
  async function allAtOnce(sittingId: number) {
    const actor = await actorOfUsername(db(), 'ac_organiser');
    const results = await Promise.all(
      memberIds.map((id, i) => rollCall(many.db, actor, sittingId, { memberIds: [id], late: i % 2 === 1 })),
    );
    expect(results.map((r) => r.added)).toEqual(Array(N).fill(1));
  }

  it('counts every one of a plenary’s simultaneous check-ins', async () => {
    const m = await meetingBy(crowd, {
      kind: 'plenary',
      startHours: 0.3,
      sittings: [
        { name: '开幕', startsAt: inHours(0.3), endsAt: inHours(0.6) },
        { name: '闭幕', startsAt: inHours(0.8), endsAt: inHours(1.2) },
      ],
    });
    // 开幕 for all, then 闭幕 with every other one late.
    await allAtOnce(m.sittings[0].id);
    await allAtOnce(m.sittings[1].id);
    await finalise(m.id);
    expect(await stored(m.id)).toEqual({ expected: N, attended: N, late: N / 2, leave: 0, absent: 0 });
    const states = Object.values(await storedStates(m.id));
    expect([states.filter((s) => s === 'present').length, states.filter((s) => s === 'late').length]).toEqual(
      [N / 2, N / 2],
    );
  });

  it('counts them all when the meeting has no row yet (its first writers race)', async () => {
    const m = await meetingBy(crowd, { kind: 'plenary', startHours: 0.5 });
    await db().delete(meetingAttendance).where(eq(meetingAttendance.meetingId, m.id));
    await allAtOnce(m.sittings[0].id);
    expect(await isFinal(m.id)).toBe(false);
    await finalise(m.id);
    expect(await stored(m.id)).toEqual({ expected: N, attended: N, late: N / 2, leave: 0, absent: 0 });
  });

  /** Some work in a transaction that stays open until `release` is called (then does `then`). */
  async function heldOpen(work: (tx: Tx) => Promise<unknown>, then?: (tx: Tx) => Promise<unknown>) {
    let inside!: () => void;
    const worked = new Promise<void>((r) => {
      inside = r;
    });
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const done = many.db.transaction(async (tx) => {
      await work(tx);
      inside();
      await gate;
      await then?.(tx);
    });
    await worked;
    return { release, done };
  }

  /** Whether a promise settles within the time given (the other is left running). */
  const settlesWithin = (p: Promise<unknown>, ms: number) =>
    Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

  it('lets check-ins pass each other, and finalises only once those in flight have committed', async () => {
    const m = await meetingBy(crowd, { kind: 'plenary', startHours: 0.5 });
    const sid = m.sittings[0].id;
    const actor = await actorOfUsername(db(), 'ac_organiser');
    const checkIn = (on: Db, memberId: number) =>
      rollCall(on, actor, sid, { memberIds: [memberId], late: false });
    const first = await heldOpen((tx) => checkIn(tx as unknown as Db, memberIds[0]));
    try {
      // Another member's check-in does not wait for the first to commit.
      const second = checkIn(many.db, memberIds[1]);
      expect(await settlesWithin(second, 2000)).toBe(true);
      // A finalisation does.
      const finalising = finalise(m.id);
      expect(await settlesWithin(finalising, 300)).toBe(false);
      first.release();
      await Promise.all([first.done, finalising]);
    } finally {
      first.release();
    }
    expect(await stored(m.id)).toEqual({ expected: N, attended: 2, late: 0, leave: 0, absent: N - 2 });
  });

  it('refuses a check-in that waited on an edit ending the meeting and finalising it', async () => {
    const m = await meetingBy(crowd, { kind: 'plenary', startHours: -0.5 });
    const sid = m.sittings[0].id;
    const actor = await actorOfUsername(db(), 'ac_organiser');
    // The edit, still open: the meeting now ended a minute ago, its attendance rewritten (final).
    const edit = await heldOpen(async (tx) => {
      await tx.execute(sql`update meetings set ends_at = now() - interval '1 minute' where id = ${m.id}`);
      await storeAttendance(tx, [m.id]);
    });
    try {
      // A check-in that read the meeting before the edit commits waits for it, then finds it final.
      const late = rollCall(many.db, actor, sid, { memberIds: [memberIds[2]], late: false });
      expect(await settlesWithin(late, 300)).toBe(false);
      edit.release();
      await edit.done;
      await expect(late).rejects.toMatchObject({ status: 409 });
    } finally {
      edit.release();
    }
    const kept = await db().select().from(meetingCheckins).where(eq(meetingCheckins.sittingId, sid));
    expect(kept).toEqual([]);
  });

  it('lets an edit and a finalisation of the same meeting wait on each other without a deadlock', async () => {
    const m = await meetingBy(crowd, { kind: 'plenary', startHours: 0.5 });
    // As an edit does: the meeting locked first, its stored attendance rewritten at the end.
    const edit = await heldOpen(
      (tx) => tx.select().from(meetings).where(eq(meetings.id, m.id)).for('update'),
      (tx) => storeAttendance(tx, [m.id]),
    );
    const finalising = finalise(m.id);
    try {
      expect(await settlesWithin(finalising, 300)).toBe(false);
    } finally {
      edit.release();
    }
    await Promise.all([edit.done, finalising]);
    expect(await isFinal(m.id)).toBe(true);
  });
});
