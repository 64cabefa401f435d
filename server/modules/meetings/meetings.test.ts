import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveRequests, meetingInvitees, meetings, members, notifications, users } from '../../db/schema';
import { subjectEvents } from '../../platform/events';
import { createTestApp, type TestApp } from '../../test/app';
import { askLeave, inHours, type MeetingWorld, meetingBy, meetingInput, meetingWorld } from './test-meetings';

let t: TestApp;
let mw: MeetingWorld;
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'mt');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const inviteesOf = async (meetingId: number) =>
  (await db().select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingId))).map(
    (r) => r.memberId ?? (r.leaderId ? `leader:${r.leaderId}` : `unit:${r.unitId}`),
  );
const unread = async (username: string, kind: string) => {
  const [u] = await db().select().from(users).where(eq(users.username, username));
  const [{ n }] = await db()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, u.id), eq(notifications.kind, kind)));
  return n;
};

describe('invitations', () => {
  it('invites by position, sector, liaison group, special committee or by hand: the union of them', async () => {
    const make = async (invite: Record<string, unknown>) => {
      const res = await mw.c.organiser.post('/api/meetings', meetingInput(mw, { invite }));
      expect(res.statusCode, res.body).toBe(201);
      return (await inviteesOf(res.json().id)).sort();
    };
    const { m } = mw;
    expect(await make({ positions: ['常委'] })).toEqual([m.m1, m.m2].sort());
    expect(await make({ sectorIds: [mw.sectors.med] })).toEqual([m.m4, m.m5, m.m6].sort());
    expect(await make({ liaisonGroupIds: [mw.liaisonGroupId] })).toEqual([m.m1, m.m2, m.m3].sort());
    expect(await make({ specialCommitteeIds: [mw.specialCommitteeId], memberIds: [m.m6] })).toEqual(
      [m.m1, m.m2, m.m6].sort(),
    );
    expect(await make({ allMembers: true })).toHaveLength(6);
  });

  it('adds 列席 guests without a leave duty, and refuses ids of another committee or an empty list', async () => {
    const res = await mw.c.organiser.post(
      '/api/meetings',
      meetingInput(mw, {
        invite: { positions: ['常委'], leaderIds: [mw.w.leaderId], unitIds: [mw.w.unitId] },
      }),
    );
    const rows = await db()
      .select()
      .from(meetingInvitees)
      .where(eq(meetingInvitees.meetingId, res.json().id));
    expect(rows.filter((r) => r.role === 'guest').map((r) => r.leaderId ?? r.unitId)).toEqual([
      mw.w.leaderId,
      mw.w.unitId,
    ]);
    const foreign = await mw.c.organiser.post(
      '/api/meetings',
      meetingInput(mw, { invite: { sectorIds: [999999] } }),
    );
    expect(foreign.json().error).toMatchObject({
      message: '界别：不属于本委员会',
      field: 'invite.sectorIds',
    });
    const none = await mw.c.organiser.post(
      '/api/meetings',
      meetingInput(mw, { invite: { positions: ['主席'] } }),
    );
    expect(none.json().error.message).toBe('参会范围：没有选中任何在任委员');
  });

  it('lets only staff of a 委员工作/综合/协商工作 department organise; others get 403', async () => {
    const res = await mw.c.staff.post('/api/meetings', meetingInput(mw));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('仅委员工作或综合或协商工作部门的工作人员可以办理');
  });
});

describe('the notice', () => {
  it('tells nobody while a draft, every invitee once published; members see only what they are invited to', async () => {
    const draft = await meetingBy(mw, { invite: { sectorIds: [mw.sectors.edu] } }, true);
    expect((await mw.c.m1.get(`/api/meetings/${draft.id}`)).statusCode).toBe(404);
    const before = await unread('mt_m1', 'meeting.publish');
    const sent = await mw.c.organiser.post(`/api/meetings/${draft.id}/publish`, {
      expectedVersion: draft.version,
    });
    expect(sent.json().status).toBe('published');
    expect(await unread('mt_m1', 'meeting.publish')).toBe(before + 1);
    const seen = (await mw.c.m1.get(`/api/meetings/${draft.id}`)).json();
    expect(seen.abilities).toMatchObject({
      confirm: true,
      requestLeave: true,
      publish: false,
      manage: false,
    });
    expect((await mw.c.m4.get(`/api/meetings/${draft.id}`)).statusCode).toBe(404); // 医卫界: not invited
    const mine = (await mw.c.m4.get('/api/meetings?view=mine')).json().items.map((x: { id: number }) => x.id);
    expect(mine).not.toContain(draft.id);
  });

  it('tells everyone of a change, gives new invitees the notice and tells the removed ones', async () => {
    const m = await meetingBy(mw, { invite: { sectorIds: [mw.sectors.edu] } });
    const input = meetingInput(mw, {
      invite: { sectorIds: [mw.sectors.med], memberIds: [mw.m.m1] },
      place: '二楼会议室',
    });
    const res = await mw.c.organiser.put(`/api/meetings/${m.id}`, { ...input, expectedVersion: m.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().place).toBe('二楼会议室');
    expect((await inviteesOf(m.id)).sort()).toEqual([mw.m.m1, mw.m.m4, mw.m.m5, mw.m.m6].sort());
    const [m2] = await db().select().from(users).where(eq(users.username, 'mt_m2'));
    const [note] = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, m2.id), eq(notifications.kind, 'meeting.uninvited')));
    expect(note.title).toBe(`会议邀请已取消：${m.title}`);
    const stale = await mw.c.organiser.put(`/api/meetings/${m.id}`, { ...input, expectedVersion: m.version });
    expect(stale.statusCode).toBe(409);
  });

  it('is cancelled before it starts, with everyone told; not once it has begun', async () => {
    const m = await meetingBy(mw);
    const cancelled = await mw.c.organiser.post(`/api/meetings/${m.id}/cancel`, { note: '因故改期' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', statusLabel: '已取消' });
    expect((await mw.c.m3.post(`/api/meetings/${m.id}/confirm`, {})).statusCode).toBe(409);
    const begun = await meetingBy(mw, { startHours: -0.5 });
    const refused = await mw.c.organiser.post(`/api/meetings/${begun.id}/cancel`, {});
    expect(refused.json().error.message).toBe('会议已开始，不能取消');
    const events = await subjectEvents(db(), 'meeting', m.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'publish', 'cancel']);
  });

  it('records 确认参加 once', async () => {
    const m = await meetingBy(mw);
    const first = await mw.c.m2.post(`/api/meetings/${m.id}/confirm`, {});
    expect(first.json().invitation.response).toBe('confirmed');
    expect(first.json().abilities.confirm).toBe(false);
    expect((await mw.c.m2.post(`/api/meetings/${m.id}/confirm`, {})).statusCode).toBe(200);
    const [row] = await db()
      .select()
      .from(meetingInvitees)
      .where(and(eq(meetingInvitees.meetingId, m.id), eq(meetingInvitees.memberId, mw.m.m2)));
    expect(row.response).toBe('confirmed');
  });
});

describe('leave requests', () => {
  it('goes from the member to the organisers, who approve it; the member hears and sees it', async () => {
    const m = await meetingBy(mw);
    const res = await askLeave(
      mw.c.m3,
      m.id,
      { category: 'sick', reason: '住院治疗' },
      { name: '诊断证明.pdf', bytes: Buffer.from('%PDF-1.4\n') },
    );
    expect(res.statusCode, res.body).toBe(201);
    const leave = res.json().leaveRequest;
    expect(leave).toMatchObject({
      status: 'submitted',
      categoryLabel: '病假',
      late: false,
      sittingNames: null,
    });
    expect(leave.files).toHaveLength(1);
    expect(await unread('mt_organiser', 'leaveRequest.submit')).toBeGreaterThan(0);
    const again = await askLeave(mw.c.m3, m.id, { category: 'personal', reason: '再请一次' });
    expect(again.statusCode).toBe(409);
    const decided = await mw.c.organiser.post(`/api/leave-requests/${leave.id}/decide`, {
      approve: true,
      note: '同意，请会后阅读材料',
    });
    expect(decided.json()).toMatchObject({ status: 'approved', decisionNote: '同意，请会后阅读材料' });
    expect(await unread('mt_m3', 'leaveRequest.approve')).toBe(1);
    const view = (await mw.c.m3.get(`/api/meetings/${m.id}`)).json();
    expect(view.invitation.leave.statusLabel).toBe('已批准');
    expect(view.abilities).toMatchObject({ confirm: false, requestLeave: false });
    const file = await mw.c.organiser.get(`/api/leave-requests/${leave.id}/files/${leave.files[0].id}`);
    expect(file.rawPayload.toString()).toBe('%PDF-1.4\n');
  });

  it('is refused with a reason, or withdrawn by the member before a decision', async () => {
    const m = await meetingBy(mw);
    const a = (await askLeave(mw.c.m4, m.id, { category: 'personal', reason: '家中有事' })).json()
      .leaveRequest;
    const refused = await mw.c.organiser.post(`/api/leave-requests/${a.id}/decide`, {
      approve: false,
      note: '本次会议须出席',
    });
    expect(refused.json().status).toBe('refused');
    const b = (await askLeave(mw.c.m5, m.id, { category: 'official', reason: '外出学习' })).json()
      .leaveRequest;
    expect((await mw.c.m5.post(`/api/leave-requests/${b.id}/withdraw`, {})).json().status).toBe('withdrawn');
    expect(
      (await mw.c.organiser.post(`/api/leave-requests/${b.id}/decide`, { approve: true })).statusCode,
    ).toBe(409);
    expect((await mw.c.m4.post(`/api/leave-requests/${b.id}/withdraw`, {})).statusCode).toBe(404);
    expect(await askLeave(mw.c.m5, m.id, { category: 'official', reason: '行程又有变化' })).toMatchObject({
      statusCode: 201,
    });
  });

  it('marks a request after the reply-by date or the start as late, for some sittings only', async () => {
    const m = await meetingBy(mw, {
      startHours: 30,
      replyBy: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        new Date(Date.now() - 86_400_000),
      ),
      sittings: [
        { name: '开幕会', startsAt: inHours(30), endsAt: inHours(31) },
        { name: '小组讨论', startsAt: inHours(32), endsAt: inHours(34) },
      ],
    });
    const second = m.sittings[1].id;
    const res = await askLeave(mw.c.m6, m.id, {
      category: 'other',
      reason: '下午另有安排',
      sittingIds: String(second),
    });
    expect(res.json().leaveRequest).toMatchObject({ late: true, sittingNames: ['小组讨论'] });
    const foreign = await askLeave(mw.c.m1, m.id, { category: 'other', reason: '试', sittingIds: '999999' });
    expect(foreign.json().error).toMatchObject({ message: '请假场次：不属于该会议', field: 'sittingIds' });
  });

  it('lets two organisers decide at once: one wins, the other gets 409', async () => {
    const m = await meetingBy(mw);
    const leave = (await askLeave(mw.c.m1, m.id, { category: 'sick', reason: '感冒发烧' })).json()
      .leaveRequest;
    const [a, b] = await Promise.all([
      mw.c.organiser.post(`/api/leave-requests/${leave.id}/decide`, {
        approve: true,
        expectedVersion: leave.version,
      }),
      mw.c.organiser.post(`/api/leave-requests/${leave.id}/decide`, {
        approve: false,
        expectedVersion: leave.version,
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [row] = await db().select().from(leaveRequests).where(eq(leaveRequests.id, leave.id));
    expect(row.status).toBe(a.statusCode === 200 ? 'approved' : 'refused');
    expect((await subjectEvents(db(), 'leaveRequest', leave.id)).map((e) => e.action)).toHaveLength(2);
    // The meeting's 记录 tells the request and the decision, naming the member.
    const view = (await mw.c.organiser.get(`/api/meetings/${m.id}`)).json();
    const [member] = await db()
      .select({ name: members.name })
      .from(members)
      .where(eq(members.id, row.memberId));
    const decided = row.status === 'approved' ? '批准请假' : '不批准请假';
    expect(view.timeline.map((e: { actionLabel: string }) => e.actionLabel).slice(-2)).toEqual([
      `提交请假（${member.name}）`,
      `${decided}（${member.name}）`,
    ]);
  });

  it('refuses a non-invitee and bad fields, writing nothing', async () => {
    const m = await meetingBy(mw, { invite: { positions: ['常委'] } });
    const [{ n: before }] = await db().select({ n: count() }).from(leaveRequests);
    const stranger = await askLeave(mw.c.m5, m.id, { category: 'sick', reason: '试' });
    expect(stranger.statusCode).toBe(404);
    const bad = await askLeave(mw.c.m1, m.id, { category: 'holiday', reason: '试' });
    expect(bad.json().error.field).toBe('category');
    const empty = await askLeave(mw.c.m1, m.id, { category: 'sick', reason: '  ' });
    expect(empty.json().error).toMatchObject({ message: '请假事由：不能为空', field: 'reason' });
    const [{ n: after }] = await db().select({ n: count() }).from(leaveRequests);
    expect(after).toBe(before);
    const [row] = await db().select().from(meetings).where(eq(meetings.id, m.id));
    expect(row.version).toBe(m.version);
  });
});
