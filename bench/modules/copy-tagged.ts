import type pg from 'pg';
import { CopySink } from '../sink';
import { COLUMNS, type TableName } from './columns';
import type { TaggedRow } from './context';

/**
 * Several tables fed from one generator of tagged rows, one COPY stream per table, all at once:
 * a generator keeps its children's ids next to their parent's, so it writes them in one pass.
 * Laps the count of each table when all streams have ended.
 */
export async function copyTagged(
  pool: pg.Pool,
  tables: TableName[],
  rows: Iterable<TaggedRow>,
  lap: (what: string) => void,
) {
  const sinks = new Map(
    await Promise.all(
      tables.map(async (t) => [t, await CopySink.open(await pool.connect(), t, COLUMNS[t])] as const),
    ),
  );
  const batches = new Map<TableName, unknown[][]>(tables.map((t) => [t, []]));
  const counts = new Map<TableName, number>(tables.map((t) => [t, 0]));
  for (const { t, row } of rows) {
    const batch = batches.get(t)!;
    batch.push(row);
    counts.set(t, counts.get(t)! + 1);
    if (batch.length === 5000) {
      await sinks.get(t)!.write(batch);
      batches.set(t, []);
    }
  }
  for (const t of tables) await sinks.get(t)!.write(batches.get(t)!);
  await Promise.all([...sinks.values()].map((s) => s.end()));
  lap([...counts].map(([t, n]) => `${n} ${t}`).join(', '));
}
