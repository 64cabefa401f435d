import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../auth/audit';
import { liaisonGroups, members, sectors, specialCommittees, users } from '../../db/schema';
import { createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';

let t: TestApp;
let city: World;
let county: World;
let special: number;
let group: number;

const db = () => t.ctx.handle.db;

/** Adds members to a world: [sectorId, position, status] each. */
async function addMembers(w: World, rows: [number, string, string][]) {
  await db()
    .insert(members)
    .values(
      rows.map(([sectorId, position, status], i) => ({
        committeeId: w.committeeId,
        name: `成员${i}`,
        namePinyin: 'cheng yuan',
        nameInitials: 'cy',
        gender: '女',
        sectorId,
        position,
        status,
      })),
    );
}

beforeAll(async () => {
  t = await createTestApp();
  city = await createWorld(t.ctx, 'dcity');
  county = await createWorld(t.ctx, 'dcounty', city.committeeId);
  const [econ] = await db()
    .insert(sectors)
    .values({ committeeId: city.committeeId, name: '经济界' })
    .returning();
  // city: the world's own 委员 (教育界) plus 3 more serving and 1 who left
  await addMembers(city, [
    [econ.id, '主席', 'active'],
    [econ.id, '常委', 'active'],
    [city.sectorId, '常委', 'active'],
    [econ.id, '委员', 'left'],
  ]);
  // county: its own 委员 (教育界) plus one more 教育界 member
  await addMembers(county, [[county.sectorId, '委员', 'active']]);
  [{ id: special }] = await db()
    .insert(specialCommittees)
    .values({ committeeId: city.committeeId, name: '提案委员会' })
    .returning();
  [{ id: group }] = await db()
    .insert(liaisonGroups)
    .values([
      { committeeId: city.committeeId, name: '城关联络组' },
      { committeeId: county.committeeId, name: '东街联络组' },
    ])
    .returning();
  await db()
    .update(members)
    .set({ specialCommitteeId: special, liaisonGroupId: group })
    .where(eq(members.id, city.memberId));
});
afterAll(() => t.close());

const summary = async (username: string) => {
  const c = await login(t.app, username, TEST_PASSWORD);
  const res = await c.get('/api/dashboard/summary');
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('home-page counts', () => {
  it('gives staff the whole subtree: members, sectors, positions, catalogues, sub-committees', async () => {
    const s = await summary(city.users.staff);
    expect(s).toMatchObject({
      kind: 'work',
      committee: { id: city.committeeId, name: 'dcity政协' },
      members: { active: 6, left: 1 },
      handlingUnits: 2,
      leaders: 2,
      specialCommittees: 1,
      liaisonGroups: 2,
      subCommittees: [{ id: county.committeeId, name: 'dcounty政协', level: 'county', members: 2 }],
    });
    expect(s.bySector).toEqual([
      { name: '教育界', count: 4 },
      { name: '经济界', count: 2 },
    ]);
    expect(s.byPosition).toEqual([
      { position: '主席', count: 1 },
      { position: '常委', count: 2 },
      { position: '委员', count: 3 },
    ]);
  });

  it('gives a lower committee only its own figures', async () => {
    const s = await summary(county.users.leader);
    expect(s).toMatchObject({
      kind: 'work',
      members: { active: 2, left: 0 },
      handlingUnits: 1,
      subCommittees: [],
    });
    expect(s.bySector).toEqual([{ name: '教育界', count: 2 }]);
    expect((await summary(county.users.sysadmin)).members).toEqual({ active: 2, left: 0 });
  });

  it('shows a member their own basics and their committee’s counts', async () => {
    const s = await summary(city.users.member);
    expect(s).toEqual({
      kind: 'member',
      committee: { id: city.committeeId, name: 'dcity政协', level: 'city' },
      profile: {
        id: city.memberId,
        name: 'dcity委员',
        position: '委员',
        status: 'active',
        sector: '教育界',
        specialCommittee: '提案委员会',
        liaisonGroup: '城关联络组',
      },
      counts: { activeMembers: 4, sectors: 2, specialCommittees: 1, liaisonGroups: 1 },
    });
  });

  it('shows a unit its unit name only', async () => {
    const s = await summary(city.users.unit);
    expect(s).toEqual({
      kind: 'unit',
      committee: { id: city.committeeId, name: 'dcity政协', level: 'city' },
      unit: { id: city.unitId, name: 'dcity教育局' },
    });
  });

  it('shows the security administrator accounts by role, locked accounts and live sessions', async () => {
    await db()
      .update(users)
      .set({ lockedUntil: new Date(Date.now() + 600_000) })
      .where(eq(users.username, city.users.unit));
    await db().update(users).set({ active: false }).where(eq(users.username, city.users.leader));
    const s = await summary(city.users.secadmin);
    // One account per role, the 特邀信息员 among them.
    expect(s).toMatchObject({ kind: 'accounts', total: 8, locked: 1, disabled: 1 });
    expect(s.byRole).toHaveLength(8);
    expect(s.byRole[0]).toEqual({ role: 'sysadmin', label: '系统管理员', count: 1 });
    // staff, member, unit and the secadmin itself logged in above (county sessions do not count)
    expect(s.activeSessions).toBe(4);
  });

  it('shows the auditor today’s and the week’s entries and failed logins', async () => {
    await appendAudit(db(), t.ctx.cipher, {
      committeeId: county.committeeId,
      userId: null,
      username: 'x',
      ip: '10.1.1.1',
      action: '登录',
      target: null,
      result: '失败：密码错误',
    });
    await appendAudit(db(), t.ctx.cipher, {
      committeeId: city.committeeId,
      userId: null,
      username: 'y',
      ip: '10.1.1.1',
      action: '退出登录',
      target: null,
      result: '失败(403)',
    });
    const s = await summary(city.users.auditor);
    // the successful logins above (5 in the city, 2 in the county) plus the two rows just added
    expect(s).toEqual({
      kind: 'audit',
      committee: { id: city.committeeId, name: 'dcity政协', level: 'city' },
      entriesToday: 9,
      entries7Days: 9,
      failedLogins7Days: 1,
    });
  });
});
