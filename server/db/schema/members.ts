import { boolean, date, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { activityGroups, liaisonGroups, sectors, specialCommittees, terms } from './org';

/**
 * 委员. Phone and ID number are SM4-encrypted (`*_enc`); `*_mask` keeps the masked form so lists
 * never decrypt; `phone_digest` (SM3-HMAC) lets a member log in by phone without decrypting.
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
    uniqueIndex('members_phone_digest_uq').on(t.phoneDigest),
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
  (t) => [primaryKey({ columns: [t.memberId, t.activityGroupId] })],
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
  (t) => [uniqueIndex('member_links_pair_uq').on(t.linkerId, t.linkedId)],
);
