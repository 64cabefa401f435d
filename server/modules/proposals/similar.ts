import { and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import {
  DEFAULT_REPLY_CATEGORIES,
  formatProposalNumber,
  PROPOSAL_STATUS_LABELS,
  type ProposalStatus,
  type ReplyCategoryLevel,
} from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { proposalReplies, proposalSettings, proposals, sessions } from '../../db/schema';
import { inReadScope } from '../../platform/scope';
import { activeUnitNames } from './columns';
import type { KeyTerm } from './key-terms';
import { PROPOSAL_CORPUS } from './similar-corpus';
import { bestMatches } from './similar-match';
import { corpusStats } from './term-stats';

/** How many similar proposals a drafter or reviewer is shown. */
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

const latestReplyCategory = sql<string | null>`(
  select r.category from ${proposalReplies} r where r.proposal_id = ${proposals.id}
  order by r.round desc, r.id desc limit 1)`;

/**
 * Similar proposals for a text: handled proposals in the caller's scope sharing its key terms
 * (similar-match.ts), with how each was handled (number, session, status, units, the latest
 * reply's category).
 */
export async function findSimilar(db: Db, actor: Actor, input: { terms: KeyTerm[]; excludeId?: number }) {
  const best = await bestMatches(
    db,
    {
      corpus: PROPOSAL_CORPUS,
      terms: input.terms,
      stats: await corpusStats(db, actor.committeeId),
      where: and(similarScope(actor), input.excludeId ? ne(proposals.id, input.excludeId) : undefined) as SQL,
      committeeId: actor.committeeId,
    },
    SIMILAR_LIMIT,
  );
  if (best.length === 0) return [];
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
    })
    .from(proposals)
    .innerJoin(sessions, eq(sessions.id, proposals.sessionId))
    .leftJoin(proposalSettings, eq(proposalSettings.committeeId, proposals.committeeId))
    .where(
      inArray(
        proposals.id,
        best.map((b) => b.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return best.flatMap((b) => {
    const r = byId.get(b.id);
    return r ? [presentSimilar({ ...r, score: b.score })] : [];
  });
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
