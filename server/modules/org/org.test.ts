import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../domain/roles';
import { auditLog, departments, sectors } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';
import { xlsxRows } from '../../test/xlsx';

let t: TestApp;
let a: World;
let b: World;
let p: World;
let c: World;
beforeAll(async () => {
  t = await createTestApp();
  a = await createWorld(t.ctx, 'a');
  b = await createWorld(t.ctx, 'b');
  p = await createWorld(t.ctx, 'p');
  c = await createWorld(t.ctx, 'c', p.committeeId);
});
afterAll(() => t.close());

const clients = new Map<string, Client>();
async function as(w: World, role: Role): Promise<Client> {
  const username = w.users[role];
  if (!clients.has(username)) clients.set(username, await login(t.app, username, TEST_PASSWORD));
  return clients.get(username)!;
}

async function sectorCount(committeeId: number, name?: string) {
  const [{ n }] = await t.ctx.handle.db
    .select({ n: count() })
    .from(sectors)
    .where(and(eq(sectors.committeeId, committeeId), name ? eq(sectors.name, name) : undefined));
  return n;
}

describe('catalogue CRUD', () => {
  it('creates, lists, updates and deletes sectors', async () => {
    const admin = await as(a, 'sysadmin');
    const created = await admin.post('/api/org/sectors', { name: '经济界', sortOrder: 2, note: '含金融' });
    expect(created.statusCode).toBe(201);
    const sector = created.json();
    expect(sector).toMatchObject({
      name: '经济界',
      sortOrder: 2,
      note: '含金融',
      committeeId: a.committeeId,
      abilities: { update: true, delete: true },
    });

    const list = (await admin.get('/api/org/sectors?q=经济')).json();
    expect(list).toMatchObject({ total: 1, page: 1, abilities: { create: true } });
    expect(list.items.map((i: { name: string }) => i.name)).toEqual(['经济界']);

    const updated = await admin.put(`/api/org/sectors/${sector.id}`, { name: '经济界别', sortOrder: 3 });
    expect(updated.statusCode).toBe(200);
    const [row] = await t.ctx.handle.db.select().from(sectors).where(eq(sectors.id, sector.id));
    expect(row).toMatchObject({ name: '经济界别', sortOrder: 3, note: null });

    expect((await admin.delete(`/api/org/sectors/${sector.id}`)).statusCode).toBe(200);
    expect(await sectorCount(a.committeeId, '经济界别')).toBe(0);
  });

  it('keeps the extra fields of liaison groups and activity groups', async () => {
    const admin = await as(a, 'sysadmin');
    const group = await admin.post('/api/org/liaison-groups', { name: '城关街道联络组', area: '城关街道' });
    expect(group.json()).toMatchObject({ area: '城关街道' });
    // Without a 排序 a new row goes after the others, not to the top at 0.
    const next = await admin.post('/api/org/liaison-groups', { name: '东城街道联络组', area: '东城街道' });
    expect(group.json().sortOrder).toBeGreaterThan(0);
    expect(next.json().sortOrder).toBe(group.json().sortOrder + 1);
    const studio = await admin.post('/api/org/activity-groups', {
      name: '张三委员工作室',
      kind: '委员工作室',
    });
    expect(studio.statusCode).toBe(201);
    const changed = await admin.put(`/api/org/activity-groups/${studio.json().id}`, {
      name: '张三委员工作室',
      kind: '委员会客厅',
    });
    expect(changed.json().kind).toBe('委员会客厅');
    const list = (await admin.get('/api/org/activity-groups')).json();
    expect(list.items).toEqual([expect.objectContaining({ name: '张三委员工作室', kind: '委员会客厅' })]);
  });

  it('lets staff, not the sysadmin, manage handling units and leaders', async () => {
    const staff = await as(a, 'staff');
    const unit = await staff.post('/api/org/handling-units', {
      name: '住建局',
      kind: '政府部门',
      contactName: '李四',
      contactPhone: '0571-88886666',
    });
    expect(unit.statusCode).toBe(201);
    const leader = await staff.post('/api/org/leaders', {
      name: '王五',
      title: '副区长',
      level: '县处级',
      organisation: '区政府',
    });
    expect(leader.json()).toMatchObject({ name: '王五', level: '县处级', abilities: { update: true } });
    expect((await staff.delete(`/api/org/leaders/${leader.json().id}`)).statusCode).toBe(200);

    const admin = await as(a, 'sysadmin');
    expect(
      (await admin.post('/api/org/handling-units', { name: '卫健局', kind: '政府部门' })).statusCode,
    ).toBe(403);
    const seen = (await admin.get('/api/org/handling-units?q=住建')).json();
    expect(seen).toMatchObject({ total: 1, abilities: { create: false } });
    expect(seen.items[0].abilities).toEqual({ update: false, delete: false });
    expect((await staff.post('/api/org/sectors', { name: '科技界' })).statusCode).toBe(403);
  });

  it('pages the list', async () => {
    const admin = await as(b, 'sysadmin');
    for (const name of ['民革', '民盟', '民建']) await admin.post('/api/org/special-committees', { name });
    const page2 = (await admin.get('/api/org/special-committees?page=2&pageSize=2')).json();
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items.map((i: { name: string }) => i.name)).toEqual(['民建']);
  });

  it('audits writes with the catalogue name', async () => {
    const admin = await as(a, 'sysadmin');
    await admin.post('/api/org/departments', { name: '研究室' });
    // Polls rather than reads once: the audit hook's write may land just after inject resolves.
    await vi.waitFor(async () => {
      const rows = await t.ctx.handle.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.username, a.users.sysadmin));
      expect(rows.at(-1)).toMatchObject({ action: '新增机关部门', result: '成功' });
    });
  });
});

describe('integrity', () => {
  it('refuses a duplicate name with 409 and writes nothing', async () => {
    const admin = await as(a, 'sysadmin');
    const res = await admin.post('/api/org/sectors', { name: '教育界' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('界别「教育界」已存在');
    expect(await sectorCount(a.committeeId, '教育界')).toBe(1);

    const other = await admin.post('/api/org/sectors', { name: '医卫界' });
    const renamed = await admin.put(`/api/org/sectors/${other.json().id}`, { name: '教育界' });
    expect(renamed.statusCode).toBe(409);
  });

  it('refuses to delete a sector still used by a member, and keeps it', async () => {
    const admin = await as(a, 'sysadmin');
    const res = await admin.delete(`/api/org/sectors/${a.sectorId}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('界别「教育界」正在使用中，不能删除（仍有委员引用）');
    expect(await sectorCount(a.committeeId, '教育界')).toBe(1);
  });

  it('refuses to delete a department that staff accounts belong to', async () => {
    const res = await (await as(a, 'sysadmin')).delete(`/api/org/departments/${a.departmentId}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('仍有账号引用');
    const rows = await t.ctx.handle.db.select().from(departments).where(eq(departments.id, a.departmentId));
    expect(rows).toHaveLength(1);
  });
});

describe('roles', () => {
  it('lets member, unit and leader read but not write', async () => {
    for (const role of ['member', 'unit', 'leader'] as const) {
      const user = await as(a, role);
      const list = await user.get('/api/org/sectors');
      expect(list.statusCode).toBe(200);
      expect(list.json().items[0]).toMatchObject({
        name: '教育界',
        abilities: { update: false, delete: false },
      });
      expect(list.json().abilities.create).toBe(false);
      expect((await user.post('/api/org/sectors', { name: `${role}界` })).statusCode).toBe(403);
      expect((await user.put(`/api/org/sectors/${a.sectorId}`, { name: 'x' })).statusCode).toBe(403);
      expect((await user.delete(`/api/org/sectors/${a.sectorId}`)).statusCode).toBe(403);
    }
    expect(await sectorCount(a.committeeId, '教育界')).toBe(1);
  });

  it('keeps the auditor out and lets the security admin read only departments', async () => {
    const auditor = await as(a, 'auditor');
    expect((await auditor.get('/api/org/sectors')).statusCode).toBe(403);
    expect((await auditor.get('/api/org/departments')).statusCode).toBe(403);
    const secadmin = await as(a, 'secadmin');
    expect((await secadmin.get('/api/org/departments')).json().items[0].name).toBe('提案委员会办公室');
    expect((await secadmin.get('/api/org/sectors')).statusCode).toBe(403);
    expect((await secadmin.get('/api/org/handling-units')).statusCode).toBe(403);
    expect((await secadmin.post('/api/org/departments', { name: '办公室' })).statusCode).toBe(403);
  });
});

describe('committee scope', () => {
  it('hides another committee entirely from a sysadmin', async () => {
    const admin = await as(a, 'sysadmin');
    expect((await admin.get(`/api/org/sectors?committeeId=${b.committeeId}`)).statusCode).toBe(404);
    expect((await admin.put(`/api/org/sectors/${b.sectorId}`, { name: '改名' })).statusCode).toBe(404);
    expect((await admin.delete(`/api/org/sectors/${b.sectorId}`)).statusCode).toBe(404);
    expect(await sectorCount(b.committeeId, '教育界')).toBe(1);
  });

  it('lets a higher committee read the lower one but never change it', async () => {
    const parent = await as(p, 'sysadmin');
    const list = await parent.get(`/api/org/sectors?committeeId=${c.committeeId}`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, abilities: { create: false } });
    expect(list.json().items[0]).toMatchObject({
      id: c.sectorId,
      abilities: { update: false, delete: false },
    });
    const put = await parent.put(`/api/org/sectors/${c.sectorId}`, { name: '改名' });
    expect(put.statusCode).toBe(403);
    expect((await parent.delete(`/api/org/sectors/${c.sectorId}`)).statusCode).toBe(403);
    expect(await sectorCount(c.committeeId, '教育界')).toBe(1);

    const posted = await parent.post('/api/org/sectors', { name: '农业界', committeeId: c.committeeId });
    expect(posted.json().committeeId).toBe(p.committeeId);
    expect(await sectorCount(c.committeeId, '农业界')).toBe(0);
  });

  it('does not let the lower committee read the higher one', async () => {
    const child = await as(c, 'staff');
    expect((await child.get(`/api/org/sectors?committeeId=${p.committeeId}`)).statusCode).toBe(404);
    expect((await child.get(`/api/org/handling-units/export?committeeId=${p.committeeId}`)).statusCode).toBe(
      404,
    );
    const childAdmin = await as(c, 'sysadmin');
    expect((await childAdmin.put(`/api/org/sectors/${p.sectorId}`, { name: '改名' })).statusCode).toBe(404);
  });
});

describe('export', () => {
  it('writes the filtered list to an .xlsx', async () => {
    const admin = await as(b, 'sysadmin');
    await admin.post('/api/org/liaison-groups', { name: '东街联络组', area: '东街道', sortOrder: 1 });
    await admin.post('/api/org/liaison-groups', { name: '西街联络组', area: '西街道', sortOrder: 2 });
    await admin.post('/api/org/liaison-groups', { name: '南山镇联络组' });
    const res = await admin.get(`/api/org/liaison-groups/export?q=${encodeURIComponent('街')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('b政协委员联络组'));
    expect(await xlsxRows(res)).toEqual([
      ['名称', '所辖区域', '排序', '备注'],
      ['东街联络组', '东街道', '1', ''],
      ['西街联络组', '西街道', '2', ''],
    ]);
  });

  it('lets a higher committee export a lower one', async () => {
    const res = await (await as(p, 'staff')).get(
      `/api/org/handling-units/export?committeeId=${c.committeeId}`,
    );
    const rows = await xlsxRows(res);
    expect(rows[0]).toEqual(['名称', '类别', '联系人', '联系电话', '排序', '备注']);
    expect(rows[1].slice(0, 2)).toEqual(['c教育局', '政府部门']);
  });
});

describe('validation', () => {
  it.each([
    [{}, '名称：不能为空', 'name'],
    [{ name: '   ' }, '名称：不能为空', 'name'],
    [{ name: '界'.repeat(200) }, '名称：不能超过 100 个字', 'name'],
    [{ name: '新界别', sortOrder: 'abc' }, '排序：须为整数', 'sortOrder'],
    [{ name: '新界别', sortOrder: 1.5 }, '排序：须为整数', 'sortOrder'],
    [{ name: '新界别', note: 5 }, '备注：须为文本', 'note'],
  ])('refuses %j with a 400 naming the field', async (body, message, field) => {
    const before = await sectorCount(a.committeeId);
    const res = await (await as(a, 'sysadmin')).post('/api/org/sectors', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ message, field });
    expect(await sectorCount(a.committeeId)).toBe(before);
  });

  it('refuses a kind outside the fixed list', async () => {
    const res = await (await as(a, 'sysadmin')).post('/api/org/activity-groups', {
      name: '读书组',
      kind: '俱乐部',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('类别：须为以下之一：委员活动组、委员工作室、委员会客厅');
  });

  it('refuses a bad update without changing the row', async () => {
    const res = await (await as(a, 'sysadmin')).put(`/api/org/sectors/${a.sectorId}`, { name: '' });
    expect(res.statusCode).toBe(400);
    expect(await sectorCount(a.committeeId, '教育界')).toBe(1);
    expect((await (await as(a, 'sysadmin')).put('/api/org/sectors/abc', { name: 'x' })).statusCode).toBe(400);
  });
});
