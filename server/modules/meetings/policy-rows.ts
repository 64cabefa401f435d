import { eq } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import { departments } from '../../db/schema';
import { filePayload, ok, onRecord, type Row, type Side, type Targets } from '../../test/policy-matrix';

const READERS: readonly Role[] = ['staff', 'member', 'unit', 'leader'];
/** Who reads a published meeting: the office, the leaders, and its invitees (the side's member). */
const SEES_MEETING: readonly Role[] = ['staff', 'member', 'leader'];
const hour = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** A meeting form of the side: its department organises, everyone serving is invited. */
const meetingForm = (s: Side) => ({
  kind: 'chairs',
  title: '主席会议',
  organiserKind: 'department',
  organiserId: s.w.departmentId,
  place: '会议室',
  replyBy: today(),
  sittings: [{ name: '会议', startsAt: hour(0.5), endsAt: hour(2) }],
  invite: { allMembers: true },
});

/** Meetings: the organisers (委员工作/综合 staff) run them, invitees answer, check in and ask for leave. */
export const MEETING_ROWS: Record<string, Row> = {
  'GET /api/meetings': { own: READERS },
  'GET /api/meetings/export': { own: READERS },
  'POST /api/meetings': { own: ['staff'], body: (s) => meetingForm(s) },
  'GET /api/meetings/:id': onRecord('meeting', SEES_MEETING),
  'PUT /api/meetings/:id': onRecord('meeting', ['staff'], (s) => meetingForm(s)),
  'POST /api/meetings/:id/publish': onRecord('draftMeeting', ['staff']),
  'POST /api/meetings/:id/cancel': onRecord('meeting', ['staff']),
  'POST /api/meetings/:id/confirm': onRecord('meeting', ['member']),
  'POST /api/meetings/:id/materials': { ...onRecord('meeting', ['staff']), upload: true },
  'GET /api/meetings/:id/materials/:attachmentId': onRecord('withMaterial', SEES_MEETING),
  'DELETE /api/meetings/:id/materials/:attachmentId': onRecord('withMaterial', ['staff']),
  // The matrix posts a file without the form's fields: a 400 past the gate for those allowed.
  'POST /api/meetings/:id/leave-requests': { ...onRecord('meeting', ['member', 'staff']), upload: true },
  'GET /api/leave-requests': { own: ['staff', 'member'] },
  'GET /api/leave-requests/export': { own: ['staff', 'member'] },
  'GET /api/leave-requests/:id': onRecord('leave', ['staff', 'member']),
  'GET /api/leave-requests/:id/files/:attachmentId': onRecord('leaveWithFile', ['staff', 'member']),
  'POST /api/leave-requests/:id/decide': onRecord('leave', ['staff'], () => ({ approve: true })),
  'POST /api/leave-requests/:id/withdraw': onRecord('leave', ['member']),
  'GET /api/meetings/sittings/:sittingId/checkin-token': onRecord('sitting', ['staff']),
  'POST /api/meetings/checkin': { own: ['member'], body: () => ({ sittingId: 1, token: '0.x' }) },
  'GET /api/meetings/member-code': { own: ['member'] },
  'POST /api/meetings/sittings/:sittingId/member-code': onRecord('sitting', ['staff'], () => ({
    code: '1-000000',
  })),
  'POST /api/meetings/sittings/:sittingId/roll-call': onRecord('sitting', ['staff'], (s) => ({
    memberIds: [s.w.memberId],
  })),
  'GET /api/meetings/:id/invitees': onRecord('meeting', ['staff', 'leader']),
  'GET /api/meetings/:id/invitees/export': onRecord('meeting', ['staff', 'leader']),
  'GET /api/meetings/:id/sign-in-sheet.docx': onRecord('meeting', ['staff', 'leader']),
  'GET /api/meetings/absence-flags': { own: ['staff'] },
  'GET /api/members/:id/attendance': {
    ...onRecord('member', ['staff', 'leader', 'member']),
    query: 'year=2026',
  },
};

/** The side's staff organise meetings (a 委员工作 department). */
export async function organiserSide(s: Side) {
  await s.t.ctx.handle.db
    .update(departments)
    .set({ duty: '委员工作' })
    .where(eq(departments.id, s.w.departmentId));
}

async function meeting(s: Side, publish = true) {
  const m = await ok(s.c.staff.post('/api/meetings', meetingForm(s)), 201);
  if (publish) await ok(s.c.staff.post(`/api/meetings/${m.id}/publish`, {}));
  return m as { id: number; sittings: { id: number }[] };
}

async function leave(s: Side) {
  const m = await meeting(s);
  const boundary = '----matrix-leave';
  const field = (k: string, v: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  const file = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="证明.txt"\r\nContent-Type: text/plain\r\n\r\n证明\r\n`;
  const res = await s.c.member.request({
    method: 'POST',
    url: `/api/meetings/${m.id}/leave-requests`,
    payload: `${field('category', 'sick')}${field('reason', '身体不适')}${file}--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  const body = await ok(Promise.resolve(res), 201);
  return { id: body.leaveRequest.id as number, attachmentId: body.leaveRequest.files[0].id as number };
}

export const MEETING_TARGETS: Targets = {
  meeting: async (s) => ({ id: (await meeting(s)).id }),
  draftMeeting: async (s) => ({ id: (await meeting(s, false)).id }),
  withMaterial: async (s) => {
    const m = await meeting(s);
    const res = await s.c.staff.request({
      method: 'POST',
      url: `/api/meetings/${m.id}/materials`,
      ...filePayload(),
    });
    return { id: m.id, attachmentId: (await ok(Promise.resolve(res), 201)).attachmentId };
  },
  sitting: async (s) => ({ sittingId: (await meeting(s)).sittings[0].id }),
  leave: async (s) => ({ id: (await leave(s)).id }),
  leaveWithFile: async (s) => leave(s),
  member: async (s) => ({ id: s.w.memberId }),
};
