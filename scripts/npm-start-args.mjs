import { readFileSync } from 'node:fs';

/**
 * Node's arguments for the server as `npm start` gives them (package.json's start script), for those
 * that start the server themselves to hold its PID (npm would make it a grandchild): the browser
 * specs' servers and bench/plenary.ts run with the same V8 settings as production.
 */
export function npmStartArgs() {
  const start = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start;
  const [command, ...args] = start.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`package.json's start script is not a node command: ${start}`);
  return args;
}
