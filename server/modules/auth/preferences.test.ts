import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema';
import { createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'pref');
});
afterAll(() => t.close());

const scaleOf = async (username: string) => {
  const [u] = await t.ctx.handle.db.select().from(users).where(eq(users.username, username));
  return u.textScale;
};

describe('长辈模式 preference', () => {
  it('starts at the standard size', async () => {
    const c = await login(t.app, w.users.leader, TEST_PASSWORD);
    expect((await c.get('/api/auth/me')).json().textScale).toBe(100);
  });

  it('is stored on the account, returned by /me in a new session, and audited', async () => {
    const c = await login(t.app, w.users.member, TEST_PASSWORD);
    const res = await c.put('/api/auth/preferences', { textScale: 150 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ textScale: 150 });
    expect(await scaleOf(w.users.member)).toBe(150);
    const audit = await t.ctx.handle.db.select().from(auditLog).where(eq(auditLog.username, w.users.member));
    expect(audit.at(-1)).toMatchObject({ action: '设置显示偏好', result: '成功' });

    // Another device: a fresh login reads it from the account.
    const other = await login(t.app, w.users.member, TEST_PASSWORD);
    expect((await other.get('/api/auth/me')).json().textScale).toBe(150);

    await other.put('/api/auth/preferences', { textScale: 125 });
    expect((await c.get('/api/auth/me')).json().textScale).toBe(125);
  });

  it('changes only the caller’s own account', async () => {
    const staff = await login(t.app, w.users.staff, TEST_PASSWORD);
    const unitBefore = await scaleOf(w.users.unit);
    expect((await staff.put('/api/auth/preferences', { textScale: 125 })).statusCode).toBe(200);
    expect(await scaleOf(w.users.staff)).toBe(125);
    expect(await scaleOf(w.users.unit)).toBe(unitBefore);
  });

  it('refuses a size that is not one of the steps with 400 naming 字号, and keeps the old one', async () => {
    const c = await login(t.app, w.users.unit, TEST_PASSWORD);
    await c.put('/api/auth/preferences', { textScale: 125 });
    for (const textScale of [130, 200, 1.5, '150', null]) {
      const res = await c.put('/api/auth/preferences', { textScale });
      expect(res.statusCode, String(textScale)).toBe(400);
      expect(res.json().error).toMatchObject({ field: 'textScale' });
      expect(res.json().error.message).toMatch(/^字号：须为以下之一：100、125、150$/);
    }
    expect(await scaleOf(w.users.unit)).toBe(125);
  });

  it('needs a session and the CSRF token', async () => {
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/preferences',
      payload: { textScale: 150 },
    });
    expect(anonymous.statusCode).toBe(401);
    const c = await login(t.app, w.users.auditor, TEST_PASSWORD);
    const noCsrf = await c.request({
      method: 'PUT',
      url: '/api/auth/preferences',
      payload: { textScale: 150 },
      headers: { 'x-csrf-token': '' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(await scaleOf(w.users.auditor)).toBe(100);
  });
});
