import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { type DbHandle, openPglite, openPostgres } from '../db/client';
import { withDatabase } from './global-setup';

/** An empty database (no migrations applied), for tests of the migrations themselves. */
export async function createEmptyDatabase(): Promise<DbHandle> {
  const tpl = inject('dbTemplate');
  if (tpl.kind === 'pglite') return openPglite({});
  return openFresh(tpl.url, `template0`);
}

/** A fresh database for one test file, copied from the run's migrated template. */
export async function createTestDatabase(): Promise<DbHandle> {
  const tpl = inject('dbTemplate');
  if (tpl.kind === 'pglite') return openPglite({ templateFile: tpl.file });
  return openFresh(tpl.url, tpl.name);
}

/** A new PostgreSQL database copied from `template`, dropped again on close. */
async function openFresh(url: string, template: string): Promise<DbHandle> {
  const name = `tongxin_t_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(url, 1);
  await admin.db.execute(sql.raw(`create database ${name} template ${template}`));
  const handle = await openPostgres(withDatabase(url, name), 5);
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
