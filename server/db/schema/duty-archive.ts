import {
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
import type { DutyRules } from '../../../domain/duty-rules';
import type { StoredDutyScore } from '../../../domain/duty-scoring';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { members } from './members';
import { activityGroups } from './org';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * 履职积分规则: every saved version of a committee's rules for a year (the newest applies). A
 * year without a row scores with domain/duty-rules DEFAULT_DUTY_RULES (version 0).
 */
export const dutyRuleSets = pgTable(
  'duty_rule_sets',
  {
    id: id(),
    committeeId: committeeRef(),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    rules: jsonb('rules').$type<DutyRules>().notNull(),
    note: text('note'),
    savedByUserId: integer('saved_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('duty_rule_sets_uq').on(t.committeeId, t.year, t.version)],
);

/** A closed year (关闭年度): its scores are frozen with the rule version that made them. */
export const dutyYears = pgTable(
  'duty_years',
  {
    id: id(),
    committeeId: committeeRef(),
    year: integer('year').notNull(),
    ruleVersion: integer('rule_version').notNull(),
    closedByUserId: integer('closed_by_user_id')
      .notNull()
      .references(() => users.id),
    closedAt: at('closed_at').notNull(),
  },
  (t) => [uniqueIndex('duty_years_uq').on(t.committeeId, t.year)],
);

/**
 * A member's scored year as last computed (the staff list, the 通报, a closed year's page). An open
 * year keeps the result without its lines (no reader needs them: the member's page of an open year
 * is scored live); closing the year stores every line with its evidence, so a closed year shows
 * what made its score. A run rewrites only the rows whose `digest` changed; when the committee's
 * year was last computed is `duty_score_runs`.
 */
export const dutyScores = pgTable(
  'duty_scores',
  {
    id: id(),
    committeeId: committeeRef(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    year: integer('year').notNull(),
    total: integer('total').notNull(),
    grade: text('grade').notNull(),
    /** How many consequences are due (the flags list filters on it). */
    consequenceCount: integer('consequence_count').notNull(),
    result: jsonb('result').$type<StoredDutyScore>().notNull(),
    ruleVersion: integer('rule_version').notNull(),
    /** A hash of what the row stores (compute.ts rowDigest); null on rows from before it. */
    digest: text('digest'),
    /** When this row was last written, i.e. its result last changed. */
    computedAt: at('computed_at').notNull(),
  },
  (t) => [
    uniqueIndex('duty_scores_member_year_uq').on(t.memberId, t.year),
    index('duty_scores_committee_year_idx').on(t.committeeId, t.year, t.total),
  ],
);

/**
 * When each committee's year was last scored (计算时间), rows changed or not: a run that finds every
 * result as stored writes no score row, only this.
 */
export const dutyScoreRuns = pgTable(
  'duty_score_runs',
  {
    committeeId: committeeRef(),
    year: integer('year').notNull(),
    computedAt: at('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.committeeId, t.year] })],
);

/**
 * The stored scores of a committee's year counted by grade, with their totals added and the members
 * flagged (the cockpit's 委员履职 over a province's subtree reads these few rows, not every score).
 * Kept by statement triggers on duty_scores (server/db/custom/duty-score-tallies.sql) in the writing
 * statement's own transaction, as deltas, so concurrent writers add up; a grade no longer held keeps
 * a row of zeros.
 */
export const dutyScoreTallies = pgTable(
  'duty_score_tallies',
  {
    committeeId: committeeRef(),
    year: integer('year').notNull(),
    grade: text('grade').notNull(),
    scored: integer('scored').notNull(),
    totalSum: integer('total_sum').notNull(),
    flagged: integer('flagged').notNull(),
  },
  (t) => [primaryKey({ columns: [t.committeeId, t.year, t.grade] })],
);

/**
 * 自行申报: a duty done outside the platform, claimed by the member (with an attachment) or entered
 * by staff; counted once confirmed. `status` moves only through the engine (domain/duty-claim-workflow.ts).
 */
export const dutyClaims = pgTable(
  'duty_claims',
  {
    id: id(),
    committeeId: committeeRef(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    /** domain/duty-kinds CLAIM_DUTY_KINDS. */
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    refuseReason: text('refuse_reason'),
    createdByUserId: integer('created_by_user_id')
      .notNull()
      .references(() => users.id),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id),
    decidedAt: at('decided_at'),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('duty_claims_committee_idx').on(t.committeeId, t.status, t.id),
    index('duty_claims_member_idx').on(t.memberId, t.occurredOn),
  ],
);

/** The record of a consequence acted on: 提醒谈话 (who talked, when, what was said), 警告, 劝辞. */
export const dutyActions = pgTable(
  'duty_actions',
  {
    id: id(),
    committeeId: committeeRef(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    year: integer('year').notNull(),
    /** domain/duty-rules CONSEQUENCES. */
    consequence: text('consequence').notNull(),
    actedBy: text('acted_by').notNull(),
    actedOn: date('acted_on', { mode: 'string' }).notNull(),
    content: text('content').notNull(),
    recordedByUserId: integer('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('duty_actions_member_idx').on(t.memberId, t.year),
    index('duty_actions_committee_idx').on(t.committeeId, t.year),
  ],
);

/** 述职: a member's annual duty report, drafted from the archive, edited and submitted by the member. */
export const dutySelfReports = pgTable(
  'duty_self_reports',
  {
    id: id(),
    committeeId: committeeRef(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    year: integer('year').notNull(),
    text: text('text').notNull(),
    submittedAt: at('submitted_at'),
    version: integer('version').notNull().default(1),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('duty_self_reports_uq').on(t.memberId, t.year)],
);

/**
 * 年度表彰 (domain/duty-awards): 优秀政协委员 (a member), 先进委员活动组 (a group), 优秀组长 (a member of
 * a group). Proposed from the year's scores, confirmed or dropped by the archive's staff; `subject`
 * (`member:12`, `group:3`, `member:12@group:3`) keeps one row per award and subject, so proposing
 * again adds only what is new and never revives a dropped one.
 */
export const dutyAwards = pgTable(
  'duty_awards',
  {
    id: id(),
    committeeId: committeeRef(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    memberId: integer('member_id').references(() => members.id),
    activityGroupId: integer('activity_group_id').references(() => activityGroups.id),
    basis: text('basis').notNull(),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id),
    decidedAt: at('decided_at'),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('duty_awards_uq').on(t.committeeId, t.year, t.kind, t.subject)],
);
