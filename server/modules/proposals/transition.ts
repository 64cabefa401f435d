import { withinReturnWindow } from '../../../domain/proposal-handling';
import {
  PROPOSAL_WORKFLOW,
  type ProposalAction,
  type ProposalFacts,
  type ProposalRole,
} from '../../../domain/proposal-workflow';
import type { ProposalStatus } from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { Db, DbOrTx } from '../../db/client';
import { proposals } from '../../db/schema';
import { now as clockNow } from '../../platform/clock';
import {
  applyTransition,
  type PatchOf,
  type RequestFor,
  type StepContext,
  type StepOutcome,
  type WorkflowAdapter,
} from '../../platform/workflow-engine';
import { type ExtraRecipients, notifyConcerned } from './audience';
import { proposalSettingsFor } from './config';
import { factsOf, type ProposalRelations, proposalRolesOf } from './policy';
import { loadRelations, lockReadable, type ProposalRow } from './relations';
import { raterKeyOf, unratedPairs } from './reply-state';

/**
 * The facts the guards see, from the caller's chair: the proposal's own; while a rating is owed,
 * how many current replies the caller still has to rate; for a unit holding an assignment, whether
 * one is still within the committee's 退回 window (calendar days from assignment). Each read only
 * when it can matter.
 */
async function proposalFacts(db: DbOrTx, actor: Actor, p: ProposalRow, rel: ProposalRelations) {
  let unratedByCaller = 0;
  if (p.status === 'replied') {
    const key = raterKeyOf(actor, p, rel);
    if (key !== undefined)
      unratedByCaller = (await unratedPairs(db, p, rel)).filter((u) => u.key === key).length;
  }
  const mine = rel.assignments.filter((a) => a.state === 'active' && a.unitId === actor.handlingUnitId);
  let returnWindowOpen = false;
  let returnWindowDays = 0;
  if (mine.length > 0) {
    returnWindowDays = (await proposalSettingsFor(db, p.committeeId)).returnWindowDays;
    returnWindowOpen = mine.some((a) => withinReturnWindow(a.assignedAt, returnWindowDays, clockNow()));
  }
  return factsOf(actor, p, rel, { unratedByCaller, returnWindowOpen, returnWindowDays });
}

/** How the workflow engine reaches a proposal: lock with relations, roles, facts, audience. */
export const PROPOSAL_ADAPTER: WorkflowAdapter<
  typeof proposals,
  ProposalRelations,
  ProposalStatus,
  ProposalRole,
  ProposalFacts,
  ProposalAction,
  ExtraRecipients
> = {
  workflow: PROPOSAL_WORKFLOW,
  table: proposals,
  lock: async (tx, actor, id) => {
    const { proposal, relations } = await lockReadable(tx, actor, id);
    return { row: proposal, relations };
  },
  roles: proposalRolesOf,
  facts: proposalFacts,
  notify: async ({ tx, actor, row, action, body, extra }) =>
    notifyConcerned(tx, actor, row, await loadRelations(tx, row.id), { action, body, extra }),
};

export type ProposalStep = StepContext<ProposalRow, ProposalRelations, ProposalRole, ProposalFacts>;

export type ProposalTransition = RequestFor<typeof PROPOSAL_ADAPTER>;

/** The one way a proposal changes status: the platform's engine with the proposal adapter. */
export function transitionProposal(db: Db, actor: Actor, req: ProposalTransition): Promise<ProposalRow> {
  return applyTransition(db, PROPOSAL_ADAPTER, actor, req);
}

/** The caller's abilities on a proposal, from the same table and facts the engine checks. */
export async function proposalAbilities(db: DbOrTx, actor: Actor, p: ProposalRow, rel: ProposalRelations) {
  const roles = proposalRolesOf(actor, p, rel);
  return PROPOSAL_WORKFLOW.abilities(
    p.status as ProposalStatus,
    roles,
    await proposalFacts(db, actor, p, rel),
  );
}

export type ProposalStepOutcome = StepOutcome<ProposalStatus, PatchOf<typeof proposals>, ExtraRecipients>;
