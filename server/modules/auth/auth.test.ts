import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, authSessions, users } from '../../db/schema';
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
    expect(rows.at(-1)).toMatchObject({ action: '登录', result: '失败：密码错误' });
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

describe('session hardening', () => {
  let b: World;
  beforeAll(async () => {
    b = await createWorld(t.ctx, 'b');
  });
  const sessionsOf = async (username: string) => {
    const [u] = await t.ctx.handle.db.select().from(users).where(eq(users.username, username));
    return t.ctx.handle.db.select().from(authSessions).where(eq(authSessions.userId, u.id));
  };

  it('ends a session idle for longer than the timeout', async () => {
    const c = await login(t.app, b.users.staff, TEST_PASSWORD);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    const [u] = await t.ctx.handle.db.select().from(users).where(eq(users.username, b.users.staff));
    await t.ctx.handle.db
      .update(authSessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(authSessions.userId, u.id));
    // The instance caches the session with its own last use: time must pass here too.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31 * 60_000 });
    const me = await c.get('/api/auth/me').finally(() => vi.useRealTimers());
    expect(me.statusCode).toBe(401);
    expect(await sessionsOf(b.users.staff)).toHaveLength(0);
  });

  it('forces the change of an initial password before anything else', async () => {
    await t.ctx.handle.db
      .update(users)
      .set({ mustChangePassword: true })
      .where(eq(users.username, b.users.member));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: b.users.member, password: TEST_PASSWORD },
    });
    expect(res.json().mustChangePassword).toBe(true);
    const c = await login(t.app, b.users.member, TEST_PASSWORD);
    const blocked = await c.get('/api/dashboard/summary');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    // The web app's own files are not behind it, or the change form could never load (no web build
    // in the tests, so a 404 rather than the refusal).
    const script = await c.get('/assets/ChangePasswordPage-abc123.js');
    expect(script.statusCode).toBe(404);
    const weak = await c.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: 'abc12345',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/^新密码：/);
    const ok = await c.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: 'New#Pass2026',
    });
    expect(ok.statusCode).toBe(200);
    expect((await c.get('/api/dashboard/summary')).statusCode).toBe(200);
    const [u] = await t.ctx.handle.db.select().from(users).where(eq(users.username, b.users.member));
    expect(u.mustChangePassword).toBe(false);
    expect(u.passwordChangedAt).not.toBeNull();
    // the other session opened by the first login was ended by the change
    expect(await sessionsOf(b.users.member)).toHaveLength(1);
  });

  it('ends the session on logout', async () => {
    const c = await login(t.app, b.users.unit, TEST_PASSWORD);
    expect(await sessionsOf(b.users.unit)).toHaveLength(1);
    const out = await c.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect(out.cookies.find((k) => k.name === 'tx_session')?.value).toBe('');
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
    expect(await sessionsOf(b.users.unit)).toHaveLength(0);
  });

  it('answers the web app’s session question without an error when signed out', async () => {
    const c = await login(t.app, b.users.unit, TEST_PASSWORD);
    const signedIn = await c.get('/api/auth/session');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().me).toMatchObject({ username: b.users.unit, role: 'unit' });
    expect(signedIn.json().me).toEqual((await c.get('/api/auth/me')).json());
    await c.post('/api/auth/logout');
    const out = await c.get('/api/auth/session');
    expect([out.statusCode, out.json()]).toEqual([200, { me: null }]);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect([anonymous.statusCode, anonymous.json()]).toEqual([200, { me: null }]);
  });

  it('logs in by phone through the SM3 digest', async () => {
    await t.ctx.handle.db
      .update(users)
      .set({ phoneDigest: t.ctx.cipher.digest('13912345678') })
      .where(eq(users.username, b.users.leader));
    const c = await login(t.app, '13912345678', TEST_PASSWORD);
    expect((await c.get('/api/auth/me')).json().username).toBe(b.users.leader);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '13912345670', password: TEST_PASSWORD },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('rate-limits login attempts', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
    try {
      const c = await createWorld(limited.ctx, 'rl');
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: c.users.staff, password: 'x' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const fourth = await attempt();
      expect(fourth.statusCode).toBe(429);
      expect(fourth.json().error.message).toBe('登录尝试过于频繁，请稍后再试');
      expect((await attempt()).statusCode).toBe(429);
      // Counted per address and username: another account from the same address may still try.
      const other = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: c.users.member, password: 'x' },
      });
      expect(other.statusCode).toBe(401);
      // The refusal is audited once per window (written in the background), not per request.
      const refusals = () =>
        limited.ctx.handle.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.username, c.users.staff), eq(auditLog.result, '拒绝：尝试过于频繁')));
      await expect.poll(async () => (await refusals()).length).toBe(1);
      await new Promise((r) => setTimeout(r, 100));
      const [account] = await limited.ctx.handle.db
        .select()
        .from(users)
        .where(eq(users.username, c.users.staff));
      expect(await refusals()).toMatchObject([
        { action: '登录', ip: '127.0.0.1', committeeId: c.committeeId, userId: account.id },
      ]);
      // Spaces or capitals do not open a new count for the same name.
      const disguised = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: ` ${c.users.staff.toUpperCase()} `, password: 'x' },
      });
      expect(disguised.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('stops one address trying many names, at ten times the per-name limit', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: '2' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 21; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: `spray${i}`, password: 'x' },
        });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
      expect(codes[20]).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('audits logins and writes with who, where, what, target and result, in an intact chain', async () => {
    const c = await login(t.app, b.users.sysadmin, TEST_PASSWORD);
    await c.post('/api/auth/change-password', { oldPassword: 'wrong', newPassword: 'New#Pass2026' });
    await c.post('/api/auth/logout');
    const [u] = await t.ctx.handle.db.select().from(users).where(eq(users.username, b.users.sysadmin));
    const rows = await t.ctx.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.userId, u.id))
      .orderBy(auditLog.id);
    expect(
      rows.map(({ username, ip, action, target, result, committeeId }) => ({
        username,
        ip,
        action,
        target,
        result,
        committeeId,
      })),
    ).toEqual([
      {
        username: b.users.sysadmin,
        ip: '127.0.0.1',
        action: '登录',
        target: null,
        result: '成功',
        committeeId: b.committeeId,
      },
      {
        username: b.users.sysadmin,
        ip: '127.0.0.1',
        action: '修改密码',
        target: null,
        result: '失败(400)',
        committeeId: b.committeeId,
      },
      {
        username: b.users.sysadmin,
        ip: '127.0.0.1',
        action: '退出登录',
        target: null,
        result: '成功',
        committeeId: b.committeeId,
      },
    ]);
    const auditor = await login(t.app, b.users.auditor, TEST_PASSWORD);
    const report = (await auditor.get('/api/audit/verify')).json();
    expect(report).toEqual({
      checked: (await t.ctx.handle.db.$count(auditLog)) - 1,
      ok: true,
      firstBrokenId: null,
    });
    expect(report.checked).toBeGreaterThan(20);
  });
});
