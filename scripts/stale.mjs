// When a build output is older than what it is built from: shared by the web and server builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Why `output` must be (re)built from `inputs` (absolute paths, files or directories), or null
 * when it is current. `output` is written last by a successful build, so a failed one leaves none.
 */
export function staleReason(output, inputs, name) {
  if (!existsSync(output)) return `${name} is missing`;
  const built = statSync(output).mtimeMs;
  const newest = Math.max(...inputs.map(newestMtime));
  return newest > built ? `sources changed since the last build of ${name}` : null;
}
