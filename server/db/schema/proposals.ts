import {
  type AnyPgColumn,
  boolean,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, idBucket } from './columns';
import { committeeRef } from './committees';
import { members } from './members';
import { sectors, sessions, specialCommittees } from './org';
import { proposalCategories } from './proposal-config';

/** PostgreSQL tsvector: Chinese words segmented in the app, stored with the 'simple' configuration. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * 提案. `status` is written only by the transition function (server/modules/proposals/transition.ts);
 * `version` grows with every change so a stale screen is detected (409). The body parts are
 * sanitised HTML (a whitelist, server-side). `number` is set on 立案, gap-free per session.
 */
export const proposals = pgTable(
  'proposals',
  {
    id: id(),
    committeeId: committeeRef(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id),
    number: integer('number'),
    title: text('title').notNull(),
    situationHtml: text('situation_html').notNull().default(''),
    analysisHtml: text('analysis_html').notNull().default(''),
    recommendationHtml: text('recommendation_html').notNull().default(''),
    categoryId: integer('category_id').references(() => proposalCategories.id),
    /** domain/proposals SUBMITTER_KINDS. */
    submitterKind: text('submitter_kind').notNull(),
    /** The party/group, sector group or special committee named as submitter (org kinds). */
    submitterName: text('submitter_name'),
    specialCommitteeId: integer('special_committee_id').references(() => specialCommittees.id),
    /** Lead proposer's sector (or the sector group's), fixed at submission for statistics. */
    sectorId: integer('sector_id').references(() => sectors.id),
    leadMemberId: integer('lead_member_id').references(() => members.id),
    createdByUserId: integer('created_by_user_id')
      .notNull()
      .references(() => users.id),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => proposals.id),
    rejectReason: text('reject_reason'),
    isKey: boolean('is_key').notNull().default(false),
    isExcellent: boolean('is_excellent').notNull().default(false),
    isPublic: boolean('is_public').notNull().default(false),
    /** domain/proposals IMPLEMENTATION_MARKS, set by staff on 认定落实情况. */
    implementationMark: text('implementation_mark'),
    implementationMarkedAt: timestamp('implementation_marked_at', { withTimezone: true }),
    searchVector: tsvector('search_vector'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    registeredAt: timestamp('registered_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('proposals_session_number_uq').on(t.sessionId, t.number),
    index('proposals_committee_status_idx').on(t.committeeId, t.status, t.id),
    // Newest first per committee, with the list's visibility columns: pages and counts read the index only.
    index('proposals_committee_newest_idx').on(t.committeeId, t.id, t.status, t.submittedAt, t.submitterKind),
    index('proposals_committee_session_idx').on(t.committeeId, t.sessionId, t.number),
    index('proposals_lead_member_idx').on(t.leadMemberId),
    index('proposals_merged_into_idx').on(t.mergedIntoId),
    // A year's registered proposals of a committee (the duty archive's items): not every year's rows read.
    index('proposals_committee_registered_idx').on(t.committeeId, t.registeredAt),
    // The words and the id's bucket: a broad search reads the newest ids' matches first (columns.ts idBucket).
    index('proposals_search_idx').using('gin', t.searchVector, idBucket(t.id)),
  ],
);

/** 第一提案人 and 联名人; a co-signer's invitation counts only once confirmed in their own account. */
export const proposalSigners = pgTable(
  'proposal_signers',
  {
    id: id(),
    committeeId: committeeRef(),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    /** domain/proposals SIGNER_ROLES. */
    role: text('role').notNull(),
    /** domain/proposals SIGNER_STATES. */
    state: text('state').notNull(),
    ordinal: integer('ordinal').notNull(),
    declineReason: text('decline_reason'),
    invitedAt: createdAt(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('proposal_signers_pair_uq').on(t.proposalId, t.memberId),
    index('proposal_signers_member_idx').on(t.memberId, t.state),
  ],
);

/** Gap-free numbering: the registering transaction locks this row `for update`. */
export const proposalNumberCounters = pgTable('proposal_number_counters', {
  sessionId: integer('session_id')
    .primaryKey()
    .references(() => sessions.id),
  committeeId: committeeRef(),
  lastNumber: integer('last_number').notNull().default(0),
});
