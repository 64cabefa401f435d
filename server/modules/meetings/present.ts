import { and, desc, eq, inArray } from 'drizzle-orm';
import { LEAVE_EVENT_LABELS, MEETING_EVENT_LABELS } from '../../../domain/meeting-workflow';
import {
  checkinOpensAt,
  LEAVE_STATUS_LABELS,
  MEETING_KIND_LABELS,
  MEETING_STATUS_LABELS,
  type MeetingKind,
  type MeetingStatus,
  ORGANISER_KIND_LABELS,
  type OrganiserKind,
} from '../../../domain/meetings';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees, leaveRequests, meetingCheckins, members, sessions } from '../../db/schema';
import { listAttachments } from '../../platform/attachments';
import { now } from '../../platform/clock';
import { presentEvent, subjectEvents, subjectsEvents } from '../../platform/events';
import { meetingAttendance } from './attendance';
import { leaveItem } from './leave-queries';
import { loadMeeting, type MeetingRelations, type MeetingRow } from './load';
import { organiserNameOf } from './organisers';
import { meetingRolesOf } from './policy';
import { meetingAbilities } from './transitions';

/** A meeting's agenda papers and other files for the invitees. */
export const MEETING_MATERIAL = 'material';
export const meetingSubject = (id: number) => ({ type: 'meeting', id });

/** The caller's own answer: their leave request (the newest) and their check-ins per sitting. */
async function myPart(db: DbOrTx, m: MeetingRow, rel: MeetingRelations) {
  const memberId = rel.mine?.role === 'attendee' ? rel.mine.memberId : null;
  if (memberId === null)
    return { leave: null, checkins: new Map<number, { checkedInAt: Date; late: boolean }>() };
  const [leave] = await db
    .select({ id: leaveRequests.id })
    .from(leaveRequests)
    .where(and(eq(leaveRequests.meetingId, m.id), eq(leaveRequests.memberId, memberId)))
    .orderBy(desc(leaveRequests.id))
    .limit(1);
  const checkins = await db
    .select({
      sittingId: meetingCheckins.sittingId,
      checkedInAt: meetingCheckins.checkedInAt,
      late: meetingCheckins.late,
    })
    .from(meetingCheckins)
    .where(
      and(
        eq(meetingCheckins.memberId, memberId),
        inArray(meetingCheckins.sittingId, rel.sittings.map((s) => s.id).concat(-1)),
      ),
    );
  return {
    leave: leave ? await leaveItem(db, leave.id) : null,
    checkins: new Map(checkins.map((c) => [c.sittingId, { checkedInAt: c.checkedInAt, late: c.late }])),
  };
}

/** What the caller may do beyond the workflow table: answer, ask for leave, check in, run it. */
function invitationAbilities(actor: Actor, m: MeetingRow, rel: MeetingRelations, leaveStatus: string | null) {
  const attendee = rel.mine?.role === 'attendee';
  const sent = m.status === 'published';
  const open = leaveStatus === 'submitted' || leaveStatus === 'approved';
  const ended = m.endsAt <= now();
  const organiser = meetingRolesOf(actor, m).length > 0;
  return {
    confirm: attendee && sent && !ended && rel.mine?.response !== 'confirmed' && !open,
    requestLeave: attendee && sent && !open,
    checkIn: attendee && sent && !ended,
    manage: organiser,
    viewAttendance: actor.role === 'staff' || actor.role === 'leader',
  };
}

/** The meeting as the caller sees it now: every read and every step answers with this. */
export async function meetingView(db: DbOrTx, actor: Actor, id: number) {
  const { meeting: m, relations: rel } = await loadMeeting(db, actor, id);
  const mine = await myPart(db, m, rel);
  const extra = invitationAbilities(actor, m, rel, mine.leave?.status ?? null);
  const [committee] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, m.committeeId));
  const session = m.sessionId
    ? (await db.select({ name: sessions.name }).from(sessions).where(eq(sessions.id, m.sessionId))).at(0)
    : undefined;
  const attendance = extra.viewAttendance ? await meetingAttendance(db, m.id) : null;
  return {
    id: m.id,
    committeeId: m.committeeId,
    committeeName: committee.name,
    kind: m.kind,
    kindLabel: MEETING_KIND_LABELS[m.kind as MeetingKind],
    title: m.title,
    organiserKind: m.organiserKind,
    organiserKindLabel: ORGANISER_KIND_LABELS[m.organiserKind as OrganiserKind],
    organiserId: m.organiserId,
    organiserName: await organiserNameOf(db, m.organiserKind as OrganiserKind, m.organiserId),
    sessionId: m.sessionId,
    sessionName: session?.name ?? null,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    ended: m.endsAt <= now(),
    place: m.place,
    agendaHtml: m.agendaHtml,
    replyBy: m.replyBy,
    status: m.status,
    statusLabel: MEETING_STATUS_LABELS[m.status as MeetingStatus],
    version: m.version,
    inviteRule: extra.manage ? m.inviteRule : null,
    sittings: rel.sittings.map((s) => ({
      id: s.id,
      ordinal: s.ordinal,
      name: s.name,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      place: s.place,
      checkinOpensAt: checkinOpensAt(s.startsAt),
      myCheckin: mine.checkins.get(s.id) ?? null,
      figures: attendance?.sittings.find((x) => x.id === s.id)?.figures ?? null,
    })),
    materials: await listAttachments(db, meetingSubject(m.id), MEETING_MATERIAL),
    invitation: rel.mine && {
      role: rel.mine.role,
      response: rel.mine.response,
      respondedAt: rel.mine.respondedAt,
      leave: mine.leave,
    },
    attendance: attendance?.figures ?? null,
    timeline: extra.manage ? await meetingTimeline(db, m.id) : [],
    abilities: { ...meetingAbilities(actor, m, rel), ...extra },
  };
}

export type MeetingView = Awaited<ReturnType<typeof meetingView>>;

/**
 * 记录: the meeting's own steps and, in the order they happened, each leave request's (提交请假,
 * 批准, 不予批准, 撤回), named with the member who asked.
 */
async function meetingTimeline(db: DbOrTx, meetingId: number) {
  const leaves = await db
    .select({ id: leaveRequests.id, memberName: members.name })
    .from(leaveRequests)
    .innerJoin(members, eq(members.id, leaveRequests.memberId))
    .where(eq(leaveRequests.meetingId, meetingId));
  const askedBy = new Map(leaves.map((l) => [l.id, l.memberName]));
  const own = (await subjectEvents(db, 'meeting', meetingId)).map((e) =>
    presentEvent(e, { action: MEETING_EVENT_LABELS, status: MEETING_STATUS_LABELS }),
  );
  const ofLeaves = (
    await subjectsEvents(
      db,
      'leaveRequest',
      leaves.map((l) => l.id),
    )
  ).map((e) => {
    const shown = presentEvent(e, { action: LEAVE_EVENT_LABELS, status: LEAVE_STATUS_LABELS });
    return { ...shown, actionLabel: `${shown.actionLabel}（${askedBy.get(e.subjectId) ?? ''}）` };
  });
  return [...own, ...ofLeaves].sort((a, b) => a.id - b.id);
}
