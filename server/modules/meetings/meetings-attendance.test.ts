import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingCheckins, notifications, users } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { createTestApp, type TestApp } from '../../test/app';
import { documentText } from '../../test/docx';
import { xlsxSheets } from '../../test/xlsx';
import { sittingToken } from './codes';
import { runMeetingReminders } from './reminders';
import { askLeave, heldYesterday, type MeetingWorld, meetingBy, meetingWorld } from './test-meetings';

let t: TestApp;
let mw: MeetingWorld;
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'ma');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const checkIn = (c: MeetingWorld['c']['m1'], sittingId: number, token: string) =>
  c.post('/api/meetings/checkin', { sittingId, token });
const tokenFor = async (sittingId: number) =>
  (await mw.c.organiser.get(`/api/meetings/sittings/${sittingId}/checkin-token`)).json().token as string;

describe('check-in with the hall’s QR code', () => {
  it('checks an invitee in once; a second scan is harmless', async () => {
    const m = await meetingBy(mw, { startHours: 0.5, invite: { sectorIds: [mw.sectors.edu] } });
    const sittingId = m.sittings[0].id;
    const first = await checkIn(mw.c.m1, sittingId, await tokenFor(sittingId));
    expect(first.json()).toMatchObject({ already: false, late: false, sitting: { name: '全体会议' } });
    const second = await checkIn(mw.c.m1, sittingId, await tokenFor(sittingId));
    expect(second.json()).toMatchObject({ already: true, checkedInAt: first.json().checkedInAt });
    const rows = await db().select().from(meetingCheckins).where(eq(meetingCheckins.sittingId, sittingId));
    expect(rows.map((r) => [r.memberId, r.method])).toEqual([[mw.m.m1, 'qr']]);
  });

  it('refuses a non-invitee, an old or foreign token, and a scan outside the window', async () => {
    const m = await meetingBy(mw, { startHours: 0.5, invite: { sectorIds: [mw.sectors.edu] } });
    const sittingId = m.sittings[0].id;
    const token = await tokenFor(sittingId);
    const stranger = await checkIn(mw.c.m4, sittingId, token);
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().error.message).toBe('不在本次会议的应到名单中，不能签到');
    // A photo of the screen taken two minutes ago: the code has rotated since.
    const old = sittingToken(t.ctx.cipher, sittingId, new Date(Date.now() - 120_000)).token;
    expect((await checkIn(mw.c.m2, sittingId, old)).json().error.message).toBe(
      '签到码已过期或无效，请重新扫描会场屏幕上的二维码',
    );
    const other = await meetingBy(mw, { startHours: 0.5 });
    expect((await checkIn(mw.c.m2, sittingId, await tokenFor(other.sittings[0].id))).statusCode).toBe(409);
    const later = await meetingBy(mw, { startHours: 3 });
    const early = await checkIn(mw.c.m2, later.sittings[0].id, await tokenFor(later.sittings[0].id));
    expect(early.json().error.message).toMatch(/^签到尚未开始/);
    const past = await meetingBy(mw, { startHours: -3 });
    const late = await checkIn(mw.c.m2, past.sittings[0].id, await tokenFor(past.sittings[0].id));
    expect(late.json().error.message).toMatch(/^签到已结束/);
    // The hall's screen says the same by the server's clock, with who has signed in of how many.
    const screen = async (sid: number) =>
      (await mw.c.organiser.get(`/api/meetings/sittings/${sid}/checkin-token`)).json();
    expect(await screen(later.sittings[0].id)).toMatchObject({ window: 'notOpen' });
    expect(await screen(past.sittings[0].id)).toMatchObject({ window: 'ended' });
    expect(await screen(sittingId)).toMatchObject({ window: 'open', checkedIn: 0, expected: 3 });
    expect(await db().select().from(meetingCheckins).where(eq(meetingCheckins.memberId, mw.m.m2))).toEqual(
      [],
    );
  });
});

describe('the 委员码 at the door and the roll call', () => {
  it('checks a member in from their code of the day, late once the sitting has begun', async () => {
    const m = await meetingBy(mw, { startHours: -0.2 });
    const { code } = (await mw.c.m2.get('/api/meetings/member-code')).json();
    expect(code).toMatch(new RegExp(`^${mw.m.m2}-\\d{6}$`));
    const res = await mw.c.organiser.post(`/api/meetings/sittings/${m.sittings[0].id}/member-code`, { code });
    expect(res.json()).toMatchObject({ already: false, late: true });
    const forged = await mw.c.organiser.post(`/api/meetings/sittings/${m.sittings[0].id}/member-code`, {
      code: `${mw.m.m3}-000000`,
    });
    expect(forged.json().error).toMatchObject({ field: 'code' });
  });

  it('checks several in at once, refusing anyone not invited', async () => {
    const m = await meetingBy(mw, { startHours: 0.5, invite: { positions: ['常委'] } });
    const url = `/api/meetings/sittings/${m.sittings[0].id}/roll-call`;
    const bad = await mw.c.organiser.post(url, { memberIds: [mw.m.m1, mw.m.m5] });
    expect(bad.json().error.message).toBe('委员：有委员不在本次会议的应到名单中');
    expect((await mw.c.organiser.post(url, { memberIds: [mw.m.m1, mw.m.m2] })).json()).toEqual({
      added: 2,
      already: 0,
    });
    expect((await mw.c.organiser.post(url, { memberIds: [mw.m.m1] })).json()).toEqual({
      added: 0,
      already: 1,
    });
    expect((await mw.c.m1.post(url, { memberIds: [mw.m.m1] })).statusCode).toBe(403);
  });
});

describe('attendance', () => {
  it('gives 应到/实到/迟到/请假/缺席 per sitting and for the meeting, as counted by hand', async () => {
    const { m, s1, s2 } = await heldYesterday(mw);
    const view = (await mw.c.organiser.get(`/api/meetings/${m.id}`)).json();
    const figures = (sid: number) => view.sittings.find((s: { id: number }) => s.id === sid).figures;
    // m1, m2, m4 on time; m3 on leave; m5, m6 nowhere.
    expect(figures(s1)).toEqual({ expected: 6, attended: 3, late: 0, leave: 1, absent: 2, pending: 0 });
    // m1 on time, m2 late; m3, m4 on leave; m5, m6 nowhere.
    expect(figures(s2)).toEqual({ expected: 6, attended: 2, late: 1, leave: 2, absent: 2, pending: 0 });
    // m1 出席, m2 迟到, m3 and m4 请假, m5 and m6 无故缺席.
    expect(view.attendance).toEqual({ expected: 6, attended: 2, late: 1, leave: 2, absent: 2, pending: 0 });
    const absent = (await mw.c.organiser.get(`/api/meetings/${m.id}/invitees?state=absent`)).json();
    expect(absent.items.map((r: { memberId: number }) => r.memberId).sort()).toEqual(
      [mw.m.m5, mw.m.m6].sort(),
    );
  });

  it('prints the sign-in sheet and exports the attendance list with the same states', async () => {
    const { m } = await heldYesterday(mw);
    const text = await documentText(await mw.c.organiser.get(`/api/meetings/${m.id}/sign-in-sheet.docx`));
    for (const s of [
      '上午签到表',
      '下午签到表',
      'mam5',
      '无故缺席',
      '请假',
      '迟到',
      '应到 6 人，实到 3 人',
    ]) {
      expect(text).toContain(s);
    }
    const sheets = await xlsxSheets(await mw.c.organiser.get(`/api/meetings/${m.id}/invitees/export`));
    const rows = sheets.出席情况;
    expect(rows[0]).toEqual(['姓名', '界别', '职务', '上午', '下午', '会议出席情况']);
    expect(rows.find((r) => r[0] === 'mam2')!.slice(3)).toEqual(['出席', '迟到', '迟到']);
    expect(rows.find((r) => r[0] === 'mam4')!.slice(3)).toEqual(['出席', '请假', '请假']);
    expect(sheets.统计.at(-1)).toEqual(['全会', 6, 2, 1, 2, 2, 0]);
  });

  it('shows a member’s year per kind of meeting, to the member and the staff only', async () => {
    const year = new Date().getFullYear();
    const mine = (await mw.c.m5.get(`/api/members/${mw.m.m5}/attendance?year=${year}`)).json();
    const standing = mine.byKind.find((k: { kind: string }) => k.kind === 'standing');
    expect(standing.absent).toBeGreaterThanOrEqual(2);
    expect((await mw.c.m1.get(`/api/members/${mw.m.m5}/attendance?year=${year}`)).statusCode).toBe(404);
    // A meeting still to come is not yet counted as 应到.
    await meetingBy(mw, { kind: 'standing', title: '常委会会议（明天）', startHours: 20 });
    const after = (await mw.c.m5.get(`/api/members/${mw.m.m5}/attendance?year=${year}`)).json();
    expect(after.figures).toEqual(mine.figures);
    expect(after.byKind).toEqual(mine.byKind);
  });

  it('flags a member absent without leave from three plenaries of the term', async () => {
    await heldYesterday(mw, ['m5', 'm6'], 'plenary');
    await heldYesterday(mw, ['m5', 'm6'], 'plenary');
    let flags = (await mw.c.organiser.get('/api/meetings/absence-flags')).json();
    expect(flags.members).toEqual([]);
    await heldYesterday(mw, ['m5'], 'plenary');
    flags = (await mw.c.organiser.get('/api/meetings/absence-flags')).json();
    expect(
      flags.members.map((x: { memberId: number; absences: number }) => [x.memberId, x.absences]),
    ).toEqual([[mw.m.m5, 3]]);
    const todos = (await mw.c.organiser.get('/api/todos')).json().items;
    expect(todos.find((x: { key: string }) => x.key === 'meeting.absenceFlags')).toMatchObject({
      count: 1,
      urgent: true,
      link: '/meetings/absences?open=true',
    });
    // Acted on in the duty archive after the third absence, the member leaves the to-do (still listed).
    const talk = (daysAgo: number) =>
      mw.c.organiser.post('/api/duty-archive/actions', {
        memberId: mw.m.m5,
        year: Number(shanghaiDate(new Date()).slice(0, 4)),
        consequence: 'talk',
        actedBy: '张副主席',
        actedOn: shanghaiDate(new Date(Date.now() - daysAgo * 86_400_000)),
        content: '提醒按时参加全体会议',
      });
    const open = async () =>
      (await mw.c.organiser.get('/api/meetings/absence-flags?open=true')).json().members;
    expect((await talk(3)).statusCode).toBe(201);
    expect((await open()).map((x: { memberId: number }) => x.memberId)).toEqual([mw.m.m5]);
    expect((await talk(0)).statusCode).toBe(201);
    expect(await open()).toEqual([]);
    const all = (await mw.c.organiser.get('/api/meetings/absence-flags')).json().members;
    expect(all).toMatchObject([{ memberId: mw.m.m5, handledOn: shanghaiDate(new Date()) }]);
    const after = (await mw.c.organiser.get('/api/todos')).json().items;
    expect(after.find((x: { key: string }) => x.key === 'meeting.absenceFlags')).toBeUndefined();
  });
});

describe('the reminder job', () => {
  it('reminds everyone still expected once, a day before', async () => {
    const m = await meetingBy(mw, { startHours: 10, invite: { positions: ['常委'] } });
    const leave = (await askLeave(mw.c.m2, m.id, { category: 'official', reason: '出差' })).json()
      .leaveRequest;
    await mw.c.organiser.post(`/api/leave-requests/${leave.id}/decide`, { approve: true });
    expect(await runMeetingReminders(db())).toBeGreaterThanOrEqual(1);
    expect(await runMeetingReminders(db())).toBe(0);
    const reminded = async (username: string) => {
      const [u] = await db().select().from(users).where(eq(users.username, username));
      return db()
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, u.id),
            eq(notifications.kind, 'meeting.reminder'),
            eq(notifications.link, `/meetings/${m.id}`),
          ),
        );
    };
    expect(await reminded('ma_m1')).toHaveLength(1);
    expect(await reminded('ma_m2')).toHaveLength(0); // on approved leave
  });
});
