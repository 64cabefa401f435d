import { and, asc, count, eq, ilike, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { OrgResource, OrgResourceKey } from '../../../domain/org-resources';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  activityGroups,
  departments,
  handlingUnits,
  leaders,
  liaisonGroups,
  proposalTopics,
  sectors,
  specialCommittees,
} from '../../db/schema';
import { notFound } from '../../errors';
import { offsetOf } from '../../http/paging';
import { withIntegrityErrors } from '../../platform/db-errors';
import { inReadScope, likePattern } from '../../platform/scope';
import { assertCanChange, rowAbilities } from './policy';

/** The table behind each catalogue definition in domain/org-resources.ts. */
const TABLES: Record<OrgResourceKey, PgTable> = {
  sectors,
  specialCommittees,
  liaisonGroups,
  activityGroups,
  departments,
  handlingUnits,
  leaders,
  proposalTopics,
};

/** The columns every catalogue table shares (server/db/schema/org.ts catalogColumns). */
type CatalogueTable = PgTable & Record<'id' | 'committeeId' | 'name' | 'sortOrder', PgColumn>;
export type CatalogueRow = Record<string, unknown> & { id: number; committeeId: number; name: string };

/** The table of a catalogue definition. */
export const tableOf = (def: OrgResource) => TABLES[def.key] as CatalogueTable;

export interface CatalogueFilter {
  committeeId: number;
  q?: string;
}

/** One page (or, for exports, up to `limit` rows) of one committee's catalogue, in display order. */
export async function listCatalogue(
  db: DbOrTx,
  def: OrgResource,
  filter: CatalogueFilter,
  paging: { page: number; pageSize: number },
): Promise<{ rows: CatalogueRow[]; total: number }> {
  const t = tableOf(def);
  const where = and(
    eq(t.committeeId, filter.committeeId),
    filter.q ? ilike(t.name, likePattern(filter.q)) : undefined,
  );
  const rows = await db
    .select()
    .from(t)
    .where(where)
    .orderBy(asc(t.sortOrder), asc(t.id))
    .limit(paging.pageSize)
    .offset(offsetOf(paging));
  const [{ total }] = await db.select({ total: count() }).from(t).where(where);
  return { rows: rows as CatalogueRow[], total };
}

/** A row the caller may read, or a 404: rows of other committees' subtrees do not exist for them. */
export async function loadCatalogueRow(db: DbOrTx, def: OrgResource, actor: Actor, id: number) {
  const t = tableOf(def);
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.id, id), inReadScope(t.committeeId, actor)));
  if (!row) throw notFound(def.label);
  return row as CatalogueRow;
}

const integrityMessages = (def: OrgResource, name: string) => ({
  duplicate: `${def.label}「${name}」已存在`,
  inUse: `${def.label}「${name}」正在使用中，不能删除`,
});

/**
 * Adds a row to the caller's own committee; a duplicate name is a 409. Without a 排序 it goes after
 * the committee's others, not before them all at 0.
 */
export async function createCatalogueRow(
  db: DbOrTx,
  def: OrgResource,
  actor: Actor,
  values: Record<string, unknown>,
): Promise<CatalogueRow> {
  const t = tableOf(def);
  let sortOrder = values.sortOrder;
  if (sortOrder === undefined || sortOrder === null) {
    const [{ last }] = await db
      .select({ last: sql<number>`coalesce(max(${t.sortOrder}), 0)::int` })
      .from(t)
      .where(eq(t.committeeId, actor.committeeId));
    sortOrder = last + 1;
  }
  const [row] = await withIntegrityErrors(
    () =>
      db
        .insert(t)
        .values({ ...values, sortOrder, committeeId: actor.committeeId } as never)
        .returning(),
    integrityMessages(def, String(values.name)),
  );
  return row as CatalogueRow;
}

/**
 * Replaces a row's fields (an empty 排序 keeps its place): 404 outside read scope, 403 in scope
 * but not the caller's to change.
 */
export async function updateCatalogueRow(
  db: DbOrTx,
  def: OrgResource,
  actor: Actor,
  id: number,
  values: Record<string, unknown>,
): Promise<CatalogueRow> {
  const t = tableOf(def);
  const current = await loadCatalogueRow(db, def, actor, id);
  assertCanChange(actor, def.managedBy, current);
  const { sortOrder, ...rest } = values;
  const [row] = await withIntegrityErrors(
    () =>
      db
        .update(t)
        .set((sortOrder === null || sortOrder === undefined ? rest : values) as never)
        .where(and(eq(t.id, id), eq(t.committeeId, actor.committeeId)))
        .returning(),
    integrityMessages(def, String(values.name)),
  );
  if (!row) throw notFound(def.label);
  return row as CatalogueRow;
}

/** Deletes a row; one still referenced (a sector with members …) is refused with a 409. */
export async function deleteCatalogueRow(db: DbOrTx, def: OrgResource, actor: Actor, id: number) {
  const t = tableOf(def);
  const current = await loadCatalogueRow(db, def, actor, id);
  assertCanChange(actor, def.managedBy, current);
  await withIntegrityErrors(
    () => db.delete(t).where(and(eq(t.id, id), eq(t.committeeId, actor.committeeId))),
    integrityMessages(def, current.name),
  );
}

/** What leaves the server for one row: its declared fields plus the caller's abilities on it. */
export function presentCatalogueRow(def: OrgResource, actor: Actor, row: CatalogueRow) {
  const fields = Object.fromEntries(def.fields.map((f) => [f.key, row[f.key] ?? null]));
  return {
    id: row.id,
    committeeId: row.committeeId,
    ...fields,
    createdAt: row.createdAt,
    abilities: rowAbilities(actor, def.managedBy, row),
  };
}
