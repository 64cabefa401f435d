import { boolean, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';

/** 届次: e.g. 第十一届, five years. */
export const terms = pgTable(
  'terms',
  {
    id: id(),
    committeeId: committeeRef(),
    ordinal: integer('ordinal').notNull(),
    name: text('name').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('terms_committee_ordinal_uq').on(t.committeeId, t.ordinal)],
);

/** 次会议: the yearly plenary session of a term. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    committeeId: committeeRef(),
    termId: integer('term_id')
      .notNull()
      .references(() => terms.id),
    ordinal: integer('ordinal').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    openingDate: date('opening_date'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sessions_term_ordinal_uq').on(t.termId, t.ordinal)],
);

/** Columns shared by the simple per-committee catalogues (界别, 专委会, 联络组 …). */
const catalogColumns = () => ({
  id: id(),
  committeeId: committeeRef(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  note: text('note'),
  createdAt: createdAt(),
});

export const sectors = pgTable('sectors', catalogColumns(), (t) => [
  uniqueIndex('sectors_committee_name_uq').on(t.committeeId, t.name),
]);

export const specialCommittees = pgTable('special_committees', catalogColumns(), (t) => [
  uniqueIndex('special_committees_committee_name_uq').on(t.committeeId, t.name),
]);

export const liaisonGroups = pgTable('liaison_groups', { ...catalogColumns(), area: text('area') }, (t) => [
  uniqueIndex('liaison_groups_committee_name_uq').on(t.committeeId, t.name),
]);

/** 委员活动组 / 委员工作室 / 委员会客厅. */
export const activityGroups = pgTable(
  'activity_groups',
  { ...catalogColumns(), kind: text('kind').notNull() },
  (t) => [uniqueIndex('activity_groups_committee_name_uq').on(t.committeeId, t.name)],
);

/**
 * 机关部门: 办公室, 提案委 …; staff accounts belong to one. `duty` (domain/org-resources
 * DEPARTMENT_DUTIES) decides which workflow its staff act in.
 */
export const departments = pgTable('departments', { ...catalogColumns(), duty: text('duty') }, (t) => [
  uniqueIndex('departments_committee_name_uq').on(t.committeeId, t.name),
]);

/**
 * 承办单位: government departments that answer proposals. `duties` (职责, e.g. from the unit's
 * 三定 provisions) lets the assignment form suggest a unit that has never handled a proposal.
 */
export const handlingUnits = pgTable(
  'handling_units',
  {
    ...catalogColumns(),
    kind: text('kind').notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    duties: text('duties'),
  },
  (t) => [uniqueIndex('handling_units_committee_name_uq').on(t.committeeId, t.name)],
);

/** 党政领导 with their level (省级, 市级, 县级 …). */
export const leaders = pgTable(
  'leaders',
  {
    ...catalogColumns(),
    title: text('title').notNull(),
    level: text('level').notNull(),
    organisation: text('organisation').notNull(),
    /** 党政主要领导 (党委书记, 政府首长): statistics count the key proposals they lead. */
    isPrincipal: boolean('is_principal').notNull().default(false),
  },
  (t) => [index('leaders_committee_idx').on(t.committeeId)],
);

/**
 * 特邀信息员: people outside the committee appointed to file 社情民意 (seed 004: recommended by a
 * special committee or a sector group). An account of role `informant` linked here may only report.
 */
export const opinionInformants = pgTable(
  'opinion_informants',
  {
    ...catalogColumns(),
    employer: text('employer'),
    /** domain/opinion-reports INFORMANT_SOURCES. */
    recommendedBy: text('recommended_by').notNull(),
    specialCommitteeId: integer('special_committee_id').references(() => specialCommittees.id),
    sectorId: integer('sector_id').references(() => sectors.id),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('opinion_informants_committee_name_uq').on(t.committeeId, t.name)],
);

/** 提案选题参考: topics the proposal office suggests to members (the draft page lists them). */
export const proposalTopics = pgTable(
  'proposal_topics',
  {
    ...catalogColumns(),
    source: text('source').notNull(),
    unitName: text('unit_name'),
    description: text('description'),
  },
  (t) => [uniqueIndex('proposal_topics_committee_name_uq').on(t.committeeId, t.name)],
);
