import { eq } from 'drizzle-orm';
import {
  type ProposalStatus,
  SUPERVISION_KIND_LABELS,
  type SupervisionKind,
} from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { proposalKeySelections, proposalSupervisions, sessions } from '../../../db/schema';
import { badRequest, conflict } from '../../../errors';
import { shanghaiDate } from '../../../lib/working-days';
import { resolveSupervisor, type SupervisorChoice, supervisorAccounts } from '../key-supervisors';
import { transitionProposal } from '../transition';

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

/** The accounts of whoever leads the key proposal: they see it and record 督办. */
const leadAccounts = (
  tx: Tx,
  rel: { leadSupervisorLeaderId: number | null; leadSupervisorMemberId: number | null },
) => supervisorAccounts(tx, { leaderId: rel.leadSupervisorLeaderId, memberId: rel.leadSupervisorMemberId });

/** 列为重点提案候选 for the 主席会议, counted in the year of the proposal's session. */
export function shortlistKey(db: Db, actor: Actor, id: number, input: Step & { basis: string | null }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'shortlistKey',
    ...input,
    step: async ({ tx, row: proposal }) => {
      const [session] = await tx
        .select({ year: sessions.year })
        .from(sessions)
        .where(eq(sessions.id, proposal.sessionId));
      await tx.insert(proposalKeySelections).values({
        committeeId: proposal.committeeId,
        proposalId: id,
        year: session.year,
        stage: 'shortlisted',
        basis: input.basis,
        createdByUserId: actor.userId,
      });
      return { note: input.basis ?? input.note, data: { year: session.year } };
    },
  });
}

/**
 * 确定为重点提案: staff record the 主席会议's choice with who leads it (领衔督办: a 党政领导 or the
 * committee's own 主席/副主席); their accounts are told and may record supervision from then on.
 */
export function selectKey(
  db: Db,
  actor: Actor,
  id: number,
  input: Step & SupervisorChoice & { basis: string | null },
) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'selectKey',
    ...input,
    step: async ({ tx, row: proposal, now }) => {
      const lead = await resolveSupervisor(tx, proposal.committeeId, input);
      await tx
        .update(proposalKeySelections)
        .set({
          stage: 'selected',
          leadSupervisorLeaderId: lead.leaderId,
          leadSupervisorMemberId: lead.memberId,
          selectedAt: now,
          ...(input.basis ? { basis: input.basis } : {}),
        })
        .where(eq(proposalKeySelections.proposalId, id));
      return {
        patch: { isKey: true },
        data: { leaderId: lead.leaderId, memberId: lead.memberId, leaderName: lead.name },
        message: `经主席会议确定为重点提案，由${lead.name}（${lead.title}）领衔督办`,
        notify: { userIds: await supervisorAccounts(tx, lead) },
      };
    },
  });
}

/** 取消重点提案 (or drop a candidate); supervision already recorded stays on the timeline. */
export function dropKey(db: Db, actor: Actor, id: number, input: Step) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'dropKey',
    ...input,
    step: async ({ tx, relations }) => {
      await tx.delete(proposalKeySelections).where(eq(proposalKeySelections.proposalId, id));
      return {
        patch: { isKey: false },
        data: { stage: relations.keyStage },
        notify: { userIds: await leadAccounts(tx, relations) },
      };
    },
  });
}

export interface SupervisionInput extends Step {
  kind: SupervisionKind;
  heldOn: string;
  place: string | null;
  participants: string | null;
  summary: string;
}

/** 督办 record of a key proposal (视察, 协商会, 走访 …) by staff or by the leading leader. */
export function recordSupervision(db: Db, actor: Actor, id: number, input: SupervisionInput) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'recordSupervision',
    ...input,
    step: async ({ tx, row: proposal, relations, now }) => {
      if (input.heldOn > shanghaiDate(now)) throw badRequest('督办日期：不能晚于今天', 'heldOn');
      const [row] = await tx
        .insert(proposalSupervisions)
        .values({
          committeeId: proposal.committeeId,
          proposalId: id,
          kind: input.kind,
          heldOn: input.heldOn,
          place: input.place,
          participants: input.participants,
          summary: input.summary,
          createdByUserId: actor.userId,
        })
        .returning({ id: proposalSupervisions.id });
      return {
        note: `${input.heldOn} ${SUPERVISION_KIND_LABELS[input.kind]}：${input.summary}`,
        data: { supervisionId: row.id, kind: input.kind, heldOn: input.heldOn },
        notify: {
          staff: actor.role !== 'staff',
          userIds: await leadAccounts(tx, relations),
        },
      };
    },
  });
}

/** 优秀提案 at year end (or withdrawing the mark). */
export function setExcellent(db: Db, actor: Actor, id: number, input: Step & { isExcellent: boolean }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'setExcellent',
    ...input,
    step: async ({ row: proposal }) => {
      if (proposal.isExcellent === input.isExcellent) {
        throw conflict(input.isExcellent ? '该提案已评为优秀提案' : '该提案不是优秀提案');
      }
      return {
        patch: { isExcellent: input.isExcellent },
        data: { isExcellent: input.isExcellent },
        message: input.isExcellent ? '该提案被评为优秀提案' : '撤销优秀提案评定',
      };
    },
  });
}
