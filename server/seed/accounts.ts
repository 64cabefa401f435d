import { hashPassword } from '../auth/passwords';
import type { Tx } from '../db/client';
import { users } from '../db/schema';
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
    };
  });
  await tx.insert(users).values(rows);
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
