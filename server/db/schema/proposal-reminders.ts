import { date, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id } from './columns';
import { committeeRef } from './committees';
import { proposalAssignments } from './proposal-handling';

/**
 * Deadline reminders already sent (server/jobs/deadline-reminders.ts). The unique key makes the
 * hourly job idempotent: one reminder per assignment, deadline and threshold, however often it
 * runs; an extended deadline gets its own reminders.
 */
export const proposalDeadlineReminders = pgTable(
  'proposal_deadline_reminders',
  {
    id: id(),
    committeeId: committeeRef(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => proposalAssignments.id, { onDelete: 'cascade' }),
    dueDate: date('due_date').notNull(),
    /** domain/proposal-handling REMINDER_THRESHOLDS. */
    threshold: text('threshold').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('proposal_deadline_reminders_uq').on(t.assignmentId, t.dueDate, t.threshold)],
);
