import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';
import { instructions, instructionUnits } from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import { canReadInstruction } from './policy';

export type InstructionRow = typeof instructions.$inferSelect;
export type UnitPartRow = typeof instructionUnits.$inferSelect;

async function readable(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(instructions)
    .where(and(eq(instructions.id, id), inReadScope(instructions.committeeId, actor)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('批示');
  const units = await db
    .select()
    .from(instructionUnits)
    .where(eq(instructionUnits.instructionId, id))
    .orderBy(instructionUnits.id);
  const mine = units.find((u) => actor.handlingUnitId !== null && u.unitId === actor.handlingUnitId) ?? null;
  if (!canReadInstruction(actor, row, mine !== null)) throw notFound('批示');
  return { row, units, mine };
}

/** A 批示 the caller may read, with every named unit's part and the caller's own; else a 404. */
export const loadInstruction = (db: DbOrTx, actor: Actor, id: number) => readable(db, actor, id, false);
export const lockInstruction = (tx: Tx, actor: Actor, id: number) => readable(tx, actor, id, true);
