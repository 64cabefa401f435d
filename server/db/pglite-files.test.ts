import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openPglite } from './client';
import { OwnerOnlyNodeFS } from './pglite-owner-only-fs';

const dataDir = join('.tmp', `pglite-files-${process.pid}`);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Every path under `dir` with its permission bits. */
function modes(dir: string): { path: string; dir: boolean; mode: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).map((e) => {
    const path = join(e.parentPath, e.name);
    return { path, dir: e.isDirectory(), mode: statSync(path).mode & 0o777 };
  });
}

it('keeps the embedded database readable by its owner only (0700 directories, 0600 files)', async () => {
  // A directory left world-readable and a file left 0666 from an earlier start are tightened too.
  mkdirSync(join(dataDir, 'pglite'), { recursive: true, mode: 0o755 });
  const handle = await openPglite({ dataDir });
  await handle.db.execute(sql`create table filler as select generate_series(1, 1000) as n`);
  await handle.db.execute(sql`checkpoint`);
  // While it runs too: the table's new files and those of the checkpoint.
  const running = modes(join(dataDir, 'pglite'));
  expect(running.filter((e) => e.mode !== (e.dir ? 0o700 : 0o600))).toEqual([]);
  await handle.close();
  writeFileSync(join(dataDir, 'pglite', 'stray'), 'x', { mode: 0o666 });
  const reopened = await openPglite({ dataDir });
  await reopened.close();
  expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  const entries = modes(join(dataDir, 'pglite'));
  expect(entries.length).toBeGreaterThan(100);
  expect(entries.filter((e) => e.mode !== (e.dir ? 0o700 : 0o600))).toEqual([]);
  // Two starts of the embedded database: seconds on an idle machine, more beside the other files.
}, 120_000);

it('creates a new data directory owner-only as PGlite unpacks it, before any sweep of the modes', async () => {
  // PGlite's own file system unpacks the initial database 0666 (chmods from its tarball).
  const dir = join(dataDir, 'fresh');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const client = await PGlite.create({ fs: new OwnerOnlyNodeFS(dir) });
  const entries = modes(dir);
  await client.close();
  expect(entries.length).toBeGreaterThan(100);
  expect(entries.filter((e) => e.mode !== (e.dir ? 0o700 : 0o600))).toEqual([]);
}, 60_000);
