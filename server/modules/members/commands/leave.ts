import { eq, or } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { memberLinks, members } from '../../../db/schema';
import { invalidTransition } from '../../../errors';

/**
 * 退出: marks the member as left with the date and reason, in one transaction that locks the
 * row so a second request sees the new status (409). The member's 联系制度 links end with it:
 * nobody follows up a member who has left, and a leaving 常委 no longer follows anyone.
 */
export async function leaveMember(
  db: Db,
  memberId: number,
  input: { leftDate: string; leftReason: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: members.status })
      .from(members)
      .where(eq(members.id, memberId))
      .for('update');
    if (row.status === 'left') throw invalidTransition('该委员已退出，不能重复办理');
    await tx
      .update(members)
      .set({ status: 'left', leftDate: input.leftDate, leftReason: input.leftReason })
      .where(eq(members.id, memberId));
    await tx
      .delete(memberLinks)
      .where(or(eq(memberLinks.linkerId, memberId), eq(memberLinks.linkedId, memberId)));
  });
}
