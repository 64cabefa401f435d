import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { type Db, type DbHandle, openPglite, openPostgres } from '../db/client';
import { TEST_ROLES, withDatabase } from './global-setup';

/** A test file's database: the app's handle, plus what a test needs to reach behind the app's back. */
export interface TestDatabase extends DbHandle {
  /**
   * The same database as the schema's owner, for tests that tamper with what the app's role may not
   * touch (the audit log's triggers). On PGlite, the app's own handle.
   */
  owner: Db;
  /** PostgreSQL: this database's URL for the app's role, to start a second app instance on it. */
  url?: string;
}

/**
 * An empty database (no migrations applied) reached as the schema's owner, for tests of the
 * migrations themselves; dropped again on close.
 */
export async function createEmptyDatabase(): Promise<DbHandle> {
  const tpl = inject('dbTemplate');
  if (tpl.kind === 'pglite') return openPglite({});
  const name = `tongxin_t_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(tpl.url, 1);
  await admin.db.execute(
    sql.raw(`create database ${name} template template0 owner ${TEST_ROLES.owner.name}`),
  );
  const handle = await openPostgres(withDatabase(tpl.url, name, TEST_ROLES.owner), 2);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await waitForDisconnect(admin, name);
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    },
  };
}

/** A fresh database for one test file, copied from the run's migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const tpl = inject('dbTemplate');
  if (tpl.kind === 'pglite') {
    const lite = await openPglite({ templateFile: tpl.file });
    return { ...lite, owner: lite.db };
  }
  const name = `tongxin_t_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(tpl.url, 1);
  await admin.db.execute(
    sql.raw(`create database ${name} template ${tpl.name} owner ${TEST_ROLES.owner.name}`),
  );
  const url = withDatabase(tpl.url, name, TEST_ROLES.app);
  const handle = await openPostgres(url, 5);
  const owner = await openPostgres(withDatabase(tpl.url, name, TEST_ROLES.owner), 1);
  return {
    ...handle,
    owner: owner.db,
    url,
    close: async () => {
      await handle.close();
      await owner.close();
      await waitForDisconnect(admin, name);
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    },
  };
}

/**
 * pg's pool.end() resolves before its sockets have closed; dropping the database "with (force)"
 * then kills backends whose clients are still ending, and their FATAL surfaces as an unhandled error.
 */
async function waitForDisconnect(admin: DbHandle, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const res = (await admin.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where datname = ${name}`,
    )) as unknown as { rows: { n: number }[] };
    if (res.rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}
