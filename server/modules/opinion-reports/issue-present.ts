import { asc, eq } from 'drizzle-orm';
import { ISSUE_EVENT_LABELS } from '../../../domain/bulletin-issue-workflow';
import {
  ISSUE_KIND_LABELS,
  ISSUE_STATUS_LABELS,
  type IssueKind,
  type IssueStatus,
  issueTitle,
} from '../../../domain/bulletin-issues';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { bulletinIssueRecipients, committees, leaders, opinionItems, users } from '../../db/schema';
import { presentEvent, subjectEvents } from '../../platform/events';
import { mayInstructOn } from '../instructions/policy';
import { adoptionsOf, reportersOf } from './credits';
import { type IssueRelations, type IssueRow, loadIssue } from './issue-load';
import { issueAbilities } from './issue-transitions';

const labels = { action: ISSUE_EVENT_LABELS, status: ISSUE_STATUS_LABELS };

/**
 * 批示 on a sent issue: a leader it was sent to writes one, the staff who follow 社情民意 批示 up
 * (and the office) record a paper one; the 批示 command checks the same again.
 */
function mayInstruct(actor: Actor, issue: IssueRow, rel: IssueRelations): boolean {
  if (issue.status !== 'sent' || !mayInstructOn(actor, 'bulletinIssue', issue.committeeId)) return false;
  // A leader instructs on an issue sent to them.
  return actor.role !== 'leader' || rel.mine !== null;
}

/** An issue's items in order, each with its text, every reporter and its adoptions. */
export async function issueItems(db: DbOrTx, issueId: number) {
  const items = await db
    .select({
      id: opinionItems.id,
      title: opinionItems.title,
      body: opinionItems.body,
      ordinal: opinionItems.issueOrdinal,
    })
    .from(opinionItems)
    .where(eq(opinionItems.issueId, issueId))
    .orderBy(asc(opinionItems.issueOrdinal));
  const ids = items.map((i) => i.id);
  const [reporters, adoptions] = await Promise.all([reportersOf(db, ids), adoptionsOf(db, ids)]);
  return items.map((i) => ({
    ...i,
    reporters: reporters.get(i.id) ?? [],
    adoptions: adoptions.get(i.id) ?? [],
  }));
}

/** The issue as its page and its Word file show it: masthead facts, items, recipients, timeline. */
export async function issueView(db: DbOrTx, actor: Actor, id: number) {
  const { issue, relations } = await loadIssue(db, actor, id);
  const [committee] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, issue.committeeId));
  const [signer] = issue.signedByUserId
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, issue.signedByUserId))
    : [];
  const recipients = await db
    .select({
      leaderId: leaders.id,
      name: leaders.name,
      title: leaders.title,
      readAt: bulletinIssueRecipients.readAt,
    })
    .from(bulletinIssueRecipients)
    .innerJoin(leaders, eq(leaders.id, bulletinIssueRecipients.leaderId))
    .where(eq(bulletinIssueRecipients.issueId, id))
    .orderBy(asc(bulletinIssueRecipients.id));
  return {
    id: issue.id,
    committeeId: issue.committeeId,
    committeeName: committee.name,
    kind: issue.kind,
    kindLabel: ISSUE_KIND_LABELS[issue.kind as IssueKind],
    title: issueTitle(issue.kind as IssueKind, issue.year, issue.number),
    year: issue.year,
    number: issue.number,
    copyTo: issue.copyTo,
    status: issue.status,
    statusLabel: ISSUE_STATUS_LABELS[issue.status as IssueStatus],
    version: issue.version,
    signerName: signer ? signer.name : null,
    signedAt: issue.signedAt,
    sentAt: issue.sentAt,
    items: await issueItems(db, id),
    recipients,
    timeline: (await subjectEvents(db, 'bulletinIssue', id)).map((e) => presentEvent(e, labels)),
    abilities: { ...issueAbilities(actor, issue, relations), instruct: mayInstruct(actor, issue, relations) },
  };
}
export type IssueView = Awaited<ReturnType<typeof issueView>>;
