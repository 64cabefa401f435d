/**
 * Rebuilds the stored search vectors of a benchmark database with the current segmenter, as an
 * existing installation does on its first start after an upgrade, and prints how long it took:
 *   npx tsx bench/rebuild.ts --url postgres://…
 */
import { parseArgs } from 'node:util';
import { openPostgres } from '../server/db/client';
import { rebuildSearchVectors } from '../server/modules/proposals/search-rebuild';

const { values: args } = parseArgs({ options: { url: { type: 'string' } } });
if (!args.url) throw new Error('--url postgres://… is required');
const handle = await openPostgres(args.url, 2);
await handle.migrate();
const t0 = Date.now();
const written = await rebuildSearchVectors(handle.db, console.log);
console.log(`${written} vectors rewritten in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
await handle.close();
