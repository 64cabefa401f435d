import { and, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { leaveRequests, meetingInvitees, meetings } from '../../db/schema';
import { shanghaiDateTime } from '../../lib/working-days';
import { appendEvent } from '../../platform/events';
import type { JobSpec } from '../../platform/jobs';
import { notifyUsers } from '../notifications/notify';
import { accountsOf } from './audience';

const HOUR_MS = 3_600_000;
/** How long before the start the invitees are reminded. */
export const REMIND_BEFORE_MS = 24 * HOUR_MS;

/** Invitees still expected (members without approved leave, guests) and not yet reminded. */
function dueInvitees(db: DbOrTx, meetingId: number) {
  const approved = sql`exists (select 1 from ${leaveRequests} l where l.meeting_id = ${meetingInvitees.meetingId}
    and l.member_id = ${meetingInvitees.memberId} and l.status = 'approved')`;
  return db
    .select({
      id: meetingInvitees.id,
      m: meetingInvitees.memberId,
      l: meetingInvitees.leaderId,
      u: meetingInvitees.unitId,
    })
    .from(meetingInvitees)
    .where(
      and(
        eq(meetingInvitees.meetingId, meetingId),
        isNull(meetingInvitees.remindedAt),
        or(eq(meetingInvitees.role, 'guest'), sql`not ${approved}`),
      ),
    );
}

/**
 * 会前提醒: the day before a meeting everyone still expected hears of it once (the invitee row
 * keeps when), each meeting in its own transaction. Returns how many invitees were reminded.
 */
export async function runMeetingReminders(db: Db, at: Date = new Date()): Promise<number> {
  const soon = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.status, 'published'),
        gt(meetings.startsAt, at),
        lte(meetings.startsAt, new Date(at.getTime() + REMIND_BEFORE_MS)),
      ),
    );
  let reminded = 0;
  for (const m of soon) {
    reminded += await db.transaction(async (tx) => {
      const due = await dueInvitees(tx, m.id);
      if (due.length === 0) return 0;
      const pick = (k: 'm' | 'l' | 'u') => due.flatMap((r) => (r[k] === null ? [] : [r[k] as number]));
      await notifyUsers(tx, {
        committeeId: m.committeeId,
        userIds: await accountsOf(tx, { memberIds: pick('m'), leaderIds: pick('l'), unitIds: pick('u') }),
        kind: 'meeting.reminder',
        title: `会议提醒：${m.title}`,
        body: `${shanghaiDateTime(m.startsAt)}，${m.place}`,
        link: `/meetings/${m.id}`,
      });
      await tx
        .update(meetingInvitees)
        .set({ remindedAt: at })
        .where(
          inArray(
            meetingInvitees.id,
            due.map((r) => r.id),
          ),
        );
      await appendEvent(tx, 'system', {
        committeeId: m.committeeId,
        subjectType: 'meeting',
        subjectId: m.id,
        action: 'reminder',
        note: `向 ${due.length} 位受邀人员发送会前提醒`,
        data: { invitees: due.length },
        at,
      });
      return due.length;
    });
  }
  return reminded;
}

/** Hourly, through the platform's scheduler. */
export const meetingRemindersJob: JobSpec = {
  name: 'meeting-reminders',
  label: '会前提醒',
  everyMs: HOUR_MS,
  run: (ctx, at) => runMeetingReminders(ctx.handle.db, at),
};
