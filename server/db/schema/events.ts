import { sql } from 'drizzle-orm';
import { bigint, customType, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { committeeRef } from './committees';

/** A 64-bit transaction id (PostgreSQL's xid8), as text. */
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

/**
 * The event log of every workflow, keyed by subject (`proposal` 12, `leaveRequest` 3 …): one row
 * per step, written in the same transaction as the change by the workflow engine. Timelines,
 * statistics, the duty archive and the leader cockpit read it.
 */
export const events = pgTable(
  'events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    committeeId: committeeRef(),
    /** The workflow's subject (domain/workflow.ts `subject`). */
    subjectType: text('subject_type').notNull(),
    subjectId: integer('subject_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    actorUserId: integer('actor_user_id').references(() => users.id),
    /** Display name at the time, so the timeline survives renamed accounts. */
    actorName: text('actor_name').notNull(),
    note: text('note'),
    data: jsonb('data'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The writing transaction, set by the database on every insert: the cockpit's cache
     * (platform/cockpit-cache.ts) asks whether a committee has an event its snapshot did not see,
     * which event ids cannot tell (a lower id may commit after a higher one). Null on rows older
     * than the column.
     */
    tx: xid8('tx').default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index('events_subject_idx').on(t.subjectType, t.subjectId, t.id),
    index('events_committee_action_idx').on(t.committeeId, t.subjectType, t.action, t.at),
    index('events_committee_tx_idx').on(t.committeeId, t.tx),
  ],
);
