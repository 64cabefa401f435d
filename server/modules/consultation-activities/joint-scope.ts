import { asc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { consultationParticipants as P } from '../../db/schema';
import type { ListSource } from '../../platform/list-page';
import { readScopeIds } from '../../platform/scope';

/**
 * The records a higher committee may run jointly with committees of its subtree (三级联动, seed 001):
 * consultation activities (联动协商), supervision groups (联动民主监督) and inspections or research
 * (联合视察调研). One participant table serves all three, a row naming exactly one record.
 */
export type JointKind = 'consultation' | 'supervisionGroup' | 'inspection';

/** The participant row's column naming the record of each kind. */
export const JOINT_COLUMN = {
  consultation: P.consultationId,
  supervisionGroup: P.supervisionGroupId,
  inspection: P.inspectionId,
} as const;
/** The same column's SQL name, which is also the suggestions' and speeches' origin column. */
export const JOINT_SQL_COLUMN: Record<JointKind, string> = {
  consultation: 'consultation_id',
  supervisionGroup: 'supervision_group_id',
  inspection: 'inspection_id',
};

/**
 * SQL condition: the record (by its id column) is a joint one the caller's committee was invited to.
 * With the read scope, this is who sees it: its organiser and the committees above, and its
 * participants; a committee outside both sees nothing.
 */
export const participatesSql = (
  recordId: unknown,
  actor: Pick<Actor, 'committeeId'>,
  kind: JointKind = 'consultation',
) =>
  sql`${recordId} in (select p.${sql.raw(JOINT_SQL_COLUMN[kind])} from ${P} p where p.committee_id = ${actor.committeeId} and p.${sql.raw(JOINT_SQL_COLUMN[kind])} is not null)`;

/** The participating committees' ids of a record, in the order they were invited. */
export async function participantIdsOf(
  db: DbOrTx,
  id: number,
  kind: JointKind = 'consultation',
): Promise<number[]> {
  const rows = await db
    .select({ committeeId: P.committeeId })
    .from(P)
    .where(eq(JOINT_COLUMN[kind], id))
    .orderBy(asc(P.id));
  return rows.map((r) => r.committeeId);
}

/**
 * The committees a list pages over and who sees what: the read scope, plus the organisers of joint
 * records the caller's committee takes part in, whose other records stay unseen.
 */
export async function jointListScope(
  db: DbOrTx,
  actor: Actor,
  source: ListSource,
  kind: JointKind,
): Promise<{ scopeIds: number[]; visible: SQL[] }> {
  const own = await readScopeIds(db, actor);
  const organisers = await db
    .selectDistinct({ id: sql<number>`${source.committeeId}` })
    .from(source.table)
    .where(participatesSql(source.id, actor, kind));
  const extra = organisers.map((o) => o.id).filter((id) => !own.includes(id));
  if (extra.length === 0) return { scopeIds: own, visible: [] };
  const inOwn = sql`${source.committeeId} = any(${sql.raw(`'{${own.join(',')}}'::int[]`)})`;
  return { scopeIds: [...own, ...extra], visible: [or(inOwn, participatesSql(source.id, actor, kind))!] };
}
