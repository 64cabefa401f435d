import { integer, timestamp } from 'drizzle-orm/pg-core';

/** Identity primary key used by every table. */
export const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
