import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { members } from './members';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * 协商议题 (consultationTopic): one topic from one of the five sources (domain/consultation-plan
 * TOPIC_SOURCES). A public one has no account: the resident's name is optional and the contact is
 * kept encrypted (SM4) with a masked copy for staff. `sensitiveWords` lists the words of the
 * committee's list the text hit, shown to the moderators. `status` is the engine's.
 */
export const consultationTopics = pgTable(
  'consultation_topics',
  {
    id: id(),
    committeeId: committeeRef(),
    source: text('source').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** The proposer as written: a resident's own name (optional), or the account's name. */
    proposerName: text('proposer_name'),
    contactEnc: text('contact_enc'),
    contactMask: text('contact_mask'),
    proposerUserId: integer('proposer_user_id').references(() => users.id),
    sensitiveWords: jsonb('sensitive_words').$type<string[]>().notNull().default([]),
    status: text('status').notNull().default('pending'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('consultation_topics_committee_status_idx').on(t.committeeId, t.status, t.createdAt)],
);

/** A frequency target stored with the plan (domain/consultation-plan PlanTarget). */
export interface StoredTarget {
  form: string;
  minimum: number;
}

/**
 * 年度协商计划: one per committee and year. `revision` counts the published versions and the
 * adjustment under way (1 until the first adjustment); each publication keeps a snapshot in
 * consultation_plan_versions, which is what the public reads.
 */
export const consultationPlans = pgTable(
  'consultation_plans',
  {
    id: id(),
    committeeId: committeeRef(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** "6+X" and the like, in words. */
    frequencyNote: text('frequency_note').notNull().default(''),
    targets: jsonb('targets').$type<StoredTarget[]>().notNull().default([]),
    revision: integer('revision').notNull().default(1),
    /** 主席会议 that reviewed it (e.g. 十一届第二十次主席会议). */
    reviewMeeting: text('review_meeting'),
    /** The party committee's approval: 文号 and date. */
    documentNumber: text('document_number'),
    approvedOn: date('approved_on', { mode: 'string' }),
    publishedAt: at('published_at'),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consultation_plans_year_uq').on(t.committeeId, t.year)],
);

/** One line of the plan: a shortlisted topic, its form, leading CPPCC leader, organiser and month. */
export const consultationPlanEntries = pgTable(
  'consultation_plan_entries',
  {
    id: id(),
    committeeId: committeeRef(),
    planId: integer('plan_id')
      .notNull()
      .references(() => consultationPlans.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    topicId: integer('topic_id')
      .notNull()
      .references(() => consultationTopics.id),
    /** The title as the plan words it (the topic's by default). */
    title: text('title').notNull(),
    form: text('form').notNull(),
    /** 牵头政协领导: a 主席 or 副主席 of the roster. */
    leadMemberId: integer('lead_member_id').references(() => members.id),
    /** 承办（牵头）部门, e.g. 经济委员会. */
    organiser: text('organiser').notNull(),
    plannedMonth: integer('planned_month').notNull(),
    /** 参与单位: handling units by id. */
    unitIds: jsonb('unit_ids').$type<number[]>().notNull().default([]),
  },
  (t) => [
    uniqueIndex('consultation_plan_entries_topic_uq').on(t.planId, t.topicId),
    index('consultation_plan_entries_plan_idx').on(t.planId, t.ordinal),
  ],
);

/** What a published version says, as the public and the version list show it. */
export interface PlanSnapshot {
  title: string;
  frequencyNote: string;
  targets: { form: string; formLabel: string; minimum: number }[];
  entries: {
    topicId: number;
    title: string;
    form: string;
    formLabel: string;
    leadName: string | null;
    organiser: string;
    plannedMonth: number;
    units: string[];
    sourceLabel: string;
  }[];
}

/** Each publication of a plan, kept: the first and every adjustment. */
export const consultationPlanVersions = pgTable(
  'consultation_plan_versions',
  {
    id: id(),
    committeeId: committeeRef(),
    planId: integer('plan_id')
      .notNull()
      .references(() => consultationPlans.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    reviewMeeting: text('review_meeting'),
    documentNumber: text('document_number').notNull(),
    approvedOn: date('approved_on', { mode: 'string' }).notNull(),
    publishedAt: at('published_at').notNull(),
    snapshot: jsonb('snapshot').$type<PlanSnapshot>().notNull(),
  },
  (t) => [uniqueIndex('consultation_plan_versions_uq').on(t.planId, t.revision)],
);

/**
 * 敏感词: the committee's word list that public text is screened with. A committee without any
 * row gets the default list on first use; a removed word stays as an inactive row, so an emptied
 * list is not refilled.
 */
export const sensitiveWords = pgTable(
  'sensitive_words',
  {
    id: id(),
    committeeId: committeeRef(),
    word: text('word').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sensitive_words_uq').on(t.committeeId, t.word)],
);
