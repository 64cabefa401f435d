// npm start: brings web/dist and the server bundle up to date when their sources changed, then
// runs the server in this process (no tsx, no second process).
import { pathToFileURL } from 'node:url';
import { buildServerIfNeeded, serverBundle } from './build-server-if-needed.mjs';
import { buildWebIfNeeded } from './build-web-if-needed.mjs';

try {
  buildWebIfNeeded();
  await buildServerIfNeeded();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
// Stack traces name the bundle's lines, each module headed by its source's path; with
// NODE_OPTIONS=--enable-source-maps they name the TypeScript (a tenth of a second more at start).
await import(pathToFileURL(serverBundle).href);
