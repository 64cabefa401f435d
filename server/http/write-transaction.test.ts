import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog, sectors } from '../db/schema';
import { conflict } from '../errors';
import { type Client, createTestApp, login, type TestApp } from '../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../test/factories';
import { route } from './route';

/**
 * A write route's handler that reaches for the database it kept from registration (ctx.handle.db)
 * still writes inside the request's transaction: rolled back with a refusal, committed with the audit
 * row (on PGlite it would otherwise wait for that transaction forever).
 */
let t: TestApp;
let w: World;
let sysadmin: Client;

beforeAll(async () => {
  t = await createTestApp();
  const kept = t.ctx.handle.db;
  const insertSector = (name: string) => kept.insert(sectors).values({ committeeId: w.committeeId, name });
  route(t.app, t.ctx, {
    method: 'POST',
    url: '/api/test/kept-db-refused',
    summary: 'test',
    tags: ['test'],
    roles: ['sysadmin'],
    audit: '测试写入（拒绝）',
    handler: async () => {
      await insertSector('拒绝时不应留下');
      throw conflict('测试拒绝');
    },
  });
  route(t.app, t.ctx, {
    method: 'POST',
    url: '/api/test/kept-db-accepted',
    summary: 'test',
    tags: ['test'],
    roles: ['sysadmin'],
    audit: '测试写入（成功）',
    handler: async ({ reply }) => {
      await insertSector('成功时应当留下');
      return reply.code(201).send({ ok: true });
    },
  });
  w = await createWorld(t.ctx, 'wtx');
  sysadmin = await login(t.app, w.users.sysadmin, TEST_PASSWORD);
});
afterAll(() => t.close());

const sectorNamed = (name: string) => t.ctx.handle.db.select().from(sectors).where(eq(sectors.name, name));
const auditOf = (action: string) =>
  t.ctx.handle.db.select().from(auditLog).where(eq(auditLog.action, action));

it('rolls back what a refused handler wrote through the kept handle, and audits the refusal', async () => {
  const res = await sysadmin.post('/api/test/kept-db-refused', {});
  expect(res.statusCode).toBe(409);
  expect(await sectorNamed('拒绝时不应留下')).toEqual([]);
  expect((await auditOf('测试写入（拒绝）')).map((r) => r.result)).toEqual(['失败(409)']);
});

it('commits it with the audit row when the handler succeeds, answering what the handler sent', async () => {
  const res = await sysadmin.post('/api/test/kept-db-accepted', {});
  expect(res.statusCode).toBe(201);
  expect(res.json()).toEqual({ ok: true });
  expect(await sectorNamed('成功时应当留下')).toHaveLength(1);
  expect((await auditOf('测试写入（成功）')).map((r) => r.result)).toEqual(['成功']);
});
