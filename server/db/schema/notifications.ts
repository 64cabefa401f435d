import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt } from './columns';
import { committeeRef } from './committees';

/**
 * The in-app notification centre: one row per recipient, written in the same transaction as the
 * step that caused it, so a notification never announces a change that rolled back.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    committeeId: committeeRef(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What caused it, e.g. 'proposal.register'; the web picks an icon from it. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    /** The web route to open, e.g. '/proposals/12'. */
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.id)],
);
