import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '../../auth/passwords';
import { auditLog, members, users } from '../../db/schema';
import { createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';
import { insertMember, validIdNumber } from './fixtures';

let t: TestApp;
let w: World;
let memberId: number;
const phone = '13566667777';
const idNumber = validIdNumber('19800101', 21);

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'z');
  memberId = await insertMember(t.ctx, w.committeeId, {
    name: '孙丽',
    position: '委员',
    sectorId: w.sectorId,
    phone,
    idNumber,
  });
  // A staff account without the right to see whole numbers.
  await t.ctx.handle.db.insert(users).values({
    committeeId: w.committeeId,
    username: 'z_staff_plain',
    displayName: '普通工作人员',
    passwordHash: await hashPassword(TEST_PASSWORD),
    role: 'staff',
    mustChangePassword: false,
    canViewSensitive: false,
  });
});
afterAll(() => t.close());

describe('contact data at rest', () => {
  it('stores phone and ID number encrypted, decryptable with the key, masked beside', async () => {
    const [row] = await t.ctx.handle.db.select().from(members).where(eq(members.id, memberId));
    expect(row.phoneEnc).not.toContain('6667777');
    expect(row.idNumberEnc).not.toContain(idNumber.slice(6, 14));
    expect(t.ctx.cipher.decrypt(row.phoneEnc!)).toBe(phone);
    expect(t.ctx.cipher.decrypt(row.idNumberEnc!)).toBe(idNumber);
    expect(row.phoneMask).toBe('135****7777');
    expect(row.phoneDigest).toBe(t.ctx.cipher.digest(phone));
  });

  it('the API encrypts on create as well', async () => {
    const staff = await login(t.app, w.users.staff, TEST_PASSWORD);
    const res = await staff.post('/api/members', {
      name: '周敏',
      gender: '女',
      sectorId: w.sectorId,
      position: '委员',
      phone: '13788889999',
    });
    expect(res.statusCode).toBe(201);
    const [row] = await t.ctx.handle.db.select().from(members).where(eq(members.id, res.json().id));
    expect(row.phoneEnc).not.toContain('88889999');
    expect(t.ctx.cipher.decrypt(row.phoneEnc!)).toBe('13788889999');
  });
});

describe('POST /api/members/:id/sensitive', () => {
  it('returns the whole numbers to staff with the right and appends an explicit audit entry', async () => {
    const staff = await login(t.app, w.users.staff, TEST_PASSWORD);
    const res = await staff.post(`/api/members/${memberId}/sensitive`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: memberId, name: '孙丽', phone, idNumber });
    const rows = await t.ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, '查看委员敏感信息'), eq(auditLog.target, `委员 孙丽（#${memberId}）`)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ username: w.users.staff, committeeId: w.committeeId, result: '成功' });
    expect(rows[0].detail).toEqual({ memberName: '孙丽', fields: ['手机号', '身份证号'] });
  });

  it('refuses staff without the right (403) and audits nothing as viewed', async () => {
    const plain = await login(t.app, 'z_staff_plain', TEST_PASSWORD);
    const profile = await plain.get(`/api/members/${memberId}`);
    expect(profile.json().abilities.viewSensitive).toBe(false);
    const res = await plain.post(`/api/members/${memberId}/sensitive`);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain(phone);
    const viewed = await t.ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, '查看委员敏感信息'), eq(auditLog.username, 'z_staff_plain')));
    expect(viewed).toHaveLength(0);
    // The request itself is audited by the onResponse hook, which runs after the reply is sent.
    await vi.waitFor(async () => {
      const refused = await t.ctx.handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, '申请查看委员敏感信息'), eq(auditLog.username, 'z_staff_plain')));
      expect(refused.map((r) => r.result)).toEqual(['失败(403)']);
    });
  });

  it('refuses member accounts (403), even for their own record', async () => {
    const member = await login(t.app, w.users.member, TEST_PASSWORD);
    expect((await member.post(`/api/members/${memberId}/sensitive`)).statusCode).toBe(403);
    expect((await member.post(`/api/members/${w.memberId}/sensitive`)).statusCode).toBe(403);
  });

  it('a higher committee staff, even with the right, gets only masked data (403)', async () => {
    const child = await createWorld(t.ctx, 'zc', w.committeeId);
    const childMember = await insertMember(t.ctx, child.committeeId, {
      name: '下级委员',
      position: '委员',
      sectorId: child.sectorId,
      phone: '13512340000',
    });
    const staff = await login(t.app, w.users.staff, TEST_PASSWORD);
    expect((await staff.get(`/api/members/${childMember}`)).json().phoneMasked).toBe('135****0000');
    expect((await staff.post(`/api/members/${childMember}/sensitive`)).statusCode).toBe(403);
  });
});
