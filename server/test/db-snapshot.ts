import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';

/**
 * Tables a refused request still writes, by design: the audit log and its chain heads (every
 * refusal is audited) and the sessions (last use, at most once a minute).
 */
const WRITTEN_BY_REFUSALS = new Set(['audit_log', 'audit_heads', 'auth_sessions']);

/**
 * Every other table's row count and newest row version (xmin): an insert, update or delete
 * changes one of them, so two equal snapshots mean nothing was written in between.
 */
export async function snapshotDatabase(db: DbOrTx): Promise<Record<string, string>> {
  const res = (await db.execute(
    sql`select tablename as t from pg_tables where schemaname = 'public' order by tablename`,
  )) as unknown as { rows: { t: string }[] };
  const tables = res.rows.map((r) => r.t).filter((t) => !WRITTEN_BY_REFUSALS.has(t));
  const parts = tables.map(
    (t) => `select '${t}' as t, count(*) || ':' || coalesce(max(x.xmin::text::bigint), 0) as h from "${t}" x`,
  );
  const digests = (await db.execute(sql.raw(parts.join(' union all ')))) as unknown as {
    rows: { t: string; h: string }[];
  };
  return Object.fromEntries(digests.rows.map((r) => [r.t, r.h]));
}

/** The tables whose content differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
