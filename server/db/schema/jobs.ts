import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per registered scheduled job (server/platform/jobs.ts). Several app processes share a
 * database: each run is claimed by moving `next_run_at` forward in one UPDATE, so exactly one
 * process runs it. A system table, not a committee's data.
 */
export const scheduledJobs = pgTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
  /** The last run's error message, cleared by a successful run. */
  lastError: text('last_error'),
  runs: integer('runs').notNull().default(0),
});
