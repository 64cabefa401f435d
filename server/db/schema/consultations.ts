import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { consultationTopics } from './consultation-plan';
import { meetings } from './meetings';
import { members } from './members';
import { handlingUnits } from './org';
import { inspections, supervisionGroups } from './supervision';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * 协商活动. `status` is written only by the workflow engine (domain/consultations.ts). An activity may
 * own a meeting (会议活动) for its invitations, leave and attendance. `planTopicId` is the annual plan's
 * topic it takes up (年度协商计划: the topic, not the entry, since a plan's entries are rewritten when it is
 * edited); `topic` is the activity's own wording.
 */
export const consultations = pgTable(
  'consultations',
  {
    id: id(),
    committeeId: committeeRef(),
    /** domain/consultations CONSULTATION_FORMS; grass-roots sessions name their kind. */
    form: text('form').notNull(),
    grassrootsKind: text('grassroots_kind'),
    topic: text('topic').notNull(),
    planTopicId: integer('plan_topic_id').references(() => consultationTopics.id),
    /** domain/meetings ORGANISER_KINDS and the body's id (a grass-roots session: its liaison group). */
    organiserKind: text('organiser_kind').notNull(),
    organiserId: integer('organiser_id').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    place: text('place').notNull(),
    summary: text('summary').notNull().default(''),
    /** Invited 党政领导 and departments (承办单位). */
    leaderIds: integer('leader_ids').array().notNull().default([]),
    unitIds: integer('unit_ids').array().notNull().default([]),
    meetingId: integer('meeting_id').references(() => meetings.id),
    /** The last day to send the outputs: 7 working days after the activity, set when it is held. */
    outputsDueOn: date('outputs_due_on', { mode: 'string' }),
    publishedAt: at('published_at'),
    status: text('status').notNull().default('planned'),
    version: integer('version').notNull().default(1),
    createdByUserId: integer('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('consultations_committee_starts_idx').on(t.committeeId, t.startsAt),
    index('consultations_plan_topic_idx').on(t.planTopicId),
  ],
);

/** 发言: a member's (or a named guest's) speech at an activity, with an optional file (attachments). */
export const consultationSpeeches = pgTable(
  'consultation_speeches',
  {
    id: id(),
    committeeId: committeeRef(),
    consultationId: integer('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    memberId: integer('member_id').references(() => members.id),
    speakerName: text('speaker_name').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('consultation_speeches_activity_idx').on(t.consultationId),
    index('consultation_speeches_member_idx').on(t.memberId),
  ],
);

/**
 * 意见建议: one record each, sent to its department. `status` is written only by the workflow engine
 * (domain/consultation-suggestions.ts); the feedback columns hold the department's written answer.
 * Its origin is exactly one of: a consultation activity, a supervision group (民主监督), an inspection
 * or research (视察 / 调研); the loop is the same for all three.
 */
export const consultationSuggestions = pgTable(
  'consultation_suggestions',
  {
    id: id(),
    committeeId: committeeRef(),
    consultationId: integer('consultation_id').references(() => consultations.id, { onDelete: 'cascade' }),
    supervisionGroupId: integer('supervision_group_id').references(() => supervisionGroups.id, {
      onDelete: 'cascade',
    }),
    inspectionId: integer('inspection_id').references(() => inspections.id, { onDelete: 'cascade' }),
    /** domain/consultation-suggestions SUGGESTION_SOURCES: a member, or residents by name. */
    source: text('source').notNull(),
    memberId: integer('member_id').references(() => members.id),
    proposerName: text('proposer_name').notNull(),
    text: text('text').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => handlingUnits.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    sentAt: at('sent_at').notNull(),
    /** domain/consultation-suggestions ADOPTIONS. */
    adoption: text('adoption'),
    feedback: text('feedback'),
    reason: text('reason'),
    fedBackAt: at('fed_back_at'),
    percent: integer('percent').notNull().default(0),
    completedAt: at('completed_at'),
    status: text('status').notNull().default('sent'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('consultation_suggestions_committee_idx').on(t.committeeId, t.id),
    index('consultation_suggestions_committee_sent_idx').on(t.committeeId, t.sentAt),
    index('consultation_suggestions_activity_idx').on(t.consultationId),
    index('consultation_suggestions_unit_idx').on(t.unitId, t.status),
    index('consultation_suggestions_supervision_idx').on(t.supervisionGroupId),
    index('consultation_suggestions_inspection_idx').on(t.inspectionId),
    check(
      'consultation_suggestions_one_origin',
      sql`num_nonnulls(${t.consultationId}, ${t.supervisionGroupId}, ${t.inspectionId}) = 1`,
    ),
  ],
);

/** A milestone of an adopted suggestion's implementation, with the progress it reached. */
export const consultationProgress = pgTable(
  'consultation_progress',
  {
    id: id(),
    committeeId: committeeRef(),
    suggestionId: integer('suggestion_id')
      .notNull()
      .references(() => consultationSuggestions.id, { onDelete: 'cascade' }),
    percent: integer('percent').notNull(),
    milestone: text('milestone').notNull(),
    reportedAt: at('reported_at').notNull(),
  },
  (t) => [index('consultation_progress_suggestion_idx').on(t.suggestionId)],
);

/** Feedback reminders already sent: one per suggestion, due date and threshold (the job's reruns are silent). */
export const consultationReminders = pgTable(
  'consultation_reminders',
  {
    id: id(),
    committeeId: committeeRef(),
    suggestionId: integer('suggestion_id')
      .notNull()
      .references(() => consultationSuggestions.id, { onDelete: 'cascade' }),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    threshold: text('threshold').notNull(),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [uniqueIndex('consultation_reminders_uq').on(t.suggestionId, t.dueOn, t.threshold)],
);

/** A problem residents raised at a grass-roots session, and whether (and how) it was solved. */
export const consultationProblems = pgTable(
  'consultation_problems',
  {
    id: id(),
    committeeId: committeeRef(),
    consultationId: integer('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    solved: boolean('solved').notNull().default(false),
    solution: text('solution'),
    solvedOn: date('solved_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('consultation_problems_activity_idx').on(t.consultationId)],
);

/** 纪要 / 协商专报 / 建议案: written by staff, printed as Word, sent (to whom, when). */
export const consultationOutputs = pgTable(
  'consultation_outputs',
  {
    id: id(),
    committeeId: committeeRef(),
    consultationId: integer('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    /** domain/consultations OUTPUT_KINDS. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    sentTo: text('sent_to'),
    sentOn: date('sent_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('consultation_outputs_activity_idx').on(t.consultationId)],
);

/**
 * 联动协商: a committee of the organiser's subtree invited to take part in its activity. The row is the
 * participating committee's (its tenant): the organiser's staff write the invitation, the participant's
 * staff its members (`member_ids`, members of that committee). Speeches and suggestions of its part are
 * rows of its own committee on the shared activity.
 */
export const consultationParticipants = pgTable(
  'consultation_participants',
  {
    id: id(),
    committeeId: committeeRef(),
    /** The joint record, exactly one of three (a CHECK), like a suggestion's origin. */
    consultationId: integer('consultation_id').references(() => consultations.id, { onDelete: 'cascade' }),
    supervisionGroupId: integer('supervision_group_id').references(() => supervisionGroups.id, {
      onDelete: 'cascade',
    }),
    inspectionId: integer('inspection_id').references(() => inspections.id, { onDelete: 'cascade' }),
    memberIds: integer('member_ids').array().notNull().default([]),
    invitedAt: at('invited_at').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('consultation_participants_uq').on(t.consultationId, t.committeeId),
    uniqueIndex('consultation_participants_group_uq').on(t.supervisionGroupId, t.committeeId),
    uniqueIndex('consultation_participants_inspection_uq').on(t.inspectionId, t.committeeId),
    index('consultation_participants_committee_idx').on(t.committeeId, t.consultationId),
    check(
      'consultation_participants_one_record',
      sql`num_nonnulls(${t.consultationId}, ${t.supervisionGroupId}, ${t.inspectionId}) = 1`,
    ),
  ],
);
