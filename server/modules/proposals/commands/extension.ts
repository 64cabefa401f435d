import { eq, inArray } from 'drizzle-orm';
import type { ProposalStatus } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db, DbOrTx } from '../../../db/client';
import { proposalAssignments } from '../../../db/schema';
import { badRequest, conflict } from '../../../errors';
import { addWorkingDays } from '../../../lib/working-days';
import { calendarOverridesFor } from '../../../platform/calendar';
import { proposalSettingsFor } from '../config';
import { transitionProposal } from '../transition';
import { activeAssignments, isReplying, myAssignments } from '../unit-assignments';

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

/** The latest date an extension may reach: the original deadline plus the committee's maximum. */
async function extensionCap(db: DbOrTx, committeeId: number, originalDue: string) {
  const { maxExtensionWorkingDays } = await proposalSettingsFor(db, committeeId);
  const overrides = await calendarOverridesFor(db, committeeId);
  return { cap: addWorkingDays(originalDue, maxExtensionWorkingDays, overrides), maxExtensionWorkingDays };
}

/**
 * 申请延期: the replying unit asks for a later deadline with its reason. The new date must be
 * later than the current one and within the committee's maximum past the original deadline.
 */
export function requestExtension(
  db: Db,
  actor: Actor,
  id: number,
  input: Step & { requestedDueDate: string; reason: string },
) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'requestExtension',
    ...input,
    step: async ({ tx, row: proposal }) => {
      const mine = (await myAssignments(tx, actor, id)).find(isReplying)!;
      if (!mine.owes) throw conflict('本单位已答复，不能再申请延期');
      if (mine.extensionState === 'pending') throw conflict('本单位已有待审批的延期申请');
      if (input.requestedDueDate <= mine.dueDate) {
        throw badRequest(`延期至：须晚于当前办理时限 ${mine.dueDate}`, 'requestedDueDate');
      }
      const { cap, maxExtensionWorkingDays } = await extensionCap(
        tx,
        proposal.committeeId,
        mine.originalDueDate,
      );
      if (input.requestedDueDate > cap) {
        throw badRequest(
          `延期至：不能晚于 ${cap}（原办理时限后最多 ${maxExtensionWorkingDays} 个工作日）`,
          'requestedDueDate',
        );
      }
      await tx
        .update(proposalAssignments)
        .set({
          extensionRequestedDue: input.requestedDueDate,
          extensionReason: input.reason,
          extensionState: 'pending',
          extensionDecidedAt: null,
          extensionDecidedByUserId: null,
        })
        .where(eq(proposalAssignments.id, mine.id));
      return {
        note: input.reason,
        data: { assignmentId: mine.id, unitId: mine.unitId, from: mine.dueDate, to: input.requestedDueDate },
        message: `申请将办理时限由 ${mine.dueDate} 延至 ${input.requestedDueDate}。理由：${input.reason}`,
      };
    },
  });
}

/**
 * 审批延期 by staff. Approval moves the unit's deadline; for a 主办 unit the 会办 units' deadlines
 * move with it, since their views feed the same reply.
 */
export function decideExtension(
  db: Db,
  actor: Actor,
  id: number,
  input: Step & { assignmentId: number; approve: boolean },
) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'decideExtension',
    ...input,
    step: async ({ tx, now }) => {
      const active = await activeAssignments(tx, id);
      const target = active.find((a) => a.id === input.assignmentId);
      if (!target) throw badRequest('交办记录：不属于该提案或已失效', 'assignmentId');
      if (target.extensionState !== 'pending') throw conflict('该承办单位没有待审批的延期申请');
      const due = target.extensionRequestedDue!;
      const decided = { extensionDecidedAt: now, extensionDecidedByUserId: actor.userId };
      await tx
        .update(proposalAssignments)
        .set(
          input.approve
            ? { ...decided, extensionState: 'approved', dueDate: due }
            : { ...decided, extensionState: 'rejected' },
        )
        .where(eq(proposalAssignments.id, target.id));
      const cooperating = target.mode === 'lead' ? active.filter((a) => a.mode === 'cooperating') : [];
      if (input.approve && cooperating.length) {
        await tx
          .update(proposalAssignments)
          .set({ dueDate: due })
          .where(
            inArray(
              proposalAssignments.id,
              cooperating.map((a) => a.id),
            ),
          );
      }
      const verdict = input.approve
        ? `同意延期，办理时限延至 ${due}`
        : `不同意延期，办理时限仍为 ${target.dueDate}`;
      return {
        data: {
          assignmentId: target.id,
          unitId: target.unitId,
          approved: input.approve,
          dueDate: input.approve ? due : target.dueDate,
        },
        message: input.note ? `${verdict}。${input.note}` : verdict,
        notify: { unitIds: [target.unitId, ...(input.approve ? cooperating.map((a) => a.unitId) : [])] },
      };
    },
  });
}
