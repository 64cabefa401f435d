import { and, eq, or } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { inspections, supervisionGroups } from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import { participatesSql } from '../consultation-activities/joint-scope';
import { canReadSupervision } from './policy';

export type GroupRow = typeof supervisionGroups.$inferSelect;
export type InspectionRow = typeof inspections.$inferSelect;

/** A supervision group the caller may read (in scope, or joint with the caller's committee invited); else a 404. */
export async function loadGroup(db: DbOrTx, actor: Actor, id: number): Promise<GroupRow> {
  const [row] = await db
    .select()
    .from(supervisionGroups)
    .where(
      and(
        eq(supervisionGroups.id, id),
        or(
          inReadScope(supervisionGroups.committeeId, actor),
          participatesSql(supervisionGroups.id, actor, 'supervisionGroup'),
        ),
      ),
    );
  if (!row || !canReadSupervision(actor)) throw notFound('民主监督');
  return row;
}

/** An inspection or research the caller may read (in scope, or joint with the caller's committee invited); else a 404. */
export async function loadInspection(db: DbOrTx, actor: Actor, id: number): Promise<InspectionRow> {
  const [row] = await db
    .select()
    .from(inspections)
    .where(
      and(
        eq(inspections.id, id),
        or(inReadScope(inspections.committeeId, actor), participatesSql(inspections.id, actor, 'inspection')),
      ),
    );
  if (!row || !canReadSupervision(actor)) throw notFound('视察调研');
  return row;
}
