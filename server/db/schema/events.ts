import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { committeeRef } from './committees';

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
  },
  (t) => [
    index('events_subject_idx').on(t.subjectType, t.subjectId, t.id),
    index('events_committee_action_idx').on(t.committeeId, t.subjectType, t.action, t.at),
  ],
);
