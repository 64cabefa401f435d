import { and, eq } from 'drizzle-orm';
import { SATISFACTION_LABELS } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { handlingUnits, proposalAssignments, proposalRatings, proposalReplies } from '../../../db/schema';
import { badRequest, conflict } from '../../../errors';
import { addWorkingDays, shanghaiDate } from '../../../lib/working-days';
import { calendarOverridesFor } from '../../../platform/calendar';
import { proposalSettingsFor } from '../config';
import type { ProposalRow } from '../relations';
import { currentReplies, type ReplyRow, raterKeyOf, unratedPairs } from '../reply-state';
import type { RatingInput } from '../schemas-handling';
import { transitionProposal } from '../transition';

/** The reply being rated: one of the current replies; an earlier round is stale (409). */
async function ratedReply(tx: Tx, proposalId: number, replyId: number): Promise<ReplyRow> {
  const current = (await currentReplies(tx, proposalId)).find((r) => r.id === replyId);
  if (current) return current;
  const [earlier] = await tx
    .select({ id: proposalReplies.id })
    .from(proposalReplies)
    .where(and(eq(proposalReplies.id, replyId), eq(proposalReplies.proposalId, proposalId)));
  if (earlier) throw conflict('该答复已被重新办理后的答复取代，请刷新后重试');
  throw badRequest('答复：不属于该提案', 'replyId');
}

/**
 * 不满意 → 重新办理: the unit's assignment owes a reply again, with a fresh deadline of the
 * committee's re-handling period; the first reply and its rating stay in the history.
 */
async function reopen(tx: Tx, p: ProposalRow, reply: ReplyRow, now: Date) {
  const { rehandleDueWorkingDays } = await proposalSettingsFor(tx, p.committeeId);
  const due = addWorkingDays(
    shanghaiDate(now),
    rehandleDueWorkingDays,
    await calendarOverridesFor(tx, p.committeeId),
  );
  await tx
    .update(proposalAssignments)
    .set({
      repliedAt: null,
      dueDate: due,
      originalDueDate: due,
      extensionRequestedDue: null,
      extensionReason: null,
      extensionState: null,
      extensionDecidedAt: null,
      extensionDecidedByUserId: null,
    })
    .where(eq(proposalAssignments.id, reply.assignmentId));
  return due;
}

const summaryOf = (r: RatingInput) =>
  `总体${SATISFACTION_LABELS[r.overall]}（态度${SATISFACTION_LABELS[r.attitude]}、沟通${SATISFACTION_LABELS[r.contact]}、结果${SATISFACTION_LABELS[r.result]}）`;

/**
 * 满意度测评 of one current reply by one proposer. 不满意 sends the reply's unit back to handling
 * (重新办理); otherwise the proposal is 已测评 once every current reply has every proposer's rating.
 */
export function rateReply(db: Db, actor: Actor, id: number, input: RatingInput) {
  const dissatisfied = input.overall === 'dissatisfied';
  return transitionProposal(db, actor, {
    id: id,
    action: dissatisfied ? 'rateDissatisfied' : 'rate',
    expectedVersion: input.expectedVersion,
    expectedStatus: input.expectedStatus,
    step: async ({ tx, row: proposal, relations, now }) => {
      const reply = await ratedReply(tx, id, input.replyId);
      const key = raterKeyOf(actor, proposal, relations) ?? null;
      const unrated = await unratedPairs(tx, proposal, relations);
      if (!unrated.some((u) => u.reply.id === reply.id && u.key === key))
        throw conflict('您已对该答复进行过测评');
      const [rating] = await tx
        .insert(proposalRatings)
        .values({
          committeeId: proposal.committeeId,
          proposalId: id,
          replyId: reply.id,
          unitId: reply.unitId,
          memberId: key,
          ratedByUserId: actor.userId,
          round: reply.round,
          attitude: input.attitude,
          contact: input.contact,
          result: input.result,
          overall: input.overall,
          comment: input.comment,
        })
        .returning({ id: proposalRatings.id });
      const data = { ratingId: rating.id, replyId: reply.id, unitId: reply.unitId, overall: input.overall };
      const comment = input.comment ? `。意见：${input.comment}` : '';
      if (!dissatisfied) {
        const to = unrated.length > 1 ? ('replied' as const) : ('rated' as const);
        return { to, note: input.comment, data, message: `${summaryOf(input)}${comment}` };
      }
      const due = await reopen(tx, proposal, reply, now);
      const [unit] = await tx
        .select({ name: handlingUnits.name })
        .from(handlingUnits)
        .where(eq(handlingUnits.id, reply.unitId));
      return {
        note: input.comment,
        data: { ...data, dueDate: due },
        message: `${summaryOf(input)}${comment}。请${unit.name}重新办理，办理时限 ${due}`,
      };
    },
  });
}
