import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Creates the directory if needed and makes it reachable by its owner only (0700). */
export function ownerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Directories 0700 and files 0600 under `dir`: PGlite writes its data files 0666 whatever the
 * umask. Run when the database opens and closes; files it creates meanwhile sit in 0700 directories.
 */
export function ownerOnlyTree(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) ownerOnlyTree(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}
