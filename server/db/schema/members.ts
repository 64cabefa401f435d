import { boolean, date, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { activityGroups, liaisonGroups, sectors, specialCommittees, terms } from './org';

/**
 * 委员. Phone and ID number are SM4-encrypted (`*_enc`); `*_mask` keeps the masked form so lists
 * never decrypt; the SM3-HMAC digests find a member by phone (login) and refuse duplicates
 * within a committee without decrypting. The same person may sit on two committees (county and
 * city), so uniqueness is per committee.
 */
export const members = pgTable(
  'members',
  {
    id: id(),
    committeeId: committeeRef(),
    termId: integer('term_id').references(() => terms.id),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    gender: text('gender').notNull(),
    birthDate: date('birth_date'),
    ethnicity: text('ethnicity').notNull().default('汉族'),
    party: text('party').notNull().default('群众'),
    sectorId: integer('sector_id')
      .notNull()
      .references(() => sectors.id),
    position: text('position').notNull(),
    specialCommitteeId: integer('special_committee_id').references(() => specialCommittees.id),
    liaisonGroupId: integer('liaison_group_id').references(() => liaisonGroups.id),
    employer: text('employer'),
    jobTitle: text('job_title'),
    phoneEnc: text('phone_enc'),
    phoneMask: text('phone_mask'),
    phoneDigest: text('phone_digest'),
    idNumberEnc: text('id_number_enc'),
    idNumberMask: text('id_number_mask'),
    idNumberDigest: text('id_number_digest'),
    status: text('status').notNull().default('active'),
    leftDate: date('left_date'),
    leftReason: text('left_reason'),
    /** 官方排序: the order the office prints rosters in (主席, 副主席 … then by sector). */
    officialOrder: integer('official_order').notNull().default(0),
    isStanding: boolean('is_standing').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('members_committee_idx').on(t.committeeId, t.status),
    index('members_pinyin_idx').on(t.committeeId, t.namePinyin),
    uniqueIndex('members_phone_digest_uq').on(t.committeeId, t.phoneDigest),
    uniqueIndex('members_id_number_digest_uq').on(t.committeeId, t.idNumberDigest),
  ],
);

export const memberActivityGroups = pgTable(
  'member_activity_groups',
  {
    committeeId: committeeRef(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    activityGroupId: integer('activity_group_id')
      .notNull()
      .references(() => activityGroups.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.activityGroupId] }),
    index('member_activity_groups_group_idx').on(t.activityGroupId),
  ],
);

/** 联系制度: 主席/副主席 follow 常委, 常委 follow 委员. */
export const memberLinks = pgTable(
  'member_links',
  {
    id: id(),
    committeeId: committeeRef(),
    linkerId: integer('linker_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    linkedId: integer('linked_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('member_links_pair_uq').on(t.linkerId, t.linkedId),
    index('member_links_linked_idx').on(t.linkedId),
    index('member_links_committee_idx').on(t.committeeId),
  ],
);
