import { and, asc, count, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import {
  DEFAULT_REPLY_CATEGORIES,
  formatProposalNumber,
  PROPOSAL_STATUS_LABELS,
  type ProposalStatus,
  type ReplyCategoryLevel,
} from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { Db, DbOrTx } from '../../db/client';
import {
  handlingUnits,
  proposalAssignments,
  proposalReplies,
  proposalSettings,
  proposals,
  sessions,
} from '../../db/schema';
import { inReadScope } from '../../platform/scope';
import { activeUnitNames } from './columns';
import { allTermsQuery, anyTermQuery, matches, withinScope } from './search';
import { tellingTerms, termShares } from './term-stats';

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
/** Candidates share at least two of this many most telling key terms. */
const CANDIDATE_TERMS = 4;
/**
 * At most this many candidates are ranked. Candidates already share two telling words; the cap
 * bounds the work on a province's 200,000 proposals, where a popular subject has thousands.
 */
const CANDIDATE_CAP = 200;

/**
 * Where similar proposals come from: the caller's own committee; staff also see the committees
 * below theirs (a city's office learns from its districts).
 */
function similarScope(actor: Actor): SQL {
  return actor.role === 'staff'
    ? inReadScope(proposals.committeeId, actor)
    : eq(proposals.committeeId, actor.committeeId);
}

/** Proposals sharing at least two of the most telling terms (all of them when fewer than three). */
function candidateQuery(telling: string[]): string {
  const top = telling.slice(0, CANDIDATE_TERMS);
  if (top.length < 3) return allTermsQuery(top);
  const pairs: string[] = [];
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) pairs.push(`(${allTermsQuery([top[i], top[j]])})`);
  }
  return pairs.join(' | ');
}

interface Lookup {
  /** Every key term: the ranking counts how many a proposal shares, and where (title or body). */
  terms: string[];
  /** The key terms rare enough to find candidates by (term-stats.ts). */
  telling: string[];
  /** The handled proposals to look among, and the committee whose subtree holds them. */
  where: SQL;
  committeeId: number;
}

/**
 * The best matches, best first, as a subquery: handled proposals sharing two telling terms
 * (from the GIN index, narrowed to the committee's subtree by its lexeme, cut at the cap), then
 * ranked by ts_rank over all key terms and cut at `limit`. The caller's one statement describes
 * only those rows.
 */
function topMatches(db: DbOrTx, l: Lookup, limit: number) {
  const candidates = db
    .select({ id: proposals.id, vector: proposals.searchVector })
    .from(proposals)
    .where(
      and(
        l.where,
        inArray(proposals.status, HANDLED_STATUSES),
        matches(withinScope(candidateQuery(l.telling), l.committeeId)),
      ),
    )
    .limit(CANDIDATE_CAP)
    .as('candidates');
  const score = sql<number>`ts_rank(${candidates.vector}, ${anyTermQuery(l.terms)}::tsquery)`;
  return db
    .select({ id: candidates.id, score: score.as('score') })
    .from(candidates)
    .orderBy(desc(sql`score`), desc(candidates.id))
    .limit(limit)
    .as('top');
}

const latestReplyCategory = sql<string | null>`(
  select r.category from ${proposalReplies} r where r.proposal_id = ${proposals.id}
  order by r.round desc, r.id desc limit 1)`;

/**
 * Similar proposals for a text: handled proposals in the caller's scope sharing its key terms,
 * with how each was handled (number, session, status, units, the latest reply's category).
 * One statement: rank on the index, cut at the limit, then describe only those rows.
 */
export async function findSimilar(db: Db, actor: Actor, input: { terms: string[]; excludeId?: number }) {
  if (input.terms.length === 0) return [];
  const top = topMatches(
    db,
    {
      terms: input.terms,
      telling: tellingTerms(input.terms, await termShares(db)),
      where: and(similarScope(actor), input.excludeId ? ne(proposals.id, input.excludeId) : undefined) as SQL,
      committeeId: actor.committeeId,
    },
    SIMILAR_LIMIT,
  );
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
export async function suggestUnits(db: Db, proposal: { id: number; committeeId: number }, terms: string[]) {
  if (terms.length === 0) return [];
  const top = topMatches(
    db,
    {
      terms,
      telling: tellingTerms(terms, await termShares(db)),
      where: and(eq(proposals.committeeId, proposal.committeeId), ne(proposals.id, proposal.id)) as SQL,
      committeeId: proposal.committeeId,
    },
    SIMILAR_LIMIT,
  );
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
