import type { ProposalAction } from '../../../../domain/proposal-workflow';
import type { ReplyCategoryLevel } from '../../../../domain/proposals';

/**
 * The proposal API's response shapes as the web reads them (server/modules/proposals/present.ts,
 * handling-detail.ts, handling-queries.ts, similar.ts): typed once here so every page agrees.
 */

/** One flag per workflow action plus deleting a never-submitted draft: the UI shows what these allow. */
export type ProposalAbilities = Record<ProposalAction | 'delete', boolean>;

interface ProposalSummary {
  id: number;
  committeeId: number;
  sessionId: number;
  number: number | null;
  numberLabel: string | null;
  title: string;
  categoryId: number | null;
  submitterKind: string;
  submitterKindLabel: string;
  submitterName: string | null;
  status: string;
  statusLabel: string;
  version: number;
  isKey: boolean;
  isExcellent: boolean;
  submittedAt: string | null;
  registeredAt: string | null;
  updatedAt: string;
}

/** A row of GET /api/proposals. */
export interface ProposalListItem extends ProposalSummary {
  categoryName: string | null;
  sessionName: string;
  committeeName: string;
  proposerName: string | null;
  cosignerCount: number;
  unitNames: string[];
}

export interface Signer {
  memberId: number;
  name: string;
  role: 'lead' | 'co';
  roleLabel: string;
  state: 'invited' | 'confirmed' | 'declined';
  stateLabel: string;
  declineReason: string | null;
  respondedAt: string | null;
}

export interface ProposalRef {
  id: number;
  title: string;
  number: number | null;
  numberLabel: string | null;
}

export interface Attachment {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface TimelineEntry {
  id: number;
  action: string;
  actionLabel: string;
  fromStatus: string | null;
  toStatus: string;
  toStatusLabel: string;
  actorName: string | null;
  note: string | null;
  at: string;
}

/** An assignment with where it stands against its deadline today (Beijing). */
export interface HandlingAssignment {
  id: number;
  unitId: number;
  unitName: string;
  mode: 'lead' | 'cooperating' | 'separate';
  modeLabel: string;
  state: 'active' | 'returned' | 'removed';
  round: number;
  dueDate: string;
  originalDueDate: string;
  contactDueDate: string | null;
  pending: boolean;
  daysRemaining: number;
  workingDaysOverdue: number;
  workingDaysRemaining: number;
  overdue: boolean;
  acceptedAt: string | null;
  repliedAt: string | null;
  extension: {
    state: 'pending' | 'approved' | 'rejected';
    stateLabel: string;
    text: string;
    requestedDueDate: string | null;
    reason: string | null;
    decidedAt: string | null;
  } | null;
  urgeCount: number;
  lastUrgedAt: string | null;
}

export interface Rating {
  id: number;
  replyId: number;
  round: number;
  raterName: string | null;
  overallLabel: string;
  attitudeLabel: string;
  contactLabel: string;
  resultLabel: string;
  comment: string | null;
  createdAt: string;
}

export interface Reply {
  id: number;
  unitId: number;
  unitName: string;
  round: number;
  bodyHtml: string;
  category: string;
  categoryLabel: string;
  signedBy: string | null;
  publicBodyHtml: string | null;
  publicState: 'none' | 'pending' | 'published' | 'refused';
  publicStateLabel: string;
  publishedAt: string | null;
  repliedAt: string;
  file: { id: number; fileName: string; sizeBytes: number } | null;
  /** The caller may download the letter in Word. */
  letterReadable: boolean;
  ratings: Rating[];
  /** The last day to rate it, while a proposer still owes a rating. */
  ratingDueOn: string | null;
  ratingOverdue: boolean;
}

export interface HandlingSection {
  assignments: HandlingAssignment[];
  contacts: {
    id: number;
    unitName: string;
    contactedOn: string;
    methodLabel: string;
    unitContactName: string;
    memberName: string | null;
    summary: string;
  }[];
  opinions: { id: number; fromUnitName: string; toUnitName: string; body: string; createdAt: string }[];
  replies: Reply[];
  ratableReplyIds: number[];
  replyCategories: ReplyCategoryLevel[];
  implementations: { id: number; unitName: string; body: string; reportedAt: string }[];
  implementationMark: string | null;
  implementationMarkLabel: string | null;
  implementationMarkedAt: string | null;
  key: {
    year: number;
    stage: 'shortlisted' | 'selected';
    stageLabel: string;
    basis: string | null;
    selectedAt: string | null;
    /** 领衔督办: a 党政领导 (id) or the committee's own 主席/副主席 (chairId). */
    leader: {
      id: number | null;
      chairId: number | null;
      name: string;
      title: string | null;
      isPrincipal: boolean;
    } | null;
  } | null;
  /** The lead proposer to phone: only for a unit with an active assignment (full number on request). */
  proposerContact: { memberId: number; name: string; phoneMasked: string | null } | null;
  supervisions: {
    id: number;
    kindLabel: string;
    heldOn: string;
    place: string | null;
    participants: string | null;
    summary: string;
  }[];
}

/** GET /api/proposals/:id and the answer of every step. */
export interface ProposalView extends ProposalSummary {
  situationHtml: string;
  analysisHtml: string;
  recommendationHtml: string;
  categoryName: string | null;
  sessionName: string;
  year: number;
  leadMemberId: number | null;
  rejectReason: string | null;
  signers: Signer[];
  mergedInto: ProposalRef | null;
  mergedProposals: (ProposalRef & { signers: Signer[] })[];
  attachments: Attachment[];
  timeline: TimelineEntry[];
  abilities: ProposalAbilities;
  handling: HandlingSection;
}

/** A row of GET /api/proposals/assignments (办理工作台). */
export interface AssignmentItem {
  id: number;
  proposalId: number;
  numberLabel: string | null;
  title: string;
  proposalStatusLabel: string;
  isKey: boolean;
  sessionName: string;
  unitId: number;
  unitName: string;
  modeLabel: string;
  round: number;
  assignedAt: string;
  acceptedAt: string | null;
  repliedAt: string | null;
  dueDate: string;
  pending: boolean;
  daysRemaining: number;
  workingDaysOverdue: number;
  workingDaysRemaining: number;
  overdue: boolean;
  extensionState: string | null;
  extensionStateLabel: string | null;
  extensionRequestedDue: string | null;
  /** The extension in words: pending, granted or refused (domain extensionText). */
  extensionText: string | null;
  urgeCount: number;
}

/** A row of GET /api/proposals/key-proposals. */
export interface KeyItem {
  proposalId: number;
  numberLabel: string | null;
  title: string;
  statusLabel: string;
  year: number;
  stage: string;
  stageLabel: string;
  basis: string | null;
  leadSupervisorName: string | null;
  leadSupervisorTitle: string | null;
  supervisionCount: number;
}

/** One answer of GET /api/proposals/similar: a handled proposal and how it was handled. */
export interface SimilarItem {
  id: number;
  numberLabel: string | null;
  title: string;
  sessionName: string;
  year: number;
  statusLabel: string;
  unitNames: string[];
  replyCategory: string | null;
  replyCategoryLabel: string | null;
}

/** One answer of GET /api/proposals/:id/suggested-units: a unit and why it is suggested. */
export interface SuggestedUnit {
  unitId: number;
  unitName: string;
  /** Similar handled proposals it answered. */
  count: number;
  /** 相似提案 (detail: how many) and/or 职责匹配 (detail: the matching duty words). */
  reasons: { kind: 'similar' | 'duty'; label: string; detail: string }[];
}

export interface ConfigItem {
  id: number;
  sortOrder: number;
  active: boolean;
}

/** GET /api/proposals/config. */
export interface ProposalConfig {
  categories: (ConfigItem & { name: string })[];
  rejectReasons: (ConfigItem & { text: string })[];
  settings: {
    returnWindowDays: number;
    replyDueWorkingDays: number;
    contactDueWorkingDays: number;
    maxExtensionWorkingDays: number;
    rehandleDueWorkingDays: number;
    ratingWindowWorkingDays: number;
    publishWithinWorkingDays: number;
    remindBeforeWorkingDays: number;
    replyCategories: ReplyCategoryLevel[];
  };
  calendarOverrides: { day: string; kind: 'holiday' | 'workday'; note: string | null }[];
}
