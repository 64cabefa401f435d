import { and, eq, ne } from 'drizzle-orm';
import type {
  AssignmentMode,
  AssignmentState,
  ExtensionState,
  KeyStage,
  SignerRole,
  SignerState,
} from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';
import { proposalAssignments, proposalKeySelections, proposalSigners, proposals } from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import { owesWork } from './deadlines';
import { canReadProposal, type ProposalRelations } from './policy';

export type ProposalRow = typeof proposals.$inferSelect;

/** Signers, assignments, merged-in proposers and the key-proposal lead of one proposal. */
export async function loadRelations(db: DbOrTx, proposalId: number): Promise<ProposalRelations> {
  // One after another: inside a transaction these share one connection.
  const signers = await db
    .select({
      memberId: proposalSigners.memberId,
      role: proposalSigners.role,
      state: proposalSigners.state,
    })
    .from(proposalSigners)
    .where(eq(proposalSigners.proposalId, proposalId));
  const assignments = await db
    .select({
      unitId: proposalAssignments.unitId,
      mode: proposalAssignments.mode,
      state: proposalAssignments.state,
      assignedAt: proposalAssignments.assignedAt,
      acceptedAt: proposalAssignments.acceptedAt,
      owes: owesWork,
      extensionState: proposalAssignments.extensionState,
    })
    .from(proposalAssignments)
    .where(eq(proposalAssignments.proposalId, proposalId));
  const merged = await db
    .select({ memberId: proposalSigners.memberId, role: proposalSigners.role })
    .from(proposalSigners)
    .innerJoin(proposals, eq(proposals.id, proposalSigners.proposalId))
    .where(and(eq(proposals.mergedIntoId, proposalId), ne(proposalSigners.state, 'declined')));
  const [key] = await db
    .select({
      stage: proposalKeySelections.stage,
      leaderId: proposalKeySelections.leadSupervisorLeaderId,
      memberId: proposalKeySelections.leadSupervisorMemberId,
    })
    .from(proposalKeySelections)
    .where(eq(proposalKeySelections.proposalId, proposalId));
  return {
    signers: signers.map((s) => ({ ...s, role: s.role as SignerRole, state: s.state as SignerState })),
    assignments: assignments.map((a) => ({
      ...a,
      mode: a.mode as AssignmentMode,
      state: a.state as AssignmentState,
      owes: Boolean(a.owes),
      extensionState: a.extensionState as ExtensionState | null,
    })),
    mergedSignerMemberIds: merged.map((m) => m.memberId),
    mergedLeadMemberIds: merged.filter((m) => m.role === 'lead').map((m) => m.memberId),
    keyStage: (key?.stage as KeyStage | undefined) ?? null,
    leadSupervisorLeaderId: key?.leaderId ?? null,
    leadSupervisorMemberId: key?.memberId ?? null,
  };
}

/** A proposal the caller may read, with its relations; anything else is a 404. */
export async function loadReadable(db: DbOrTx, actor: Actor, id: number) {
  const [proposal] = await db
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, id), inReadScope(proposals.committeeId, actor)));
  if (!proposal) throw notFound('提案');
  const relations = await loadRelations(db, id);
  if (!canReadProposal(actor, proposal, relations)) throw notFound('提案');
  return { proposal, relations };
}

/**
 * Locks the proposal row (`select … for update`) for the rest of the transaction, so two steps
 * on one proposal run one after the other and the second sees the first's result.
 */
export async function lockReadable(tx: Tx, actor: Actor, id: number) {
  const [proposal] = await tx
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, id), inReadScope(proposals.committeeId, actor)))
    .for('update');
  if (!proposal) throw notFound('提案');
  const relations = await loadRelations(tx, id);
  if (!canReadProposal(actor, proposal, relations)) throw notFound('提案');
  return { proposal, relations };
}
