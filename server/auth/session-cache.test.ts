import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../domain/roles';
import { buildApp } from '../app';
import { type DbHandle, openPostgres } from '../db/client';
import { authSessions, users } from '../db/schema';
import { createFieldCipher } from '../lib/crypto';
import { type Client, createTestApp, login, TEST_KEY, type TestApp } from '../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../test/factories';
import { FALLBACK_TTL_MS } from './session-store';

/**
 * Sessions are cached in each app instance; revoking one (logout, disable, password reset, role
 * change) takes effect at once, in the instance that did it and, on PostgreSQL, in a second
 * instance on the same database.
 */
let t: TestApp;
let w: World;
let secadmin: Client;
let second: { app: FastifyInstance; handle: DbHandle } | null = null;

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'sc');
  secadmin = await login(t.app, w.users.secadmin, TEST_PASSWORD);
  if (t.url) {
    const handle = await openPostgres(t.url, 2);
    second = { app: await buildApp({ handle, cipher: createFieldCipher(TEST_KEY), env: t.ctx.env }), handle };
  }
});
afterAll(async () => {
  await second?.app.close();
  await second?.handle.close();
  await t.close();
});

const userId = async (username: string) =>
  (await t.ctx.handle.db.select().from(users).where(eq(users.username, username)))[0].id;

const account = async (role: Role) => `/api/accounts/${await userId(w.users[role])}`;

/** Each revocation of issue 11 (a role change ends the account's sessions too) and its victim. */
const REVOCATIONS: [name: string, victim: Role, revoke: (c: Client) => Promise<unknown>][] = [
  ['logout', 'staff', (c) => c.post('/api/auth/logout', {})],
  ['disable', 'member', async () => secadmin.put(await account('member'), { active: false })],
  ['password reset', 'unit', async () => secadmin.post(`${await account('unit')}/reset-password`, {})],
  ['role change', 'leader', async () => secadmin.put(await account('leader'), { role: 'auditor' })],
];

/** Puts the account back as createWorld made it, so each test starts from a working session. */
async function restore(role: Role) {
  const [model] = await t.ctx.handle.db.select().from(users).where(eq(users.username, w.users.secadmin));
  await t.ctx.handle.db
    .update(users)
    .set({ active: true, role, passwordHash: model.passwordHash, mustChangePassword: false })
    .where(eq(users.username, w.users[role]));
}

describe('in one instance', () => {
  it.each(REVOCATIONS)('%s takes effect on the very next request', async (_name, victim, revoke) => {
    await restore(victim);
    const c = await login(t.app, w.users[victim], TEST_PASSWORD);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    expect(await revoke(c)).toMatchObject({ statusCode: 200 });
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('writes the last use at most once a minute per session', async () => {
    const c = await login(t.app, w.users.sysadmin, TEST_PASSWORD);
    const id = await userId(w.users.sysadmin);
    const lastSeen = async () =>
      (await t.ctx.handle.db.select().from(authSessions).where(eq(authSessions.userId, id)))[0].lastSeenAt;
    const first = await lastSeen();
    for (let i = 0; i < 5; i++) expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    expect(await lastSeen()).toEqual(first);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    try {
      expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
    }
    expect((await lastSeen()).getTime()).toBeGreaterThan(first.getTime());
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))('across two instances on one PostgreSQL', () => {
  it.each(REVOCATIONS)(
    '%s in one instance is refused by the other at once',
    async (_name, victim, revoke) => {
      await restore(victim);
      const c = await login(t.app, w.users[victim], TEST_PASSWORD);
      const elsewhere = () => second!.app.inject({ method: 'GET', url: '/api/auth/me', headers: c.headers });
      expect((await elsewhere()).statusCode).toBe(200);
      expect((await elsewhere()).statusCode).toBe(200); // served from the other instance's cache
      expect(await revoke(c)).toMatchObject({ statusCode: 200 });
      expect((await elsewhere()).statusCode).toBe(401);
    },
  );

  it('trusts a cached session only briefly while its notifications cannot arrive', async () => {
    const c = await login(t.app, w.users.auditor, TEST_PASSWORD);
    const elsewhere = () => second!.app.inject({ method: 'GET', url: '/api/auth/me', headers: c.headers });
    // Cut the instances' listening connections (a role may end its own backends).
    await second!.handle.db.execute(sql`
      select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and application_name like 'tongxin-sessions:%'`);
    await new Promise((r) => setTimeout(r, 100));
    expect((await elsewhere()).statusCode).toBe(200);
    await c.post('/api/auth/logout', {});
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + FALLBACK_TTL_MS + 1_000 });
    try {
      expect((await elsewhere()).statusCode).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });
});
