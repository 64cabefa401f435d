import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/roles';
import { committees, sessions, terms } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';
import { xlsxRows } from '../../test/xlsx';
import { insertCommittee } from './committees';

let t: TestApp;
let a: World;
let p: World;
let c: World;
beforeAll(async () => {
  t = await createTestApp();
  a = await createWorld(t.ctx, 'a');
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

const rowCount = async (table: typeof terms | typeof sessions) =>
  (await t.ctx.handle.db.select({ n: count() }).from(table))[0].n;

describe('committees', () => {
  it('lists the caller committee and its subtree with member counts', async () => {
    const list = (await (await as(p, 'member')).get('/api/org/committees')).json();
    expect(list.total).toBe(2);
    expect(list.items).toEqual([
      expect.objectContaining({
        id: p.committeeId,
        parentId: null,
        level: 'city',
        levelLabel: '市',
        memberCount: 1,
      }),
      expect.objectContaining({
        id: c.committeeId,
        parentId: p.committeeId,
        level: 'county',
        path: `/${p.committeeId}/${c.committeeId}/`,
        memberCount: 1,
      }),
    ]);
    const child = (await (await as(c, 'secadmin')).get('/api/org/committees')).json();
    expect(child.items.map((i: { id: number }) => i.id)).toEqual([c.committeeId]);
    expect((await (await as(p, 'auditor')).get('/api/org/committees')).statusCode).toBe(403);
  });

  it('lets a sysadmin create a lower committee directly under its own', async () => {
    const admin = await as(p, 'sysadmin');
    expect((await admin.get('/api/org/committees')).json().abilities.create).toBe(true);
    const res = await admin.post('/api/org/committees', {
      name: '新城区政协',
      level: 'county',
      region: '新城区',
    });
    expect(res.statusCode).toBe(201);
    const made = res.json();
    expect(made).toMatchObject({ parentId: p.committeeId, level: 'county', memberCount: 0 });
    const [row] = await t.ctx.handle.db.select().from(committees).where(eq(committees.id, made.id));
    expect(row.path).toBe(`/${p.committeeId}/${made.id}/`);
  });

  it('refuses a level not below the parent, a duplicate name and other roles', async () => {
    const admin = await as(p, 'sysadmin');
    const same = await admin.post('/api/org/committees', { name: '同级政协', level: 'city' });
    expect(same.statusCode).toBe(400);
    expect(same.json().error).toMatchObject({ message: '级别：须低于本委员会（市）', field: 'level' });
    expect((await admin.post('/api/org/committees', { name: 'c政协', level: 'county' })).statusCode).toBe(
      409,
    );
    expect((await admin.post('/api/org/committees', { name: '某区政协', level: 'town' })).statusCode).toBe(
      400,
    );
    expect(
      (await (await as(p, 'staff')).post('/api/org/committees', { name: '甲', level: 'county' })).statusCode,
    ).toBe(403);
    const county = await as(c, 'sysadmin');
    expect((await county.get('/api/org/committees')).json().abilities.create).toBe(false);
    expect((await county.post('/api/org/committees', { name: '乙', level: 'county' })).statusCode).toBe(403);
    const names = await t.ctx.handle.db.select({ name: committees.name }).from(committees);
    expect(names.map((n) => n.name)).not.toContain('同级政协');
  });

  it('renames its own committee and direct children only', async () => {
    const parent = await as(p, 'sysadmin');
    const renamed = await parent.put(`/api/org/committees/${c.committeeId}`, {
      name: 'c区政协',
      region: 'c区',
    });
    expect(renamed.json()).toMatchObject({ name: 'c区政协', region: 'c区', memberCount: 1 });
    expect(
      (
        await (
          await as(c, 'sysadmin')
        ).put(`/api/org/committees/${c.committeeId}`, { name: 'c政协', region: 'c区' })
      ).statusCode,
    ).toBe(200);
    expect(
      (await (await as(c, 'sysadmin')).put(`/api/org/committees/${p.committeeId}`, { name: 'x' })).statusCode,
    ).toBe(404);
    expect(
      (await (await as(a, 'sysadmin')).put(`/api/org/committees/${c.committeeId}`, { name: 'x' })).statusCode,
    ).toBe(404);
    const grandchild = await insertCommittee(t.ctx.handle.db, {
      name: 'c下属政协',
      level: 'county',
      parentId: c.committeeId,
    });
    expect((await parent.put(`/api/org/committees/${grandchild.id}`, { name: 'x' })).statusCode).toBe(403);
  });

  it('exports the subtree', async () => {
    const rows = await xlsxRows(await (await as(p, 'staff')).get('/api/org/committees/export'));
    expect(rows[0]).toEqual(['名称', '级别', '上级委员会', '地区', '委员人数']);
    expect(rows).toContainEqual(['c政协', '县区', 'p政协', 'c区', '1']);
  });
});

describe('terms and sessions', () => {
  let termId: number;
  it('creates a term with its usual name and refuses a duplicate ordinal', async () => {
    const admin = await as(p, 'sysadmin');
    const res = await admin.post('/api/org/terms', {
      ordinal: 11,
      startDate: '2021-12-01',
      endDate: '2026-11-30',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: '第十一届', abilities: { update: true } });
    termId = res.json().id;
    const dup = await admin.post('/api/org/terms', {
      ordinal: 11,
      startDate: '2016-12-01',
      endDate: '2021-11-30',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('第十一届已存在');
  });

  it('refuses bad term dates without writing', async () => {
    const admin = await as(p, 'sysadmin');
    const before = await rowCount(terms);
    const reversed = await admin.post('/api/org/terms', {
      ordinal: 12,
      startDate: '2026-12-01',
      endDate: '2026-01-01',
    });
    expect(reversed.json().error).toMatchObject({ message: '结束日期：须晚于开始日期', field: 'endDate' });
    const unreal = await admin.post('/api/org/terms', {
      ordinal: 12,
      startDate: '2026-02-30',
      endDate: '2031-01-01',
    });
    expect(unreal.statusCode).toBe(400);
    expect(unreal.json().error.message).toBe('开始日期：不是有效的日期');
    const wrongType = await admin.post('/api/org/terms', {
      ordinal: '十二',
      startDate: '2026-12-01',
      endDate: '2031-11-30',
    });
    expect(wrongType.json().error.message).toBe('序号：须为整数');
    // A twelfth term inside the eleventh: both would be 本届.
    const inside = await admin.post('/api/org/terms', {
      ordinal: 12,
      startDate: '2026-01-05',
      endDate: '2027-01-06',
    });
    expect(inside.statusCode).toBe(400);
    expect(inside.json().error).toMatchObject({
      message: '届期：与第十一届（2021-12-01 至 2026-11-30）重叠',
      field: 'startDate',
    });
    expect(await rowCount(terms)).toBe(before);
  });

  it('creates sessions inside the term, one per year and ordinal', async () => {
    const admin = await as(p, 'sysadmin');
    const first = await admin.post('/api/org/sessions', {
      termId,
      ordinal: 1,
      year: 2022,
      openingDate: '2022-01-10',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ name: '第十一届一次会议', termName: '第十一届', year: 2022 });
    const cases: [object, number, string][] = [
      [{ ordinal: 2, year: 2030 }, 400, '年度：须在第十一届届期内（2021—2026 年）'],
      [{ ordinal: 2, year: 2023, openingDate: '2024-01-10' }, 400, '开幕日期：须在 2023 年内'],
      [{ ordinal: 1, year: 2023 }, 409, '第十一届一次会议已存在'],
      [{ ordinal: 2, year: 2022 }, 409, '第十一届在 2022 年已有会议'],
      [{ ordinal: 2, year: 2023, termId: 999999 }, 404, '届次不存在或无权查看'],
    ];
    for (const [body, status, message] of cases) {
      const res = await admin.post('/api/org/sessions', { termId, ...body });
      expect([res.statusCode, res.json().error.message]).toEqual([status, message]);
    }
    expect(await rowCount(sessions)).toBe(1);
    const second = await admin.post('/api/org/sessions', { termId, ordinal: 2, year: 2023 });
    const moved = await admin.put(`/api/org/sessions/${second.json().id}`, {
      termId,
      ordinal: 2,
      year: 2024,
    });
    expect(moved.json()).toMatchObject({ year: 2024, name: '第十一届二次会议' });
  });

  it('refuses term dates that would strand a session, accepts others', async () => {
    const admin = await as(p, 'sysadmin');
    const body = { ordinal: 11, startDate: '2023-01-01', endDate: '2027-12-31' };
    const res = await admin.put(`/api/org/terms/${termId}`, body);
    expect(res.statusCode).toBe(409);
    const [row] = await t.ctx.handle.db.select().from(terms).where(eq(terms.id, termId));
    expect(row.startDate).toBe('2021-12-01');
    const ok = await admin.put(`/api/org/terms/${termId}`, {
      ...body,
      startDate: '2022-01-01',
      name: '第十一届委员会',
    });
    expect(ok.json()).toMatchObject({ name: '第十一届委员会', endDate: '2027-12-31' });
  });

  it('lets work roles read and keeps writes to the sysadmin of the committee', async () => {
    const member = await as(p, 'member');
    const list = (await member.get('/api/org/terms')).json();
    expect(list).toMatchObject({ total: 1, abilities: { create: false } });
    expect(list.items[0].abilities.update).toBe(false);
    expect((await member.get(`/api/org/sessions?termId=${termId}`)).json().total).toBe(2);
    const staff = await as(p, 'staff');
    expect(
      (await staff.post('/api/org/terms', { ordinal: 12, startDate: '2026-12-01', endDate: '2031-11-30' }))
        .statusCode,
    ).toBe(403);
    expect((await (await as(p, 'secadmin')).get('/api/org/terms')).statusCode).toBe(403);
    expect((await (await as(p, 'auditor')).get('/api/org/sessions')).statusCode).toBe(403);
  });

  it('lets the higher committee read the lower one terms but not write them', async () => {
    const child = await as(c, 'sysadmin');
    const term = (
      await child.post('/api/org/terms', { ordinal: 9, startDate: '2021-11-01', endDate: '2026-10-31' })
    ).json();
    const parent = await as(p, 'sysadmin');
    const seen = (await parent.get(`/api/org/terms?committeeId=${c.committeeId}`)).json();
    expect(seen.items).toEqual([expect.objectContaining({ name: '第九届', abilities: { update: false } })]);
    expect((await parent.put(`/api/org/terms/${term.id}`, { ...term, name: '改' })).statusCode).toBe(403);
    const session = await parent.post('/api/org/sessions', { termId: term.id, ordinal: 1, year: 2022 });
    expect(session.statusCode).toBe(403);
    expect((await child.get(`/api/org/terms?committeeId=${p.committeeId}`)).statusCode).toBe(404);
    expect((await child.post('/api/org/sessions', { termId, ordinal: 3, year: 2025 })).statusCode).toBe(404);
  });

  it('exports terms and sessions', async () => {
    const staff = await as(p, 'staff');
    const termRows = await xlsxRows(await staff.get('/api/org/terms/export'));
    expect(termRows).toEqual([
      ['届次', '序号', '开始日期', '结束日期'],
      ['第十一届委员会', '11', '2022-01-01', '2027-12-31'],
    ]);
    const sessionRows = await xlsxRows(await staff.get(`/api/org/sessions/export?termId=${termId}`));
    expect(sessionRows.slice(1)).toEqual([
      ['第十一届二次会议', '第十一届委员会', '2', '2024', ''],
      ['第十一届一次会议', '第十一届委员会', '1', '2022', '2022-01-10'],
    ]);
  });
});
