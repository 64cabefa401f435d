import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { memberActivityGroups } from '../../../db/schema';
import { assertOwnActivityGroups } from './checks';

/** Replaces a member's activity groups with exactly `ids`, all or nothing. */
export async function setMemberActivityGroups(
  db: Db,
  member: { id: number; committeeId: number },
  ids: number[],
): Promise<void> {
  await db.transaction(async (tx) => {
    const distinct = await assertOwnActivityGroups(tx, member.committeeId, ids);
    await tx.delete(memberActivityGroups).where(eq(memberActivityGroups.memberId, member.id));
    if (distinct.length === 0) return;
    await tx.insert(memberActivityGroups).values(
      distinct.map((activityGroupId) => ({
        committeeId: member.committeeId,
        memberId: member.id,
        activityGroupId,
      })),
    );
  });
}
