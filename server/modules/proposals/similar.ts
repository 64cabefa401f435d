import { and, asc, count, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import {
  DEFAULT_REPLY_CATEGORIES,
  formatProposalNumber,
  PROPOSAL_STATUS_LABELS,
  type ProposalStatus,
  type ReplyCategoryLevel,
} from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  handlingUnits,
  proposalAssignments,
  proposalReplies,
  proposalSettings,
  proposals,
  sessions,
} from '../../db/schema';
import { inReadScope } from '../org/committees';
import { anyTermQuery, matches, rankOf } from './search';

/** Proposals that went through review and were taken up: the ones whose handling can teach something. */
export const HANDLED_STATUSES: ProposalStatus[] = [
  'registered',
  'assigned',
  'handling',
  'returned',
  'replied',
  'rehandling',
  'rated',
  'concluded',
];

/** How many similar proposals a drafter or reviewer is shown, and how many suggest units. */
export const SIMILAR_LIMIT = 10;

/**
 * Where similar proposals come from: the caller's own committee; staff also see the committees
 * below theirs (a city's office learns from its districts).
 */
function similarScope(actor: Actor): SQL {
  return actor.role === 'staff'
    ? inReadScope(proposals.committeeId, actor)
    : eq(proposals.committeeId, actor.committeeId);
}

/**
 * The ids of the best matches, best first: handled proposals sharing any key term, ranked by
 * ts_rank. A subquery so the caller's one statement ranks on the GIN matches and stops at LIMIT.
 */
function topMatches(db: DbOrTx, terms: string[], where: SQL, limit: number) {
  const query = anyTermQuery(terms);
  return db
    .select({ id: proposals.id, score: rankOf(query).as('score') })
    .from(proposals)
    .where(and(where, inArray(proposals.status, HANDLED_STATUSES), matches(query)))
    .orderBy(desc(sql`score`), desc(proposals.id))
    .limit(limit)
    .as('top');
}

const activeUnitNames = sql<string[]>`coalesce((
  select json_agg(u.name order by a.id) from ${proposalAssignments} a
  join ${handlingUnits} u on u.id = a.unit_id
  where a.proposal_id = ${proposals.id} and a.state = 'active'), '[]'::json)`;
const latestReplyCategory = sql<string | null>`(
  select r.category from ${proposalReplies} r where r.proposal_id = ${proposals.id}
  order by r.round desc, r.id desc limit 1)`;

/**
 * Similar proposals for a text: handled proposals in the caller's scope sharing its key terms,
 * with how each was handled (number, session, status, units, the latest reply's category).
 * One statement: rank on the index, cut at the limit, then describe only those rows.
 */
export async function findSimilar(db: DbOrTx, actor: Actor, input: { terms: string[]; excludeId?: number }) {
  if (input.terms.length === 0) return [];
  const where = and(
    similarScope(actor),
    input.excludeId ? ne(proposals.id, input.excludeId) : undefined,
  ) as SQL;
  const top = topMatches(db, input.terms, where, SIMILAR_LIMIT);
  const rows = await db
    .select({
      id: proposals.id,
      committeeId: proposals.committeeId,
      number: proposals.number,
      title: proposals.title,
      status: proposals.status,
      sessionName: sessions.name,
      year: sessions.year,
      unitNames: activeUnitNames,
      replyCategory: latestReplyCategory,
      replyCategories: proposalSettings.replyCategories,
      score: top.score,
    })
    .from(top)
    .innerJoin(proposals, eq(proposals.id, top.id))
    .innerJoin(sessions, eq(sessions.id, proposals.sessionId))
    .leftJoin(proposalSettings, eq(proposalSettings.committeeId, proposals.committeeId))
    .orderBy(desc(top.score), desc(proposals.id));
  return rows.map(presentSimilar);
}

/** A similar proposal as the drafter or reviewer sees it (a summary, never the body). */
function presentSimilar(r: {
  id: number;
  committeeId: number;
  number: number | null;
  title: string;
  status: string;
  sessionName: string;
  year: number;
  unitNames: string[];
  replyCategory: string | null;
  replyCategories: ReplyCategoryLevel[] | null;
  score: number;
}) {
  const levels = r.replyCategories ?? DEFAULT_REPLY_CATEGORIES;
  return {
    id: r.id,
    committeeId: r.committeeId,
    number: r.number,
    numberLabel: formatProposalNumber(r.number),
    title: r.title,
    sessionName: r.sessionName,
    year: r.year,
    status: r.status,
    statusLabel: PROPOSAL_STATUS_LABELS[r.status as ProposalStatus] ?? r.status,
    unitNames: r.unitNames,
    replyCategory: r.replyCategory,
    replyCategoryLabel: levels.find((l) => l.code === r.replyCategory)?.label ?? null,
    score: Number(r.score),
  };
}

/**
 * Units for the assignment form: those that answered (主办, or 分办 where each unit answers on
 * its own) the most similar earlier proposals of the same committee, most often first.
 */
export async function suggestUnits(
  db: DbOrTx,
  proposal: { id: number; committeeId: number },
  terms: string[],
) {
  if (terms.length === 0) return [];
  const where = and(eq(proposals.committeeId, proposal.committeeId), ne(proposals.id, proposal.id)) as SQL;
  const top = topMatches(db, terms, where, SIMILAR_LIMIT);
  const times = count(proposalAssignments.id);
  return db
    .select({ unitId: handlingUnits.id, unitName: handlingUnits.name, count: times })
    .from(top)
    .innerJoin(
      proposalAssignments,
      and(
        eq(proposalAssignments.proposalId, top.id),
        eq(proposalAssignments.state, 'active'),
        inArray(proposalAssignments.mode, ['lead', 'separate']),
      ),
    )
    .innerJoin(handlingUnits, eq(handlingUnits.id, proposalAssignments.unitId))
    .groupBy(handlingUnits.id, handlingUnits.name)
    .orderBy(desc(times), asc(handlingUnits.name));
}
