import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { members } from './members';
import { handlingUnits, leaders, sessions } from './org';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * 会议活动. `status` is written only by the workflow engine (domain/meeting-workflow.ts);
 * `version` grows with every change. `inviteRule` records how the invitees were chosen (all
 * members, by position, sector, special committee, liaison or activity group, or by hand) so the
 * form shows it again; the invitees themselves are rows of meeting_invitees.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    committeeId: committeeRef(),
    /** domain/meetings MEETING_KINDS. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** domain/meetings ORGANISER_KINDS and the organising body's id. */
    organiserKind: text('organiser_kind').notNull(),
    organiserId: integer('organiser_id').notNull(),
    /** A plenary belongs to its session (第十一届五次会议). */
    sessionId: integer('session_id').references(() => sessions.id),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    place: text('place').notNull(),
    agendaHtml: text('agenda_html').notNull().default(''),
    /** The last day to confirm or ask for leave (a Beijing date). */
    replyBy: date('reply_by', { mode: 'string' }).notNull(),
    inviteRule: jsonb('invite_rule').notNull(),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdByUserId: integer('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('meetings_committee_starts_idx').on(t.committeeId, t.startsAt)],
);

/** 场次: a plenary's 开幕会, 小组讨论 …; every meeting has at least one. Check-in is per sitting. */
export const meetingSittings = pgTable(
  'meeting_sittings',
  {
    id: id(),
    committeeId: committeeRef(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    name: text('name').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    place: text('place'),
  },
  (t) => [index('meeting_sittings_meeting_idx').on(t.meetingId, t.ordinal)],
);

/**
 * Who is invited: a member who owes attendance (应到), or a 列席 guest (a leader or a unit)
 * without a leave duty. `response` is the member's own answer to the notice.
 */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    id: id(),
    committeeId: committeeRef(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** domain/meetings INVITEE_ROLES. */
    role: text('role').notNull(),
    memberId: integer('member_id').references(() => members.id),
    leaderId: integer('leader_id').references(() => leaders.id),
    unitId: integer('unit_id').references(() => handlingUnits.id),
    /** `pending` or `confirmed` (确认参加); leave is its own request. */
    response: text('response').notNull().default('pending'),
    respondedAt: at('responded_at'),
    /** When the reminder job told this invitee the meeting is near (once). */
    remindedAt: at('reminded_at'),
  },
  (t) => [
    uniqueIndex('meeting_invitees_member_uq').on(t.meetingId, t.memberId),
    uniqueIndex('meeting_invitees_leader_uq').on(t.meetingId, t.leaderId),
    uniqueIndex('meeting_invitees_unit_uq').on(t.meetingId, t.unitId),
    index('meeting_invitees_member_idx').on(t.memberId),
  ],
);

/** One check-in of a member at a sitting; a second scan finds the row and changes nothing. */
export const meetingCheckins = pgTable(
  'meeting_checkins',
  {
    id: id(),
    committeeId: committeeRef(),
    sittingId: integer('sitting_id')
      .notNull()
      .references(() => meetingSittings.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    checkedInAt: at('checked_in_at').notNull(),
    late: boolean('late').notNull(),
    /** domain/meetings CHECKIN_METHODS. */
    method: text('method').notNull(),
    /** The staff member who scanned the 委员码 or called the roll; null for the member's own scan. */
    recordedByUserId: integer('recorded_by_user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('meeting_checkins_uq').on(t.sittingId, t.memberId)],
);

/**
 * 请假. `status` is written only by the workflow engine (domain/meeting-workflow.ts). A member
 * has at most one open (submitted or approved) request per meeting. `sittingIds` null means the
 * whole meeting. `late` marks a request made after the reply-by date or the start.
 */
export const leaveRequests = pgTable(
  'leave_requests',
  {
    id: id(),
    committeeId: committeeRef(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    /** domain/meetings LEAVE_CATEGORIES. */
    category: text('category').notNull(),
    reason: text('reason').notNull(),
    sittingIds: jsonb('sitting_ids').$type<number[] | null>(),
    late: boolean('late').notNull(),
    status: text('status').notNull().default('submitted'),
    version: integer('version').notNull().default(1),
    decisionNote: text('decision_note'),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id),
    decidedAt: at('decided_at'),
    submittedByUserId: integer('submitted_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('leave_requests_open_uq')
      .on(t.meetingId, t.memberId)
      .where(sql`status in ('submitted', 'approved')`),
    // A member's latest request of a meeting whatever its state (the meeting's page and lists): the
    // partial index above cannot serve it, and a province's requests were read whole per meeting.
    index('leave_requests_meeting_member_idx').on(t.meetingId, t.memberId),
    index('leave_requests_committee_status_idx').on(t.committeeId, t.status),
  ],
);

/**
 * A meeting's attendance once every sitting has ended (应到 / 实到 / 迟到 / 请假 / 缺席), kept so
 * the cockpit adds up a province's meetings without deriving each attendee's state. Attendance
 * itself stays derived (modules/meetings/attendance.ts): every command that changes what it is
 * derived from (invitees, sittings, leave, a check-in entered after the end) rewrites the meeting's
 * row in its own transaction (attendance-store.ts); check-ins while the meeting runs leave it as it
 * is. The counts assume every sitting over, so they depend on the data only, never on the clock.
 * The row is final once computed at or after the meeting's end (the hourly job finalises the
 * meetings that ended); the cockpit reads final rows only and derives the others (and any meeting
 * without a row) live. The meeting's attendees' states (meeting_attendee_states) are written with
 * the counts in the same transaction.
 */
export const meetingAttendance = pgTable('meeting_attendance', {
  meetingId: integer('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  committeeId: committeeRef(),
  expected: integer('expected').notNull(),
  attended: integer('attended').notNull(),
  late: integer('late').notNull(),
  leave: integer('leave').notNull(),
  absent: integer('absent').notNull(),
  computedAt: at('computed_at').notNull(),
});

/**
 * Each attendee's state at a meeting once every sitting has ended (出席 / 迟到 / 请假 / 无故缺席),
 * stored with the meeting's counts (meeting_attendance: complete when its row is final) by the same
 * writers in the same transaction. The duty archive reads them for meetings whose row is final instead
 * of deriving a year's millions of states every run (issue 8); a meeting still running, or without
 * a final row, is derived live as before.
 */
export const meetingAttendeeStates = pgTable(
  'meeting_attendee_states',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    committeeId: committeeRef(),
    /** present, late, leave or absent: never pending, as every sitting counts as ended. */
    state: text('state').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);
