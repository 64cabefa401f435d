import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { instructions } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { instructionSubject } from '../instruction-subjects';
import { canReadInstruction } from './policy';
import { itemColumns, presentRows } from './queries';

/** More 批示 than this on one document is not a real case; the page shows the first ones. */
const MOST_ON_ONE_DOCUMENT = 100;

/**
 * The 批示 on one document, for whoever may read the document, and for its reporters and proposers
 * (a reporter reads their report, not the editors' item or the issue that carried it). Each says
 * whether the caller may open the 批示 itself (staff, its leader, a named unit).
 */
export async function instructionsOnDocument(
  db: DbOrTx,
  actor: Actor,
  subjectType: string,
  subjectId: number,
) {
  const kind = instructionSubject(subjectType)!;
  if (!(await kind.audience(db, subjectId)).includes(actor.userId)) await kind.load(db, actor, subjectId);
  const rows = await db
    .select(itemColumns(shanghaiDate(now()), actor))
    .from(instructions)
    .where(and(eq(instructions.subjectType, subjectType), eq(instructions.subjectId, subjectId)))
    .orderBy(asc(instructions.instructedOn), asc(instructions.id))
    .limit(MOST_ON_ONE_DOCUMENT);
  return (await presentRows(db, rows)).map((i) => ({
    ...i,
    readable: canReadInstruction(
      actor,
      i,
      i.units.some((u) => u.unitId === actor.handlingUnitId),
    ),
  }));
}
