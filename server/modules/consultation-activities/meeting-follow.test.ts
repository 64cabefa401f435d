import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { activityInput, type ConsultationWorld, consultationWorld, expectOk } from './test-consultations';

/**
 * An activity's meeting follows its day and place: planned for 2026-03-10 10:00–12:00 (Beijing) in
 * 政协二楼会议室 with every member invited, its notice sent, then moved to 2026-03-05 14:00–16:00 in
 * 区行政中心三楼会议室.
 */
let t: TestApp;
let cw: ConsultationWorld;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'mf');
}, 60_000);
afterAll(() => t.close());

const noticesOf = async () =>
  (await expectOk(cw.c.m1.get('/api/notifications?pageSize=50'))).items.map(
    (n: { body: string | null }) => n.body,
  );

describe('the meeting of an edited activity', () => {
  it('takes the new day, times and place, moves the reply-by date up, and tells the invitees', async () => {
    const made = await expectOk(
      cw.c.consult.post('/api/consultations', activityInput(cw, { invite: { allMembers: true } })),
      201,
    );
    const meetingUrl = `/api/meetings/${made.meeting.id}`;
    const before = await expectOk(cw.c.consult.get(meetingUrl));
    expect(before.replyBy).toBe('2026-03-10');
    await expectOk(cw.c.consult.post(`${meetingUrl}/publish`, { expectedVersion: before.version }));
    const told = (await noticesOf()).length;
    const edited = await expectOk(
      cw.c.consult.post(`/api/consultations/${made.id}/edit`, {
        ...activityInput(cw, { day: '2026-03-05', place: '区行政中心三楼会议室' }),
        startsAt: '2026-03-05T14:00:00+08:00',
        endsAt: '2026-03-05T16:00:00+08:00',
        expectedVersion: made.version,
      }),
    );
    expect(edited.place).toBe('区行政中心三楼会议室');
    const after = await expectOk(cw.c.consult.get(meetingUrl));
    expect({
      status: after.status,
      place: after.place,
      replyBy: after.replyBy,
      sittings: after.sittings.map((s: { startsAt: string; endsAt: string }) => [s.startsAt, s.endsAt]),
    }).toEqual({
      status: 'published',
      place: '区行政中心三楼会议室',
      replyBy: '2026-03-05',
      sittings: [['2026-03-05T06:00:00.000Z', '2026-03-05T08:00:00.000Z']],
    });
    // m1, invited, hears of the change with the new time and place.
    const notices = await noticesOf();
    expect(notices).toHaveLength(told + 1);
    expect(notices[0]).toContain('地点：区行政中心三楼会议室');

    // An edit that keeps the day and place leaves the meeting as it was.
    await expectOk(
      cw.c.consult.post(`/api/consultations/${made.id}/edit`, {
        ...activityInput(cw, { topic: '请你来协商：校园周边交通安全（调整）' }),
        startsAt: '2026-03-05T14:00:00+08:00',
        endsAt: '2026-03-05T16:00:00+08:00',
        place: '区行政中心三楼会议室',
        expectedVersion: edited.version,
      }),
    );
    expect((await expectOk(cw.c.consult.get(meetingUrl))).version).toBe(after.version);
  });
});
