import { pgTable, smallint, text } from 'drizzle-orm/pg-core';

/**
 * What the custom SQL (server/db/custom) was last applied from and what it left in the catalogue:
 * a start re-applies it only when either differs (server/db/client.ts), so a changed file, a
 * dropped or disabled trigger or a replaced function is still put right by the next start.
 */
export const customSqlState = pgTable('custom_sql_state', {
  id: smallint('id').primaryKey(),
  filesDigest: text('files_digest').notNull(),
  catalogDigest: text('catalog_digest').notNull(),
});
