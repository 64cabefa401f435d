import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Tx } from '../../../db/client';
import { bulletinIssueRecipients, leaders, opinionItems } from '../../../db/schema';
import { badRequest } from '../../../errors';
import { appendEvent } from '../../../platform/events';

/** What an issue holds: its items in order and the leaders it goes to. */
export interface IssueContents {
  itemIds: number[];
  leaderIds: number[];
}

/** Each id once, in the order given. */
const unique = (ids: number[]) => [...new Set(ids)];

async function checkItems(tx: Tx, committeeId: number, issueId: number, itemIds: number[]) {
  if (itemIds.length === 0) return;
  const free = await tx
    .select({ id: opinionItems.id })
    .from(opinionItems)
    .where(
      and(
        inArray(opinionItems.id, itemIds),
        eq(opinionItems.committeeId, committeeId),
        or(isNull(opinionItems.issueId), eq(opinionItems.issueId, issueId)),
      ),
    )
    .for('update');
  if (free.length !== itemIds.length) throw badRequest('编入的信息：不属于本会或已编入其他期刊', 'itemIds');
}

async function checkLeaders(tx: Tx, committeeId: number, leaderIds: number[]) {
  if (leaderIds.length === 0) return;
  const own = await tx
    .select({ id: leaders.id })
    .from(leaders)
    .where(and(inArray(leaders.id, leaderIds), eq(leaders.committeeId, committeeId)));
  if (own.length !== leaderIds.length) throw badRequest('报送领导：不属于本会', 'leaderIds');
}

/**
 * Puts the items into the issue in the given order (those left out go back to the pool, each
 * item's timeline saying so) and sets its recipients. Items must be the committee's own and in
 * no other issue; leaders the committee's own.
 */
export async function setIssueContents(
  tx: Tx,
  actor: Actor,
  issue: { id: number; committeeId: number },
  input: IssueContents,
) {
  const itemIds = unique(input.itemIds);
  const leaderIds = unique(input.leaderIds);
  await checkItems(tx, issue.committeeId, issue.id, itemIds);
  await checkLeaders(tx, issue.committeeId, leaderIds);
  const before = await tx
    .select({ id: opinionItems.id })
    .from(opinionItems)
    .where(eq(opinionItems.issueId, issue.id));
  const event = (subjectId: number, action: 'compile' | 'uncompile') =>
    appendEvent(tx, actor, {
      committeeId: issue.committeeId,
      subjectType: 'opinionItem',
      subjectId,
      action,
      data: { issueId: issue.id },
    });
  for (const { id } of before.filter((b) => !itemIds.includes(b.id))) {
    await tx.update(opinionItems).set({ issueId: null, issueOrdinal: null }).where(eq(opinionItems.id, id));
    await event(id, 'uncompile');
  }
  for (const [i, id] of itemIds.entries()) {
    await tx
      .update(opinionItems)
      .set({ issueId: issue.id, issueOrdinal: i + 1 })
      .where(eq(opinionItems.id, id));
    if (!before.some((b) => b.id === id)) await event(id, 'compile');
  }
  await tx.delete(bulletinIssueRecipients).where(eq(bulletinIssueRecipients.issueId, issue.id));
  if (leaderIds.length) {
    await tx
      .insert(bulletinIssueRecipients)
      .values(leaderIds.map((leaderId) => ({ committeeId: issue.committeeId, issueId: issue.id, leaderId })));
  }
}
