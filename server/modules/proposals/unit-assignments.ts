import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { proposalAssignments } from '../../db/schema';
import { owesWork } from './deadlines';

export type AssignmentRow = typeof proposalAssignments.$inferSelect;

/** 主办 and 分办 units reply; a 会办 unit sends its views to the 主办 instead. */
export const isReplying = (a: Pick<AssignmentRow, 'mode'>) => a.mode !== 'cooperating';

/** The active assignments of a proposal, each with whether it still owes its reply or views. */
export async function activeAssignments(db: DbOrTx, proposalId: number) {
  const rows = await db
    .select({ a: proposalAssignments, owes: owesWork })
    .from(proposalAssignments)
    .where(and(eq(proposalAssignments.proposalId, proposalId), eq(proposalAssignments.state, 'active')))
    .orderBy(asc(proposalAssignments.id));
  return rows.map((r) => ({ ...r.a, owes: Boolean(r.owes) }));
}

/** The caller's unit's active assignments on a proposal (the workflow role guarantees at least one). */
export async function myAssignments(db: DbOrTx, actor: Actor, proposalId: number) {
  const all = await activeAssignments(db, proposalId);
  return all.filter((a) => a.unitId === actor.handlingUnitId);
}
