import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../../../domain/password';
import { auditLog, authSessions, members, users } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';

let t: TestApp;
let a: World;
let child: World;
let other: World;
let sec: Client;

beforeAll(async () => {
  t = await createTestApp();
  a = await createWorld(t.ctx, 'acc');
  child = await createWorld(t.ctx, 'accchild', a.committeeId);
  other = await createWorld(t.ctx, 'accother');
  sec = await login(t.app, a.users.secadmin, TEST_PASSWORD);
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const userRow = async (username: string) =>
  (await db().select().from(users).where(eq(users.username, username)))[0];
const idOf = async (username: string) => (await userRow(username)).id;
const userCount = async () => db().$count(users);

async function readSheet(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as never);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

describe('the security administrator flow', () => {
  it('creates a staff account whose initial password works once and forces a change', async () => {
    const res = await sec.post('/api/accounts', {
      username: 'zhang.san',
      displayName: '张三',
      role: 'staff',
      departmentId: a.departmentId,
      canViewSensitive: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const { account, initialPassword } = res.json();
    expect(passwordProblem(initialPassword)).toBeNull();
    expect(account).toMatchObject({
      username: 'zhang.san',
      role: 'staff',
      roleLabel: '工作人员',
      departmentId: a.departmentId,
      linkName: '提案委员会办公室',
      canViewSensitive: true,
      mustChangePassword: true,
      active: true,
      locked: false,
      abilities: { edit: true, changeRole: true, disable: true, resetPassword: true, unlock: false },
    });
    expect(account).not.toHaveProperty('passwordHash');
    const stored = await userRow('zhang.san');
    expect(stored.passwordHash).not.toContain(initialPassword);
    expect(stored.committeeId).toBe(a.committeeId);

    const first = await login(t.app, 'zhang.san', initialPassword);
    const blocked = await first.get('/api/accounts');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    const changed = await first.post('/api/auth/change-password', {
      oldPassword: initialPassword,
      newPassword: 'Zhang#2026new',
    });
    expect(changed.statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'zhang.san', password: initialPassword },
    });
    expect(again.statusCode).toBe(401);
    const fresh = await login(t.app, 'zhang.san', 'Zhang#2026new');
    expect((await fresh.get('/api/auth/me')).json()).toMatchObject({
      mustChangePassword: false,
      role: 'staff',
    });
  });

  it('lists, filters and pages its own committee only', async () => {
    const all = await sec.get('/api/accounts?pageSize=100');
    expect(all.statusCode).toBe(200);
    const names = all.json().items.map((r: { username: string }) => r.username);
    expect(names).toContain('zhang.san');
    expect(names).toContain(a.users.staff);
    expect(names.some((n: string) => n.startsWith('accchild_') || n.startsWith('accother_'))).toBe(false);
    // The world's eight role accounts (the 特邀信息员 too) and zhang.san.
    expect(all.json().total).toBe(9);

    const byRole = (await sec.get('/api/accounts?role=staff')).json();
    expect(byRole.items.map((r: { username: string }) => r.username).sort()).toEqual(
      [a.users.staff, 'zhang.san'].sort(),
    );
    const byQ = (await sec.get(`/api/accounts?q=${encodeURIComponent('张')}`)).json();
    expect(byQ.items.map((r: { username: string }) => r.username)).toEqual(['zhang.san']);
    const paged = (await sec.get('/api/accounts?page=2&pageSize=3')).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 3, total: 9 });
    expect(paged.items).toHaveLength(3);
  });

  it('links a member account to the member and refuses a second account for the same member', async () => {
    const res = await sec.post('/api/accounts', {
      username: 'member_two',
      displayName: '委员二',
      role: 'member',
      memberId: a.memberId,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('关联委员：该委员已有账号');
    expect(await userRow('member_two')).toBeUndefined();
  });

  it('creates a member account for a member without one', async () => {
    const [m] = await db()
      .insert(members)
      .values({
        committeeId: a.committeeId,
        name: '赵六',
        namePinyin: 'zhao liu',
        nameInitials: 'zl',
        gender: '女',
        sectorId: a.sectorId,
        position: '常委',
      })
      .returning();
    const res = await sec.post('/api/accounts', {
      username: 'zhaoliu',
      displayName: '赵六',
      role: 'member',
      memberId: m.id,
      departmentId: a.departmentId,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().account).toMatchObject({ memberId: m.id, departmentId: null, linkName: '赵六' });
  });

  it('asks for the new link when the role changes', async () => {
    const id = await idOf('zhaoliu');
    const res = await sec.put(`/api/accounts/${id}`, { role: 'leader' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('关联领导：领导账号必须选择');
    expect((await userRow('zhaoliu')).role).toBe('member');
  });

  it('changes role and link, clearing the old link and the staff-only right, and ends sessions', async () => {
    const id = await idOf('zhang.san');
    const session = await login(t.app, 'zhang.san', 'Zhang#2026new');
    const res = await sec.put(`/api/accounts/${id}`, { role: 'unit', handlingUnitId: a.unitId });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      role: 'unit',
      handlingUnitId: a.unitId,
      departmentId: null,
      canViewSensitive: false,
      linkName: 'acc教育局',
    });
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses the right to see sensitive data for a non-staff account', async () => {
    const id = await idOf('zhang.san');
    const res = await sec.put(`/api/accounts/${id}`, { canViewSensitive: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^查看敏感信息权限：/);
    expect((await userRow('zhang.san')).canViewSensitive).toBe(false);
  });

  it('disables an account: its sessions end and it cannot log in; enabling restores it', async () => {
    const id = await idOf(a.users.leader);
    const session = await login(t.app, a.users.leader, TEST_PASSWORD);
    const res = await sec.put(`/api/accounts/${id}`, { active: false });
    expect(res.json()).toMatchObject({ active: false, abilities: { disable: false, enable: true } });
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    expect(await db().$count(authSessions, eq(authSessions.userId, id))).toBe(0);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.users.leader, password: TEST_PASSWORD },
    });
    expect(refused.statusCode).toBe(403);
    expect((await sec.put(`/api/accounts/${id}`, { active: true })).json().active).toBe(true);
    expect((await sec.get('/api/accounts?active=false')).json().total).toBe(0);
  });

  it('cannot disable itself or change its own role', async () => {
    const me = await idOf(a.users.secadmin);
    const row = (await sec.get(`/api/accounts/${me}`)).json();
    expect(row.abilities).toMatchObject({
      edit: true,
      changeRole: false,
      disable: false,
      resetPassword: false,
    });
    const demote = await sec.put(`/api/accounts/${me}`, { role: 'staff', departmentId: a.departmentId });
    expect(demote.statusCode).toBe(403);
    const disable = await sec.put(`/api/accounts/${me}`, { active: false });
    expect(disable.statusCode).toBe(403);
    expect(await userRow(a.users.secadmin)).toMatchObject({ role: 'secadmin', active: true });
    expect((await sec.put(`/api/accounts/${me}`, { displayName: '安全员' })).json().displayName).toBe(
      '安全员',
    );
  });

  it('resets a password: a new initial password, sessions ended, change forced', async () => {
    const id = await idOf(a.users.sysadmin);
    const session = await login(t.app, a.users.sysadmin, TEST_PASSWORD);
    const res = await sec.post(`/api/accounts/${id}/reset-password`);
    expect(res.statusCode).toBe(200);
    const { initialPassword } = res.json();
    expect(passwordProblem(initialPassword)).toBeNull();
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    const next = await login(t.app, a.users.sysadmin, initialPassword);
    expect((await next.get('/api/auth/me')).json().mustChangePassword).toBe(true);
  });

  it('unlocks a locked account; unlocking again is a conflict', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: a.users.unit, password: 'wrong' },
      });
    }
    const locked = (await sec.get('/api/accounts?locked=true')).json();
    expect(locked.items.map((r: { username: string }) => r.username)).toEqual([a.users.unit]);
    expect(locked.items[0].abilities.unlock).toBe(true);
    const id = await idOf(a.users.unit);
    expect((await sec.post(`/api/accounts/${id}/unlock`)).statusCode).toBe(200);
    expect(await userRow(a.users.unit)).toMatchObject({ lockedUntil: null, failedLogins: 0 });
    await login(t.app, a.users.unit, TEST_PASSWORD);
    const again = await sec.post(`/api/accounts/${id}/unlock`);
    expect(again.statusCode).toBe(409);
  });

  it('stores only the phone digest, logs in by phone, and refuses a phone already in use', async () => {
    const res = await sec.post('/api/accounts', {
      username: 'leader2',
      displayName: '李四',
      role: 'sysadmin',
      phone: '13800001111',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().account.hasPhone).toBe(true);
    const stored = await userRow('leader2');
    expect(stored.phoneDigest).toBe(t.ctx.cipher.digest('13800001111'));
    expect(JSON.stringify(stored)).not.toContain('13800001111');
    await login(t.app, '13800001111', res.json().initialPassword);
    const dup = await sec.post('/api/accounts', {
      username: 'leader3',
      displayName: '王五',
      role: 'auditor',
      phone: '13800001111',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toMatch(/^手机号：/);
    const cleared = await sec.put(`/api/accounts/${stored.id}`, { phone: '' });
    expect(cleared.json().hasPhone).toBe(false);
  });

  it('audits every account change with who, where, what and on whom', async () => {
    const rows = await db().select().from(auditLog).where(eq(auditLog.username, a.users.secadmin));
    const actions = rows.map((r) => `${r.action}|${r.target}|${r.result}`);
    expect(actions).toContain('新建账号|账号 zhang.san|成功');
    expect(actions).toContain(`重置密码|账号 ${a.users.sysadmin}|成功`);
    expect(actions).toContain(`解锁账号|账号 ${a.users.unit}|成功`);
    expect(actions).toContain('新建账号|账号 member_two|失败(409)');
    expect(rows.every((r) => r.ip === '127.0.0.1' && r.committeeId === a.committeeId)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/initialPassword/);
  });
});

describe('bad input is a 400 naming the field, and nothing is written', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['short username', { username: 'ab', displayName: '甲', role: 'sysadmin' }, /^用户名：/],
    ['bad username chars', { username: '张三abc', displayName: '甲', role: 'sysadmin' }, /^用户名：/],
    ['missing name', { username: 'abcd', role: 'sysadmin' }, /^姓名：/],
    ['unknown role', { username: 'abcd', displayName: '甲', role: 'root' }, /^角色：/],
    ['bad phone', { username: 'abcd', displayName: '甲', role: 'sysadmin', phone: '123' }, /^手机号：/],
    ['staff without department', { username: 'abcd', displayName: '甲', role: 'staff' }, /^所属部门：/],
    ['member without member', { username: 'abcd', displayName: '甲', role: 'member' }, /^关联委员：/],
    ['unit without unit', { username: 'abcd', displayName: '甲', role: 'unit' }, /^承办单位：/],
    ['leader without leader', { username: 'abcd', displayName: '甲', role: 'leader' }, /^关联领导：/],
  ];
  for (const [what, body, message] of cases) {
    it(what, async () => {
      const before = await userCount();
      const res = await sec.post('/api/accounts', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(message);
      expect(await userCount()).toBe(before);
    });
  }

  it('refuses a link to another committee’s department', async () => {
    const before = await userCount();
    const res = await sec.post('/api/accounts', {
      username: 'abcd',
      displayName: '甲',
      role: 'staff',
      departmentId: other.departmentId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('所属部门：不存在或不属于本委员会');
    expect(await userCount()).toBe(before);
  });

  it('refuses a taken username with 409', async () => {
    const res = await sec.post('/api/accounts', {
      username: other.users.staff,
      displayName: '甲',
      role: 'auditor',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('用户名：已被使用');
  });

  it('names a bad list filter', async () => {
    const res = await sec.get('/api/accounts?locked=maybe');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^锁定状态：/);
  });
});

describe('三员分立 and committee scope', () => {
  it('refuses every other role', async () => {
    for (const role of ['sysadmin', 'auditor', 'staff', 'member', 'unit', 'leader'] as const) {
      const c = await login(t.app, child.users[role], TEST_PASSWORD);
      expect((await c.get('/api/accounts')).statusCode, role).toBe(403);
      expect((await c.get('/api/accounts/export')).statusCode, role).toBe(403);
      const create = await c.post('/api/accounts', { username: 'xxxx', displayName: '甲', role: 'auditor' });
      expect(create.statusCode, role).toBe(403);
    }
    expect(await userRow('xxxx')).toBeUndefined();
  });

  it('hides another committee’s accounts, above or below, as not found', async () => {
    const theirs = await idOf(child.users.staff);
    const mine = await idOf(a.users.staff);
    const otherSec = await login(t.app, other.users.secadmin, TEST_PASSWORD);
    const childSec = await login(t.app, child.users.secadmin, TEST_PASSWORD);
    for (const [c, id] of [
      [sec, theirs],
      [otherSec, mine],
      [childSec, mine],
    ] as const) {
      expect((await c.get(`/api/accounts/${id}`)).statusCode).toBe(404);
      expect((await c.put(`/api/accounts/${id}`, { displayName: '改' })).statusCode).toBe(404);
      expect((await c.post(`/api/accounts/${id}/reset-password`)).statusCode).toBe(404);
      expect((await c.post(`/api/accounts/${id}/unlock`)).statusCode).toBe(404);
    }
    expect((await userRow(a.users.staff)).displayName).toBe('accstaff');
    expect((await userRow(child.users.staff)).displayName).toBe('accchildstaff');
  });

  it('offers link choices from its own committee only, names only', async () => {
    const res = (await sec.get('/api/accounts/link-options?role=unit')).json();
    expect(res).toEqual({ items: [{ id: a.unitId, name: 'acc教育局' }], total: 1, page: 1, pageSize: 20 });
  });
});

describe('export', () => {
  it('writes the filtered accounts to xlsx, without password material, and audits the export', async () => {
    const res = await sec.get('/api/accounts/export?role=staff');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await readSheet(res.rawPayload);
    expect(rows[0]).toEqual(['用户名', '姓名', '角色', '关联', '状态', '锁定至', '须修改密码', '创建时间']);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      [a.users.staff, 'accstaff', '工作人员', '提案委员会办公室', '启用'],
    ]);
    expect(rows[1][7]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, '导出账号列表'));
    expect(entry).toMatchObject({
      username: a.users.secadmin,
      target: '1 个账号',
      detail: { role: 'staff' },
    });
  });
});
