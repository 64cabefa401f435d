import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  committees,
  handlingUnits,
  members,
  proposalAssignments,
  proposalCategories,
  proposalReplies,
  proposalSigners,
  proposals,
  sessions,
} from '../../db/schema';
import { notFound } from '../../errors';
import { offsetOf } from '../../http/paging';
import { textFilter, textOrder } from '../proposals/search';

/**
 * What the public may see: a proposal whose reply the staff published (proposals.is_public
 * follows the published replies; the reply itself is checked too, so nothing unpublished leaks).
 */
const published = and(
  eq(proposals.isPublic, true),
  sql`exists (select 1 from ${proposalReplies} r where r.proposal_id = ${proposals.id} and r.public_state = 'published')`,
) as SQL;

/** Every committee, for the selector: names and levels are public anyway. */
export function publicCommittees(db: DbOrTx) {
  return db
    .select({ id: committees.id, name: committees.name, level: committees.level })
    .from(committees)
    .orderBy(asc(committees.path));
}

/**
 * The committee the page opens on: the lowest-id county committee with published replies,
 * else the first committee. Walks committees in id order and stops at the first hit.
 */
export async function defaultPublicCommittee(db: DbOrTx): Promise<number | null> {
  const [county] = await db
    .select({ id: committees.id })
    .from(committees)
    .where(
      and(
        eq(committees.level, 'county'),
        sql`exists (select 1 from ${proposals} where ${proposals.committeeId} = ${committees.id} and ${published})`,
      ),
    )
    .orderBy(asc(committees.id))
    .limit(1);
  if (county) return county.id;
  const [first] = await db
    .select({ id: committees.id })
    .from(committees)
    .orderBy(asc(committees.id))
    .limit(1);
  return first?.id ?? null;
}

export async function committeeName(db: DbOrTx, id: number): Promise<string | null> {
  const [row] = await db.select({ name: committees.name }).from(committees).where(eq(committees.id, id));
  return row?.name ?? null;
}

/** The committee a public page shows (its id and name), when there is one; else a 404 (委员会). */
export async function publicCommitteeOr404(db: DbOrTx, id: number | null) {
  const [c] =
    id === null
      ? []
      : await db
          .select({ id: committees.id, name: committees.name })
          .from(committees)
          .where(eq(committees.id, id));
  if (!c) throw notFound('委员会');
  return c;
}

/** The sessions of a committee that have published proposals, newest first, for the filter. */
export function publicSessions(db: DbOrTx, committeeId: number) {
  return db
    .select({ id: sessions.id, name: sessions.name, year: sessions.year })
    .from(sessions)
    .where(
      and(
        eq(sessions.committeeId, committeeId),
        sql`exists (select 1 from ${proposals} where ${proposals.sessionId} = ${sessions.id} and ${published})`,
      ),
    )
    .orderBy(desc(sessions.year), desc(sessions.ordinal));
}

const columns = {
  id: proposals.id,
  committeeId: proposals.committeeId,
  number: proposals.number,
  title: proposals.title,
  submitterName: proposals.submitterName,
  sessionName: sessions.name,
  year: sessions.year,
  categoryName: proposalCategories.name,
};

function baseSelect(db: DbOrTx) {
  return db
    .select(columns)
    .from(proposals)
    .innerJoin(sessions, eq(sessions.id, proposals.sessionId))
    .leftJoin(proposalCategories, eq(proposalCategories.id, proposals.categoryId));
}

export interface PublicListFilter {
  committeeId: number;
  sessionId?: number;
  q?: string;
  page: number;
  pageSize: number;
}

/** One page of a committee's published proposals, searched in full text, most relevant or newest first. */
export async function listPublicProposals(db: DbOrTx, f: PublicListFilter) {
  const where = and(
    eq(proposals.committeeId, f.committeeId),
    published,
    f.sessionId ? eq(proposals.sessionId, f.sessionId) : undefined,
    f.q ? textFilter(f.q, f.committeeId) : undefined,
  );
  const rows = await baseSelect(db)
    .where(where)
    .orderBy(...textOrder(f.q), desc(sessions.year), asc(proposals.number), asc(proposals.id))
    .limit(f.pageSize)
    .offset(offsetOf(f));
  const [{ total }] = await db.select({ total: count() }).from(proposals).where(where);
  return { rows, total };
}

/** One published proposal, or null (unpublished and unknown ids look the same). */
export async function findPublicProposal(db: DbOrTx, id: number) {
  const [row] = await baseSelect(db).where(and(eq(proposals.id, id), published));
  return row ?? null;
}

export type PublicRow = Awaited<ReturnType<typeof findPublicProposal>> & {};

/** The text of one published proposal (its three parts), for the detail page only. */
export async function publicProposalText(db: DbOrTx, id: number) {
  const [text] = await db
    .select({
      situationHtml: proposals.situationHtml,
      analysisHtml: proposals.analysisHtml,
      recommendationHtml: proposals.recommendationHtml,
    })
    .from(proposals)
    .where(eq(proposals.id, id));
  return text;
}

export type PublicText = Awaited<ReturnType<typeof publicProposalText>>;

/**
 * Names and handling of some published proposals: signers' names only (never any contact
 * field), the units holding them, and the published replies — the public text, never the letter.
 */
export async function publicExtras(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return { signers: [], units: [], replies: [] };
  const [signers, units, replies] = await Promise.all([
    db
      .select({ proposalId: proposalSigners.proposalId, name: members.name })
      .from(proposalSigners)
      .innerJoin(members, eq(members.id, proposalSigners.memberId))
      .where(and(inArray(proposalSigners.proposalId, ids), eq(proposalSigners.state, 'confirmed')))
      .orderBy(asc(proposalSigners.ordinal)),
    db
      .select({
        proposalId: proposalAssignments.proposalId,
        name: handlingUnits.name,
        mode: proposalAssignments.mode,
      })
      .from(proposalAssignments)
      .innerJoin(handlingUnits, eq(handlingUnits.id, proposalAssignments.unitId))
      .where(and(inArray(proposalAssignments.proposalId, ids), eq(proposalAssignments.state, 'active')))
      .orderBy(asc(proposalAssignments.id)),
    db
      .select({
        id: proposalReplies.id,
        proposalId: proposalReplies.proposalId,
        unitName: handlingUnits.name,
        unitPhone: handlingUnits.contactPhone,
        category: proposalReplies.category,
        publicBodyHtml: proposalReplies.publicBodyHtml,
        publishedAt: proposalReplies.publishedAt,
      })
      .from(proposalReplies)
      .innerJoin(handlingUnits, eq(handlingUnits.id, proposalReplies.unitId))
      .where(and(inArray(proposalReplies.proposalId, ids), eq(proposalReplies.publicState, 'published')))
      .orderBy(asc(proposalReplies.round), asc(proposalReplies.id)),
  ]);
  return { signers, units, replies };
}

export type PublicExtras = Awaited<ReturnType<typeof publicExtras>>;
