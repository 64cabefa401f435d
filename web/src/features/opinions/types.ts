import type { IssueAction } from '../../../../domain/bulletin-issue-workflow';
import type { OpinionItemAction, OpinionReportAction } from '../../../../domain/opinion-report-workflow';

/**
 * The 社情民意 answers as the server's presenters shape them (server/modules/opinion-reports:
 * queries, present, issue-queries, issue-present, stats). These routes declare no response
 * schema yet, so the types are stated here rather than generated.
 */

export interface TimelineEvent {
  id: number;
  action: string;
  actionLabel: string;
  toStatusLabel: string | null;
  actorName: string;
  note: string | null;
  at: string;
}

/** A row of GET /api/opinion-reports. */
export interface ReportItem {
  id: number;
  committeeId: number;
  title: string;
  urgency: 'normal' | 'urgent';
  urgencyLabel: string;
  status: 'draft' | 'submitted' | 'received' | 'adopted' | 'rejected' | 'withdrawn';
  statusLabel: string;
  version: number;
  /** domain/opinion-reports REPORTER_KINDS. */
  reporterKind: 'member' | 'body' | 'committee' | 'informant';
  reporterKindLabel: string;
  reporterMemberId: number | null;
  /** The lower committee that sent it up (纵向联通). */
  reporterCommitteeId: number | null;
  sourceItemId: number | null;
  reporterName: string;
  sectorName: string | null;
  itemId: number | null;
  rejectReason: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface Adoption {
  level: string;
  levelLabel: string;
  adoptedOn: string;
  evidence: string;
}

/** GET /api/opinion-reports/:id. */
export interface ReportView extends ReportItem {
  situation: string;
  analysis: string;
  recommendation: string;
  length: number;
  maxChars: number;
  edited: { id: number; title: string; body: string; updatedAt: string } | null;
  publishedIn: string | null;
  adoptions: Adoption[];
  files: { id: number; fileName: string; sizeBytes: number }[];
  timeline: TimelineEvent[];
  abilities: Record<OpinionReportAction, boolean>;
}

/** GET /api/opinion-reports/similar. */
export interface SimilarReports {
  terms: string[];
  items: {
    id: number;
    title: string;
    status: string;
    statusLabel: string;
    submittedAt: string | null;
    score: number;
  }[];
}

/** A row of GET /api/opinion-items. */
export interface ItemRow {
  id: number;
  committeeId: number;
  title: string;
  status: string;
  statusLabel: string;
  version: number;
  updatedAt: string;
  issueId: number | null;
  reporterNames: string[];
}

/** GET /api/opinion-items/:id. */
export interface ItemView {
  id: number;
  committeeId: number;
  title: string;
  body: string;
  status: string;
  statusLabel: string;
  version: number;
  updatedAt: string;
  issueId: number | null;
  reports: ReportItem[];
  adoptions: Adoption[];
  versions: { title: string; body: string; editorName: string; at: string }[];
  timeline: TimelineEvent[];
  abilities: Record<OpinionItemAction, boolean>;
}

/** A row of GET /api/bulletin-issues. */
export interface IssueRow {
  id: number;
  committeeId: number;
  kind: 'periodical' | 'special';
  kindLabel: string;
  title: string;
  year: number;
  number: number | null;
  status: 'draft' | 'signed' | 'sent';
  statusLabel: string;
  version: number;
  items: number;
  signedAt: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** GET /api/bulletin-issues/:id. */
export interface IssueView extends Omit<IssueRow, 'items' | 'createdAt'> {
  committeeName: string;
  copyTo: string;
  signerName: string | null;
  items: {
    id: number;
    title: string;
    body: string;
    ordinal: number | null;
    reporters: { name: string; sectorName: string | null }[];
    adoptions: Adoption[];
  }[];
  recipients: { leaderId: number; name: string; title: string; readAt: string | null }[];
  timeline: TimelineEvent[];
  abilities: Record<IssueAction | 'instruct', boolean>;
}

/** GET /api/opinion-stats?year=. */
export interface OpinionStats {
  year: number;
  received: number;
  reporters: number;
  adopted: number;
  rejected: number;
  withdrawn: number;
  pending: number;
  merged: number;
  issues: Record<string, number>;
  adoptions: Record<string, number>;
  instructions: Record<string, number>;
  principal: number;
  feedbackOnTime: number;
  feedbackGiven: number;
  feedbackOverdue: number;
}
