import { integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Which segmenter built the stored search vectors of a table (server/lib/segment/words.ts
 * SEGMENTER_VERSION), and how far a rebuild has come: start-up compares the version and rebuilds
 * the vectors from `nextId` on, so an interrupted rebuild resumes where it stopped.
 */
export const searchIndexState = pgTable('search_index_state', {
  tableName: text('table_name').primaryKey(),
  version: text('version').notNull(),
  /** The rebuild's next proposal id (0 when the vectors are all of `version`). */
  nextId: integer('next_id').notNull().default(0),
});
