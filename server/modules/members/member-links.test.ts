import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberLinks } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';
import { insertMember, sheetsOf } from './fixtures';

let t: TestApp;
let w: World;
let child: World;
let staff: Client;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'lk');
  child = await createWorld(t.ctx, 'lkc', w.committeeId);
  const people: [string, string][] = [
    ['主席甲', '主席'],
    ['副主席乙', '副主席'],
    ['秘书长丙', '秘书长'],
    ['常委丁', '常委'],
    ['常委戊', '常委'],
    ['委员己', '委员'],
    ['委员庚', '委员'],
  ];
  for (const [name, position] of people) {
    ids[name] = await insertMember(t.ctx, w.committeeId, { name, position, sectorId: w.sectorId });
  }
  ids.下级委员 = await insertMember(t.ctx, child.committeeId, {
    name: '下级委员',
    position: '委员',
    sectorId: child.sectorId,
  });
  staff = await login(t.app, w.users.staff, TEST_PASSWORD);
});
afterAll(() => t.close());

const link = (linker: string, linked: string) =>
  staff.post('/api/member-links', { linkerId: ids[linker], linkedId: ids[linked] });

describe('联系制度 rule', () => {
  it.each([
    ['主席甲', '常委丁'],
    ['副主席乙', '常委戊'],
    ['常委丁', '委员己'],
    ['常委丁', '委员庚'],
  ])('%s may follow up %s', async (linker, linked) => {
    const res = await link(linker, linked);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      linker: { id: ids[linker], name: linker },
      linked: { id: ids[linked], name: linked },
      abilities: { delete: true },
    });
  });

  it.each([
    ['主席甲', '委员己'],
    ['常委丁', '常委戊'],
    ['委员己', '委员庚'],
    ['秘书长丙', '常委丁'],
    ['委员庚', '常委丁'],
  ])('%s may not follow up %s (400 with the rule in Chinese)', async (linker, linked) => {
    const before = (await t.ctx.handle.db.select().from(memberLinks)).length;
    const res = await link(linker, linked);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('联系制度只允许主席、副主席联系常委，常委联系委员');
    expect((await t.ctx.handle.db.select().from(memberLinks)).length).toBe(before);
  });

  it('a repeated pair is a 409, a self-link and a wrong type are 400s naming the field', async () => {
    expect((await link('主席甲', '常委丁')).statusCode).toBe(409);
    const self = await staff.post('/api/member-links', { linkerId: ids.常委丁, linkedId: ids.常委丁 });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.message).toBe('被联系人：不能与联系人相同');
    const wrongType = await staff.post('/api/member-links', { linkerId: '一', linkedId: ids.常委丁 });
    expect(wrongType.json().error.message).toMatch(/^联系人：/);
  });

  it('only within one committee: a cross-committee pair is a 400, a parent member is 404 to a child', async () => {
    const res = await staff.post('/api/member-links', { linkerId: ids.常委丁, linkedId: ids.下级委员 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('被联系人：须与联系人属于同一委员会');
    const childStaff = await login(t.app, child.users.staff, TEST_PASSWORD);
    const up = await childStaff.post('/api/member-links', { linkerId: ids.主席甲, linkedId: ids.常委戊 });
    expect(up.statusCode).toBe(404);
  });

  it('a profile shows both sides; a position change that breaks a link is refused', async () => {
    const profile = (await staff.get(`/api/members/${ids.常委丁}`)).json();
    expect(profile.linkedBy.map((p: { name: string }) => p.name)).toEqual(['主席甲']);
    expect(profile.links.map((p: { name: string }) => p.name)).toEqual(['委员庚', '委员己']);
    const demote = await staff.put(`/api/members/${ids.常委丁}`, { position: '委员' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.message).toContain('请先解除相关联系');
  });
});

describe('list, export, delete', () => {
  it('lists links grouped by linker in official order, filtered by linker', async () => {
    const all = await staff.get('/api/member-links');
    expect(all.json().total).toBe(4);
    const pairs = all
      .json()
      .items.map((l: { linker: { name: string }; linked: { name: string } }) => [
        l.linker.name,
        l.linked.name,
      ]);
    expect(pairs).toEqual([
      ['主席甲', '常委丁'],
      ['副主席乙', '常委戊'],
      ['常委丁', '委员庚'],
      ['常委丁', '委员己'],
    ]);
    const byLinker = await staff.get(`/api/member-links?linkerId=${ids.常委丁}`);
    expect(byLinker.json().items.map((l: { linked: { name: string } }) => l.linked.name)).toEqual([
      '委员庚',
      '委员己',
    ]);
  });

  it('exports the filtered links', async () => {
    const res = await staff.get(`/api/member-links/export?linkerId=${ids.常委丁}`);
    const sheet = (await sheetsOf(res.rawPayload)).联系制度;
    expect(sheet[0].slice(0, 4)).toEqual(['联系人', '联系人职务', '被联系人', '被联系人职务']);
    expect(sheet.slice(1).map((r) => r[2])).toEqual(['委员庚', '委员己']);
  });

  it('a member reads the links but cannot delete; staff delete; 退出 ends the leaver links', async () => {
    const member = await login(t.app, w.users.member, TEST_PASSWORD);
    const list = await member.get('/api/member-links');
    expect(list.statusCode).toBe(200);
    const first = list.json().items[0];
    expect(first.abilities.delete).toBe(false);
    expect((await member.delete(`/api/member-links/${first.id}`)).statusCode).toBe(403);
    expect((await staff.delete(`/api/member-links/${first.id}`)).statusCode).toBe(200);
    expect(await t.ctx.handle.db.select().from(memberLinks).where(eq(memberLinks.id, first.id))).toEqual([]);
    const leave = await staff.post(`/api/members/${ids.委员己}/leave`, {
      leftDate: '2025-05-01',
      leftReason: '辞去',
    });
    expect(leave.statusCode).toBe(200);
    const left = await t.ctx.handle.db.select().from(memberLinks).where(eq(memberLinks.linkedId, ids.委员己));
    expect(left).toEqual([]);
    expect((await link('常委戊', '委员己')).json().error.message).toBe('被联系人：已退出的委员不能建立联系');
  });
});
