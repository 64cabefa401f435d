import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Queries accept either the database or an open transaction. */
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies the migrations (a test may name a folder holding only the first few). */
  migrate(folder?: string): Promise<void>;
  close(): Promise<void>;
}

/** PGlite's handle also exposes the client, so tests can dump a migrated template. */
export interface PgliteHandle extends DbHandle {
  client: PGlite;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
const customFolder = fileURLToPath(new URL('./custom', import.meta.url));

/**
 * SQL drizzle-kit cannot express (triggers, functions), re-applied idempotently after the
 * generated migrations.
 */
async function applyCustomSql(db: Db): Promise<void> {
  for (const file of readdirSync(customFolder).sort()) {
    const text = readFileSync(`${customFolder}/${file}`, 'utf8');
    for (const statement of text.split('--> statement-breakpoint')) {
      if (statement.trim()) await db.execute(sql.raw(statement));
    }
  }
}

/** Embedded PGlite with its data on disk (or in memory, or loaded from a dumped template). */
export async function openPglite(source: { dataDir?: string; templateFile?: string }): Promise<PgliteHandle> {
  let client: PGlite;
  if (source.templateFile) {
    const loadDataDir = new Blob([readFileSync(source.templateFile)]);
    client = await PGlite.create({ loadDataDir });
  } else if (source.dataDir) {
    mkdirSync(source.dataDir, { recursive: true });
    client = await PGlite.create(join(source.dataDir, 'pglite'));
  } else {
    client = await PGlite.create();
  }
  const db = drizzleLite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: async (folder = migrationsFolder) => {
      await migrateLite(db as never, { migrationsFolder: folder });
      await applyCustomSql(db);
    },
    close: () => client.close(),
    client,
  };
}

/** A PostgreSQL server through node-postgres. */
export async function openPostgres(url: string, poolSize = 10): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: async (folder = migrationsFolder) => {
      await migratePg(db as never, { migrationsFolder: folder });
      await applyCustomSql(db);
    },
    close: () => pool.end(),
  };
}

/** PGlite by default, PostgreSQL when DATABASE_URL is set; migrations applied on open. */
export async function openDatabase(env: { DATABASE_URL?: string; DATA_DIR: string }): Promise<DbHandle> {
  const handle = env.DATABASE_URL
    ? await openPostgres(env.DATABASE_URL)
    : await openPglite({ dataDir: env.DATA_DIR });
  await handle.migrate();
  return handle;
}
