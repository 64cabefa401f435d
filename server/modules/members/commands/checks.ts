import { and, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client';
import {
  activityGroups,
  liaisonGroups,
  members,
  sectors,
  specialCommittees,
  terms,
} from '../../../db/schema';
import { badRequest, conflict } from '../../../errors';

type CatalogueTable = PgTable & { id: PgColumn; committeeId: PgColumn };

const CATALOGUE_REFS: {
  key: 'sectorId' | 'specialCommitteeId' | 'liaisonGroupId' | 'termId';
  label: string;
  table: CatalogueTable;
}[] = [
  { key: 'sectorId', label: '界别', table: sectors },
  { key: 'specialCommitteeId', label: '专门委员会', table: specialCommittees },
  { key: 'liaisonGroupId', label: '联络组', table: liaisonGroups },
  { key: 'termId', label: '届次', table: terms },
];

/**
 * A member may only point at its own committee's catalogues: an id from another committee is
 * a 400 naming the field, like any other bad input.
 */
export async function assertOwnCatalogueRefs(
  db: DbOrTx,
  committeeId: number,
  input: Partial<Record<(typeof CATALOGUE_REFS)[number]['key'], number | null>>,
): Promise<void> {
  for (const ref of CATALOGUE_REFS) {
    const id = input[ref.key];
    if (id === undefined || id === null) continue;
    const [row] = await db
      .select({ id: ref.table.id })
      .from(ref.table)
      .where(and(eq(ref.table.id, id), eq(ref.table.committeeId, committeeId)));
    if (!row) throw badRequest(`${ref.label}：不存在或不属于本委员会`, ref.key);
  }
}

/** Activity groups must all belong to the member's committee; returns the distinct ids. */
export async function assertOwnActivityGroups(
  db: DbOrTx,
  committeeId: number,
  ids: number[],
): Promise<number[]> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return distinct;
  const found = await db
    .select({ id: activityGroups.id })
    .from(activityGroups)
    .where(and(inArray(activityGroups.id, distinct), eq(activityGroups.committeeId, committeeId)));
  if (found.length !== distinct.length)
    throw badRequest('活动组：不存在或不属于本委员会', 'activityGroupIds');
  return distinct;
}

/** Drizzle wraps driver errors; the SQLSTATE and constraint sit on the error or a cause. */
function pgError(err: unknown): { code?: string; constraint?: string } | null {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    if (typeof (e as { code?: unknown }).code === 'string') return e as { code: string; constraint?: string };
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Turns a unique-index violation into the user's 409: the index is the final guard against two
 * concurrent saves of the same phone, ID number or link.
 */
export function duplicateError(err: unknown): unknown {
  const pg = pgError(err);
  if (pg?.code !== '23505') return err;
  if (pg.constraint === 'members_id_number_digest_uq')
    return conflict('身份证号：本委员会已有使用该身份证号的委员');
  if (pg.constraint === 'member_links_pair_uq') return conflict('该联系关系已存在');
  return conflict('手机号：本委员会已有使用该手机号的委员');
}

/** Refuses a phone or ID number that another member of the committee already uses. */
export async function assertContactUnused(
  db: DbOrTx,
  committeeId: number,
  digests: { phoneDigest?: string | null; idNumberDigest?: string | null },
  exceptId?: number,
): Promise<void> {
  const checks = [
    {
      digest: digests.phoneDigest,
      column: members.phoneDigest,
      message: '手机号：本委员会已有使用该手机号的委员',
    },
    {
      digest: digests.idNumberDigest,
      column: members.idNumberDigest,
      message: '身份证号：本委员会已有使用该身份证号的委员',
    },
  ];
  for (const c of checks) {
    if (!c.digest) continue;
    const [hit] = await db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.committeeId, committeeId), eq(c.column, c.digest)));
    if (hit && hit.id !== exceptId) throw conflict(c.message);
  }
}
