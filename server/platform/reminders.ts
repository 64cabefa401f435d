import { getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * A column named with its table: drizzle writes a column bare in a one-table select, where inside
 * the subquery it would name the reminder table's column of the same name.
 */
const qualified = (c: PgColumn) => sql`${sql.identifier(getTableName(c.table))}.${sql.identifier(c.name)}`;

/**
 * The thresholds a subject was already reminded of for its current due date, read with the hourly
 * job's candidates. A rerun skips them without a transaction each: before, every job re-tried the
 * unique reminder row of every owing subject every hour (22,000 transactions an hour for the
 * suggestions alone at a tenth of a province). The unique row still settles two processes racing.
 */
export function remindedThresholds(
  columns: { subject: PgColumn; due: PgColumn; threshold: PgColumn },
  subject: PgColumn,
  due: PgColumn,
): SQL<string[]> {
  return sql<string[]>`array(select ${qualified(columns.threshold)} from ${columns.threshold.table}
    where ${qualified(columns.subject)} = ${qualified(subject)} and ${qualified(columns.due)} = ${qualified(due)})`;
}
