import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema';
import { createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'a');
});
afterAll(() => t.close());

describe('login', () => {
  it('opens a session and /me returns the role and abilities', async () => {
    const c = await login(t.app, w.users.staff, TEST_PASSWORD);
    const me = await c.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      role: 'staff',
      abilities: { manageMembers: true, manageAccounts: false },
    });
  });

  it('refuses a wrong password with 401 and audits the failure', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: w.users.member, password: 'nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('用户名或密码错误');
    const rows = await t.ctx.handle.db.select().from(auditLog).where(eq(auditLog.username, w.users.member));
    expect(rows.at(-1)).toMatchObject({ action: '登录', result: '失败：wrong password' });
  });

  it('locks the account after 5 failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: w.users.leader, password: 'wrong' },
      });
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: w.users.leader, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(423);
    const [u] = await t.ctx.handle.db.select().from(users).where(eq(users.username, w.users.leader));
    expect(u.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('rejects a write without the CSRF header', async () => {
    const c = await login(t.app, w.users.staff, TEST_PASSWORD);
    const res = await c.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });

  it('reports malformed JSON as 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{bad',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('请求体不是有效的 JSON');
  });

  it('names the missing field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^密码：/);
  });
});

describe('health', () => {
  it('answers ok with the database reachable', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok' });
  });
});
