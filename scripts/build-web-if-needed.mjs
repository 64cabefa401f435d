// Builds the web bundle (web/dist) only when it is missing or older than its sources, so
// `npm start` serves a current UI without rebuilding on every start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The newest modification time under a file or directory (0 when it does not exist). */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, entry) => Math.max(max, newestMtime(join(path, entry))),
    stat.mtimeMs,
  );
}

/** Why the bundle must be (re)built, or null when web/dist is current. */
function staleReason() {
  if (!existsSync(marker)) return 'web/dist is missing';
  const built = statSync(marker).mtimeMs;
  const newest = Math.max(...inputs.map(newestMtime));
  return newest > built ? 'web sources changed since the last build' : null;
}

/** Runs `npm run build:web` when needed; throws when the build fails. */
export function buildWebIfNeeded() {
  const reason = staleReason();
  if (!reason) {
    console.log('web/dist is up to date');
    return;
  }
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
