import { sql } from 'drizzle-orm';
import type { DutyKindDef } from '../../domain/duty-kinds';
import type { DutyItem } from '../../domain/duty-scoring';
import type { DbOrTx } from '../db/client';

/**
 * The duty archive's item registry: a module declares the kinds of duty item it produces and how
 * to find them (SQL over its own tables); server/modules/duty-sources.ts lists every module's
 * source. The archive collects and scores whatever the sources return, so a module adding kinds
 * never changes the archive's code.
 */

/** Whose items, and which year (Beijing calendar). */
export interface DutyScope {
  committeeId: number;
  year: number;
  /** One member only (their page); else every member of the committee. */
  memberId?: number;
}

export interface CollectedItem extends DutyItem {
  memberId: number;
}

export interface DutySource {
  /** The module, for the registry's listing. */
  module: string;
  kinds: readonly DutyKindDef[];
  collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]>;
}

/** The year as an instant range (Beijing), for timestamp columns. */
export function yearInstants(year: number) {
  return { from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
}

/** A timestamp column's Beijing calendar day as 'YYYY-MM-DD'. */
export const beijingDay = (column: unknown) =>
  sql<string>`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;

/** Rows from `db.execute` on either driver (PGlite and node-postgres both answer `{ rows }`). */
export async function rowsOf<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
