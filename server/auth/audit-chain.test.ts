import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHeads, auditLog, sectors } from '../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../test/app';
import { addPlenarySession, createWorld, TEST_PASSWORD, type World } from '../test/factories';
import { appendAudit } from './audit';
import { writeAuditCheckpoint } from './audit-checkpoint';

/**
 * The audit log of issue 11: the row commits with the change it records, one chain per committee,
 * a cut at the end of a chain is found, refused bodies are audited under their user, targets read
 * as words, and on PostgreSQL the app's role cannot touch the log's protection.
 */
let t: TestApp;
let a: World;
let b: World;
let sysadmin: Client;
let auditor: Client;
const dataDir = join('.tmp', `audit-chain-${process.pid}`);

beforeAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  t = await createTestApp({ DATA_DIR: dataDir });
  a = await createWorld(t.ctx, 'auda');
  b = await createWorld(t.ctx, 'audb');
  sysadmin = await login(t.app, a.users.sysadmin, TEST_PASSWORD);
  auditor = await login(t.app, a.users.auditor, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const db = () => t.ctx.handle.db;
const lastRow = async (action: string) =>
  (
    await db().select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1)
  )[0];
const verify = async () => (await auditor.get('/api/audit/verify')).json();

/** As the schema's owner: removes rows behind the triggers' back, like someone with the owner's password. */
async function removeRows(app: TestApp, ids: number[]) {
  await app.owner.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
  await app.owner.execute(sql`delete from audit_log where id in ${ids}`);
  await app.owner.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
}

/** The database's own message for a refused statement (drizzle wraps it). */
const refusal = (query: Promise<unknown>) =>
  query.then(
    () => 'accepted',
    (err: { cause?: { message?: string } }) => err.cause?.message ?? String(err),
  );

describe('the audit row and its change', () => {
  it('commit together: when the row cannot be written, the change is not kept either', async () => {
    await t.owner.execute(
      sql.raw(`
      create function refuse_sector_audit() returns trigger as $$
      begin raise exception 'audit storage failed'; end $$ language plpgsql`),
    );
    await t.owner.execute(
      sql.raw(`
      create trigger refuse_sector_audit before insert on audit_log for each row
      when (new.action = '新增界别') execute function refuse_sector_audit()`),
    );
    try {
      const res = await sysadmin.post('/api/org/sectors', { name: '无审计界别' });
      expect(res.statusCode).toBe(500);
    } finally {
      await t.owner.execute(sql.raw('drop trigger refuse_sector_audit on audit_log'));
      await t.owner.execute(sql.raw('drop function refuse_sector_audit()'));
    }
    expect(await db().select().from(sectors).where(eq(sectors.name, '无审计界别'))).toEqual([]);
  });

  it('a refused change is rolled back and still audited', async () => {
    expect((await sysadmin.post('/api/org/sectors', { name: '重复界别' })).statusCode).toBe(201);
    expect((await sysadmin.post('/api/org/sectors', { name: '重复界别' })).statusCode).toBe(409);
    expect(await db().select().from(sectors).where(eq(sectors.name, '重复界别'))).toHaveLength(1);
    expect(await lastRow('新增界别')).toMatchObject({ result: '失败(409)', committeeId: a.committeeId });
  });
});

describe('chains', () => {
  it('one per committee, each verified', async () => {
    const other = await login(t.app, b.users.sysadmin, TEST_PASSWORD);
    await other.post('/api/org/sectors', { name: '乙方界别' });
    await sysadmin.post('/api/org/sectors', { name: '甲方界别' });
    const rows = await db().select().from(auditLog).where(eq(auditLog.action, '新增界别'));
    expect(new Set(rows.map((r) => r.chain))).toEqual(new Set([a.committeeId, b.committeeId]));
    expect(await verify()).toMatchObject({ ok: true, firstBrokenId: null });
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('do not wait for each other', async () => {
    const entry = (committeeId: number) => ({
      committeeId,
      userId: null,
      username: 'x',
      ip: null,
      action: '测试',
      target: null,
      result: '成功',
    });
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    // Committee B's chain stays locked by a transaction that has not committed yet.
    const open = db().transaction(async (tx) => {
      await appendAudit(tx, t.ctx.cipher, entry(b.committeeId));
      await held;
    });
    const other = appendAudit(db(), t.ctx.cipher, entry(a.committeeId)).then(() => 'appended');
    const waited = new Promise((r) => setTimeout(() => r('waited'), 3_000));
    expect(await Promise.race([other, waited])).toBe('appended');
    release();
    await open;
  });
});

describe('a cut at the end of a chain', () => {
  // Each on a log of its own: after a cut, every later row of that chain is a broken row as well.
  async function freshLog(name: string) {
    const dir = join(dataDir, name);
    const app = await createTestApp({ DATA_DIR: dir });
    const world = await createWorld(app.ctx, name);
    const [admin, reader] = await Promise.all(
      (['sysadmin', 'auditor'] as const).map((r) => login(app.app, world.users[r], TEST_PASSWORD)),
    );
    return { app, world, admin, verify: async () => (await reader.get('/api/audit/verify')).json() };
  }

  it('is found against the chain head kept with the key', async () => {
    const log = await freshLog('cuthead');
    try {
      await log.admin.post('/api/org/sectors', { name: '将被删除的界别' });
      const [newest] = await log.app.ctx.handle.db
        .select()
        .from(auditLog)
        .orderBy(desc(auditLog.id))
        .limit(1);
      expect(newest).toMatchObject({ action: '新增界别', chain: log.world.committeeId });
      await removeRows(log.app, [newest.id]);
      const report = await log.verify();
      expect(report).toMatchObject({
        ok: false,
        firstBrokenId: null,
        truncated: { committeeId: log.world.committeeId, anchoredLastId: newest.id, anchor: 'head' },
      });
      expect(report.truncated.lastKeptId).toBeLessThan(newest.id);
    } finally {
      await log.app.close();
    }
  });

  it('is found against a checkpoint even when the head is put back as it was', async () => {
    const log = await freshLog('cutcheckpoint');
    try {
      const chain = log.world.committeeId;
      await log.admin.post('/api/org/sectors', { name: '检查点前' });
      const [headBefore] = await log.app.ctx.handle.db
        .select()
        .from(auditHeads)
        .where(eq(auditHeads.chain, chain));
      await log.admin.post('/api/org/sectors', { name: '检查点后' });
      const lines: unknown[] = [];
      await writeAuditCheckpoint(log.app.ctx, (line) => lines.push(line));
      expect(lines).toEqual([{ auditCheckpoint: expect.objectContaining({ chains: expect.any(Number) }) }]);
      const cut = await log.app.ctx.handle.db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(and(eq(auditLog.chain, chain), sql`${auditLog.id} > ${headBefore.lastId}`));
      await removeRows(
        log.app,
        cut.map((r) => r.id),
      );
      // The head as it was before the cut: a copy kept by whoever cut the chain.
      await log.app.owner
        .update(auditHeads)
        .set({ lastId: headBefore.lastId, lastMac: headBefore.lastMac, mac: headBefore.mac })
        .where(eq(auditHeads.chain, chain));
      expect(await log.verify()).toMatchObject({
        ok: false,
        firstBrokenId: null,
        truncated: { committeeId: chain, lastKeptId: headBefore.lastId, anchor: 'checkpoint' },
      });
    } finally {
      await log.app.close();
    }
  });
});

describe('refused bodies', () => {
  it('are audited under the signed-in user and committee (bad JSON, 415, 413)', async () => {
    const send = (payload: string, contentType: string) =>
      sysadmin.request({
        method: 'POST',
        url: '/api/org/liaison-groups',
        payload,
        headers: { 'content-type': contentType },
      });
    expect((await send('{"name":', 'application/json')).statusCode).toBe(400);
    expect((await send('a=b', 'application/x-www-form-urlencoded')).statusCode).toBe(415);
    expect(
      (await send(JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }), 'application/json')).statusCode,
    ).toBe(413);
    const rows = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, '新增委员联络组'))
      .orderBy(auditLog.id);
    expect(rows.map((r) => [r.result, r.username, r.committeeId])).toEqual([
      ['失败(400)', a.users.sysadmin, a.committeeId],
      ['失败(415)', a.users.sysadmin, a.committeeId],
      ['失败(413)', a.users.sysadmin, a.committeeId],
    ]);
  });
});

describe('targets', () => {
  it('read as words, not routes, and the list shows the user by name', async () => {
    const created = await sysadmin.post('/api/org/sectors', { name: '文艺界' });
    const id = created.json().id;
    await sysadmin.put(`/api/org/sectors/${id}`, { name: '文化艺术界' });
    await sysadmin.delete(`/api/org/sectors/${id}`);
    // A new record is named too: the one the create made.
    expect((await lastRow('新增界别')).target).toBe('界别 文艺界');
    expect((await lastRow('修改界别')).target).toBe('界别 文艺界');
    expect((await lastRow('删除界别')).target).toBe('界别 文化艺术界');
    const page = (await auditor.get(`/api/audit?action=${encodeURIComponent('删除界别')}`)).json();
    expect(page.items[0]).toMatchObject({ target: '界别 文化艺术界', displayName: `auda${'sysadmin'}` });
  });

  it('name a proposal by its number and title', async () => {
    const member = await login(t.app, a.users.member, TEST_PASSWORD);
    const { sessionId } = await addPlenarySession(t.ctx, a.committeeId);
    const draft = (
      await member.post('/api/proposals', { sessionId, title: '关于加强社区养老服务的建议' })
    ).json();
    expect((await lastRow('起草提案')).target).toBe('提案 （未编号）《关于加强社区养老服务的建议》');
    const deleted = await member.delete(`/api/proposals/${draft.id}`);
    expect(deleted.statusCode, deleted.body).toBeLessThan(300);
    expect((await lastRow('删除提案草稿')).target).toBe('提案 （未编号）《关于加强社区养老服务的建议》');
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))('the app role on PostgreSQL', () => {
  it('does not own the audit log: it can neither disable its triggers nor change or remove rows', async () => {
    expect(
      await refusal(db().execute(sql`alter table audit_log disable trigger audit_log_no_update`)),
    ).toMatch(/must be owner/);
    expect(await refusal(db().execute(sql`update audit_log set result = '成功'`))).toMatch(
      /permission denied/,
    );
    expect(await refusal(db().execute(sql`delete from audit_log`))).toMatch(/permission denied/);
    expect(await refusal(db().execute(sql`truncate audit_log`))).toMatch(/permission denied/);
    expect(await refusal(db().execute(sql`delete from audit_heads`))).toMatch(/permission denied/);
  });
});
