import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../../domain/mask';
import { memberActivityGroups, members } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';
import { type Catalogues, insertMember, seedCatalogues, validIdNumber } from './fixtures';

let t: TestApp;
let parent: World;
let child: World;
let cat: Catalogues;
let parentStaff: Client;
let childStaff: Client;
let childMember: Client;

const newMember = (over: Record<string, unknown> = {}) => ({
  name: '李明',
  gender: '男',
  birthDate: '1975-03-08',
  party: '民盟',
  sectorId: cat.sectorId,
  position: '委员',
  specialCommitteeId: cat.specialCommitteeId,
  liaisonGroupId: cat.liaisonGroupId,
  employer: '城关中学',
  phone: '13912345678',
  idNumber: validIdNumber('19750308', 12),
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  parent = await createWorld(t.ctx, 'cp');
  child = await createWorld(t.ctx, 'cc', parent.committeeId);
  cat = await seedCatalogues(t.ctx, child.committeeId, child.sectorId);
  parentStaff = await login(t.app, parent.users.staff, TEST_PASSWORD);
  childStaff = await login(t.app, child.users.staff, TEST_PASSWORD);
  childMember = await login(t.app, child.users.member, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('create and read', () => {
  it('staff create a member of their committee; the profile names the catalogues and masks contacts', async () => {
    const res = await childStaff.post('/api/members', newMember());
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({
      committeeId: child.committeeId,
      name: '李明',
      namePinyin: 'li ming',
      nameInitials: 'lm',
      ethnicity: '汉族',
      sectorName: '教育界',
      specialCommitteeName: '提案委员会',
      liaisonGroupName: '城关镇联络组',
      phoneMasked: '139****5678',
      idNumberMasked: maskIdNumber(validIdNumber('19750308', 12)),
      status: 'active',
      abilities: { update: true, leave: true, viewSensitive: true },
    });
    expect(JSON.stringify(m)).not.toContain('13912345678');
    const [row] = await t.ctx.handle.db.select().from(members).where(eq(members.id, m.id));
    expect(row.committeeId).toBe(child.committeeId);
  });

  it('a parent committee reads the child directory but may not change it', async () => {
    const list = await parentStaff.get(`/api/members?committeeId=${child.committeeId}&pageSize=100`);
    expect(list.statusCode).toBe(200);
    const names = list.json().items.map((m: { name: string }) => m.name);
    expect(names).toContain('李明');
    const id = list.json().items.find((m: { name: string }) => m.name === '李明').id;
    const item = list.json().items.find((m: { id: number }) => m.id === id);
    expect(item.abilities).toEqual({ update: false, leave: false, viewSensitive: false });
    const put = await parentStaff.put(`/api/members/${id}`, { employer: '改动' });
    expect(put.statusCode).toBe(403);
    const leave = await parentStaff.post(`/api/members/${id}/leave`, {
      leftDate: '2025-01-01',
      leftReason: '调离',
    });
    expect(leave.statusCode).toBe(403);
    const [row] = await t.ctx.handle.db.select().from(members).where(eq(members.id, id));
    expect(row.employer).toBe('城关中学');
  });

  it('a child committee cannot see the parent committee members (404, not in lists)', async () => {
    const list = await childStaff.get('/api/members?pageSize=100');
    const committeeIds = new Set(list.json().items.map((m: { committeeId: number }) => m.committeeId));
    expect([...committeeIds]).toEqual([child.committeeId]);
    expect((await childStaff.get(`/api/members/${parent.memberId}`)).statusCode).toBe(404);
    expect((await childStaff.put(`/api/members/${parent.memberId}`, { employer: 'x' })).statusCode).toBe(404);
  });

  it('a member account reads its own committee directory and profile, masked, and cannot write', async () => {
    const list = await childMember.get('/api/members?pageSize=100');
    expect(list.statusCode).toBe(200);
    const liMing = list.json().items.find((m: { name: string }) => m.name === '李明');
    expect(liMing.phoneMasked).toBe('139****5678');
    expect(liMing.abilities).toEqual({ update: false, leave: false, viewSensitive: false });
    expect(list.body).not.toContain('13912345678');
    const own = await childMember.get(`/api/members/${child.memberId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().name).toBe('cc委员');
    expect((await childMember.post('/api/members', newMember({ phone: '13900000001' }))).statusCode).toBe(
      403,
    );
  });

  it('a member account of the parent committee sees only its own committee, not the subtree', async () => {
    const parentMember = await login(t.app, parent.users.member, TEST_PASSWORD);
    const list = await parentMember.get('/api/members?pageSize=100');
    expect(list.json().items.map((m: { committeeId: number }) => m.committeeId)).toEqual([
      parent.committeeId,
    ]);
  });
});

describe('update and leave', () => {
  it('PUT changes only the sent fields and keeps derived columns in step', async () => {
    const id = await insertMember(t.ctx, child.committeeId, {
      name: '王芳',
      position: '委员',
      sectorId: cat.sectorId,
    });
    const res = await childStaff.put(`/api/members/${id}`, {
      name: '王小芳',
      position: '常委',
      phone: '13700001111',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '王小芳', namePinyin: 'wang xiao fang', position: '常委' });
    const [row] = await t.ctx.handle.db.select().from(members).where(eq(members.id, id));
    expect(row).toMatchObject({
      nameInitials: 'wxf',
      isStanding: true,
      gender: '男',
      phoneMask: '137****1111',
    });
  });

  it('refuses a phone another member of the committee uses (409)', async () => {
    const res = await childStaff.post('/api/members', newMember({ name: '重号', idNumber: null }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('手机号');
  });

  it('退出 records date and reason; a second 退出 is a 409', async () => {
    const id = await insertMember(t.ctx, child.committeeId, {
      name: '赵强',
      position: '委员',
      sectorId: cat.sectorId,
    });
    const res = await childStaff.post(`/api/members/${id}/leave`, {
      leftDate: '2025-06-30',
      leftReason: '工作调动',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'left', statusLabel: '退出', leftDate: '2025-06-30' });
    expect(res.json().abilities.leave).toBe(false);
    const again = await childStaff.post(`/api/members/${id}/leave`, {
      leftDate: '2025-07-01',
      leftReason: '再次',
    });
    expect(again.statusCode).toBe(409);
    const [row] = await t.ctx.handle.db.select().from(members).where(eq(members.id, id));
    expect(row).toMatchObject({ status: 'left', leftDate: '2025-06-30', leftReason: '工作调动' });
    const active = await childStaff.get('/api/members?status=active&pageSize=100');
    expect(active.json().items.map((m: { id: number }) => m.id)).not.toContain(id);
  });

  it('sets activity groups of the own committee only', async () => {
    const id = await insertMember(t.ctx, child.committeeId, {
      name: '钱多',
      position: '委员',
      sectorId: cat.sectorId,
    });
    const res = await childStaff.put(`/api/members/${id}/activity-groups`, {
      activityGroupIds: cat.activityGroupIds,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().activityGroups.map((g: { name: string }) => g.name)).toEqual([
      '教育活动组',
      '城关委员工作室',
    ]);
    const foreign = await childStaff.put(`/api/members/${id}/activity-groups`, {
      activityGroupIds: [999_999],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toContain('活动组');
    const rows = await t.ctx.handle.db
      .select()
      .from(memberActivityGroups)
      .where(eq(memberActivityGroups.memberId, id));
    expect(rows).toHaveLength(2);
  });
});

describe('input validation', () => {
  it.each([
    [{ name: '张'.repeat(33) }, '姓名'],
    [{ sectorId: 'abc' }, '界别'],
    [{ gender: '未知' }, '性别'],
    [{ position: '会长' }, '职务'],
    [{ phone: '1391234567' }, '手机号'],
    [{ idNumber: '110101197503080011' }, '身份证号'],
    [{ birthDate: '1975-02-30' }, '出生日期'],
    [{ birthDate: '1975-03-09' }, '出生日期'],
    [{ employer: 'x'.repeat(101) }, '工作单位'],
    [{ officialOrder: 1.5 }, '官方排序'],
  ])('%j → 400 naming %s', async (over, label) => {
    const res = await childStaff.post('/api/members', newMember({ phone: '13811112222', ...over }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message.startsWith(`${label}：`)).toBe(true);
  });

  it('a catalogue of another committee is a 400 naming the field', async () => {
    const res = await childStaff.post(
      '/api/members',
      newMember({ phone: '13811113333', sectorId: parent.sectorId }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('界别：不存在或不属于本委员会');
  });

  it('退出 needs a valid date and a reason', async () => {
    const res = await childStaff.post(`/api/members/${child.memberId}/leave`, { leftDate: '2025-13-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^退出日期：/);
  });

  it('list filters are validated too', async () => {
    const res = await childStaff.get('/api/members?position=会长');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^职务：/);
  });
});
