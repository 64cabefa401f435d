import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';
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
    /** Held for the recipient's daily digest (their preference for this kind): not in the bell yet. */
    held: boolean('held').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.readAt, t.id),
    index('notifications_held_idx').on(t.createdAt).where(sql`${t.held}`),
  ],
);

/**
 * A user's choice of delivery per notification kind (domain/notifications.ts): a row only where it
 * differs from the default, immediate.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    id: id(),
    committeeId: committeeRef(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** domain/notifications DELIVERY_MODES. */
    mode: text('mode').notNull(),
  },
  (t) => [uniqueIndex('notification_preferences_user_kind_uq').on(t.userId, t.kind)],
);
