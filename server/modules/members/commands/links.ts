import { eq, inArray } from 'drizzle-orm';
import { memberLinkProblem } from '../../../../domain/members';
import type { Db } from '../../../db/client';
import { memberLinks, members } from '../../../db/schema';
import { badRequest } from '../../../errors';
import { duplicateError } from './checks';

/**
 * 联系制度: both ends serve in the same committee and the pair follows the rule (主席/副主席 →
 * 常委, 常委 → 委员). Both rows are share-locked so a concurrent change of position (which
 * locks the row for update and re-checks links) cannot slip between check and insert.
 * Returns the new link's id; a repeated pair is a 409.
 */
export async function createLink(db: Db, linkerId: number, linkedId: number): Promise<number> {
  try {
    return await db.transaction(async (tx) => {
      const rows = await tx
        .select({
          id: members.id,
          committeeId: members.committeeId,
          position: members.position,
          status: members.status,
        })
        .from(members)
        .where(inArray(members.id, [linkerId, linkedId]))
        .for('share');
      const linker = rows.find((r) => r.id === linkerId)!;
      const linked = rows.find((r) => r.id === linkedId)!;
      if (linker.committeeId !== linked.committeeId)
        throw badRequest('被联系人：须与联系人属于同一委员会', 'linkedId');
      if (linker.status !== 'active') throw badRequest('联系人：已退出的委员不能建立联系', 'linkerId');
      if (linked.status !== 'active') throw badRequest('被联系人：已退出的委员不能建立联系', 'linkedId');
      const problem = memberLinkProblem(linker.position, linked.position);
      if (problem) throw badRequest(problem, 'linkedId');
      const [row] = await tx
        .insert(memberLinks)
        .values({ committeeId: linker.committeeId, linkerId, linkedId })
        .returning({ id: memberLinks.id });
      return row.id;
    });
  } catch (err) {
    throw duplicateError(err);
  }
}

/** Ends one link. */
export async function deleteLink(db: Db, id: number): Promise<void> {
  await db.delete(memberLinks).where(eq(memberLinks.id, id));
}
