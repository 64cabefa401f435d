import { and, eq, inArray, isNull } from 'drizzle-orm';
import { withinReturnWindow } from '../../../../domain/proposal-handling';
import type { ProposalStatus } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { proposalAssignments } from '../../../db/schema';
import { invalidTransition } from '../../../errors';
import { proposalSettingsFor } from '../config';
import { transitionProposal } from '../transition';

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

/** The caller's unit's active assignments on a proposal (the workflow role guarantees one). */
function ownActive(tx: Tx, actor: Actor, proposalId: number) {
  return tx
    .select()
    .from(proposalAssignments)
    .where(
      and(
        eq(proposalAssignments.proposalId, proposalId),
        eq(proposalAssignments.unitId, actor.handlingUnitId ?? -1),
        eq(proposalAssignments.state, 'active'),
      ),
    );
}

/** 签收: the unit acknowledges its assignment; the first signature starts 办理中. */
export function acceptAssignment(db: Db, actor: Actor, id: number, step: Step) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'accept',
    ...step,
    step: async ({ tx, now }) => {
      await tx
        .update(proposalAssignments)
        .set({ acceptedAt: now })
        .where(
          and(
            eq(proposalAssignments.proposalId, id),
            eq(proposalAssignments.unitId, actor.handlingUnitId ?? -1),
            eq(proposalAssignments.state, 'active'),
            isNull(proposalAssignments.acceptedAt),
          ),
        );
      return { data: { unitId: actor.handlingUnitId } };
    },
  });
}

/**
 * 退回: a unit sends back a misassigned proposal with its reason, within the committee's window
 * (calendar days from assignment; the workflow's guard refuses it after); the staff then reassign.
 */
export function returnAssignment(db: Db, actor: Actor, id: number, step: Step & { reason: string }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'returnAssignment',
    ...step,
    step: async ({ tx, row: proposal, now }) => {
      const { returnWindowDays } = await proposalSettingsFor(tx, proposal.committeeId);
      const mine = await ownActive(tx, actor, id);
      const open = mine.filter((a) => withinReturnWindow(a.assignedAt, returnWindowDays, now));
      // The window closed in the instant between the guard and this step: nothing to send back.
      if (open.length === 0) throw invalidTransition('已超过退回期限，请联系提案委调整');
      await tx
        .update(proposalAssignments)
        .set({ state: 'returned', returnedAt: now, returnReason: step.reason })
        .where(
          inArray(
            proposalAssignments.id,
            open.map((a) => a.id),
          ),
        );
      return {
        note: step.reason,
        data: { unitId: actor.handlingUnitId },
        message: `退回理由：${step.reason}`,
      };
    },
  });
}
