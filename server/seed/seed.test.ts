import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idBirthDate, idNumberProblem, memberLinkProblem } from '../../domain/members';
import type { AppContext } from '../context';
import {
  committees,
  departments,
  handlingUnits,
  leaders,
  liaisonGroups,
  memberActivityGroups,
  memberLinks,
  members,
  sectors,
  sessions,
  specialCommittees,
  terms,
  users,
} from '../db/schema';
import { createTestApp, login, type TestApp } from '../test/app';
import { createTestDatabase } from '../test/db';
import { seedDemo } from './demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoIfEmpty } from './demo-if-empty';
import { demoYearTests } from './test-demo-year';
import { opinionDigest, proposalDigest, rosterDigest } from './test-digests';

let t: TestApp;
let db: AppContext['handle']['db'];
const logged: string[] = [];
let districtId: number;

beforeAll(async () => {
  t = await createTestApp();
  db = t.ctx.handle.db;
  await seedDemoIfEmpty(t.ctx, (s) => logged.push(s));
  const [district] = await db.select().from(committees).where(eq(committees.name, '海川市清河区政协'));
  districtId = district.id;
}, 240_000);
afterAll(() => t.close());

const countIn = async (table: typeof sectors | typeof handlingUnits | typeof leaders | typeof departments) =>
  (await db.select({ n: count() }).from(table).where(eq(table.committeeId, districtId)))[0].n;

describe('demo seed', () => {
  it('builds a city committee with the demo district and a smaller sibling below it', async () => {
    const rows = await db.select().from(committees).orderBy(committees.id);
    expect(rows.map((c) => [c.name, c.level])).toEqual([
      ['海川市政协', 'city'],
      ['海川市清河区政协', 'county'],
      ['海川市明湖区政协', 'county'],
    ]);
    expect(rows[1].parentId).toBe(rows[0].id);
    expect(rows[2].parentId).toBe(rows[0].id);
    expect(rows[1].path).toBe(`/${rows[0].id}/${rows[1].id}/`);
    const [sibling] = await db
      .select({ n: count() })
      .from(members)
      .where(eq(members.committeeId, rows[2].id));
    expect(sibling.n).toBe(28);
    // The city's few members (plans.ts: 4 中共 + 2 民盟 + 3 经济界 + 3 教育界), for its joint inspection.
    const [city] = await db.select({ n: count() }).from(members).where(eq(members.committeeId, rows[0].id));
    expect(city.n).toBe(12);
  });

  it('gives the demo district its documented catalogue counts', async () => {
    const [term] = await db.select().from(terms).where(eq(terms.committeeId, districtId));
    expect(term).toMatchObject({ name: '第十一届', startDate: '2022-01-06', endDate: '2027-01-05' });
    const plenaries = await db
      .select()
      .from(sessions)
      .where(eq(sessions.termId, term.id))
      .orderBy(sessions.ordinal);
    expect(plenaries.map((s) => [s.year, s.name])).toEqual([
      [2022, '第十一届一次会议'],
      [2023, '第十一届二次会议'],
      [2024, '第十一届三次会议'],
      [2025, '第十一届四次会议'],
      [2026, '第十一届五次会议'],
    ]);
    expect(await countIn(sectors)).toBe(23);
    expect(await countIn(handlingUnits)).toBe(40);
    expect(await countIn(leaders)).toBe(12);
    const depts = await db.select().from(departments).where(eq(departments.committeeId, districtId));
    expect(depts.map((d) => d.name).sort()).toEqual(
      ['办公室', '委员工作科', '提案委员会办公室', '研究室'].sort(),
    );
    const specials = await db
      .select()
      .from(specialCommittees)
      .where(eq(specialCommittees.committeeId, districtId));
    expect(specials).toHaveLength(5);
  });

  it('seats 292 members: 1 主席, 5 副主席, 1 秘书长, 40 常委, 245 委员, 5 of them left', async () => {
    const rows = await db.select().from(members).where(eq(members.committeeId, districtId));
    expect(rows).toHaveLength(292);
    const byPosition = Object.fromEntries(
      ['主席', '副主席', '秘书长', '常委', '委员'].map((p) => [
        p,
        rows.filter((m) => m.position === p).length,
      ]),
    );
    expect(byPosition).toEqual({ 主席: 1, 副主席: 5, 秘书长: 1, 常委: 40, 委员: 245 });
    expect(rows.filter((m) => m.isStanding)).toHaveLength(47);
    const left = rows.filter((m) => m.status === 'left');
    expect(left).toHaveLength(5);
    for (const m of left) {
      expect(m.position).toBe('委员');
      expect(m.leftDate! >= '2022-01-06' && m.leftDate! < '2026-01-01').toBe(true);
      expect(m.leftReason).toBeTruthy();
    }
    expect(new Set(rows.map((m) => m.officialOrder)).size).toBe(292);
    expect(new Set(rows.map((m) => m.name)).size).toBe(292);
  });

  it('matches each party sector with its party', async () => {
    const rows = await db
      .select({ sector: sectors.name, party: members.party })
      .from(members)
      .innerJoin(sectors, eq(sectors.id, members.sectorId))
      .where(eq(members.committeeId, districtId));
    for (const party of ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '中共']) {
      const inSector = rows.filter((r) => r.sector === party);
      expect(inSector.length).toBeGreaterThan(0);
      expect(inSector.every((r) => r.party === party)).toBe(true);
    }
  });

  it('puts every member in one of the 23 liaison groups and in one special committee', async () => {
    const groups = await db
      .select({ id: liaisonGroups.id, n: sql<number>`count(${members.id})::int` })
      .from(liaisonGroups)
      .leftJoin(members, eq(members.liaisonGroupId, liaisonGroups.id))
      .where(eq(liaisonGroups.committeeId, districtId))
      .groupBy(liaisonGroups.id);
    expect(groups).toHaveLength(23);
    expect(groups.every((g) => g.n > 0)).toBe(true);
    expect(groups.reduce((s, g) => s + g.n, 0)).toBe(292);
    const perSpecial = await db
      .select({ committeeId: specialCommittees.committeeId, n: count() })
      .from(members)
      .innerJoin(specialCommittees, eq(specialCommittees.id, members.specialCommitteeId))
      .where(eq(members.committeeId, districtId))
      .groupBy(specialCommittees.committeeId);
    expect(perSpecial).toEqual([{ committeeId: districtId, n: 292 }]);
  });

  it('links 主席/副主席 to 常委 and 常委 to 委员, every serving member followed once', async () => {
    const rows = await db.select().from(members).where(eq(members.committeeId, districtId));
    const byId = new Map(rows.map((m) => [m.id, m]));
    const links = await db.select().from(memberLinks).where(eq(memberLinks.committeeId, districtId));
    for (const l of links) {
      expect(memberLinkProblem(byId.get(l.linkerId)!.position, byId.get(l.linkedId)!.position)).toBeNull();
    }
    const followed = links.map((l) => l.linkedId).sort();
    const expected = rows
      .filter((m) => m.status === 'active' && (m.position === '常委' || m.position === '委员'))
      .map((m) => m.id)
      .sort();
    expect(followed).toEqual(expected);
    const [memberships] = await db
      .select({ n: count() })
      .from(memberActivityGroups)
      .where(eq(memberActivityGroups.committeeId, districtId));
    expect(memberships.n).toBeGreaterThan(50);
  });

  it('stores valid, distinct ID numbers and phones, encrypted and masked', async () => {
    const rows = await db.select().from(members);
    const phones = new Set<string>();
    for (const m of rows) {
      const phone = t.ctx.cipher.decrypt(m.phoneEnc!);
      const idNumber = t.ctx.cipher.decrypt(m.idNumberEnc!);
      expect(phone).toMatch(/^1[3-9]\d{9}$/);
      expect(idNumberProblem(idNumber)).toBeNull();
      expect(idBirthDate(idNumber)).toBe(m.birthDate);
      expect(Number(idNumber[16]) % 2).toBe(m.gender === '男' ? 1 : 0);
      expect(m.phoneEnc).not.toContain(phone);
      expect(m.phoneEnc).not.toContain(phone.slice(3));
      expect(m.idNumberEnc).not.toContain(idNumber.slice(6, 14));
      expect(m.phoneMask).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      expect(m.phoneDigest).toBe(t.ctx.cipher.digest(phone));
      phones.add(phone);
    }
    expect(phones.size).toBe(rows.length);
  });

  it('lets every demo account sign in with the documented password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const client = await login(t.app, account.username, DEMO_PASSWORD);
      const me = (await client.get('/api/auth/me')).json();
      expect(me).toMatchObject({ username: account.username, role: account.role, mustChangePassword: false });
      expect(me.committeeName).toBe(account.committee === 'city' ? '海川市政协' : '海川市清河区政协');
    }
    const [memberUser] = await db.select().from(users).where(eq(users.username, 'member'));
    const [member] = await db.select().from(members).where(eq(members.id, memberUser.memberId!));
    expect(member).toMatchObject({ position: '常委', committeeId: districtId });
    const byPhone = await login(t.app, t.ctx.cipher.decrypt(member.phoneEnc!), DEMO_PASSWORD);
    expect((await byPhone.get('/api/auth/me')).json().username).toBe('member');
  });

  it('printed the accounts once and does nothing on a second call', async () => {
    expect(logged).toHaveLength(1);
    for (const account of DEMO_ACCOUNTS) expect(logged[0]).toContain(account.username);
    expect(logged[0]).toContain(DEMO_PASSWORD);
    const before = await rosterDigest(t.ctx);
    await seedDemoIfEmpty(t.ctx, (s) => logged.push(s));
    expect(logged).toHaveLength(1);
    expect((await db.select({ n: count() }).from(committees))[0].n).toBe(3);
    expect((await db.select({ n: count() }).from(users))[0].n).toBe(DEMO_ACCOUNTS.length);
    expect(await rosterDigest(t.ctx)).toBe(before);
  });

  // The district's year of activity, in its own file but on this file's one seed.
  demoYearTests(() => ({ t, districtId }));

  it('is deterministic: a second fresh database gets the same roster, proposals and 社情民意', async () => {
    const handle = await createTestDatabase();
    try {
      const other: AppContext = { ...t.ctx, handle };
      await seedDemo(other);
      for (const digest of [rosterDigest, proposalDigest, opinionDigest])
        expect(await digest(other), digest.name).toBe(await digest(t.ctx));
    } finally {
      await handle.close();
    }
  }, 240_000);
});
