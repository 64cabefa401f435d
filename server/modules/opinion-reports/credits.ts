import { asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ADOPTION_LEVEL_LABELS, type AdoptionLevel } from '../../../domain/bulletin-issues';
import type { DbOrTx } from '../../db/client';
import { members, opinionAdoptions, opinionReports, sectors } from '../../db/schema';

const memberSector = alias(sectors, 'member_sector');

/** Groups rows by item id. */
function byItem<T extends { itemId: number | null }>(rows: T[]) {
  const map = new Map<number, Omit<T, 'itemId'>[]>();
  for (const { itemId, ...rest } of rows) {
    if (itemId === null) continue;
    map.set(itemId, [...(map.get(itemId) ?? []), rest]);
  }
  return map;
}

export interface Adoption {
  level: string;
  levelLabel: string;
  adoptedOn: string;
  evidence: string;
}

/** The adoptions of each item by level, the highest level first. */
export async function adoptionsOf(db: DbOrTx, itemIds: number[]): Promise<Map<number, Adoption[]>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({
      itemId: opinionAdoptions.itemId,
      level: opinionAdoptions.level,
      adoptedOn: opinionAdoptions.adoptedOn,
      evidence: opinionAdoptions.evidence,
    })
    .from(opinionAdoptions)
    .where(inArray(opinionAdoptions.itemId, itemIds))
    .orderBy(asc(opinionAdoptions.id));
  const order = Object.keys(ADOPTION_LEVEL_LABELS);
  const labelled = rows
    .map((r) => ({ ...r, levelLabel: ADOPTION_LEVEL_LABELS[r.level as AdoptionLevel] }))
    .sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  return byItem(labelled);
}

export interface Reporter {
  name: string;
  sectorName: string | null;
}

/** Every reporter of each item (merged reports keep theirs), in the order their reports came. */
export async function reportersOf(db: DbOrTx, itemIds: number[]): Promise<Map<number, Reporter[]>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({
      itemId: opinionReports.itemId,
      name: sql<string>`coalesce(${members.name}, ${opinionReports.reporterName}, '')`,
      sectorName: sql<string | null>`coalesce(${memberSector.name}, ${sectors.name})`,
    })
    .from(opinionReports)
    .leftJoin(members, eq(members.id, opinionReports.reporterMemberId))
    .leftJoin(memberSector, eq(memberSector.id, members.sectorId))
    .leftJoin(sectors, eq(sectors.id, opinionReports.sectorId))
    .where(inArray(opinionReports.itemId, itemIds))
    .orderBy(asc(opinionReports.id));
  return byItem(rows);
}
