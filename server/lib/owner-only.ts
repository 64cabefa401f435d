import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Creates the directory if needed and makes it reachable by its owner only (0700). */
export function ownerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Directories 0700 and files 0600 under `dir`: an embedded database's data directory written by a
 * version that left its files 0666 (server/db/pglite-owner-only-fs.ts creates them owner-only now).
 */
export function ownerOnlyTree(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) ownerOnlyTree(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}
