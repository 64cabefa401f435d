import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../test/factories';

let dev: TestApp;
let prod: TestApp;
let w: World;

beforeAll(async () => {
  [dev, prod] = await Promise.all([createTestApp(), createTestApp({ NODE_ENV: 'production' })]);
  w = await createWorld(dev.ctx, 'hdr');
});
afterAll(() => Promise.all([dev.close(), prod.close()]));

describe('security headers', () => {
  it('are on every response: a strict CSP, no framing, nosniff, no referrer', async () => {
    for (const url of ['/api/health', '/api/nothing-here', '/']) {
      const res = await dev.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('add HSTS in production, where the app is served over HTTPS', async () => {
    const res = await prod.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('keep phone and ID numbers, and every other API answer, out of caches', async () => {
    const staff = await login(dev.app, w.users.staff, TEST_PASSWORD);
    const sensitive = await staff.post(`/api/members/${w.memberId}/sensitive`, {});
    expect(sensitive.statusCode).toBe(200);
    expect(sensitive.headers['cache-control']).toBe('no-store');
    expect((await staff.get('/api/auth/me')).headers['cache-control']).toBe('no-store');
    expect((await staff.get('/api/members')).headers['cache-control']).toBe('no-store');
  });
});

describe('the API description', () => {
  it('is served by default outside production and off in production', async () => {
    expect((await dev.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200);
    expect((await prod.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(404);
  });

  it('follows API_DOCS either way', async () => {
    const [on, off] = await Promise.all([
      createTestApp({ NODE_ENV: 'production', API_DOCS: 'on' }),
      createTestApp({ API_DOCS: 'off' }),
    ]);
    try {
      expect((await on.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200);
      expect((await off.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(404);
    } finally {
      await Promise.all([on.close(), off.close()]);
    }
  });
});
