import {
  type AnyPgColumn,
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
import { committeeRef, committees } from './committees';
import { members } from './members';
import { leaders, liaisonGroups, opinionInformants, sectors } from './org';
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
    /** domain/opinion-reports REPORTER_KINDS; the columns below name the reporter of each kind. */
    reporterKind: text('reporter_kind').notNull().default('member'),
    reporterMemberId: integer('reporter_member_id').references(() => members.id),
    /** The body's, lower committee's or informant's name as filed (a member's is read from members). */
    reporterName: text('reporter_name'),
    /** 代为报送: domain/opinion-reports BODY_KINDS. */
    bodyKind: text('body_kind'),
    /** A sector group's sector (a member's is read from members), for the figures by sector. */
    sectorId: integer('sector_id').references(() => sectors.id),
    liaisonGroupId: integer('liaison_group_id').references(() => liaisonGroups.id),
    /** A lower committee reporting as a body. */
    reporterCommitteeId: integer('reporter_committee_id').references(() => committees.id),
    informantId: integer('informant_id').references(() => opinionInformants.id),
    /**
     * 纵向联通: the lower committee's item this report was sent up from; when an issue carrying it
     * is sent, the item (and every item below it) records this committee's adoption.
     */
    sourceItemId: integer('source_item_id').references((): AnyPgColumn => opinionItems.id),
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
    // The year's reports of some committees (statistics, cockpit) as an index range.
    index('opinion_reports_committee_submitted_idx').on(t.committeeId, t.submittedAt),
    index('opinion_reports_reporter_idx').on(t.reporterMemberId, t.id),
    index('opinion_reports_item_idx').on(t.itemId),
    index('opinion_reports_source_item_idx').on(t.sourceItemId),
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
    /** The issue it is compiled into, and its place there. */
    issueId: integer('issue_id').references(() => bulletinIssues.id),
    issueOrdinal: integer('issue_ordinal'),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('opinion_items_committee_idx').on(t.committeeId, t.id),
    index('opinion_items_issue_idx').on(t.issueId, t.issueOrdinal),
  ],
);

/**
 * 期: an issue of the periodical 《社情民意》 or a 专报 (domain/bulletin-issues.ts), numbered per
 * committee, kind and year when it is signed off, sent to the leaders in bulletin_issue_recipients.
 */
export const bulletinIssues = pgTable(
  'bulletin_issues',
  {
    id: id(),
    committeeId: committeeRef(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    number: integer('number'),
    /** 抄送 line of the masthead page (e.g. 市政协研究室). */
    copyTo: text('copy_to').notNull().default(''),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    compiledByUserId: integer('compiled_by_user_id')
      .notNull()
      .references(() => users.id),
    signedByUserId: integer('signed_by_user_id').references(() => users.id),
    signedAt: at('signed_at'),
    sentAt: at('sent_at'),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('bulletin_issues_committee_idx').on(t.committeeId, t.id),
    uniqueIndex('bulletin_issues_number_uq').on(t.committeeId, t.kind, t.year, t.number),
  ],
);

/** 报送: the leaders an issue goes to; `read_at` once they have opened it. */
export const bulletinIssueRecipients = pgTable(
  'bulletin_issue_recipients',
  {
    id: id(),
    committeeId: committeeRef(),
    issueId: integer('issue_id')
      .notNull()
      .references(() => bulletinIssues.id, { onDelete: 'cascade' }),
    leaderId: integer('leader_id')
      .notNull()
      .references(() => leaders.id),
    readAt: at('read_at'),
  },
  (t) => [
    uniqueIndex('bulletin_issue_recipients_uq').on(t.issueId, t.leaderId),
    index('bulletin_issue_recipients_leader_idx').on(t.leaderId, t.issueId),
  ],
);

/**
 * 采用 of an item by a level (全国/省/市/县政协), with the day and the evidence (the adopting
 * periodical's issue). Every reporter of the item gets the credit.
 */
export const opinionAdoptions = pgTable(
  'opinion_adoptions',
  {
    id: id(),
    committeeId: committeeRef(),
    itemId: integer('item_id')
      .notNull()
      .references(() => opinionItems.id),
    level: text('level').notNull(),
    adoptedOn: date('adopted_on', { mode: 'string' }).notNull(),
    evidence: text('evidence').notNull(),
    recordedByUserId: integer('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('opinion_adoptions_item_level_uq').on(t.itemId, t.level),
    index('opinion_adoptions_committee_day_idx').on(t.committeeId, t.adoptedOn),
  ],
);

/** A committee's rules for reports: the length limit of 情况、分析、建议 together. */
export const opinionSettings = pgTable('opinion_settings', {
  committeeId: committeeRef().primaryKey(),
  maxChars: integer('max_chars').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
