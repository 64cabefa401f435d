import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, integer, timestamp } from 'drizzle-orm/pg-core';

/** Identity primary key used by every table. */
export const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Ids per bucket of `idBucket`: 2^14 = 16,384. */
export const ID_BUCKET_BITS = 14;

/**
 * The id's bucket, `array[id >> 14]`, as a second column of a search vector's GIN index: a search
 * asking for the newest matches then finds those of the newest buckets in the index itself, instead
 * of reading every match's row to learn its id (platform/list-page.ts `newestMatchIds`). Written the
 * same way in the index and the queries, so the planner matches them.
 */
export const idBucket = (id: AnyPgColumn): SQL => sql`(array[${id} >> ${sql.raw(String(ID_BUCKET_BITS))}])`;
