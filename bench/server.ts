/**
 * The servers under test, started by bench/run.ts in a process of their own (so the load
 * generator does not share their event loop): the real app (buildApp, PostgreSQL, default pool)
 * and a bare Fastify route that returns the same JSON as the list page, fetched once from the app.
 * Prints one JSON line with both ports, then serves until killed.
 */
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { buildApp } from '../server/app';
import { openDatabase } from '../server/db/client';
import { loadEnv } from '../server/env';
import { createFieldCipher } from '../server/lib/crypto';
import { BENCH_USERS } from './bench-users';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, list: { type: 'string' } },
});

const env = loadEnv({
  DATABASE_URL: args.url,
  NODE_ENV: 'production',
  DATA_DIR: '/tmp/tongxin-bench-data',
  LOGIN_RATE_LIMIT: '1000',
  SEED_DEMO: 'never',
});
const handle = await openDatabase(env);
const ctx = { handle, cipher: createFieldCipher('0123456789abcdef0123456789abcdef'), env };
const app = await buildApp(ctx);
await app.listen({ host: '127.0.0.1', port: 0 });

// The list page as the county staff sees it: the bare route answers with this very object.
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username: BENCH_USERS.county, password: BENCH_USERS.password },
});
const cookie = login.cookies.find((c) => c.name === 'tx_session')!;
const page = await app.inject({ url: args.list!, cookies: { tx_session: cookie.value } });
if (page.statusCode !== 200) throw new Error(`list page: ${page.statusCode} ${page.body}`);
const payload = page.json();
// The signed-in floor's own answer too, so its ratio is also taken against the same bytes.
const me = (await app.inject({ url: '/api/auth/me', cookies: { tx_session: cookie.value } })).json();

const bare = Fastify({ logger: false });
bare.get('/list', async () => payload);
bare.get('/me', async () => me);
await bare.listen({ host: '127.0.0.1', port: 0 });

const port = (s: typeof app) => (s.server.address() as { port: number }).port;
console.log(JSON.stringify({ appPort: port(app), barePort: port(bare), items: payload.items.length }));

const stop = async () => {
  await bare.close();
  await app.close();
  await handle.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
