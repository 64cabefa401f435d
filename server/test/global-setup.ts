import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../db/client';
import { loadEnv } from '../env';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; name: string };
  }
}

/**
 * Migrates one template per run: a dumped PGlite data directory, or a PostgreSQL template
 * database when DATABASE_URL is set. Each test file copies it instead of migrating again.
 */
export default async function setup(project: TestProject) {
  const env = loadEnv();
  if (env.DATABASE_URL) {
    const name = `tongxin_tpl_${process.pid}`;
    const admin = await openPostgres(env.DATABASE_URL, 1);
    await admin.db.execute(sql.raw(`drop database if exists ${name}`));
    await admin.db.execute(sql.raw(`create database ${name}`));
    const url = withDatabase(env.DATABASE_URL, name);
    const tpl = await openPostgres(url, 1);
    await tpl.migrate();
    await tpl.close();
    project.provide('dbTemplate', { kind: 'postgres', url: env.DATABASE_URL, name });
    return async () => {
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    };
  }
  const lite = await openPglite({});
  await lite.migrate();
  const dump = await lite.client.dumpDataDir('none');
  const dir = join(process.cwd(), '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pglite-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await lite.close();
  project.provide('dbTemplate', { kind: 'pglite', file });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
