import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiRoutes } from '../auth/plugin';
import { createTestApp, type TestApp } from '../test/app';
import { asJsonRoute, lazySerializers, ResponseSchema } from './openapi-schema';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const serializerOf = (schema: unknown) =>
  lazySerializers({}, undefined)({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('answers serialised by their schemas, compiled on first use', () => {
  it('drops what the schema does not name and writes a Date as its ISO string', () => {
    const serialize = serializerOf(
      new ResponseSchema(z.object({ id: z.number(), at: z.string(), note: z.string().nullable() })),
    );
    const at = new Date(Date.UTC(2026, 11, 6, 23, 0, 0));
    expect(serialize({ id: 7, at, note: null, secret: 'x' })).toBe(
      '{"id":7,"at":"2026-12-06T23:00:00.000Z","note":null}',
    );
  });

  it("compiles every API route's answers (a start no longer does, so a broken schema shows here)", () => {
    const compile = SerializerSelector()();
    const compiled: string[] = [];
    for (const r of apiRoutes(t.app)) {
      for (const [httpStatus, schema] of Object.entries(r.response ?? {})) {
        const route = { schema, method: r.method, url: r.url, httpStatus };
        expect(() => compile(asJsonRoute(route)), `${r.method} ${r.url} ${httpStatus}`).not.toThrow();
        compiled.push(`${r.method} ${r.url} ${httpStatus}`);
      }
    }
    expect(compiled).toContain('GET /api/auth/session 200');
    expect(compiled.length).toBeGreaterThan(100);
  });
});
