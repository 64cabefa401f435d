import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import {
  events,
  proposalAssignments,
  proposalContacts,
  proposalImplementations,
  proposalKeySelections,
  proposalNumberCounters,
  proposalOpinions,
  proposalRatings,
  proposalReplies,
  proposalSigners,
  proposalSupervisions,
  proposals,
} from '../db/schema';
import type { ProposalStory } from './proposals-story';

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table. */
const CHUNK = 500;

/** Inserts `rows` in chunks and returns the new ids in the order of the rows. */
async function insertAll<R>(rows: R[], insert: (chunk: R[]) => Promise<{ id: number }[]>): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    // PostgreSQL returns a multi-row VALUES insert's rows in the order given.
    ids.push(...(await insert(rows.slice(i, i + CHUNK))).map((r) => r.id));
  }
  return ids;
}

async function insertRows<R>(rows: R[], insert: (chunk: R[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Writes the planned stories in bulk: proposals, then everything that refers to them (signers,
 * events in time order, assignments, contacts, views, replies, ratings, reports, key proposals,
 * supervision) and the per-session number counters. Returns the proposal ids, story by story.
 */
export async function insertStories(
  tx: Tx,
  committeeId: number,
  stories: ProposalStory[],
): Promise<number[]> {
  const ids = await insertAll(
    stories.map((s) => ({ committeeId, ...s.row })),
    (chunk) => tx.insert(proposals).values(chunk).returning({ id: proposals.id }),
  );
  const idOf = new Map(stories.map((s, i) => [s, ids[i]]));
  const merged = stories.filter((s) => s.mergedInto);
  if (merged.length) {
    const values = sql.join(
      merged.map((s) => sql`(${idOf.get(s)}::int, ${idOf.get(s.mergedInto!)}::int)`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${proposals} set merged_into_id = v.host from (values ${values}) as v(id, host) where ${proposals.id} = v.id`,
    );
  }
  const owned = <T>(pick: (s: ProposalStory) => T[]) =>
    stories.flatMap((s) => pick(s).map((row) => ({ ...row, committeeId, proposalId: idOf.get(s)! })));
  await insertRows(
    owned((s) => s.signers),
    (c) => tx.insert(proposalSigners).values(c),
  );
  await insertEvents(tx, committeeId, stories, idOf);
  const assignmentRows = owned((s) => s.assignments);
  const assignmentIds = await insertAll(
    assignmentRows.map(({ key: _, ...row }) => row),
    (c) => tx.insert(proposalAssignments).values(c).returning({ id: proposalAssignments.id }),
  );
  const assignmentId = new Map(assignmentRows.map((a, i) => [a.key, assignmentIds[i]]));
  const byAssignment = <T extends { assignmentKey: number }>(rows: T[]) =>
    rows.map(({ assignmentKey, ...row }) => ({ ...row, assignmentId: assignmentId.get(assignmentKey)! }));
  await insertRows(byAssignment(owned((s) => s.contacts)), (c) => tx.insert(proposalContacts).values(c));
  await insertRows(byAssignment(owned((s) => s.opinions)), (c) => tx.insert(proposalOpinions).values(c));
  const replyRows = owned((s) => s.replies);
  const replyIds = await insertAll(
    byAssignment(replyRows).map(({ key: _, ...row }) => row),
    (c) => tx.insert(proposalReplies).values(c).returning({ id: proposalReplies.id }),
  );
  const replyId = new Map(replyRows.map((r, i) => [r.key, replyIds[i]]));
  const ratings = owned((s) => s.ratings).map(({ replyKey, ...row }) => ({
    ...row,
    replyId: replyId.get(replyKey)!,
  }));
  await insertRows(ratings, (c) => tx.insert(proposalRatings).values(c));
  await insertRows(
    owned((s) => s.implementations),
    (c) => tx.insert(proposalImplementations).values(c),
  );
  await insertRows(
    owned((s) => (s.keySelection ? [s.keySelection] : [])),
    (c) => tx.insert(proposalKeySelections).values(c),
  );
  await insertRows(
    owned((s) => s.supervisions),
    (c) => tx.insert(proposalSupervisions).values(c),
  );
  await insertCounters(tx, committeeId, stories);
  return ids;
}

/** The timeline rows of every story, oldest first, so event ids follow time across proposals. */
async function insertEvents(
  tx: Tx,
  committeeId: number,
  stories: ProposalStory[],
  idOf: Map<ProposalStory, number>,
) {
  const rows = stories
    .flatMap((s) =>
      s.events.map((e) => ({
        committeeId,
        subjectType: 'proposal',
        subjectId: idOf.get(s)!,
        action: e.action,
        fromStatus: e.from,
        toStatus: e.to as string,
        actorUserId: e.who.userId,
        actorName: e.who.name,
        note: e.note,
        data: e.data,
        at: e.at,
      })),
    )
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.subjectId - b.subjectId);
  await insertRows(rows, (c) => tx.insert(events).values(c));
}

/** Each session's counter at its last number, so the next 立案 continues without a gap. */
async function insertCounters(tx: Tx, committeeId: number, stories: ProposalStory[]): Promise<void> {
  const last = new Map<number, number>();
  for (const s of stories) {
    const n = s.row.number ?? 0;
    if (n > (last.get(s.row.sessionId) ?? 0)) last.set(s.row.sessionId, n);
  }
  const rows = [...last].map(([sessionId, lastNumber]) => ({ sessionId, committeeId, lastNumber }));
  if (rows.length) await tx.insert(proposalNumberCounters).values(rows);
}
