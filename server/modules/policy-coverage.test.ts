import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../auth/plugin';
import { createTestApp, type TestApp } from '../test/app';
import { POLICY_ROWS } from './policy-rows';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the policy matrix covers the API', () => {
  it('has exactly one row per registered /api route, across the modules’ tables', () => {
    const registered = new Set(apiRoutes(t.app).map((r) => `${r.method} ${r.url}`));
    const keys = Object.values(POLICY_ROWS).flatMap((rows) => Object.keys(rows));
    expect(
      keys.filter((k, i) => keys.indexOf(k) !== i),
      'routes with two rows',
    ).toEqual([]);
    expect(
      [...registered].filter((k) => !keys.includes(k)),
      'routes missing from the tables',
    ).toEqual([]);
    expect(
      keys.filter((k) => !registered.has(k)),
      'rows for routes that no longer exist',
    ).toEqual([]);
  });
});
