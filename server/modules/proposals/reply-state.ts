import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { proposalAssignments, proposalRatings, proposalReplies } from '../../db/schema';
import { type ProposalRelations, proposalRolesOf } from './policy';
import type { ProposalRow } from './relations';

export type ReplyRow = typeof proposalReplies.$inferSelect;

/**
 * Who rates each reply: the lead proposer and the lead proposer of every proposal merged in
 * (DOMAIN.md §2: every proposer gets an answer). `null` stands for the staff, who rate a party,
 * sector-group or special-committee proposal on the body's behalf.
 */
export function raterKeys(p: ProposalRow, rel: ProposalRelations): (number | null)[] {
  return [...new Set<number | null>([p.leadMemberId, ...rel.mergedLeadMemberIds])];
}

/** The caller's key among the raters, or undefined when the caller does not rate this proposal. */
export function raterKeyOf(actor: Actor, p: ProposalRow, rel: ProposalRelations): number | null | undefined {
  if (!proposalRolesOf(actor, p, rel).includes('proposer')) return undefined;
  return actor.role === 'member' ? actor.memberId : null;
}

/**
 * The replies that count now: the latest reply of each active 主办/分办 assignment. Earlier rounds
 * (before 重新办理) stay in the history but are no longer rated.
 */
export async function currentReplies(db: DbOrTx, proposalId: number): Promise<ReplyRow[]> {
  const rows = await db
    .select({ r: proposalReplies })
    .from(proposalReplies)
    .innerJoin(proposalAssignments, eq(proposalAssignments.id, proposalReplies.assignmentId))
    .where(
      and(
        eq(proposalReplies.proposalId, proposalId),
        eq(proposalAssignments.state, 'active'),
        ne(proposalAssignments.mode, 'cooperating'),
      ),
    )
    .orderBy(asc(proposalReplies.id));
  const latest = new Map<number, ReplyRow>();
  for (const { r } of rows) latest.set(r.assignmentId, r);
  return [...latest.values()];
}

/** Current replies still waiting for a rater's rating, as (reply, rater) pairs. */
export async function unratedPairs(db: DbOrTx, p: ProposalRow, rel: ProposalRelations) {
  const replies = await currentReplies(db, p.id);
  if (replies.length === 0) return [];
  const ratings = await db
    .select({ replyId: proposalRatings.replyId, memberId: proposalRatings.memberId })
    .from(proposalRatings)
    .where(
      inArray(
        proposalRatings.replyId,
        replies.map((r) => r.id),
      ),
    );
  const done = new Set(ratings.map((r) => `${r.replyId}:${r.memberId}`));
  return replies.flatMap((reply) =>
    raterKeys(p, rel)
      .filter((key) => !done.has(`${reply.id}:${key}`))
      .map((key) => ({ reply, key })),
  );
}
