import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';
import { bulletinIssueRecipients, bulletinIssues, opinionItems } from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import { canReadIssue } from './policy';

export type IssueRow = typeof bulletinIssues.$inferSelect;

/** What the policy and the guards need besides the row. */
export interface IssueRelations {
  items: number;
  recipients: number;
  /** The calling leader's recipient row, if the issue is addressed to them. */
  mine: { id: number; readAt: Date | null } | null;
}

async function relationsOf(db: DbOrTx, actor: Actor, id: number): Promise<IssueRelations> {
  const [{ items }] = await db
    .select({ items: sql<number>`count(*)::int` })
    .from(opinionItems)
    .where(eq(opinionItems.issueId, id));
  const rows = await db
    .select({
      id: bulletinIssueRecipients.id,
      leaderId: bulletinIssueRecipients.leaderId,
      readAt: bulletinIssueRecipients.readAt,
    })
    .from(bulletinIssueRecipients)
    .where(eq(bulletinIssueRecipients.issueId, id));
  const mine = actor.leaderId === null ? undefined : rows.find((r) => r.leaderId === actor.leaderId);
  return { items, recipients: rows.length, mine: mine ? { id: mine.id, readAt: mine.readAt } : null };
}

async function readable(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(bulletinIssues)
    .where(and(eq(bulletinIssues.id, id), inReadScope(bulletinIssues.committeeId, actor)));
  const [issue] = lock ? await q.for('update') : await q;
  if (!issue) throw notFound('信息期刊');
  const relations = await relationsOf(db, actor, id);
  if (!canReadIssue(actor, issue, relations.mine !== null)) throw notFound('信息期刊');
  return { issue, relations };
}

/** An issue the caller may read, with its counts and the caller's recipient row; else a 404. */
export const loadIssue = (db: DbOrTx, actor: Actor, id: number) => readable(db, actor, id, false);
export const lockIssue = (tx: Tx, actor: Actor, id: number) => readable(tx, actor, id, true);
