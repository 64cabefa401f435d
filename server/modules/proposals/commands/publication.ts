import { and, count, eq } from 'drizzle-orm';
import { stripContactData } from '../../../../domain/proposal-handling';
import type { ProposalStatus } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db, DbOrTx } from '../../../db/client';
import { handlingUnits, proposalReplies } from '../../../db/schema';
import { notFound } from '../../../errors';
import { sanitizeRichText } from '../../../lib/rich-text';
import { transitionProposal } from '../transition';

/** The numbers a unit's public reply keeps: its own office phone from the unit catalogue. */
export async function unitOfficePhones(db: DbOrTx, unitId: number) {
  const [unit] = await db
    .select({ phone: handlingUnits.contactPhone })
    .from(handlingUnits)
    .where(eq(handlingUnits.id, unitId));
  return [unit?.phone];
}

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

/**
 * 审核公开答复: staff publish a reply's public version (optionally edited; the edit is stripped of
 * contact data again) or refuse it. The proposal's public flag follows: public while any reply is.
 */
export function reviewPublication(
  db: Db,
  actor: Actor,
  id: number,
  replyId: number,
  input: Step & { publish: boolean; publicBodyHtml?: string },
) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'reviewPublication',
    ...input,
    step: async ({ tx, now }) => {
      const mine = and(eq(proposalReplies.id, replyId), eq(proposalReplies.proposalId, id));
      const [reply] = await tx.select().from(proposalReplies).where(mine);
      if (!reply) throw notFound('答复');
      const edited = input.publicBodyHtml ?? reply.publicBodyHtml ?? reply.bodyHtml;
      await tx
        .update(proposalReplies)
        .set({
          publicBodyHtml: stripContactData(
            sanitizeRichText(edited),
            await unitOfficePhones(tx, reply.unitId),
          ),
          publicState: input.publish ? 'published' : 'refused',
          publishedAt: input.publish ? now : null,
          publishedByUserId: input.publish ? actor.userId : null,
        })
        .where(mine);
      const [{ published }] = await tx
        .select({ published: count() })
        .from(proposalReplies)
        .where(and(eq(proposalReplies.proposalId, id), eq(proposalReplies.publicState, 'published')));
      return {
        patch: { isPublic: published > 0 },
        data: { replyId, unitId: reply.unitId, publish: input.publish },
        message: input.publish ? '答复已审核公开' : `答复不予公开${input.note ? `：${input.note}` : ''}`,
      };
    },
  });
}
