import { and, asc, eq, min, or, type SQL, sql } from 'drizzle-orm';
import { ownCommitteeLabel, type StatsGroupBy } from '../../../domain/proposal-stats';
import type { DbOrTx } from '../../db/client';
import { committees, handlingUnits, proposalCategories, sectors } from '../../db/schema';
import { type Committee, inReadScope } from '../../platform/scope';

/**
 * How proposals fall into groups. Sectors and categories are per-committee lists with the same
 * names (every county has its 教育界), so a higher committee's table groups them by name; units
 * are real organisations, so they stay apart (with their committee named); sub-committees fold
 * their own subtree into one row.
 */
export interface GroupSpec {
  /** The group of a proposal: an expression over `p` (proposals), `c` (its committee) and `gx`. */
  key: SQL;
  /** An extra join that brings `gx` in. */
  join: SQL;
}

export function groupSpec(groupBy: StatsGroupBy, root: Committee): GroupSpec {
  switch (groupBy) {
    case 'sector':
      return { key: sql`gx.name`, join: sql`left join sectors gx on gx.id = p.sector_id` };
    case 'category':
      return { key: sql`gx.name`, join: sql`left join proposal_categories gx on gx.id = p.category_id` };
    case 'committee':
      return {
        key: sql`coalesce(nullif(split_part(substr(c.path, ${root.path.length + 1}), '/', 1), '')::int, ${root.id})`,
        join: sql``,
      };
    default:
      return { key: sql`null::int`, join: sql`` };
  }
}

export interface GroupLabel {
  key: number | string;
  label: string;
}

/** The subtree of the committee being viewed (the caller's own or one below it). */
export const scopeOf = (c: Committee) => ({ committeePath: c.path });

/** Sector or category names of the subtree, in the catalogues' order. */
async function namesOf(db: DbOrTx, table: typeof sectors | typeof proposalCategories, root: Committee) {
  const rows = await db
    .select({ name: table.name, order: min(table.sortOrder) })
    .from(table)
    .where(inReadScope(table.committeeId, scopeOf(root)))
    .groupBy(table.name)
    .orderBy(asc(min(table.sortOrder)), asc(table.name));
  return rows.map((r) => ({ key: r.name, label: r.name }));
}

/** Units of the subtree; a lower committee's unit is named with its committee. */
async function unitsOf(db: DbOrTx, root: Committee) {
  const rows = await db
    .select({
      id: handlingUnits.id,
      name: handlingUnits.name,
      committeeId: committees.id,
      committee: committees.name,
    })
    .from(handlingUnits)
    .innerJoin(committees, eq(committees.id, handlingUnits.committeeId))
    .where(and(inReadScope(handlingUnits.committeeId, scopeOf(root))))
    .orderBy(asc(committees.path), asc(handlingUnits.sortOrder), asc(handlingUnits.name));
  return rows.map((u) => ({
    key: u.id,
    label: u.committeeId === root.id ? u.name : `${u.name}（${u.committee}）`,
  }));
}

/** The groups' keys and names in the office's order (catalogue order, the committee tree). */
export async function groupLabels(db: DbOrTx, groupBy: StatsGroupBy, root: Committee): Promise<GroupLabel[]> {
  if (groupBy === 'unit') return unitsOf(db, root);
  if (groupBy === 'sector') return namesOf(db, sectors, root);
  if (groupBy === 'category') return namesOf(db, proposalCategories, root);
  if (groupBy === 'overall') return [];
  const rows = await db
    .select({ id: committees.id, name: committees.name })
    .from(committees)
    .where(or(eq(committees.id, root.id), eq(committees.parentId, root.id)))
    .orderBy(asc(committees.path));
  return rows.map((c) => ({ key: c.id, label: c.id === root.id ? ownCommitteeLabel(c.name) : c.name }));
}
