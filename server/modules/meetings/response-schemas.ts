import { z } from 'zod';
import { LEAVE_WORKFLOW, MEETING_WORKFLOW } from '../../../domain/meeting-workflow';
import type { Page } from '../../http/paging';
import { dateTime, flagsOf, type Presented, pageOf, responseFor } from '../../http/response';
import type { LeaveItem } from './leave-queries';
import type { MeetingView } from './present';
import type { MeetingItem } from './queries';
import type { leaveView } from './routes-leave';

const id = z.number();
const text = z.string();
const maybe = <T extends z.ZodType>(s: T) => s.nullable();

const figures = z.object({
  expected: z.number(),
  attended: z.number(),
  late: z.number(),
  leave: z.number(),
  absent: z.number(),
  pending: z.number(),
});

/** A leave request in a list and on its member's meeting page: leave-queries.ts `presentLeaveItem`. */
const leaveItem = z.object({
  id,
  committeeId: id,
  meetingId: id,
  meetingTitle: text,
  meetingKindLabel: text,
  meetingStartsAt: dateTime,
  memberId: id,
  memberName: text,
  category: text,
  categoryLabel: text,
  reason: text,
  sittingNames: maybe(z.array(text)),
  late: z.boolean(),
  status: text,
  statusLabel: text,
  version: z.number(),
  decisionNote: maybe(text),
  decidedAt: maybe(dateTime),
  createdAt: dateTime,
});

const file = z.object({ id, fileName: text, mimeType: text, sizeBytes: z.number(), createdAt: dateTime });

/** GET /api/leave-requests/:id and the answer of its steps: the request, its evidence, the caller's abilities. */
export const leaveViewSchema = responseFor<Presented<typeof leaveView>>()(
  leaveItem.extend({ files: z.array(file), abilities: flagsOf(LEAVE_WORKFLOW.actions) }),
);

/** GET /api/leave-requests. */
export const leavePageSchema = responseFor<Page<LeaveItem>>()(pageOf(leaveItem));

/** GET /api/meetings: queries.ts `presentMeetingItem`. */
export const meetingPageSchema = responseFor<Page<MeetingItem>>()(
  pageOf(
    z.object({
      id,
      committeeId: id,
      kind: text,
      kindLabel: text,
      title: text,
      startsAt: dateTime,
      endsAt: dateTime,
      place: text,
      replyBy: text,
      status: text,
      statusLabel: text,
      committeeName: text,
      organiserName: maybe(text),
      attendees: z.number(),
      confirmed: z.number(),
      leavePending: z.number(),
      myResponse: maybe(text),
      myLeave: maybe(text),
    }),
  ),
);

/** GET /api/meetings/:id and the answer of every step: present.ts `meetingView`. */
export const meetingViewSchema = responseFor<MeetingView>()(
  z.object({
    id,
    committeeId: id,
    committeeName: text,
    kind: text,
    kindLabel: text,
    title: text,
    organiserKind: text,
    organiserKindLabel: text,
    organiserId: id,
    organiserName: maybe(text),
    sessionId: maybe(id),
    sessionName: maybe(text),
    startsAt: dateTime,
    endsAt: dateTime,
    ended: z.boolean(),
    place: text,
    agendaHtml: text,
    replyBy: text,
    status: text,
    statusLabel: text,
    version: z.number(),
    inviteRule: z.unknown(),
    sittings: z.array(
      z.object({
        id,
        ordinal: z.number(),
        name: text,
        startsAt: dateTime,
        endsAt: dateTime,
        place: maybe(text),
        checkinOpensAt: dateTime,
        myCheckin: maybe(z.object({ checkedInAt: dateTime, late: z.boolean() })),
        figures: maybe(figures),
      }),
    ),
    materials: z.array(file),
    invitation: maybe(
      z.object({ role: text, response: text, respondedAt: maybe(dateTime), leave: maybe(leaveItem) }),
    ),
    attendance: maybe(figures),
    timeline: z.array(
      z.object({
        id,
        action: text,
        actionLabel: text,
        fromStatus: maybe(text),
        toStatus: maybe(text),
        toStatusLabel: maybe(text),
        actorName: text,
        note: maybe(text),
        data: z.unknown(),
        at: dateTime,
      }),
    ),
    abilities: flagsOf([
      ...MEETING_WORKFLOW.actions,
      'confirm',
      'requestLeave',
      'checkIn',
      'manage',
      'viewAttendance',
    ]),
  }),
);
