import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { type DbHandle, openPglite, openPostgres } from '../db/client';
import { withDatabase } from './global-setup';

/** A fresh database for one test file, copied from the run's migrated template. */
export async function createTestDatabase(): Promise<DbHandle> {
  const tpl = inject('dbTemplate');
  if (tpl.kind === 'pglite') return openPglite({ templateFile: tpl.file });
  const name = `tongxin_t_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(tpl.url, 1);
  await admin.db.execute(sql.raw(`create database ${name} template ${tpl.name}`));
  const handle = await openPostgres(withDatabase(tpl.url, name), 5);
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
