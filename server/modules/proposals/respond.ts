import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { loadDetail } from './detail';
import { handlingView } from './handling-detail';
import { canDeleteDraft, proposalRolesOf } from './policy';
import { presentProposal } from './present';
import { loadReadable } from './relations';
import { proposalAbilities } from './transition';

/** The proposal as the caller sees it now: every read and every step answers with this. */
export async function proposalView(db: DbOrTx, actor: Actor, id: number) {
  const { proposal, relations } = await loadReadable(db, actor, id);
  const view = presentProposal(proposal, await loadDetail(db, proposal));
  const abilities = await proposalAbilities(db, actor, proposal, relations);
  const handling = await handlingView(db, actor, proposal, relations);
  const roles = proposalRolesOf(actor, proposal, relations);
  return { ...view, handling, abilities: { ...abilities, delete: canDeleteDraft(roles, proposal) } };
}
