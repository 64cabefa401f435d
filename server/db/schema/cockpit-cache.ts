import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { committeeRef } from './committees';

/**
 * The cockpit's per-committee, per-year figures of a section (platform/cockpit-cache.ts): counts that
 * add up over committees, so a province's subtree is the sum of its committees' rows. Each row names
 * the snapshot it was computed in; a committee with an event that snapshot did not see (events.tx)
 * is computed again on the next read. Nothing here depends on the clock (a section keeps what moves
 * with the date in a form it can finish at read time).
 */
export const cockpitCache = pgTable(
  'cockpit_cache',
  {
    section: text('section').notNull(),
    committeeId: committeeRef(),
    year: integer('year').notNull(),
    /** pg_current_snapshot() of the transaction that computed `data`, as text. */
    snapshot: text('snapshot').notNull(),
    data: jsonb('data').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.section, t.committeeId, t.year] })],
);
