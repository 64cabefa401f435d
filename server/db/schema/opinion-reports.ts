import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { members } from './members';
import { tsvector } from './proposals';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * 社情民意信息: one member's report on one matter. The reporter's own text never changes after it
 * is filed; the editors' text lives on the item it was taken into (`item_id`, shared by merged
 * reports). `status` is written only by the workflow engine (domain/opinion-report-workflow.ts).
 */
export const opinionReports = pgTable(
  'opinion_reports',
  {
    id: id(),
    committeeId: committeeRef(),
    reporterMemberId: integer('reporter_member_id')
      .notNull()
      .references(() => members.id),
    filedByUserId: integer('filed_by_user_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    situation: text('situation').notNull().default(''),
    analysis: text('analysis').notNull().default(''),
    recommendation: text('recommendation').notNull().default(''),
    /** domain/opinion-reports URGENCIES. */
    urgency: text('urgency').notNull().default('normal'),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    submittedAt: at('submitted_at'),
    decidedAt: at('decided_at'),
    /** 不采用: the reason the reporter reads. */
    rejectReason: text('reject_reason'),
    itemId: integer('item_id').references(() => opinionItems.id),
    /** Title (A) and text (B) words plus the committee lexemes, as proposals' (similar reports). */
    searchVector: tsvector('search_vector'),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('opinion_reports_committee_idx').on(t.committeeId, t.id),
    index('opinion_reports_reporter_idx').on(t.reporterMemberId, t.id),
    index('opinion_reports_item_idx').on(t.itemId),
    index('opinion_reports_search_idx').using('gin', t.searchVector),
  ],
);

/**
 * 编辑稿: the editors' text made from one or more reports on one matter. Every reporter of the
 * reports pointing at it is credited; each edit's text is kept in the event log.
 */
export const opinionItems = pgTable(
  'opinion_items',
  {
    id: id(),
    committeeId: committeeRef(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('editing'),
    version: integer('version').notNull().default(1),
    editorUserId: integer('editor_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('opinion_items_committee_idx').on(t.committeeId, t.id)],
);

/** A committee's rules for reports: the length limit of 情况、分析、建议 together. */
export const opinionSettings = pgTable('opinion_settings', {
  committeeId: committeeRef().primaryKey(),
  maxChars: integer('max_chars').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
