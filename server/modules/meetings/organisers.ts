import { and, count, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { OrganiserKind } from '../../../domain/meetings';
import type { DbOrTx } from '../../db/client';
import { activityGroups, departments, liaisonGroups, specialCommittees } from '../../db/schema';

type Catalogue = PgTable & { id: PgColumn; committeeId: PgColumn; name: PgColumn };

/** The catalogue each kind of organiser is a row of. */
const ORGANISERS: Record<OrganiserKind, Catalogue> = {
  department: departments,
  specialCommittee: specialCommittees,
  liaisonGroup: liaisonGroups,
  activityGroup: activityGroups,
};

/** Whether the organising body is a row of the committee's own catalogue. */
export async function isOwnOrganiser(db: DbOrTx, committeeId: number, kind: OrganiserKind, id: number) {
  const table = ORGANISERS[kind];
  const [{ n }] = await db
    .select({ n: count() })
    .from(table)
    .where(and(eq(table.id, id), eq(table.committeeId, committeeId)));
  return n > 0;
}

/** The organising body's name. */
export async function organiserNameOf(db: DbOrTx, kind: OrganiserKind, id: number): Promise<string | null> {
  const table = ORGANISERS[kind];
  const [row] = await db.select({ name: table.name }).from(table).where(eq(table.id, id));
  return (row?.name as string | undefined) ?? null;
}
