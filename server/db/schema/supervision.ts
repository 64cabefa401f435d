import { type AnyPgColumn, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { consultationTopics } from './consultation-plan';
import { consultations } from './consultations';
import { members } from './members';
import { handlingUnits } from './org';

/**
 * 民主监督: a supervision group of members dispatched to a key department (承办单位) for a term, or a
 * 专项民主监督 topic (kind). Its suggestions go through the consultation suggestion loop
 * (consultation_suggestions.supervision_group_id).
 */
export const supervisionGroups = pgTable(
  'supervision_groups',
  {
    id: id(),
    committeeId: committeeRef(),
    /** domain/supervision SUPERVISION_KINDS. */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    topic: text('topic').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => handlingUnits.id),
    leaderMemberId: integer('leader_member_id').references(() => members.id),
    memberIds: integer('member_ids').array().notNull().default([]),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdByUserId: integer('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('supervision_groups_committee_idx').on(t.committeeId, t.startsOn)],
);

/** A visit of a supervision group to its department: when, where, who was there, what they found. */
export const supervisionVisits = pgTable(
  'supervision_visits',
  {
    id: id(),
    committeeId: committeeRef(),
    groupId: integer('group_id')
      .notNull()
      .references(() => supervisionGroups.id, { onDelete: 'cascade' }),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    memberIds: integer('member_ids').array().notNull().default([]),
    findings: text('findings').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('supervision_visits_group_idx').on(t.groupId),
    index('supervision_visits_committee_day_idx').on(t.committeeId, t.visitedOn),
  ],
);

/**
 * 视察 / 调研: a topic (perhaps from the annual plan), its plan, members and visits, and a report (Word)
 * sent to leaders, who may write a 批示 on it (instructions subject 'inspectionReport').
 */
export const inspections = pgTable(
  'inspections',
  {
    id: id(),
    committeeId: committeeRef(),
    /** domain/supervision INSPECTION_KINDS. */
    kind: text('kind').notNull(),
    topic: text('topic').notNull(),
    planTopicId: integer('plan_topic_id').references(() => consultationTopics.id),
    /**
     * The consultation activity (a 专题协商会 …) of the same committee this inspection prepares; its
     * page lists its preparatory inspections with their reports. (consultations.ts imports this file
     * for the suggestions' origin, hence the typed lazy reference.)
     */
    consultationId: integer('consultation_id').references((): AnyPgColumn => consultations.id, {
      onDelete: 'set null',
    }),
    plan: text('plan').notNull().default(''),
    memberIds: integer('member_ids').array().notNull().default([]),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    reportTitle: text('report_title'),
    reportBody: text('report_body'),
    reportSentTo: text('report_sent_to'),
    reportSentOn: date('report_sent_on', { mode: 'string' }),
    createdByUserId: integer('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('inspections_committee_idx').on(t.committeeId, t.startsOn),
    index('inspections_consultation_idx').on(t.consultationId),
  ],
);

export const inspectionVisits = pgTable(
  'inspection_visits',
  {
    id: id(),
    committeeId: committeeRef(),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    memberIds: integer('member_ids').array().notNull().default([]),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('inspection_visits_inspection_idx').on(t.inspectionId),
    index('inspection_visits_committee_day_idx').on(t.committeeId, t.visitedOn),
  ],
);

/** A member appointed elsewhere as 特约监督员 / 听证员: by which body, for which term. */
export const memberAppointments = pgTable(
  'member_appointments',
  {
    id: id(),
    committeeId: committeeRef(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** domain/supervision APPOINTMENT_ROLES. */
    role: text('role').notNull(),
    body: text('body').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('member_appointments_member_idx').on(t.memberId)],
);
