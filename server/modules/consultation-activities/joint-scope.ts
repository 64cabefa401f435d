import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { consultationParticipants } from '../../db/schema';

/**
 * SQL condition: the activity (by its id column) is a joint activity (联动协商) the caller's committee
 * was invited to. With the read scope, this is who sees an activity: its organiser and the committees
 * above it, and its participants; a committee outside both sees nothing.
 */
export const participatesSql = (consultationId: unknown, actor: Pick<Actor, 'committeeId'>) =>
  sql`${consultationId} in (select p.consultation_id from ${consultationParticipants} p where p.committee_id = ${actor.committeeId})`;

/** The participating committees' ids of an activity, in the order they were invited. */
export async function participantIdsOf(db: DbOrTx, consultationId: number): Promise<number[]> {
  const rows = await db
    .select({ committeeId: consultationParticipants.committeeId })
    .from(consultationParticipants)
    .where(eq(consultationParticipants.consultationId, consultationId))
    .orderBy(asc(consultationParticipants.id));
  return rows.map((r) => r.committeeId);
}
