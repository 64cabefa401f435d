import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { loadDetail } from './detail';
import { handlingView } from './handling-detail';
import { presentProposal } from './present';
import { loadReadable } from './relations';

/** The proposal as the caller sees it now: every read and every step answers with this. */
export async function proposalView(db: DbOrTx, actor: Actor, id: number) {
  const { proposal, relations } = await loadReadable(db, actor, id);
  const view = presentProposal(actor, proposal, relations, await loadDetail(db, proposal));
  const handling = await handlingView(db, actor, proposal, relations, view.abilities);
  return { ...view, handling: handling.section, abilities: { ...view.abilities, ...handling.abilities } };
}
