import { boolean, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  PROPOSAL_SETTING_DEFAULTS as D,
  DEFAULT_REPLY_CATEGORIES,
  type ReplyCategoryLevel,
} from '../../../domain/proposals';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';

/** Topic categories (经济建设, 社会建设 …), a list each committee edits. */
export const proposalCategories = pgTable(
  'proposal_categories',
  {
    id: id(),
    committeeId: committeeRef(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('proposal_categories_committee_name_uq').on(t.committeeId, t.name)],
);

/** The published grounds for 不予立案; the proposal keeps the text it was rejected with. */
export const proposalRejectReasons = pgTable(
  'proposal_reject_reasons',
  {
    id: id(),
    committeeId: committeeRef(),
    text: text('text').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('proposal_reject_reasons_committee_text_uq').on(t.committeeId, t.text)],
);

/**
 * One row per committee with its deadlines and reply levels; a committee without a row uses
 * the defaults in domain/proposals (the column defaults are the same constants).
 */
export const proposalSettings = pgTable('proposal_settings', {
  committeeId: committeeRef().primaryKey(),
  returnWindowDays: integer('return_window_days').notNull().default(D.returnWindowDays),
  replyDueWorkingDays: integer('reply_due_working_days').notNull().default(D.replyDueWorkingDays),
  contactDueWorkingDays: integer('contact_due_working_days').notNull().default(D.contactDueWorkingDays),
  maxExtensionWorkingDays: integer('max_extension_working_days').notNull().default(D.maxExtensionWorkingDays),
  rehandleDueWorkingDays: integer('rehandle_due_working_days').notNull().default(D.rehandleDueWorkingDays),
  ratingWindowWorkingDays: integer('rating_window_working_days').notNull().default(D.ratingWindowWorkingDays),
  publishWithinWorkingDays: integer('publish_within_working_days')
    .notNull()
    .default(D.publishWithinWorkingDays),
  remindBeforeWorkingDays: integer('remind_before_working_days').notNull().default(D.remindBeforeWorkingDays),
  replyCategories: jsonb('reply_categories')
    .$type<ReplyCategoryLevel[]>()
    .notNull()
    .default(DEFAULT_REPLY_CATEGORIES),
});
