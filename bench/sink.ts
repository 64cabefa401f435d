import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const copyField = (v: unknown): string => {
  if (v === null || v === undefined) return '\\N';
  const s = v instanceof Date ? v.toISOString() : String(v);
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
};

/**
 * One open COPY … FROM STDIN on its own connection, fed batch by batch: several tables load at
 * once while one generator produces their rows, and a full socket makes the generator wait.
 */
export class CopySink {
  private constructor(
    private readonly client: pg.PoolClient,
    private readonly stream: ReturnType<typeof copyFrom>,
    private readonly done: Promise<void>,
  ) {}

  /** Opens the COPY with foreign-key triggers off for this connection (rows are consistent by construction). */
  static async open(client: pg.PoolClient, table: string, columns: readonly string[]): Promise<CopySink> {
    await client.query("set session_replication_role = 'replica'");
    const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', () => resolve());
      stream.on('error', reject);
    });
    return new CopySink(client, stream, done);
  }

  async write(rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const text = rows.map((r) => `${r.map(copyField).join('\t')}\n`).join('');
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async end(): Promise<void> {
    this.stream.end();
    await this.done;
    this.client.release();
  }
}

/** One table in one COPY on a connection of the pool, from rows produced lazily (batches of 5,000). */
export async function copyTable(
  pool: pg.Pool,
  table: string,
  columns: readonly string[],
  rows: Iterable<unknown[]>,
): Promise<number> {
  const sink = await CopySink.open(await pool.connect(), table, columns);
  let batch: unknown[][] = [];
  let n = 0;
  for (const row of rows) {
    batch.push(row);
    n++;
    if (batch.length === 5000) {
      await sink.write(batch);
      batch = [];
    }
  }
  await sink.write(batch);
  await sink.end();
  return n;
}

/**
 * Loads `tables` with their secondary indexes dropped (rebuilding them after a bulk load is much
 * faster than maintaining them row by row), then rebuilds the indexes, moves each table's id sequence
 * past the loaded ids, and analyses the database for the planner.
 */
export async function loadWithoutIndexes(
  client: pg.PoolClient,
  tables: readonly string[],
  load: () => Promise<void>,
  lap: (label: string) => void,
): Promise<void> {
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
     where i.schemaname = 'public' and i.tablename = any($1)
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [tables],
  );
  for (const i of indexes) await client.query(`drop index ${i.name}`);
  await load();
  for (const i of indexes) await client.query(i.def);
  lap(`${indexes.length} indexes rebuilt`);
  for (const t of tables) {
    await client.query(
      `select setval(pg_get_serial_sequence('${t}', 'id'), coalesce((select max(id) from ${t}), 1))`,
    );
  }
  await client.query('vacuum analyze');
  lap('vacuum analyze');
}
