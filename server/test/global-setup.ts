import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { TestProject } from 'vitest/node';
import { type Db, grantAppRole, openPglite, openPostgres } from '../db/client';
import { loadEnv } from '../env';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; name: string };
  }
}

/**
 * The roles of a PostgreSQL deployment (docs/OPERATIONS.md): the owner migrates, the app runs as a
 * role that cannot alter or empty the audit log. Passwords so they sign in under any auth method.
 */
export const TEST_ROLES = {
  owner: { name: 'tongxin_test_owner', password: 'tongxin_test_owner' },
  app: { name: 'tongxin_test_app', password: 'tongxin_test_app' },
} as const;

/** `url` with another database and, optionally, another role. */
export function withDatabase(url: string, name: string, role?: { name: string; password: string }): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  if (role) {
    u.username = role.name;
    u.password = role.password;
  }
  return u.toString();
}

async function ensureRoles(admin: Db): Promise<void> {
  for (const role of Object.values(TEST_ROLES)) {
    const res = (await admin.execute(
      sql`select 1 from pg_roles where rolname = ${role.name}`,
    )) as unknown as {
      rows: unknown[];
    };
    if (res.rows.length === 0) {
      await admin.execute(sql.raw(`create role ${role.name} login password '${role.password}'`));
    }
  }
}

/**
 * Migrates one template per run: a dumped PGlite data directory, or a PostgreSQL template
 * database when DATABASE_URL is set (migrated by the owner role, granted to the app role). Each
 * test file copies it instead of migrating again.
 */
export default async function setup(project: TestProject) {
  const env = loadEnv();
  // One template per project of the run (api, api-mocking), each set up and dropped on its own.
  const tag = `${process.pid}_${project.name.replace(/\W/g, '_')}`;
  if (env.DATABASE_URL) {
    const name = `tongxin_tpl_${tag}`;
    const admin = await openPostgres(env.DATABASE_URL, 1);
    await ensureRoles(admin.db);
    await admin.db.execute(sql.raw(`drop database if exists ${name}`));
    await admin.db.execute(sql.raw(`create database ${name} owner ${TEST_ROLES.owner.name}`));
    const tpl = await openPostgres(withDatabase(env.DATABASE_URL, name, TEST_ROLES.owner), 1);
    await tpl.migrate();
    await grantAppRole(tpl.db, TEST_ROLES.app.name);
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
  const file = join(dir, `pglite-template-${tag}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await lite.close();
  project.provide('dbTemplate', { kind: 'pglite', file });
  return () => rmSync(file, { force: true });
}
