import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTypes } from '../../scripts/api-types/generate';
import { apiRoutes } from '../auth/plugin';
import { createTestApp, type TestApp } from '../test/app';
import { API_TYPES_FILE } from './api-types';

let t: TestApp;
let doc: { openapi: string; paths: Record<string, Record<string, { summary?: string }>> };
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
});
afterAll(() => t.close());

/**
 * JSON Schema 2020-12 constructs that an OpenAPI 3.0 Schema Object does not allow: generators
 * and validators that read /api/docs/json reject the whole document for one of them.
 */
function nonOpenApi30(node: unknown, at: string, found: string[]): string[] {
  if (Array.isArray(node)) {
    node.forEach((n, i) => {
      nonOpenApi30(n, `${at}/${i}`, found);
    });
    return found;
  }
  if (!node || typeof node !== 'object') return found;
  const o = node as Record<string, unknown>;
  for (const key of ['exclusiveMinimum', 'exclusiveMaximum']) {
    if (key in o && typeof o[key] !== 'boolean') found.push(`${at}/${key} is not a boolean`);
  }
  for (const key of ['$schema', 'const', 'prefixItems', '$defs']) if (key in o) found.push(`${at}/${key}`);
  if (Array.isArray(o.type)) found.push(`${at}/type is a list`);
  for (const [k, v] of Object.entries(o)) nonOpenApi30(v, `${at}/${k}`, found);
  return found;
}

describe('OpenAPI description at /api/docs/json', () => {
  it('is OpenAPI 3.0 with schemas that OpenAPI 3.0 tools accept', () => {
    expect(doc.openapi).toMatch(/^3\.0\./);
    expect(nonOpenApi30(doc.paths, '#/paths', [])).toEqual([]);
  });

  it('lists every /api route with its method and a summary, and nothing outside /api', () => {
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const missing = apiRoutes(t.app)
      .filter((r) => r.url !== '/api/docs/json')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
    expect(Object.keys(doc.paths).filter((p) => !p.startsWith('/api/'))).toEqual([]);
    const unnamed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => !op.summary)
        .map(([m]) => `${m} ${path}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('is what the committed web API types were generated from (npm run api:types)', async () => {
    expect(await apiTypes(doc)).toBe(readFileSync(API_TYPES_FILE, 'utf8'));
  });
});
