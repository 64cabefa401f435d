import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { members, proposalCategories, sectors, sessions, specialCommittees } from '../../../db/schema';
import { badRequest } from '../../../errors';
import { richTextToPlain, sanitizeRichText } from '../../../lib/rich-text';

const MAX_PART_CHARS = 20_000;

/** The three body parts, sanitised to the whitelist; each at most 20,000 characters of text. */
export function sanitizeBody(input: {
  situationHtml: string;
  analysisHtml: string;
  recommendationHtml: string;
}) {
  const parts = [
    ['situationHtml', '情况'],
    ['analysisHtml', '分析'],
    ['recommendationHtml', '建议'],
  ] as const;
  const out = { situationHtml: '', analysisHtml: '', recommendationHtml: '' };
  for (const [key, label] of parts) {
    const html = sanitizeRichText(input[key]);
    if (richTextToPlain(html).length > MAX_PART_CHARS) {
      throw badRequest(`${label}：不能超过 ${MAX_PART_CHARS} 字`, key);
    }
    out[key] = html;
  }
  return out;
}

/** A row of a per-committee catalogue, or a 400 naming the field. */
async function checkOwned(
  db: DbOrTx,
  table: typeof sessions | typeof proposalCategories | typeof sectors | typeof specialCommittees,
  committeeId: number,
  id: number,
  field: string,
  label: string,
) {
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, id), eq(table.committeeId, committeeId)));
  if (!row) throw badRequest(`${label}：不存在`, field);
}

export const checkSession = (db: DbOrTx, committeeId: number, id: number) =>
  checkOwned(db, sessions, committeeId, id, 'sessionId', '届次会议');

export async function checkCategory(db: DbOrTx, committeeId: number, id: number | null) {
  if (id === null) return;
  const [row] = await db
    .select({ active: proposalCategories.active })
    .from(proposalCategories)
    .where(and(eq(proposalCategories.id, id), eq(proposalCategories.committeeId, committeeId)));
  if (!row?.active) throw badRequest('提案类别：不存在或已停用', 'categoryId');
}

export const checkSector = (db: DbOrTx, committeeId: number, id: number) =>
  checkOwned(db, sectors, committeeId, id, 'sectorId', '界别');

export const checkSpecialCommittee = (db: DbOrTx, committeeId: number, id: number) =>
  checkOwned(db, specialCommittees, committeeId, id, 'specialCommitteeId', '专门委员会');

/** Co-signers are active members of the same committee, listed once, never the lead himself. */
export async function checkCosigners(
  db: DbOrTx,
  committeeId: number,
  ids: number[],
  leadMemberId: number | null,
) {
  if (new Set(ids).size !== ids.length) throw badRequest('联名人：不能重复', 'cosignerMemberIds');
  if (leadMemberId !== null && ids.includes(leadMemberId)) {
    throw badRequest('联名人：第一提案人不能同时作为联名人', 'cosignerMemberIds');
  }
  if (ids.length === 0) return;
  const found = await db
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.id, ids), eq(members.committeeId, committeeId), eq(members.status, 'active')));
  if (found.length !== ids.length) throw badRequest('联名人：须为本委员会的在任委员', 'cosignerMemberIds');
}
