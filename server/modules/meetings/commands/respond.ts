import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Db } from '../../../db/client';
import { meetingInvitees } from '../../../db/schema';
import { conflict, forbidden } from '../../../errors';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { lockMeeting } from '../load';

/** 确认参加: an invited member answers the notice; a second answer changes nothing. */
export function confirmAttendance(db: Db, actor: Actor, meetingId: number) {
  return db.transaction(async (tx) => {
    const { meeting, relations } = await lockMeeting(tx, actor, meetingId);
    const mine = relations.mine;
    if (mine?.role !== 'attendee') throw forbidden('您不在本次会议的应到名单中');
    if (meeting.status !== 'published') throw conflict('会议通知未发布或已取消');
    if (meeting.endsAt <= now()) throw conflict('会议已结束');
    if (mine.response === 'confirmed') return { confirmed: true, already: true };
    const at = now();
    await tx
      .update(meetingInvitees)
      .set({ response: 'confirmed', respondedAt: at })
      .where(and(eq(meetingInvitees.id, mine.id), eq(meetingInvitees.meetingId, meetingId)));
    await appendEvent(tx, actor, {
      committeeId: meeting.committeeId,
      subjectType: 'meeting',
      subjectId: meeting.id,
      action: 'confirm',
      data: { memberId: mine.memberId },
    });
    return { confirmed: true, already: false };
  });
}
