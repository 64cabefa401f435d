import { and, eq, inArray, sql } from 'drizzle-orm';
import { ISSUE_KINDS, type IssueKind, issueTitle } from '../../../../domain/bulletin-issues';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { bulletinIssueRecipients, bulletinIssues, opinionItems, users } from '../../../db/schema';
import { forbidden } from '../../../errors';
import { shanghaiDate } from '../../../lib/working-days';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { notifyUsers } from '../../notifications/notify';
import { itemReporterAccounts } from '../audience';
import { transitionIssue } from '../issue-transitions';
import { editsOpinions } from '../policy';
import { type IssueContents, setIssueContents } from './issue-contents';
import { creditLowerItems } from './upward';

export interface IssueInput extends IssueContents {
  kind: IssueKind;
  copyTo: string;
}

/** 组稿: an issue of the periodical or a 专报 for this year, its items and recipients. */
export async function createIssue(db: Db, actor: Actor, input: IssueInput) {
  if (!editsOpinions(actor)) throw forbidden('仅社情民意信息部门的工作人员可以组稿');
  return db.transaction(async (tx) => {
    const at = now();
    const [issue] = await tx
      .insert(bulletinIssues)
      .values({
        committeeId: actor.committeeId,
        kind: input.kind,
        year: Number(shanghaiDate(at).slice(0, 4)),
        copyTo: input.copyTo,
        compiledByUserId: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await setIssueContents(tx, actor, issue, input);
    await appendEvent(tx, actor, {
      committeeId: issue.committeeId,
      subjectType: 'bulletinIssue',
      subjectId: issue.id,
      action: 'create',
      toStatus: 'draft',
      data: { itemIds: input.itemIds },
    });
    return issue;
  });
}

/** 修改 a draft issue: its items, their order, the recipients and the 抄送 line. */
export const editIssue = (
  db: Db,
  actor: Actor,
  id: number,
  input: IssueContents & { copyTo: string; expectedVersion?: number },
) =>
  transitionIssue(db, actor, {
    id,
    action: 'edit',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row }) => {
      await setIssueContents(tx, actor, row, input);
      return { patch: { copyTo: input.copyTo }, data: { itemIds: input.itemIds } };
    },
  });

/** The next number of the committee's issues of a kind in a year, taken under a lock per kind and year. */
async function nextNumber(tx: Tx, committeeId: number, kind: string, year: number) {
  // Two issues signed at once must not share a number: serialise per committee, kind and year.
  await tx.execute(
    sql`select pg_advisory_xact_lock(${committeeId}, ${year * 10 + ISSUE_KINDS.indexOf(kind as IssueKind)})`,
  );
  const [{ n }] = await tx
    .select({ n: sql<number>`coalesce(max(${bulletinIssues.number}), 0)::int` })
    .from(bulletinIssues)
    .where(
      and(
        eq(bulletinIssues.committeeId, committeeId),
        eq(bulletinIssues.kind, kind),
        eq(bulletinIssues.year, year),
      ),
    );
  return n + 1;
}

type Step = { expectedVersion?: number; note?: string | null };

/** 签发 by the office: the issue gets its number of the year; the editors are told. */
export const signIssue = (db: Db, actor: Actor, id: number, input: Step) =>
  transitionIssue(db, actor, {
    id,
    action: 'sign',
    expectedVersion: input.expectedVersion,
    note: input.note,
    step: async ({ tx, row, now: at }) => {
      const number = await nextNumber(tx, row.committeeId, row.kind, row.year);
      return { patch: { number, signedByUserId: actor.userId, signedAt: at }, data: { number } };
    },
  });

/**
 * 报送: the issue goes to its leaders (a to-do each until they open it); every reporter whose
 * report is in it hears which issue carried it; the lower committees' items it carries are
 * credited with this committee's adoption (纵向联通).
 */
export const sendIssue = (db: Db, actor: Actor, id: number, input: Step) =>
  transitionIssue(db, actor, {
    id,
    action: 'send',
    expectedVersion: input.expectedVersion,
    note: input.note,
    step: async ({ tx, row, now: at }) => {
      const recipients = await tx
        .select({ id: users.id })
        .from(bulletinIssueRecipients)
        .innerJoin(users, and(eq(users.leaderId, bulletinIssueRecipients.leaderId), eq(users.active, true)))
        .where(eq(bulletinIssueRecipients.issueId, row.id));
      await tellReporters(tx, row, actor);
      await creditLowerItems(tx, actor, row, at);
      return { patch: { sentAt: at }, notify: { userIds: recipients.map((r) => r.id) } };
    },
  });

async function tellReporters(tx: Tx, issue: typeof bulletinIssues.$inferSelect, actor: Actor) {
  const items = await tx
    .select({ id: opinionItems.id })
    .from(opinionItems)
    .where(eq(opinionItems.issueId, issue.id));
  const userIds = await itemReporterAccounts(
    tx,
    items.map((i) => i.id),
  );
  await notifyUsers(tx, {
    committeeId: issue.committeeId,
    userIds: userIds.filter((u) => u !== actor.userId),
    kind: 'opinionReport.published',
    title: `您的社情民意信息已编入${issueTitle(issue.kind as IssueKind, issue.year, issue.number)}报送`,
    body: null,
    link: '/opinions/mine',
  });
}

/** 已阅: the leader has opened the issue (their to-do ends). */
export const readIssue = (db: Db, actor: Actor, id: number) =>
  transitionIssue(db, actor, {
    id,
    action: 'read',
    step: async ({ tx, relations, now: at }) => {
      if (relations.mine) {
        await tx
          .update(bulletinIssueRecipients)
          .set({ readAt: at })
          .where(inArray(bulletinIssueRecipients.id, [relations.mine.id]));
      }
      return {};
    },
  });
