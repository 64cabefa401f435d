import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { actorOfUsername } from '../../auth/actor';
import { type DbHandle, openPostgres } from '../../db/client';
import { meetingAttendance, meetingAttendeeStates, members } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
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

/** States of the world's members m1, m2, … in the order given, keyed by member id as storedStates gives them. */
const sixStates = (w: MeetingWorld, states: string[]) =>
  Object.fromEntries(states.map((state, i) => [w.m[`m${i + 1}` as keyof MeetingWorld['m']], state]));

async function ok<R extends { statusCode: number; body: string }>(res: Promise<R>) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(200);
  return r;
}

describe('the stored counts follow each check-in', () => {
  it('equal the hand count after scans, codes, roll calls and a member on leave checking in', async () => {
    // 上午 began ten minutes ago (a scan now is late), 下午 starts in half an hour (a scan is on time).
    const m = await meetingBy(mw, {
      startHours: -1 / 6,
      sittings: [
        { name: '上午', startsAt: inHours(-1 / 6), endsAt: inHours(0.25) },
        { name: '下午', startsAt: inHours(0.5), endsAt: inHours(1.5) },
      ],
    });
    const [s1, s2] = m.sittings.map((s: { id: number }) => s.id);
    const scan = async (who: keyof MeetingWorld['m'], sid: number) => {
      const { token } = (await mw.c.organiser.get(`/api/meetings/sittings/${sid}/checkin-token`)).json();
      return ok(mw.c[who].post('/api/meetings/checkin', { sittingId: sid, token }));
    };
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
    // As if both sittings were over: nobody has come yet, all six 缺席.
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 0, late: 0, leave: 0, absent: 6 });
    expect(await storedStates(m.id)).toEqual(sixStates(mw, Array(6).fill('absent')));
    // m1 scans in late to 上午: still missing 下午, so still 缺席.
    expect((await scan('m1', s1)).json()).toMatchObject({ already: false, late: true });
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 0, late: 0, leave: 0, absent: 6 });
    // m1 on time to 下午: 迟到 for the meeting; a second scan changes nothing.
    await scan('m1', s2);
    await scan('m1', s2);
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 1, late: 1, leave: 0, absent: 5 });
    expect(await storedStates(m.id)).toEqual(sixStates(mw, ['late', ...Array(5).fill('absent')]));
    // m2 called on time at both sittings: 出席.
    await roll(s1, ['m2']);
    await roll(s2, ['m2']);
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 2, late: 1, leave: 0, absent: 4 });
    // m3's leave for the whole meeting approved: 请假.
    const leave = (await askLeave(mw.c.m3, m.id, { category: 'official', reason: '市里开会' })).json()
      .leaveRequest;
    await ok(mw.c.organiser.post(`/api/leave-requests/${leave.id}/decide`, { approve: true }));
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 2, late: 1, leave: 1, absent: 3 });
    expect(await storedStates(m.id)).toEqual(
      sixStates(mw, ['late', 'present', 'leave', 'absent', 'absent', 'absent']),
    );
    // m3 comes anyway: late to 上午 by code (请假 still covers 下午), then on time to 下午: 迟到.
    expect((await byCode('m3', s1)).json()).toMatchObject({ already: false, late: true });
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 2, late: 1, leave: 1, absent: 3 });
    await scan('m3', s2);
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 3, late: 2, leave: 0, absent: 3 });
    // The roll of 上午 called late for m4, m5, m6 (m2 already in): each still misses 下午.
    expect((await roll(s1, ['m2', 'm4', 'm5', 'm6'], true)).json()).toEqual({ added: 3, already: 1 });
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 3, late: 2, leave: 0, absent: 3 });
    // 下午's roll for m4 and m5: 迟到 both; m6 stays 缺席.
    expect((await roll(s2, ['m4', 'm5'])).json()).toEqual({ added: 2, already: 0 });
    // m1 迟到, m2 出席, m3 迟到, m4 迟到, m5 迟到, m6 缺席.
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 5, late: 4, leave: 0, absent: 1 });
    expect(await storedStates(m.id)).toEqual(
      sixStates(mw, ['late', 'present', 'late', 'late', 'late', 'absent']),
    );
  });

  it('derives the whole meeting when its row is missing', async () => {
    const m = await meetingBy(mw, { startHours: 0.5 });
    const sid = m.sittings[0].id;
    await ok(mw.c.organiser.post(`/api/meetings/sittings/${sid}/roll-call`, { memberIds: [mw.m.m1] }));
    await db().delete(meetingAttendance).where(eq(meetingAttendance.meetingId, m.id));
    // m2 late: the row comes back with m1 too.
    const body = { memberIds: [mw.m.m2], late: true };
    await ok(mw.c.organiser.post(`/api/meetings/sittings/${sid}/roll-call`, body));
    expect(await stored(m.id)).toEqual({ expected: 6, attended: 2, late: 1, leave: 0, absent: 4 });
    expect(await storedStates(m.id)).toEqual(
      sixStates(mw, ['present', 'late', 'absent', 'absent', 'absent', 'absent']),
    );
    // m6 taken off the list: neither counted nor stored any more.
    const five = Object.values(mw.m).filter((id) => id !== mw.m.m6);
    const input = meetingInput(mw, { startHours: 0.5, invite: { memberIds: five } });
    await ok(mw.c.organiser.put(`/api/meetings/${m.id}`, { ...input, expectedVersion: m.version }));
    expect(await stored(m.id)).toEqual({ expected: 5, attended: 2, late: 1, leave: 0, absent: 3 });
    expect(await storedStates(m.id)).toEqual(
      sixStates(mw, ['present', 'late', 'absent', 'absent', 'absent']),
    );
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
    expect(await stored(m.id)).toEqual({ expected: N, attended: 0, late: 0, leave: 0, absent: N });
    // 开幕: everyone still misses 闭幕, so the counts stay; 闭幕: every other one late.
    await allAtOnce(m.sittings[0].id);
    expect(await stored(m.id)).toEqual({ expected: N, attended: 0, late: 0, leave: 0, absent: N });
    await allAtOnce(m.sittings[1].id);
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
    expect(await stored(m.id)).toEqual({ expected: N, attended: N, late: N / 2, leave: 0, absent: 0 });
  });
});
