import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { users } from '../db/schema';
import { createTestApp, login, type TestApp } from '../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../test/factories';
import { verifyPassword } from './passwords';

// Counts argon2 verifications, to see that an unknown name costs one too.
vi.mock('./passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('./passwords')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'lock');
});
afterAll(() => t.close());

const attempt = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

const account = async (username: string) =>
  (await t.ctx.handle.db.select().from(users).where(eq(users.username, username)))[0];

describe('lockout under parallel attempts', () => {
  it.each([
    ['10', 'staff', 10],
    ['19', 'leader', 19],
  ] as const)(
    '%s wrong passwords at once lock the account; the right one is then refused',
    async (_n, role, n) => {
      const username = w.users[role];
      const answers = await Promise.all(Array.from({ length: n }, () => attempt(username, 'Wrong#Pass2026')));
      expect(answers.every((r) => [401, 423].includes(r.statusCode))).toBe(true);
      expect(answers.filter((r) => r.statusCode === 423).length).toBeGreaterThan(0);
      expect((await account(username)).lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
      const right = await attempt(username, TEST_PASSWORD);
      expect(right.statusCode).toBe(423);
      expect(right.json().error.message).toMatch(/^账号已锁定，请 1[45] 分钟后再试$/);
    },
  );

  it('checks no more than five passwords of a batch (the rest are refused unchecked)', async () => {
    vi.mocked(verifyPassword).mockClear();
    await Promise.all(Array.from({ length: 12 }, () => attempt(w.users.unit, 'Wrong#Pass2026')));
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(5);
  });
});

describe('changing the password', () => {
  it('counts wrong old passwords like failed logins: the fifth locks the account and ends its sessions', async () => {
    const c = await login(t.app, w.users.member, TEST_PASSWORD);
    const change = (oldPassword: string) =>
      c.post('/api/auth/change-password', { oldPassword, newPassword: 'New#Pass2026x' });
    const answers = await Promise.all(Array.from({ length: 8 }, () => change('Wrong#Pass2026')));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([400, 400, 400, 400, 423, 423, 423, 423]);
    expect((await change(TEST_PASSWORD)).statusCode).toBe(401);
    expect((await attempt(w.users.member, TEST_PASSWORD)).statusCode).toBe(423);
    expect((await account(w.users.member)).passwordHash).toBe((await account(w.users.auditor)).passwordHash);
  });

  it('is under the login rate limit', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
    try {
      const lw = await createWorld(limited.ctx, 'rl');
      const c = await login(limited.app, lw.users.staff, TEST_PASSWORD);
      const codes = [];
      for (let i = 0; i < 4; i++) {
        codes.push(
          (await c.post('/api/auth/change-password', { oldPassword: 'x', newPassword: 'y' })).statusCode,
        );
      }
      expect(codes).toEqual([400, 400, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('refuses a new password that contains the username', async () => {
    const c = await login(t.app, w.users.sysadmin, TEST_PASSWORD);
    const res = await c.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: `X#${w.users.sysadmin.toUpperCase()}9`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'newPassword', message: '新密码：密码不能包含用户名' });
  });
});

describe('an unknown name', () => {
  it('costs the same argon2 verification as a wrong password', async () => {
    vi.mocked(verifyPassword).mockClear();
    const unknown = await attempt('nobody_here', 'Wrong#Pass2026');
    expect(unknown.statusCode).toBe(401);
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(1);
    vi.mocked(verifyPassword).mockClear();
    expect((await attempt(w.users.secadmin, 'Wrong#Pass2026')).statusCode).toBe(401);
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(1);
  });
});
