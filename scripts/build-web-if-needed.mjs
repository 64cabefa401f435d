// Builds the web bundle (web/dist) only when it is missing or older than its sources, so
// `npm start` serves a current UI without rebuilding on every start.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from './stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Written last by a successful build: a failed build (which empties dist first) leaves none. */
const marker = join(root, 'web/dist/index.html');
/** Everything the bundle is built from: the web sources and the domain code they import. */
const inputs = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'web/precompress.ts',
  'web/public',
  'domain',
].map((p) => join(root, p));

/** Runs `npm run build:web` when needed; throws when the build fails. */
export function buildWebIfNeeded() {
  const reason = staleReason(marker, inputs, 'web/dist');
  if (!reason) return;
  console.log(`Building the web bundle (${reason})…`);
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`npm run build:web failed (exit ${result.status ?? result.signal})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    buildWebIfNeeded();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
