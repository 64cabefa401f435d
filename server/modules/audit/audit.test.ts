import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../auth/audit';
import { auditLog } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';

let t: TestApp;
let root: World;
let child: World;
let auditor: Client;
let childAuditor: Client;

const db = () => t.ctx.handle.db;
const entry = (over: Partial<Parameters<typeof appendAudit>[2]>) =>
  appendAudit(db(), t.ctx.cipher, {
    committeeId: root.committeeId,
    userId: null,
    username: 'someone',
    ip: '10.0.0.1',
    action: '修改委员',
    target: '委员 张三',
    result: '成功',
    ...over,
  });

beforeAll(async () => {
  t = await createTestApp();
  root = await createWorld(t.ctx, 'aud');
  child = await createWorld(t.ctx, 'audchild', root.committeeId);
  auditor = await login(t.app, root.users.auditor, TEST_PASSWORD);
  childAuditor = await login(t.app, child.users.auditor, TEST_PASSWORD);
  await entry({
    username: 'alice',
    action: '新建提案',
    target: '提案 第0001号',
    detail: { b: 2, a: [1, { y: 1, x: 2 }] },
  });
  await entry({ username: 'bob', action: '登录', result: '失败：密码错误', ip: '10.0.0.9' });
  await entry({ committeeId: child.committeeId, username: 'carol', action: '修改委员' });
  await entry({ committeeId: null, username: 'ghost', action: '登录', result: '失败：用户名不存在' });
});
afterAll(() => t.close());

type Row = { username: string; action: string; result: string; id: number };
const list = async (c: Client, query = '') => {
  const res = await c.get(`/api/audit?pageSize=100${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Row[]; total: number };
};

describe('reading the audit log', () => {
  it('lists newest first with committee names', async () => {
    const page = await list(auditor);
    const ids = page.items.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    const carol = page.items.find((r) => r.username === 'carol') as Row & { committeeName: string };
    expect(carol.committeeName).toBe('audchild政协');
  });

  it('filters by user, action and target (contains), result, ip and time', async () => {
    expect((await list(auditor, '&username=alice')).items.map((r) => r.action)).toEqual(['新建提案']);
    const logins = await list(
      auditor,
      `&action=${encodeURIComponent('登')}&result=${encodeURIComponent('失败')}`,
    );
    expect(logins.items.map((r) => r.username).sort()).toEqual(['bob', 'ghost']);
    expect((await list(auditor, '&ip=10.0.0.9')).items.map((r) => r.username)).toEqual(['bob']);
    expect(
      (await list(auditor, `&target=${encodeURIComponent('第0001')}`)).items.map((r) => r.username),
    ).toEqual(['alice']);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await list(auditor, `&from=${encodeURIComponent(future)}`)).total).toBe(0);
    const past = encodeURIComponent('2020-01-01T00:00:00+08:00');
    expect((await list(auditor, `&from=${past}&username=alice`)).total).toBe(1);
    expect((await list(auditor, `&to=${past}`)).total).toBe(0);
  });

  it('scopes to the committee and the ones below; unattributed rows only at the root', async () => {
    const mine = (await list(auditor)).items.map((r) => r.username);
    expect(mine).toEqual(expect.arrayContaining(['alice', 'carol', 'ghost']));
    const theirs = (await list(childAuditor)).items.map((r) => r.username);
    expect(theirs).toContain('carol');
    expect(theirs).not.toContain('alice');
    expect(theirs).not.toContain('ghost');
    const onlyChild = await list(auditor, `&committeeId=${child.committeeId}`);
    expect(new Set(onlyChild.items.map((r) => r.username))).not.toContain('alice');
    expect((await list(childAuditor, `&committeeId=${root.committeeId}`)).total).toBe(0);
  });

  it('records every read of the log', async () => {
    await auditor.get('/api/audit?username=alice');
    const [last] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, '查看审计日志'))
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    expect(last).toMatchObject({
      username: root.users.auditor,
      committeeId: root.committeeId,
      target: '审计日志',
      result: '成功',
      ip: '127.0.0.1',
    });
    expect(last.detail).toMatchObject({ username: 'alice', page: 1 });
  });

  it('names a bad filter', async () => {
    const bad = await auditor.get('/api/audit?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^开始时间：/);
    const reversed = await auditor.get(
      `/api/audit?from=${encodeURIComponent('2026-02-01T00:00:00Z')}&to=${encodeURIComponent('2026-01-01T00:00:00Z')}`,
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.message).toBe('结束时间：不能早于开始时间');
    expect((await auditor.get('/api/audit?result=ok')).json().error.message).toMatch(/^结果：/);
  });
});

describe('三员分立', () => {
  it('lets only the auditor read, export or verify', async () => {
    for (const role of ['secadmin', 'sysadmin', 'staff', 'member', 'unit', 'leader'] as const) {
      const c = await login(t.app, root.users[role], TEST_PASSWORD);
      for (const url of ['/api/audit', '/api/audit/export', '/api/audit/verify']) {
        expect((await c.get(url)).statusCode, `${role} ${url}`).toBe(403);
      }
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('offers no way to write the log over HTTP', async () => {
    const [first] = await db().select().from(auditLog).orderBy(auditLog.id).limit(1);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await auditor.request({ method, url: `/api/audit/${first.id}`, payload: {} });
      expect(res.statusCode, method).toBe(404);
    }
    expect((await auditor.request({ method: 'DELETE', url: '/api/audit' })).statusCode).toBe(404);
  });
});

describe('export', () => {
  it('writes the filtered rows with Beijing time and audits the export', async () => {
    const res = await auditor.get(`/api/audit/export?username=bob`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0];
    const rows: string[][] = [];
    ws.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    expect(rows[0]).toEqual(['时间', '用户', 'IP', '操作', '对象', '结果', '委员会', '详情']);
    expect(rows.slice(1)).toHaveLength(1);
    expect(rows[1].slice(1, 6)).toEqual(['bob', '10.0.0.9', '登录', '委员 张三', '失败：密码错误']);
    const [bob] = await db().select().from(auditLog).where(eq(auditLog.username, 'bob'));
    // The page's last two columns too: the committee and the details.
    expect(rows[1][6]).toBe('aud政协');
    expect(rows[1][7] ?? '').toBe(bob.detail == null ? '' : JSON.stringify(bob.detail));
    const beijing = new Date(bob.at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(rows[1][0]).toBe(beijing);
    const [exp] = await db().select().from(auditLog).where(eq(auditLog.action, '导出审计日志'));
    expect(exp).toMatchObject({ username: root.users.auditor, detail: { username: 'bob', rows: 1 } });
  });
});

describe('integrity', () => {
  it('verifies the chain, including rows with nested detail', async () => {
    const before = await db().$count(auditLog);
    const res = await auditor.get('/api/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ checked: before, ok: true, firstBrokenId: null });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await expect(
      db().update(auditLog).set({ result: '成功' }).where(eq(auditLog.username, 'bob')),
    ).rejects.toThrow();
    await expect(db().delete(auditLog).where(eq(auditLog.username, 'bob'))).rejects.toThrow();
    await expect(db().execute(sql`truncate audit_log`)).rejects.toThrow();
    const [bob] = await db().select().from(auditLog).where(eq(auditLog.username, 'bob'));
    expect(bob.result).toBe('失败：密码错误');
  });

  it('finds an edit made behind the trigger’s back', async () => {
    const [bob] = await db().select().from(auditLog).where(eq(auditLog.username, 'bob'));
    // As the schema's owner: on PostgreSQL the app's role may not disable the trigger.
    await t.owner.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await t.owner.update(auditLog).set({ result: '成功' }).where(eq(auditLog.id, bob.id));
    await t.owner.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    const res = (await auditor.get('/api/audit/verify')).json();
    expect(res).toMatchObject({ ok: false, firstBrokenId: bob.id });
    const [last] = await db().select().from(auditLog).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(last).toMatchObject({ action: '校验审计日志', detail: { ok: false, firstBrokenId: bob.id } });
  });
});
