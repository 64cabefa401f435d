import { afterAll, beforeAll } from 'vitest';
import { leaveRequests, meetingCheckins, meetingInvitees, meetings } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { MEETING_LABELS } from './schemas';
import { type MeetingWorld, meetingBy, meetingInput, meetingWorld } from './test-meetings';

let t: TestApp;
let mw: MeetingWorld;
let meeting: { id: number; version: number; sittings: { id: number }[] };
let leaveId: number;
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'mb');
  meeting = await meetingBy(mw, { startHours: 0.5 });
  const leave = await mw.c.m1.request({
    method: 'POST',
    url: `/api/meetings/${meeting.id}/leave-requests`,
    payload:
      '--b\r\nContent-Disposition: form-data; name="category"\r\n\r\nsick\r\n--b\r\nContent-Disposition: form-data; name="reason"\r\n\r\n发烧\r\n--b--\r\n',
    headers: { 'content-type': 'multipart/form-data; boundary=b' },
  });
  leaveId = leave.json().leaveRequest.id;
});
afterAll(() => t.close());

const labels = MEETING_LABELS;

/** Every JSON write of the meetings module, broken one field at a time. */
const CASES: BadInputCase[] = [
  {
    what: '新建会议',
    role: 'organiser',
    method: 'POST',
    url: () => '/api/meetings',
    valid: () => meetingInput(mw),
    wrongType: ['organiserId', '委员工作科'],
    missing: 'place',
    tooLong: ['title', 100],
    table: meetings,
    labels,
  },
  {
    what: '修改会议',
    role: 'organiser',
    method: 'PUT',
    url: () => `/api/meetings/${meeting.id}`,
    valid: () => meetingInput(mw),
    wrongType: ['sittings', '全天'],
    missing: 'replyBy',
    tooLong: ['place', 100],
    table: meetingInvitees,
    labels,
  },
  {
    what: '取消会议',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/meetings/${meeting.id}/cancel`,
    valid: () => ({ note: '改期' }),
    wrongType: ['expectedVersion', '第一版'],
    tooLong: ['note', 500],
    table: meetings,
    labels,
  },
  {
    what: '审批请假',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/leave-requests/${leaveId}/decide`,
    valid: () => ({ approve: true }),
    wrongType: ['approve', '同意'],
    missing: 'approve',
    tooLong: ['note', 500],
    table: leaveRequests,
    labels,
  },
  {
    what: '点名签到',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/meetings/sittings/${meeting.sittings[0].id}/roll-call`,
    valid: () => ({ memberIds: [mw.m.m1] }),
    wrongType: ['late', '迟到'],
    missing: 'memberIds',
    table: meetingCheckins,
    labels,
  },
  {
    what: '扫码签到',
    role: 'm2',
    method: 'POST',
    url: () => '/api/meetings/checkin',
    valid: () => ({ sittingId: meeting.sittings[0].id, token: '1.abc' }),
    wrongType: ['sittingId', '第一场'],
    missing: 'token',
    tooLong: ['token', 100],
    table: meetingCheckins,
    labels,
  },
  {
    what: '委员码签到',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/meetings/sittings/${meeting.sittings[0].id}/member-code`,
    valid: () => ({ code: `${mw.m.m2}-000000` }),
    wrongType: ['code', 123456],
    missing: 'code',
    tooLong: ['code', 100],
    table: meetingCheckins,
    labels,
  },
];

runBadInput(CASES, () => ({ t, as: mw.c }));
