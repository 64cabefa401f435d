import type { DepartmentDuty } from '../../domain/org-resources';
import { ROLES, type Role } from '../../domain/roles';
import { hashPassword } from '../auth/passwords';
import type { AppContext } from '../context';
import {
  departments,
  handlingUnits,
  leaders,
  members,
  opinionInformants,
  sectors,
  sessions,
  terms,
  users,
} from '../db/schema';
import { insertCommittee } from '../modules/org/committees';

export const TEST_PASSWORD = 'Test@2026pass';
let passwordHash: Promise<string> | null = null;
/** argon2 is slow on purpose: hash the shared test password once per worker. */
const testHash = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};

export interface World {
  committeeId: number;
  sectorId: number;
  departmentId: number;
  unitId: number;
  leaderId: number;
  memberId: number;
  /** A 特邀信息员 of the catalogue, the world's informant account's. */
  informantId: number;
  /** username of the account per role, e.g. users.staff === 'c1_staff'. */
  users: Record<Role, string>;
}

/** A committee with one catalogue row each and one account per role ('<prefix>_<role>'). */
export async function createWorld(
  ctx: AppContext,
  prefix: string,
  parentId: number | null = null,
): Promise<World> {
  const db = ctx.handle.db;
  const committee = await insertCommittee(db, {
    name: `${prefix}政协`,
    level: parentId ? 'county' : 'city',
    parentId,
  });
  const committeeId = committee.id;
  const [sector] = await db.insert(sectors).values({ committeeId, name: '教育界' }).returning();
  const [dept] = await db
    .insert(departments)
    .values({ committeeId, name: '提案委员会办公室', duty: '提案工作' })
    .returning();
  const [unit] = await db
    .insert(handlingUnits)
    .values({ committeeId, name: `${prefix}教育局`, kind: '政府部门' })
    .returning();
  const [leader] = await db
    .insert(leaders)
    .values({ committeeId, name: `${prefix}领导`, title: '副区长', level: '县处级', organisation: '区政府' })
    .returning();
  const [member] = await db
    .insert(members)
    .values({
      committeeId,
      name: `${prefix}委员`,
      namePinyin: 'wei yuan',
      nameInitials: 'wy',
      gender: '男',
      sectorId: sector.id,
      position: '委员',
    })
    .returning();
  const [informant] = await db
    .insert(opinionInformants)
    .values({ committeeId, name: `${prefix}信息员`, recommendedBy: 'sector', sectorId: sector.id })
    .returning();
  const hash = await testHash();
  const roles: Role[] = ROLES.slice();
  const names = {} as Record<Role, string>;
  for (const role of roles) {
    const username = `${prefix}_${role}`;
    names[role] = username;
    await db.insert(users).values({
      committeeId,
      username,
      displayName: `${prefix}${role}`,
      passwordHash: hash,
      role,
      mustChangePassword: false,
      canViewSensitive: role === 'staff',
      departmentId: role === 'staff' ? dept.id : null,
      memberId: role === 'member' ? member.id : null,
      handlingUnitId: role === 'unit' ? unit.id : null,
      leaderId: role === 'leader' ? leader.id : null,
      informantId: role === 'informant' ? informant.id : null,
    });
  }
  return {
    committeeId,
    sectorId: sector.id,
    departmentId: dept.id,
    unitId: unit.id,
    leaderId: leader.id,
    memberId: member.id,
    informantId: informant.id,
    users: names,
  };
}

/**
 * A staff account in a new department of the world's committee with the given duty (the world's
 * own staff work in a 提案工作 department), signed in with TEST_PASSWORD. Returns the username.
 */
export async function addDutyStaff(ctx: AppContext, w: World, duty: DepartmentDuty): Promise<string> {
  const db = ctx.handle.db;
  const [dept] = await db
    .insert(departments)
    .values({ committeeId: w.committeeId, name: `${duty}部门`, duty })
    .returning();
  const username = `${w.users.staff}_${dept.id}`;
  await db.insert(users).values({
    committeeId: w.committeeId,
    username,
    displayName: `${duty}工作人员`,
    passwordHash: await testHash(),
    role: 'staff',
    mustChangePassword: false,
    departmentId: dept.id,
  });
  return username;
}

/** A term of the committee (第十一届, 2022–2027) and one plenary session of `year` in it. */
export async function addPlenarySession(
  ctx: AppContext,
  committeeId: number,
  year = 2026,
): Promise<{ termId: number; sessionId: number }> {
  const db = ctx.handle.db;
  const [term] = await db
    .insert(terms)
    .values({ committeeId, ordinal: 11, name: '第十一届', startDate: '2022-01-01', endDate: '2027-12-31' })
    .returning();
  const ordinal = year - 2021;
  const [session] = await db
    .insert(sessions)
    .values({
      committeeId,
      termId: term.id,
      ordinal,
      year,
      name: `十一届${'一二三四五六'[ordinal - 1]}次会议`,
    })
    .returning();
  return { termId: term.id, sessionId: session.id };
}
