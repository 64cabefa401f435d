import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import { leaveRequests, meetingSittings, meetings, members } from '../../db/schema';

/** How the audit log names a meeting (会议 …), a sitting (场次 会议·开幕会) and a leave request. */
export function meetingAuditTargets(app: FastifyInstance): void {
  registerAuditTarget(app, '/api/meetings/:id', namedRow('会议', meetings, meetings.id, meetings.title));
  registerAuditTarget(app, '/api/meetings/sittings/:sittingId', async (db, value) => {
    const [s] = await db
      .select({ meeting: meetings.title, sitting: meetingSittings.name })
      .from(meetingSittings)
      .innerJoin(meetings, eq(meetings.id, meetingSittings.meetingId))
      .where(eq(meetingSittings.id, Number(value)));
    return s ? `场次 ${s.meeting}·${s.sitting}` : null;
  });
  registerAuditTarget(app, '/api/leave-requests/:id', async (db, value) => {
    const [l] = await db
      .select({ member: members.name, meeting: meetings.title })
      .from(leaveRequests)
      .innerJoin(members, eq(members.id, leaveRequests.memberId))
      .innerJoin(meetings, eq(meetings.id, leaveRequests.meetingId))
      .where(eq(leaveRequests.id, Number(value)));
    return l ? `请假 ${l.member}（${l.meeting}）` : null;
  });
}
