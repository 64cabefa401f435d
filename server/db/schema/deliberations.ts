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
 * 网络议政议题 (deliberation): open from `opensOn` to `closesOn` (Beijing days) for members, or
 * also for the public (`audience`). `status` is the engine's (征集中 / 已结束); `report` is the
 * compiled summary's text (the Word report prints it with the groups).
 */
export const deliberations = pgTable(
  'deliberations',
  {
    id: id(),
    committeeId: committeeRef(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    audience: text('audience').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** The compiled summary (综述) staff write over the groups. */
    summary: text('summary').notNull().default(''),
    compiledAt: at('compiled_at'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    status: text('status').notNull().default('open'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('deliberations_committee_idx').on(t.committeeId, t.opensOn)],
);

/**
 * 议政分组 on the compile page: posts grouped by what they are about (key terms), renamed, merged
 * and split by staff. `terms` are the key terms the group was formed on.
 */
export const deliberationGroups = pgTable(
  'deliberation_groups',
  {
    id: id(),
    committeeId: committeeRef(),
    deliberationId: integer('deliberation_id')
      .notNull()
      .references(() => deliberations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    terms: jsonb('terms').$type<string[]>().notNull().default([]),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [index('deliberation_groups_topic_idx').on(t.deliberationId, t.ordinal)],
);

/**
 * 议政留言: a member's (account) or a resident's (name optional, no account) post or reply. Text
 * is stored as typed and only ever answered as JSON text. `sensitiveWords` are the list's words
 * the text hit (such a post waits for moderation). `status` is the engine's.
 */
export const deliberationPosts = pgTable(
  'deliberation_posts',
  {
    id: id(),
    committeeId: committeeRef(),
    deliberationId: integer('deliberation_id')
      .notNull()
      .references(() => deliberations.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id'),
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    authorUserId: integer('author_user_id').references(() => users.id),
    memberId: integer('member_id').references(() => members.id),
    /** A resident's name as typed (optional), or the account's name. */
    authorName: text('author_name'),
    isPublic: boolean('is_public').notNull().default(false),
    sensitiveWords: jsonb('sensitive_words').$type<string[]>().notNull().default([]),
    groupId: integer('group_id').references(() => deliberationGroups.id, { onDelete: 'set null' }),
    likes: integer('likes').notNull().default(0),
    status: text('status').notNull().default('pending'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('deliberation_posts_topic_idx').on(t.deliberationId, t.status, t.createdAt),
    index('deliberation_posts_member_idx').on(t.committeeId, t.memberId),
  ],
);

/** One like per account and post (the post's `likes` counts them). */
export const deliberationLikes = pgTable(
  'deliberation_likes',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => deliberationPosts.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    committeeId: committeeRef(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('deliberation_likes_uq').on(t.postId, t.userId)],
);

/**
 * Visits to a public topic's page: one row per visitor and Beijing day (`visitor` an SM3 digest of
 * the address, never the address itself), so reloading does not inflate the count.
 */
export const deliberationVisits = pgTable(
  'deliberation_visits',
  {
    deliberationId: integer('deliberation_id')
      .notNull()
      .references(() => deliberations.id, { onDelete: 'cascade' }),
    committeeId: committeeRef(),
    day: date('day', { mode: 'string' }).notNull(),
    visitor: text('visitor').notNull(),
  },
  (t) => [uniqueIndex('deliberation_visits_uq').on(t.deliberationId, t.day, t.visitor)],
);
