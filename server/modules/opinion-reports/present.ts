import { eq } from 'drizzle-orm';
import { type IssueKind, issueTitle } from '../../../domain/bulletin-issues';
import {
  OPINION_ITEM_EVENT_LABELS,
  OPINION_REPORT_EVENT_LABELS,
} from '../../../domain/opinion-report-workflow';
import {
  OPINION_ITEM_STATUS_LABELS,
  OPINION_REPORT_STATUS_LABELS,
  type OpinionItemStatus,
  typedLength,
} from '../../../domain/opinion-reports';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { bulletinIssues, opinionItems } from '../../db/schema';
import { listAttachments } from '../../platform/attachments';
import { presentEvent, subjectEvents } from '../../platform/events';
import { mayInstructOn } from '../instructions/policy';
import { OPINION_FILE, reportSubject } from './commands/files';
import { adoptionsOf } from './credits';
import { loadItem, loadReport } from './load';
import { reportItem } from './queries';
import { maxCharsOf } from './settings';
import { itemAbilities, itemFacts, reportAbilities, reportsOfItem } from './transitions';

const reportLabels = { action: OPINION_REPORT_EVENT_LABELS, status: OPINION_REPORT_STATUS_LABELS };
const itemLabels = { action: OPINION_ITEM_EVENT_LABELS, status: OPINION_ITEM_STATUS_LABELS };

/**
 * A report as its page shows it: the reporter's own text, the editors' text beside it once it is
 * taken up (the item it is in), the length against the committee's limit, files, the timeline
 * and what the caller may do.
 */
export async function reportView(db: DbOrTx, actor: Actor, id: number) {
  const r = await loadReport(db, actor, id);
  const [edited] = r.itemId
    ? await db
        .select({
          id: opinionItems.id,
          title: opinionItems.title,
          body: opinionItems.body,
          updatedAt: opinionItems.updatedAt,
          issue: {
            id: bulletinIssues.id,
            kind: bulletinIssues.kind,
            year: bulletinIssues.year,
            number: bulletinIssues.number,
          },
          issueStatus: bulletinIssues.status,
        })
        .from(opinionItems)
        .leftJoin(bulletinIssues, eq(bulletinIssues.id, opinionItems.issueId))
        .where(eq(opinionItems.id, r.itemId))
    : [];
  // The reporter learns which issue carried their report once it is sent, and every adoption.
  const published = edited?.issueStatus === 'sent' && edited.issue ? edited.issue : null;
  return {
    ...(await reportItem(db, id)),
    situation: r.situation,
    analysis: r.analysis,
    recommendation: r.recommendation,
    length: typedLength(r.situation) + typedLength(r.analysis) + typedLength(r.recommendation),
    maxChars: await maxCharsOf(db, r.committeeId),
    edited: edited
      ? { id: edited.id, title: edited.title, body: edited.body, updatedAt: edited.updatedAt }
      : null,
    publishedIn: published ? issueTitle(published.kind as IssueKind, published.year, published.number) : null,
    publishedIssueId: published?.id ?? null,
    adoptions: r.itemId ? ((await adoptionsOf(db, [r.itemId])).get(r.itemId) ?? []) : [],
    files: await listAttachments(db, reportSubject(id), OPINION_FILE),
    timeline: (await subjectEvents(db, 'opinionReport', id)).map((e) => presentEvent(e, reportLabels)),
    abilities: await reportAbilities(db, actor, r),
  };
}

/**
 * An item (编辑稿) as the editors see it: the current text, every version (the first and each
 * edit, from the event log), the reports it was made from with their reporters.
 */
export async function itemView(db: DbOrTx, actor: Actor, id: number) {
  const item = await loadItem(db, actor, id);
  const events = await subjectEvents(db, 'opinionItem', id);
  const versions = events.flatMap((e) => {
    const d = e.data as { title?: string; body?: string } | null;
    return d?.body === undefined
      ? []
      : [{ title: d.title ?? '', body: d.body, editorName: e.actorName, at: e.at }];
  });
  const reports = await Promise.all((await reportsOfItem(db, id)).map((r) => reportItem(db, r.id)));
  // The guards' facts, the issue's state among them, read once for the abilities and 批示 alike.
  const facts = await itemFacts(db, item);
  return {
    id: item.id,
    committeeId: item.committeeId,
    title: item.title,
    body: item.body,
    status: item.status,
    statusLabel: OPINION_ITEM_STATUS_LABELS[item.status as OpinionItemStatus],
    version: item.version,
    updatedAt: item.updatedAt,
    issueId: item.issueId,
    reports,
    adoptions: (await adoptionsOf(db, [id])).get(id) ?? [],
    versions,
    timeline: events.map((e) => presentEvent(e, itemLabels)),
    abilities: {
      ...itemAbilities(actor, item, facts),
      // Leaders instruct on what was sent to them: an item once its issue is sent.
      instruct: facts.issueStatus === 'sent' && mayInstructOn(actor, 'opinionItem', item.committeeId),
    },
  };
}
