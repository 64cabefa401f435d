import { and, eq } from 'drizzle-orm';
import type { ProposalStatus } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { members, proposalSigners } from '../../../db/schema';
import { conflict, notFound } from '../../../errors';
import type { ProposalRow } from '../relations';
import { type ProposalStepOutcome, transitionProposal } from '../transition';

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

/** The lead proposer's sector, fixed when the proposal counts as submitted (per-sector statistics). */
async function sectorOfLead(tx: Tx, p: ProposalRow): Promise<number | null> {
  if (p.leadMemberId === null) return p.sectorId;
  const [m] = await tx
    .select({ sectorId: members.sectorId })
    .from(members)
    .where(eq(members.id, p.leadMemberId));
  return m?.sectorId ?? null;
}

/**
 * Where a joint proposal stands: submitted once every remaining co-signer has confirmed,
 * otherwise still waiting (a decliner must be removed by the lead first).
 */
async function settleCosigning(tx: Tx, p: ProposalRow, now: Date): Promise<ProposalStepOutcome> {
  const co = await tx
    .select({ state: proposalSigners.state })
    .from(proposalSigners)
    .where(and(eq(proposalSigners.proposalId, p.id), eq(proposalSigners.role, 'co')));
  if (co.some((s) => s.state !== 'confirmed')) return { to: 'cosigning' };
  return {
    to: 'submitted',
    patch: {
      submittedAt: now,
      sectorId: await sectorOfLead(tx, p),
      submitterKind: p.leadMemberId === null ? p.submitterKind : co.length ? 'joint' : 'individual',
    },
  };
}

/** 提交: co-signers are (re-)invited to confirm the text as submitted; without any it goes to review. */
export function submitProposal(db: Db, actor: Actor, id: number, step: Step) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'submit',
    ...step,
    step: async ({ tx, row: proposal, now }) => {
      await tx
        .update(proposalSigners)
        .set({ state: 'invited', respondedAt: null, declineReason: null })
        .where(and(eq(proposalSigners.proposalId, id), eq(proposalSigners.role, 'co')));
      const outcome = await settleCosigning(tx, proposal, now);
      const message =
        outcome.to === 'cosigning' ? '邀请您联名，请在「联名邀请」中确认或谢绝' : '新提案待审查';
      return { ...outcome, message, notify: { staff: outcome.to === 'submitted' } };
    },
  });
}

/** The caller's own co-signer row (the workflow's guard has seen that it awaits an answer). */
async function ownInvitation(tx: Tx, actor: Actor, proposalId: number) {
  const [row] = await tx
    .select()
    .from(proposalSigners)
    .where(
      and(eq(proposalSigners.proposalId, proposalId), eq(proposalSigners.memberId, actor.memberId ?? -1)),
    );
  if (!row) throw notFound('联名邀请');
  return row;
}

/** 确认联名 in the co-signer's own account; the last confirmation submits the proposal. */
export function confirmCosign(db: Db, actor: Actor, id: number, step: Step) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'confirmCosign',
    ...step,
    step: async ({ tx, row: proposal, now }) => {
      const row = await ownInvitation(tx, actor, id);
      await tx
        .update(proposalSigners)
        .set({ state: 'confirmed', respondedAt: now })
        .where(eq(proposalSigners.id, row.id));
      const outcome = await settleCosigning(tx, proposal, now);
      const message = `${actor.displayName}已确认联名${outcome.to === 'submitted' ? '，联名人均已确认，提案已提交' : ''}`;
      return { ...outcome, message, notify: { staff: outcome.to === 'submitted' } };
    },
  });
}

/** 谢绝联名: the proposal waits until the lead removes the decliner. */
export function declineCosign(db: Db, actor: Actor, id: number, step: Step & { reason: string | null }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'declineCosign',
    ...step,
    step: async ({ tx, now }) => {
      const row = await ownInvitation(tx, actor, id);
      await tx
        .update(proposalSigners)
        .set({ state: 'declined', respondedAt: now, declineReason: step.reason })
        .where(eq(proposalSigners.id, row.id));
      return {
        note: step.reason,
        message: `${actor.displayName}谢绝联名${step.reason ? `：${step.reason}` : ''}，请移除后继续提交`,
      };
    },
  });
}

/** 移除联名人 (a decliner, or one who has not answered); may complete the submission. */
export function removeCosigner(db: Db, actor: Actor, id: number, memberId: number, step: Step) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'removeCosigner',
    ...step,
    step: async ({ tx, row: proposal, now }) => {
      const [row] = await tx
        .select()
        .from(proposalSigners)
        .where(
          and(
            eq(proposalSigners.proposalId, id),
            eq(proposalSigners.memberId, memberId),
            eq(proposalSigners.role, 'co'),
          ),
        );
      if (!row) throw notFound('联名人');
      if (row.state === 'confirmed') throw conflict('该联名人已确认联名，不能移除');
      await tx.delete(proposalSigners).where(eq(proposalSigners.id, row.id));
      const outcome = await settleCosigning(tx, proposal, now);
      return {
        ...outcome,
        data: { memberId },
        message: outcome.to === 'submitted' ? '联名人均已确认，提案已提交' : null,
        notify: { memberIds: [memberId], staff: outcome.to === 'submitted' },
      };
    },
  });
}

/** 撤案 by the proposer before registration. */
export function withdrawProposal(db: Db, actor: Actor, id: number, step: Step) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'withdraw',
    ...step,
    // Staff hear of it only if it had reached them.
    step: async ({ row: proposal }) => ({
      notify: { staff: ['submitted', 'reviewing'].includes(proposal.status) },
    }),
  });
}
