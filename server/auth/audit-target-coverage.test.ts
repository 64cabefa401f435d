import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';
import { targetOf } from './audit-targets';
import { apiRoutes } from './plugin';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Path parameters that name a kind of thing, not a record: the route's action already says which. */
const NOT_A_RECORD = new Set([':kind', ':list']);

it('names the record behind every write route with a path parameter in the audit log', () => {
  const writes = apiRoutes(t.app).filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
  const withRecord = writes.filter((r) =>
    r.url.split('/').some((s) => s.startsWith(':') && !NOT_A_RECORD.has(s)),
  );
  expect(withRecord.length).toBeGreaterThan(100);
  const unnamed = withRecord.filter((r) => !targetOf(t.app, r.url)).map((r) => `${r.method} ${r.url}`);
  expect(unnamed).toEqual([]);
});
