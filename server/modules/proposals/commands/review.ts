import { and, eq } from 'drizzle-orm';
import { formatProposalNumber, type ProposalStatus } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { proposalNumberCounters, proposalRejectReasons } from '../../../db/schema';
import { badRequest } from '../../../errors';
import type { ProposalRow } from '../relations';
import { searchVectorOf } from '../search';
import { transitionProposal } from '../transition';
import { checkCategory } from './draft-checks';

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

/** 开始审查 (预审): tells the proposer the office has taken it up. */
export function startReview(db: Db, actor: Actor, id: number, step: Step) {
  return transitionProposal(db, actor, { id, action: 'startReview', ...step });
}

/** 退回修改: back to the proposer as a draft, with what to change. */
export function sendBack(db: Db, actor: Actor, id: number, step: Step) {
  return transitionProposal(db, actor, { id, action: 'sendBack', ...step });
}

/**
 * The next number of the proposal's session. The counter row is locked `for update` inside the
 * registering transaction, so concurrent registrations queue on it and a rolled-back one gives
 * its number back: the numbers stay gap-free.
 */
async function nextNumber(tx: Tx, p: ProposalRow): Promise<number> {
  await tx
    .insert(proposalNumberCounters)
    .values({ sessionId: p.sessionId, committeeId: p.committeeId, lastNumber: 0 })
    .onConflictDoNothing();
  const [counter] = await tx
    .select({ lastNumber: proposalNumberCounters.lastNumber })
    .from(proposalNumberCounters)
    .where(eq(proposalNumberCounters.sessionId, p.sessionId))
    .for('update');
  const number = counter.lastNumber + 1;
  await tx
    .update(proposalNumberCounters)
    .set({ lastNumber: number })
    .where(eq(proposalNumberCounters.sessionId, p.sessionId));
  return number;
}

/** 立案 with the session's next number (kept if it already had one); staff may correct the category. */
export function registerProposal(db: Db, actor: Actor, id: number, step: Step & { categoryId?: number }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'register',
    ...step,
    step: async ({ tx, actor: staff, row: proposal, now }) => {
      if (step.categoryId !== undefined) await checkCategory(tx, proposal.committeeId, step.categoryId);
      const number = proposal.number ?? (await nextNumber(tx, proposal));
      const label = formatProposalNumber(number);
      return {
        patch: {
          number,
          registeredAt: now,
          categoryId: step.categoryId ?? proposal.categoryId,
          // Registered proposals are what similar-proposal lookups search: make sure the vector is current
          // (only the proposal's own staff register, so their committee path is the proposal's).
          searchVector: searchVectorOf(proposal, staff.committeePath),
        },
        data: { number },
        message: `立案编号：${label}`,
      };
    },
  });
}

/** 不予立案 on one of the committee's published grounds; the proposal keeps the ground's text. */
export function rejectProposal(db: Db, actor: Actor, id: number, step: Step & { reasonId: number }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'reject',
    ...step,
    step: async ({ tx, row: proposal }) => {
      const [reason] = await tx
        .select()
        .from(proposalRejectReasons)
        .where(
          and(
            eq(proposalRejectReasons.id, step.reasonId),
            eq(proposalRejectReasons.committeeId, proposal.committeeId),
          ),
        );
      if (!reason?.active) throw badRequest('不予立案理由：不存在或已停用', 'reasonId');
      return {
        patch: { rejectReason: reason.text },
        data: { reasonId: reason.id, reason: reason.text },
        message: `理由：${reason.text}${step.note ? `。${step.note}` : ''}`,
      };
    },
  });
}

/** 转为意见建议: the matter goes on through another channel; the note says which. */
export function convertProposal(db: Db, actor: Actor, id: number, step: Step) {
  return transitionProposal(db, actor, { id, action: 'convert', ...step });
}
