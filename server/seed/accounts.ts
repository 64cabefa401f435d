import { hashPassword } from '../auth/passwords';
import type { Tx } from '../db/client';
import { opinionInformants, users } from '../db/schema';
import type { FieldCipher } from '../lib/crypto';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts';
import type { SeededMember } from './members';
import type { createNameFactory } from './names';
import type { OrgRefs } from './org';
import type { Rng } from './random';

export interface AccountRefs {
  city: OrgRefs;
  district: OrgRefs;
  districtMembers: SeededMember[];
}

/** The member behind the `member` account: the first 教育界 常委 in the official order. */
export function demoMember(members: SeededMember[]): SeededMember {
  return members
    .filter((m) => m.sector === '教育界' && m.position === '常委')
    .sort((a, b) => a.officialOrder - b.officialOrder)[0];
}

/**
 * One account per DEMO_ACCOUNTS entry with the documented password, ready to use: these are
 * for trying the system, so they skip the forced first change. argon2 runs once.
 */
export async function insertDemoAccounts(
  tx: Tx,
  cipher: FieldCipher,
  refs: AccountRefs,
  rng: Rng,
  nextName: ReturnType<typeof createNameFactory>,
): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [informant] = await insertInformants(tx, refs.district);
  const rows = DEMO_ACCOUNTS.map((account) => {
    const org = account.committee === 'city' ? refs.city : refs.district;
    return {
      committeeId: org.committeeId,
      username: account.username,
      role: account.role,
      passwordHash,
      mustChangePassword: false,
      canViewSensitive: account.canViewSensitive ?? false,
      departmentId: account.department ? org.departmentIds.get(account.department)! : null,
      handlingUnitId: account.handlingUnit ? org.handlingUnitIds.get(account.handlingUnit)! : null,
      ...personFor(account, org, refs, cipher, () => nextName(rng.chance(0.5) ? '女' : '男')),
      ...(account.role === 'informant' ? { displayName: informant.name, informantId: informant.id } : {}),
    };
  });
  await tx.insert(users).values(rows);
}

/** The district's 特邀信息员 (seed 004: recommended by special committees and sector groups). */
const INFORMANTS: readonly [
  name: string,
  employer: string,
  by: 'specialCommittee' | 'sector',
  recommender: string,
][] = [
  ['苏晓岚', '区融媒体中心', 'specialCommittee', '社会和法制委员会'],
  ['钱卫东', '清河街道社区卫生服务中心', 'sector', '医卫界'],
  ['林静怡', '区第一实验小学', 'sector', '教育界'],
  ['周承志', '区工商联', 'specialCommittee', '经济委员会'],
  ['何秋实', '清河镇农业服务中心', 'sector', '农业界'],
  ['唐书远', '区图书馆', 'specialCommittee', '文史和学习委员会'],
];

/**
 * Catalogue rows of the district's informants (fixed names, so the seeded name and random streams
 * of everything else stay as they were); the first has the demo `informant` account.
 */
async function insertInformants(tx: Tx, org: OrgRefs) {
  const rows = INFORMANTS.map(([name, employer, by, recommender], i) => ({
    committeeId: org.committeeId,
    name,
    sortOrder: i + 1,
    employer,
    recommendedBy: by,
    specialCommitteeId: by === 'specialCommittee' ? (org.specialCommitteeIds.get(recommender) ?? null) : null,
    sectorId: by === 'sector' ? (org.sectorIds.get(recommender) ?? null) : null,
  }));
  return tx
    .insert(opinionInformants)
    .values(rows)
    .returning({ id: opinionInformants.id, name: opinionInformants.name });
}

/** Who the account is: a linked member or leader, a named staff member, or the admin role. */
function personFor(
  account: DemoAccount,
  org: OrgRefs,
  refs: AccountRefs,
  cipher: FieldCipher,
  drawName: () => string,
) {
  if (account.role === 'member') {
    const member = demoMember(refs.districtMembers);
    return { displayName: member.name, memberId: member.id, phoneDigest: cipher.digest(member.phone) };
  }
  if (account.role === 'leader') {
    const leader = org.leaders[0];
    return { displayName: leader.name, leaderId: leader.id };
  }
  if (account.role === 'staff' || account.role === 'unit') return { displayName: drawName() };
  return { displayName: account.roleLabel };
}
