import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import type { AppContext } from '../context';
import type { Db } from '../db/client';
import { loadEnv, testWorkerId } from '../env';
import { createFieldCipher } from '../lib/crypto';
import { createTestDatabase } from './db';

export const TEST_KEY = '00112233445566778899aabbccddeeff';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  /** The database as its owner, for tampering the app's role may not do (see test/db.ts). */
  owner: Db;
  /** PostgreSQL: the database's URL for the app's role (a second app instance). */
  url?: string;
  close(): Promise<void>;
}

/** A full app on a fresh copy of the migrated template; call close() in afterAll. */
export async function createTestApp(envOverrides: Record<string, string> = {}): Promise<TestApp> {
  const env = loadEnv({
    NODE_ENV: 'test',
    // One directory per vitest worker: files running side by side keep their stored files and
    // audit checkpoints apart.
    DATA_DIR: `.tmp/test-data/w${testWorkerId()}`,
    LOGIN_RATE_LIMIT: '1000',
    TOPIC_RATE_LIMIT: '1000',
    ...envOverrides,
  });
  const handle = await createTestDatabase();
  const ctx: AppContext = { handle, cipher: createFieldCipher(TEST_KEY), env };
  const app = await buildApp(ctx);
  return {
    app,
    ctx,
    owner: handle.owner,
    url: handle.url,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** A logged-in client: inject with its cookie and CSRF header. */
export interface Client {
  username: string;
  /** The session cookie and CSRF header, to send the same session to another app instance. */
  headers: Record<string, string>;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tx_session')!;
  const csrf = res.json().csrfToken as string;
  const headers = { cookie: `tx_session=${cookie.value}`, 'x-csrf-token': csrf };
  const request = (opts: InjectOptions): Promise<LightMyRequestResponse> =>
    app.inject({ ...opts, headers: { ...headers, ...(opts.headers ?? {}) } });
  return {
    username,
    headers,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as never }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as never }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as never }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}
