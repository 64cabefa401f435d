import { date, index, integer, pgTable, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { attachments } from './attachments';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { members } from './members';
import { handlingUnits, leaders } from './org';
import { proposals } from './proposals';

const proposalRef = () =>
  integer('proposal_id')
    .notNull()
    .references(() => proposals.id, { onDelete: 'cascade' });
const unitRef = () =>
  integer('unit_id')
    .notNull()
    .references(() => handlingUnits.id);
const userRef = (name: string) =>
  integer(name)
    .notNull()
    .references(() => users.id);
const attachmentRef = () => integer('attachment_id').references(() => attachments.id);

/**
 * 交办: one row per unit and round. A reassignment marks the old row returned/removed and adds
 * new rows with the next `round`, so the trace of who held the proposal when is kept.
 */
export const proposalAssignments = pgTable(
  'proposal_assignments',
  {
    id: id(),
    committeeId: committeeRef(),
    proposalId: proposalRef(),
    unitId: unitRef(),
    /** domain/proposals ASSIGNMENT_MODES: lead (主办), cooperating (会办), separate (分办). */
    mode: text('mode').notNull(),
    /** domain/proposals ASSIGNMENT_STATES. */
    state: text('state').notNull().default('active'),
    round: integer('round').notNull().default(1),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    assignedByUserId: userRef('assigned_by_user_id'),
    /** Reply deadline: assigned date + the committee's working days; moved by an approved extension. */
    dueDate: date('due_date').notNull(),
    originalDueDate: date('original_due_date').notNull(),
    contactDueDate: date('contact_due_date'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    /** Extension request (申请延期): the date asked for, why, and the staff decision. */
    extensionRequestedDue: date('extension_requested_due'),
    extensionReason: text('extension_reason'),
    /** domain/proposals EXTENSION_STATES. */
    extensionState: text('extension_state'),
    extensionDecidedAt: timestamp('extension_decided_at', { withTimezone: true }),
    extensionDecidedByUserId: integer('extension_decided_by_user_id').references(() => users.id),
    urgeCount: integer('urge_count').notNull().default(0),
    lastUrgedAt: timestamp('last_urged_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('proposal_assignments_proposal_idx').on(t.proposalId, t.state),
    index('proposal_assignments_unit_idx').on(t.unitId, t.state, t.dueDate),
    // The hourly 办理时限 reminders read one committee's open assignments at a time: without it each
    // committee scanned every committee's assignments (1.2 s apiece for a province's 1.27 M).
    index('proposal_assignments_committee_state_due_idx').on(t.committeeId, t.state, t.dueDate),
  ],
);

/** 沟通联系: the unit's contact with the proposer, visible to the proposer. */
export const proposalContacts = pgTable(
  'proposal_contacts',
  {
    id: id(),
    committeeId: committeeRef(),
    proposalId: proposalRef(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => proposalAssignments.id),
    unitId: unitRef(),
    contactedOn: date('contacted_on').notNull(),
    /** domain/proposals CONTACT_METHODS. */
    method: text('method').notNull(),
    unitContactName: text('unit_contact_name').notNull(),
    memberId: integer('member_id').references(() => members.id),
    summary: text('summary').notNull(),
    createdByUserId: userRef('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [index('proposal_contacts_proposal_idx').on(t.proposalId)],
);

/** 会办意见: a cooperating unit's views, sent to the 主办 unit. */
export const proposalOpinions = pgTable(
  'proposal_opinions',
  {
    id: id(),
    committeeId: committeeRef(),
    proposalId: proposalRef(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => proposalAssignments.id),
    fromUnitId: unitRef(),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => handlingUnits.id),
    body: text('body').notNull(),
    attachmentId: attachmentRef(),
    createdByUserId: userRef('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [index('proposal_opinions_proposal_idx').on(t.proposalId)],
);

/**
 * 答复: the letter (text + signed file) and its category. `round` grows with each 重新办理 so the
 * earlier reply stays in the history. The public version drops contact data and is published on
 * staff approval.
 */
export const proposalReplies = pgTable(
  'proposal_replies',
  {
    id: id(),
    committeeId: committeeRef(),
    proposalId: proposalRef(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => proposalAssignments.id),
    unitId: unitRef(),
    round: integer('round').notNull().default(1),
    bodyHtml: text('body_html').notNull(),
    attachmentId: attachmentRef(),
    /** A code from the committee's reply categories (A/B/C …). */
    category: text('category').notNull(),
    signedBy: text('signed_by'),
    publicBodyHtml: text('public_body_html'),
    /** domain/proposals PUBLIC_STATES. */
    publicState: text('public_state').notNull().default('none'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedByUserId: integer('published_by_user_id').references(() => users.id),
    createdByUserId: userRef('created_by_user_id'),
    repliedAt: timestamp('replied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposal_replies_proposal_idx').on(t.proposalId, t.round),
    index('proposal_replies_unit_idx').on(t.unitId, t.repliedAt),
    // An assignment's latest reply (a member's 待评价, the unit's pending replies) without reading every reply.
    index('proposal_replies_assignment_idx').on(t.assignmentId, t.id),
  ],
);

/**
 * 满意度测评 of one reply by a proposer, on attitude, contact and result (SATISFACTION_LEVELS).
 * A merged proposal has several proposers, each rating once; `member_id` is null when the staff
 * rate for a party, sector-group or special-committee proposal.
 */
export const proposalRatings = pgTable(
  'proposal_ratings',
  {
    id: id(),
    committeeId: committeeRef(),
    proposalId: proposalRef(),
    replyId: integer('reply_id')
      .notNull()
      .references(() => proposalReplies.id),
    unitId: unitRef(),
    memberId: integer('member_id').references(() => members.id),
    ratedByUserId: userRef('rated_by_user_id'),
    round: integer('round').notNull().default(1),
    attitude: text('attitude').notNull(),
    contact: text('contact').notNull(),
    result: text('result').notNull(),
    overall: text('overall').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('proposal_ratings_reply_member_uq').on(t.replyId, t.memberId).nullsNotDistinct(),
    index('proposal_ratings_unit_idx').on(t.unitId, t.overall),
  ],
);

/** 落实情况 reports by the unit; the staff's mark is on proposals.implementation_mark. */
export const proposalImplementations = pgTable(
  'proposal_implementations',
  {
    id: id(),
    committeeId: committeeRef(),
    proposalId: proposalRef(),
    unitId: unitRef(),
    body: text('body').notNull(),
    attachmentId: attachmentRef(),
    createdByUserId: userRef('created_by_user_id'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('proposal_implementations_proposal_idx').on(t.proposalId)],
);

/**
 * 重点提案: shortlisted, then chosen by the 主席会议, led (领衔督办) by a leader or a chair.
 * proposals.is_key mirrors stage = 'selected' for list filters.
 */
export const proposalKeySelections = pgTable(
  'proposal_key_selections',
  {
    id: id(),
    committeeId: committeeRef(),
    proposalId: proposalRef(),
    year: integer('year').notNull(),
    /** domain/proposals KEY_STAGES. */
    stage: text('stage').notNull(),
    leadSupervisorLeaderId: integer('lead_supervisor_leader_id').references(() => leaders.id),
    leadSupervisorMemberId: integer('lead_supervisor_member_id').references(() => members.id),
    basis: text('basis'),
    selectedAt: timestamp('selected_at', { withTimezone: true }),
    createdByUserId: userRef('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('proposal_key_selections_proposal_uq').on(t.proposalId),
    index('proposal_key_selections_year_idx').on(t.committeeId, t.year, t.stage),
  ],
);

/** 督办 records of a key proposal: visits, meetings, notes. */
export const proposalSupervisions = pgTable(
  'proposal_supervisions',
  {
    id: id(),
    committeeId: committeeRef(),
    proposalId: proposalRef(),
    /** domain/proposals SUPERVISION_KINDS. */
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    place: text('place'),
    participants: text('participants'),
    summary: text('summary').notNull(),
    attachmentId: attachmentRef(),
    createdByUserId: userRef('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [index('proposal_supervisions_proposal_idx').on(t.proposalId, t.heldOn)],
);

/** Year-end 先进承办单位 (and any other title a committee awards a unit for a year). */
export const unitAwards = pgTable(
  'unit_awards',
  {
    id: id(),
    committeeId: committeeRef(),
    year: integer('year').notNull(),
    unitId: unitRef(),
    title: text('title').notNull().default('先进承办单位'),
    note: text('note'),
    createdByUserId: userRef('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('unit_awards_year_unit_title_uq').on(t.committeeId, t.year, t.unitId, t.title)],
);
