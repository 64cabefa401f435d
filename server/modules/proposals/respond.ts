import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { proposals } from '../../db/schema';
import { mayInstructOn } from '../instructions/policy';
import { loadDetail } from './detail';
import { handlingView } from './handling-detail';
import { instructableProposal } from './instruction-subject';
import { canDeleteDraft, canReadProposal, proposalRolesOf } from './policy';
import { presentProposal } from './present';
import { loadReadable, loadRelations } from './relations';
import { proposalAbilities } from './transition';

/** The proposal as the caller sees it now: every read and every step answers with this. */
export async function proposalView(db: DbOrTx, actor: Actor, id: number) {
  const { proposal, relations } = await loadReadable(db, actor, id);
  const view = presentProposal(proposal, await loadDetail(db, proposal));
  const abilities = await proposalAbilities(db, actor, proposal, relations);
  const handling = await handlingView(db, actor, proposal, relations);
  const roles = proposalRolesOf(actor, proposal, relations);
  return {
    ...view,
    handling,
    abilities: {
      ...abilities,
      delete: canDeleteDraft(roles, proposal),
      instruct:
        instructableProposal(proposal.status) && mayInstructOn(actor, 'proposal', proposal.committeeId),
    },
  };
}

/**
 * What a step answers: the proposal as the caller now sees it, or, when the step took it out of
 * the caller's sight (退回修改 makes it the proposer's draft again), only that it is gone.
 */
export async function proposalStepView(db: DbOrTx, actor: Actor, id: number) {
  const [proposal] = await db.select().from(proposals).where(eq(proposals.id, id));
  if (proposal && !canReadProposal(actor, proposal, await loadRelations(db, id))) {
    return { id, readable: false as const, status: proposal.status, version: proposal.version };
  }
  return proposalView(db, actor, id);
}
