import { eq, inArray, sql } from 'drizzle-orm';
import { CONTACT_METHOD_LABELS, type ContactMethod, type ProposalStatus } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db } from '../../../db/client';
import { handlingUnits, proposalAssignments, proposalContacts, proposalOpinions } from '../../../db/schema';
import { badRequest, invalidTransition } from '../../../errors';
import { shanghaiDate } from '../../../lib/working-days';
import { transitionProposal } from '../transition';
import { activeAssignments, isReplying, myAssignments } from '../unit-assignments';

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

export interface ContactInput extends Step {
  contactedOn: string;
  method: ContactMethod;
  unitContactName: string;
  summary: string;
  memberId?: number;
}

/** 沟通联系: the unit records how it contacted a proposer; the proposer sees it on the timeline. */
export function recordContact(db: Db, actor: Actor, id: number, input: ContactInput) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'recordContact',
    ...input,
    step: async ({ tx, row: proposal, relations, now }) => {
      if (input.contactedOn > shanghaiDate(now)) throw badRequest('联系日期：不能晚于今天', 'contactedOn');
      const proposers = new Set<number | null>([
        proposal.leadMemberId,
        ...relations.signers.filter((s) => s.state === 'confirmed').map((s) => s.memberId),
        ...relations.mergedSignerMemberIds,
      ]);
      const memberId = input.memberId ?? proposal.leadMemberId;
      if (input.memberId !== undefined && !proposers.has(input.memberId)) {
        throw badRequest('联系的提案者：不是该提案的提案者', 'memberId');
      }
      const [mine] = (await myAssignments(tx, actor, id)).sort(
        (a, b) => Number(isReplying(b)) - Number(isReplying(a)),
      );
      const [row] = await tx
        .insert(proposalContacts)
        .values({
          committeeId: proposal.committeeId,
          proposalId: id,
          assignmentId: mine.id,
          unitId: mine.unitId,
          contactedOn: input.contactedOn,
          method: input.method,
          unitContactName: input.unitContactName,
          memberId,
          summary: input.summary,
          createdByUserId: actor.userId,
        })
        .returning({ id: proposalContacts.id });
      const how = `${input.contactedOn} ${CONTACT_METHOD_LABELS[input.method]}`;
      return {
        note: `${how}：${input.summary}`,
        data: {
          contactId: row.id,
          unitId: mine.unitId,
          method: input.method,
          contactedOn: input.contactedOn,
        },
      };
    },
  });
}

/**
 * 会办意见: a cooperating unit sends its views to the 主办 unit, which replies for all. The views
 * are internal to the units and the staff, so the timeline records only that they were sent.
 */
export function sendOpinion(db: Db, actor: Actor, id: number, input: Step & { body: string }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'sendOpinion',
    ...input,
    step: async ({ tx, row: proposal }) => {
      const active = await activeAssignments(tx, id);
      const mine = active.find((a) => a.unitId === actor.handlingUnitId && a.mode === 'cooperating')!;
      const lead = active.find((a) => a.mode === 'lead');
      if (!lead) throw invalidTransition('该提案暂无主办单位，会办意见无法送达，请联系提案委');
      const [row] = await tx
        .insert(proposalOpinions)
        .values({
          committeeId: proposal.committeeId,
          proposalId: id,
          assignmentId: mine.id,
          fromUnitId: mine.unitId,
          toUnitId: lead.unitId,
          body: input.body,
          createdByUserId: actor.userId,
        })
        .returning({ id: proposalOpinions.id });
      const [from] = await tx
        .select({ name: handlingUnits.name })
        .from(handlingUnits)
        .where(eq(handlingUnits.id, mine.unitId));
      return {
        note: null,
        data: { opinionId: row.id, fromUnitId: mine.unitId, toUnitId: lead.unitId },
        message: `${from.name}已送达会办意见，请主办单位在提案详情中查看`,
        notify: { unitIds: [lead.unitId] },
      };
    },
  });
}

/** 催办: staff press the units that still owe a reply or views; logged and counted per assignment. */
export function urgeUnits(db: Db, actor: Actor, id: number, input: Step & { unitId?: number }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'urge',
    ...input,
    step: async ({ tx, now }) => {
      const owing = (await activeAssignments(tx, id)).filter((a) => a.owes);
      if (owing.length === 0) throw invalidTransition('承办单位均已答复或提交会办意见，无需催办');
      const targets = input.unitId === undefined ? owing : owing.filter((a) => a.unitId === input.unitId);
      if (targets.length === 0) throw badRequest('承办单位：该单位没有待办理的交办', 'unitId');
      await tx
        .update(proposalAssignments)
        .set({ urgeCount: sql`${proposalAssignments.urgeCount} + 1`, lastUrgedAt: now })
        .where(
          inArray(
            proposalAssignments.id,
            targets.map((a) => a.id),
          ),
        );
      return {
        data: { unitIds: targets.map((a) => a.unitId) },
        message: input.note ?? '请抓紧办理，按时答复',
        notify: { unitIds: targets.map((a) => a.unitId) },
      };
    },
  });
}
