import {
  IMPLEMENTATION_MARK_LABELS,
  type ImplementationMark,
  type ProposalStatus,
} from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db } from '../../../db/client';
import { proposalImplementations } from '../../../db/schema';
import { transitionProposal } from '../transition';

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

/** 落实情况: the replying unit reports what has been done since its reply, as often as it needs. */
export function reportImplementation(db: Db, actor: Actor, id: number, input: Step & { body: string }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'reportImplementation',
    ...input,
    step: async ({ tx, row: proposal }) => {
      const [row] = await tx
        .insert(proposalImplementations)
        .values({
          committeeId: proposal.committeeId,
          proposalId: id,
          unitId: actor.handlingUnitId!,
          body: input.body,
          createdByUserId: actor.userId,
        })
        .returning({ id: proposalImplementations.id });
      return { note: input.body, data: { implementationId: row.id, unitId: actor.handlingUnitId } };
    },
  });
}

/** 认定落实情况: staff mark the proposal 已落实/部分落实/未落实, which concludes it (and may be revised). */
export function markImplementation(
  db: Db,
  actor: Actor,
  id: number,
  input: Step & { mark: ImplementationMark },
) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'markImplementation',
    ...input,
    step: async ({ row: proposal, now }) => ({
      patch: { implementationMark: input.mark, implementationMarkedAt: now },
      data: { mark: input.mark, previous: proposal.implementationMark },
      message: `认定为${IMPLEMENTATION_MARK_LABELS[input.mark]}${input.note ? `：${input.note}` : ''}`,
    }),
  });
}
