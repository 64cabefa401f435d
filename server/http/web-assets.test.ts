import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadEnv } from '../env';
import { createFieldCipher } from '../lib/crypto';
import { TEST_KEY } from '../test/app';
import { createTestDatabase, type TestDatabase } from '../test/db';

/**
 * A built web app of our own: an index.html, the public pages' public.html, a hashed script with
 * .br/.gz copies, a tiny one without.
 */
const dist = mkdtempSync(join(tmpdir(), 'tongxin-web-'));
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head></html>';
const PUBLIC_INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/public-4c5d6e.js"></script></head></html>';
const SCRIPT = `export const pages = [${Array.from({ length: 400 }, (_, i) => `"页面${i}"`).join(',')}];\n`;
const TINY = 'export default 1;\n';
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), INDEX);
writeFileSync(join(dist, 'public.html'), PUBLIC_INDEX);
writeFileSync(join(dist, 'assets/app-1a2b3c.js'), SCRIPT);
writeFileSync(join(dist, 'assets/app-1a2b3c.js.br'), brotliCompressSync(SCRIPT));
writeFileSync(join(dist, 'assets/app-1a2b3c.js.gz'), gzipSync(SCRIPT));
writeFileSync(join(dist, 'assets/tiny-9f8e7d.js'), TINY);

const IMMUTABLE = 'public, max-age=31536000, immutable';
let app: FastifyInstance;
let handle: TestDatabase;

beforeAll(async () => {
  handle = await createTestDatabase();
  const env = loadEnv({ NODE_ENV: 'test', DATA_DIR: '.tmp/test-data' });
  app = await buildApp({ handle, cipher: createFieldCipher(TEST_KEY), env }, { webDist: dist });
});
afterAll(async () => {
  await app.close();
  await handle.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the web bundle', () => {
  it('sends a hashed script brotli-compressed to a browser that takes br, kept for a year', async () => {
    const res = await get('/assets/app-1a2b3c.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a browser that takes only gzip, and the file itself to one that takes neither', async () => {
    const gz = await get('/assets/app-1a2b3c.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    expect(gz.headers['cache-control']).toBe(IMMUTABLE);
    const plain = await get('/assets/app-1a2b3c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('sends an asset without compressed copies as it is, still immutable', async () => {
    const res = await get('/assets/tiny-9f8e7d.js', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(TINY);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('has index.html checked on every visit, at / and at any page of the app, under the CSP', async () => {
    for (const url of ['/', '/index.html', '/meetings/5', '/login', '/publications']) {
      const res = await get(url, 'br, gzip');
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(INDEX);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    }
  });

  it('sends the public pages their own entry, public.html, the same way', async () => {
    for (const url of ['/public', '/public/proposals', '/public/proposals/7?q=养老']) {
      const res = await get(encodeURI(url), 'br, gzip');
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(PUBLIC_INDEX);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    }
  });

  it('serves assets of a bundle rebuilt after start-up the same way', async () => {
    const late = 'export const late = "后来构建的";\n'.repeat(50);
    writeFileSync(join(dist, 'assets/late-4d5e6f.js'), late);
    writeFileSync(join(dist, 'assets/late-4d5e6f.js.gz'), gzipSync(late));
    const res = await get('/assets/late-4d5e6f.js', 'gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toBe(late);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect((await get('/assets/missing-000000.js')).statusCode).toBe(404);
  });

  it('keeps API answers out of caches and unknown API paths a JSON 404', async () => {
    const res = await get('/api/nothing-here', 'br');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
