import { and, desc, eq } from 'drizzle-orm';
import { formatProposalNumber, type ProposalStatus } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { events, proposals } from '../../../db/schema';
import { badRequest, invalidTransition } from '../../../errors';
import { appendEvent } from '../../../platform/events';
import { transitionProposal } from '../transition';

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

/**
 * The host of a merge, share-locked so it cannot be assigned while the merge commits. Only a
 * registered, not yet assigned proposal can host: that is also when a merge may be undone.
 */
async function lockHost(tx: Tx, committeeId: number, hostId: number) {
  const [host] = await tx
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, hostId), eq(proposals.committeeId, committeeId)))
    .for('share');
  return host;
}

/** 并案 into a registered proposal; the merged one keeps its proposers, who follow the host. */
export function mergeProposal(db: Db, actor: Actor, id: number, step: Step & { targetId: number }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'merge',
    ...step,
    step: async ({ tx, row: proposal }) => {
      if (step.targetId === id) throw badRequest('并入提案：不能并入自身', 'targetId');
      const host = await lockHost(tx, proposal.committeeId, step.targetId);
      if (!host) throw badRequest('并入提案：不存在', 'targetId');
      if (host.status !== 'registered') throw invalidTransition('只能并入已立案且尚未交办的提案');
      const [child] = await tx
        .select({ id: proposals.id })
        .from(proposals)
        .where(eq(proposals.mergedIntoId, id))
        .limit(1);
      if (child) throw invalidTransition('已有提案并入本提案，不能再将本提案并入其他提案');
      const hostLabel = `${formatProposalNumber(host.number)}《${host.title}》`;
      await appendEvent(tx, actor, {
        committeeId: host.committeeId,
        subjectType: 'proposal',
        subjectId: host.id,
        action: 'mergeIn',
        fromStatus: host.status,
        toStatus: host.status,
        note: step.note,
        data: { proposalId: id, title: proposal.title, number: proposal.number },
      });
      return {
        patch: { mergedIntoId: host.id },
        data: { targetId: host.id, targetNumber: host.number, targetTitle: host.title },
        message: `已并入${hostLabel}办理`,
      };
    },
  });
}

/** The status a merged proposal had before its last 并案, read from the timeline. */
async function statusBeforeMerge(tx: Tx, id: number): Promise<ProposalStatus> {
  const [event] = await tx
    .select({ from: events.fromStatus })
    .from(events)
    .where(and(eq(events.subjectType, 'proposal'), eq(events.subjectId, id), eq(events.action, 'merge')))
    .orderBy(desc(events.id))
    .limit(1);
  return event.from as ProposalStatus;
}

/** 撤销并案 before the host is assigned: the proposal returns to the status it had. */
export function unmergeProposal(db: Db, actor: Actor, id: number, step: Step) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'unmerge',
    ...step,
    step: async ({ tx, row: proposal }) => {
      const host = await lockHost(tx, proposal.committeeId, proposal.mergedIntoId!);
      if (host.status !== 'registered') throw invalidTransition('主提案已交办，不能撤销并案');
      await appendEvent(tx, actor, {
        committeeId: host.committeeId,
        subjectType: 'proposal',
        subjectId: host.id,
        action: 'unmergeOut',
        fromStatus: host.status,
        toStatus: host.status,
        note: step.note,
        data: { proposalId: id, title: proposal.title },
      });
      return {
        to: await statusBeforeMerge(tx, id),
        patch: { mergedIntoId: null },
        data: { targetId: host.id },
      };
    },
  });
}
