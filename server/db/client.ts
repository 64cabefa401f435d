import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import { ownerOnlyDir, ownerOnlyTree } from '../lib/owner-only';
import { OwnerOnlyNodeFS } from './pglite-owner-only-fs';
import * as schema from './schema';
import { scopedDb } from './transaction-scope';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Queries accept either the database or an open transaction. */
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Applies the migrations and then the custom SQL. A test may name a folder holding only the first
   * few migrations: the custom SQL (written for the latest schema) is then left for the full run.
   */
  migrate(folder?: string): Promise<void>;
  /**
   * Subscribes to a NOTIFY channel. On PostgreSQL a connection of its own that reconnects after a
   * loss; `onState` says when it is listening (true) or not (false: notifications may be missed).
   * PGlite delivers in process, at commit, before the committing query returns. Resolves once the
   * first attempt to listen is over; the returned function stops listening.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onState: (up: boolean) => void,
    /** PostgreSQL: the connection's application_name, so other instances can see who listens. */
    name?: string,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PGlite's handle also exposes the client, so tests can dump a migrated template. */
export interface PgliteHandle extends DbHandle {
  client: PGlite;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
const customFolder = fileURLToPath(new URL('./custom', import.meta.url));

/**
 * A digest of what the custom SQL makes, read from the catalogue: every trigger on the public
 * schema's tables (its definition and whether it is enabled) and every function's definition.
 */
const catalogDigest = sql`select md5(coalesce(string_agg(d, E'\n' order by d), '')) from (
    select pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text as d
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and not t.tgisinternal
    union all
    select pg_get_functiondef(p.oid)
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.prokind = 'f'
  ) catalogue`;

/**
 * SQL drizzle-kit cannot express (triggers, functions), re-applied idempotently after the
 * generated migrations when its files or what it made have changed since it was last applied
 * (custom_sql_state): re-running it at every start was a tenth of a start on existing data.
 */
async function applyCustomSql(db: Db): Promise<void> {
  const files = readdirSync(customFolder)
    .sort()
    .map((file) => readFileSync(`${customFolder}/${file}`, 'utf8'));
  const filesDigest = createHash('sha256').update(files.join('\0')).digest('hex');
  const read = async () =>
    (
      (await db.execute(sql`select s.files_digest as files, s.catalog_digest as made, (${catalogDigest}) as now
        from (select 1) one left join custom_sql_state s on s.id = 1`)) as unknown as {
        rows: { files: string | null; made: string | null; now: string }[];
      }
    ).rows[0];
  const state = await read();
  if (state.files === filesDigest && state.made === state.now) return;
  for (const text of files) {
    for (const statement of text.split('--> statement-breakpoint')) {
      if (statement.trim()) await db.execute(sql.raw(statement));
    }
  }
  const { now } = await read();
  await db.execute(sql`insert into custom_sql_state (id, files_digest, catalog_digest) values (1, ${filesDigest}, ${now})
    on conflict (id) do update set files_digest = excluded.files_digest, catalog_digest = excluded.catalog_digest`);
}

/** Embedded PGlite with its data on disk (or in memory, or loaded from a dumped template). */
export async function openPglite(source: { dataDir?: string; templateFile?: string }): Promise<PgliteHandle> {
  let client: PGlite;
  if (source.templateFile) {
    const loadDataDir = new Blob([readFileSync(source.templateFile)]);
    client = await PGlite.create({ loadDataDir });
  } else if (source.dataDir) {
    ownerOnlyDir(source.dataDir);
    client = await PGlite.create({ fs: new OwnerOnlyNodeFS(join(source.dataDir, 'pglite')) });
    // A data directory written before its files were created owner-only.
    ownerOnlyTree(join(source.dataDir, 'pglite'));
  } else {
    client = await PGlite.create();
  }
  const db = scopedDb(drizzleLite(client, { schema }) as unknown as Db);
  return {
    db,
    kind: 'pglite',
    migrate: async (folder = migrationsFolder) => {
      await migrateLite(db as never, { migrationsFolder: folder });
      if (folder === migrationsFolder) await applyCustomSql(db);
    },
    listen: async (channel, onMessage, onState) => {
      const stop = await client.listen(channel, onMessage);
      onState(true);
      return stop;
    },
    close: () => client.close(),
    client,
  };
}

/**
 * A PostgreSQL server through node-postgres. With `keep` (the app's pool) every connection is opened
 * here and kept: node-postgres closes a connection idle for 10 s by default, so a request after a quiet
 * spell (the wall screen's next refresh) opened new ones — a server process each, signed in, its
 * catalogue caches empty — about half of a cold cockpit on the bench (bench/README.md).
 */
export async function openPostgres(
  url: string,
  poolSize = 10,
  opts: { keep?: boolean } = {},
): Promise<DbHandle> {
  // The driver is loaded only for PostgreSQL: a start on the embedded database does not pay for it.
  const [
    { default: pg },
    { drizzle: drizzlePg },
    { migrate: migratePg },
    { listenPostgres },
    { namingClient },
  ] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
    import('./listen'),
    import('./named-statements'),
  ]);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    min: opts.keep ? poolSize : 0,
    Client: namingClient(pg.Client),
  });
  if (opts.keep) {
    // A kept connection the server drops (a restart) leaves the pool, which opens another when asked;
    // unheard, the pool's 'error' would end the process.
    pool.on('error', () => {});
    const clients = await Promise.all(Array.from({ length: poolSize }, () => pool.connect()));
    for (const c of clients) c.release();
  }
  const db = scopedDb(drizzlePg(pool, { schema }) as unknown as Db);
  return {
    db,
    kind: 'postgres',
    migrate: async (folder = migrationsFolder) => {
      await migratePg(db as never, { migrationsFolder: folder });
      if (folder === migrationsFolder) await applyCustomSql(db);
    },
    listen: (channel, onMessage, onState, name) => listenPostgres(url, channel, onMessage, onState, name),
    close: () => pool.end(),
  };
}

/**
 * What the app's own role may do, granted by the schema's owner after each migration: read and
 * write every table, but only read and append to the audit log and move its chain heads. Not being
 * the owner, it cannot disable the triggers that keep the log append-only.
 */
export async function grantAppRole(owner: Db, role: string): Promise<void> {
  const r = sql.identifier(role);
  await owner.execute(sql`grant usage on schema public to ${r}`);
  await owner.execute(sql`grant select, insert, update, delete on all tables in schema public to ${r}`);
  await owner.execute(sql`grant usage, select on all sequences in schema public to ${r}`);
  await owner.execute(sql`revoke update, delete, truncate on audit_log from ${r}`);
  await owner.execute(sql`revoke delete, truncate on audit_heads from ${r}`);
}

/** The role a PostgreSQL URL signs in as. */
export const roleOf = (url: string) => decodeURIComponent(new URL(url).username);

/**
 * PGlite by default, PostgreSQL when DATABASE_URL is set; migrations applied on open. With
 * DATABASE_OWNER_URL the owner migrates and grants, and the app runs as DATABASE_URL's role.
 */
export async function openDatabase(env: {
  DATABASE_URL?: string;
  DATABASE_OWNER_URL?: string;
  DATA_DIR: string;
}): Promise<DbHandle> {
  if (env.DATABASE_URL && env.DATABASE_OWNER_URL) {
    const owner = await openPostgres(env.DATABASE_OWNER_URL, 1);
    try {
      await owner.migrate();
      await grantAppRole(owner.db, roleOf(env.DATABASE_URL));
    } finally {
      await owner.close();
    }
    return openPostgres(env.DATABASE_URL, undefined, { keep: true });
  }
  const handle = env.DATABASE_URL
    ? await openPostgres(env.DATABASE_URL, undefined, { keep: true })
    : await openPglite({ dataDir: env.DATA_DIR });
  await handle.migrate();
  return handle;
}

/** True when the connection's role owns audit_log, so it could disable the triggers that protect it. */
export async function ownsAuditLog(db: Db): Promise<boolean> {
  const res = (await db.execute(
    sql`select pg_get_userbyid(relowner) = current_user as owns from pg_class where relname = 'audit_log'`,
  )) as unknown as { rows: { owns: boolean }[] };
  return res.rows[0]?.owns ?? false;
}
