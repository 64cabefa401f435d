import { z } from 'zod';
import { ISSUE_WORKFLOW } from '../../../domain/bulletin-issue-workflow';
import { OPINION_ITEM_WORKFLOW, OPINION_REPORT_WORKFLOW } from '../../../domain/opinion-report-workflow';
import type { Page } from '../../http/paging';
import { dateTime, flagsOf, type Presented, pageOf, responseFor } from '../../http/response';
import type { issueView } from './issue-present';
import type { IssueItem } from './issue-queries';
import type { listItems } from './item-queries';
import type { itemView, reportView } from './present';
import type { ReportItem } from './queries';
import type { similarReports } from './similar';
import type { opinionStats } from './stats';

const id = z.number();
const text = z.string();
const maybe = <T extends z.ZodType>(s: T) => s.nullable();

const timeline = z.array(
  z.object({
    id,
    action: text,
    actionLabel: text,
    fromStatus: maybe(text),
    toStatus: maybe(text),
    toStatusLabel: maybe(text),
    actorName: text,
    note: maybe(text),
    data: z.unknown(),
    at: dateTime,
  }),
);

/** credits.ts `Adoption`: 全国/省/市/县（区）政协采用 with its date and evidence. */
const adoption = z.object({ level: text, levelLabel: text, adoptedOn: text, evidence: text });

/** queries.ts `presentReportItem`: a report as lists show it. */
const reportItem = z.object({
  id,
  committeeId: id,
  title: text,
  urgency: text,
  urgencyLabel: text,
  status: text,
  statusLabel: text,
  version: z.number(),
  reporterKind: text,
  reporterKindLabel: text,
  reporterMemberId: maybe(id),
  reporterCommitteeId: maybe(id),
  reporterName: text,
  sourceItemId: maybe(id),
  sectorName: maybe(text),
  itemId: maybe(id),
  rejectReason: maybe(text),
  submittedAt: maybe(dateTime),
  decidedAt: maybe(dateTime),
  createdAt: dateTime,
});

/** GET /api/opinion-reports. */
export const reportPageSchema = responseFor<Page<ReportItem>>()(pageOf(reportItem));

/** GET /api/opinion-reports/:id, its edits, steps and file deletion: present.ts `reportView`. */
export const reportViewSchema = responseFor<Presented<typeof reportView>>()(
  reportItem.extend({
    situation: text,
    analysis: text,
    recommendation: text,
    length: z.number(),
    maxChars: z.number(),
    edited: maybe(z.object({ id, title: text, body: text, updatedAt: dateTime })),
    publishedIn: maybe(text),
    publishedIssueId: maybe(id),
    adoptions: z.array(adoption),
    files: z.array(
      z.object({ id, fileName: text, mimeType: text, sizeBytes: z.number(), createdAt: dateTime }),
    ),
    timeline,
    abilities: flagsOf(OPINION_REPORT_WORKFLOW.actions),
  }),
);

/** POST /api/opinion-reports/:id/files: the new file and the report after it. */
export const reportFileAddedSchema = z.object({ attachmentId: id, report: reportViewSchema });

/** GET /api/opinion-reports/similar: similar.ts `similarReports`. */
export const similarSchema = responseFor<Presented<typeof similarReports>>()(
  z.object({
    terms: z.array(text),
    items: z.array(
      z.object({
        id,
        title: text,
        status: text,
        statusLabel: text,
        submittedAt: maybe(dateTime),
        score: z.number(),
      }),
    ),
  }),
);

/** GET and PUT /api/opinion-reports/settings. */
export const settingsSchema = responseFor<{ maxChars: number }>()(z.object({ maxChars: z.number() }));

/** GET /api/opinion-items: item-queries.ts `present`. */
export const itemPageSchema = responseFor<Presented<typeof listItems>>()(
  pageOf(
    z.object({
      id,
      committeeId: id,
      title: text,
      status: text,
      statusLabel: text,
      version: z.number(),
      updatedAt: dateTime,
      issueId: maybe(id),
      issueTitle: maybe(text),
      reporterNames: z.array(text),
    }),
  ),
);

/** GET /api/opinion-items/:id and its steps: present.ts `itemView`. */
export const itemViewSchema = responseFor<Presented<typeof itemView>>()(
  z.object({
    id,
    committeeId: id,
    title: text,
    body: text,
    status: text,
    statusLabel: text,
    version: z.number(),
    updatedAt: dateTime,
    issueId: maybe(id),
    reports: z.array(reportItem),
    adoptions: z.array(adoption),
    versions: z.array(z.object({ title: text, body: text, editorName: text, at: dateTime })),
    timeline,
    abilities: flagsOf([...OPINION_ITEM_WORKFLOW.actions, 'instruct']),
  }),
);

const issueCore = {
  id,
  committeeId: id,
  kind: text,
  kindLabel: text,
  title: text,
  year: z.number(),
  number: maybe(z.number()),
  status: text,
  statusLabel: text,
  version: z.number(),
  signedAt: maybe(dateTime),
  sentAt: maybe(dateTime),
};

/** GET /api/bulletin-issues: issue-queries.ts `presentIssueItem`. */
export const issuePageSchema = responseFor<Page<IssueItem>>()(
  pageOf(z.object({ ...issueCore, items: z.number(), createdAt: dateTime })),
);

/** GET /api/bulletin-issues/:id, its edits and steps: issue-present.ts `issueView`. */
export const issueViewSchema = responseFor<Presented<typeof issueView>>()(
  z.object({
    ...issueCore,
    committeeName: text,
    copyTo: text,
    signerName: maybe(text),
    items: z.array(
      z.object({
        id,
        title: text,
        body: text,
        ordinal: maybe(z.number()),
        reporters: z.array(z.object({ name: text, sectorName: maybe(text) })),
        adoptions: z.array(adoption),
      }),
    ),
    recipients: z.array(z.object({ leaderId: id, name: text, title: text, readAt: maybe(dateTime) })),
    timeline,
    abilities: flagsOf([...ISSUE_WORKFLOW.actions, 'instruct'] as const),
  }),
);

const counts = z.record(z.string(), z.number());

/** GET /api/opinion-stats: stats.ts `opinionStats`. */
export const statsSchema = responseFor<Presented<typeof opinionStats>>()(
  z.object({
    year: z.number(),
    received: z.number(),
    reporters: z.number(),
    adopted: z.number(),
    rejected: z.number(),
    withdrawn: z.number(),
    pending: z.number(),
    merged: z.number(),
    issues: counts,
    adoptions: counts,
    instructions: counts,
    principal: z.number(),
    feedbackOnTime: z.number(),
    feedbackGiven: z.number(),
    feedbackOverdue: z.number(),
  }),
);
