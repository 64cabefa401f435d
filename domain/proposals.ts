/**
 * Proposal (提案) vocabulary shared by server and web: enums with their Chinese labels and the
 * per-committee defaults a committee may override (DOMAIN.md §2).
 */

export const PROPOSAL_STATUSES = [
  'draft',
  'cosigning',
  'submitted',
  'reviewing',
  'registered',
  'rejected',
  'converted',
  'merged',
  'withdrawn',
  'assigned',
  'handling',
  'returned',
  'replied',
  'rehandling',
  'rated',
  'concluded',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: '草稿',
  cosigning: '待联名确认',
  submitted: '待审查',
  reviewing: '审查中',
  registered: '已立案',
  rejected: '不予立案',
  converted: '已转意见建议',
  merged: '已并案',
  withdrawn: '已撤案',
  assigned: '已交办',
  handling: '办理中',
  returned: '退回待调整',
  replied: '已答复',
  rehandling: '重新办理',
  rated: '已测评',
  concluded: '已办结',
};

/** Who a proposal is submitted by; the org kinds are entered by staff on the body's behalf. */
export const SUBMITTER_KINDS = ['individual', 'joint', 'party', 'sectorGroup', 'specialCommittee'] as const;
export type SubmitterKind = (typeof SUBMITTER_KINDS)[number];
export const SUBMITTER_KIND_LABELS: Record<SubmitterKind, string> = {
  individual: '委员个人',
  joint: '委员联名',
  party: '党派团体',
  sectorGroup: '界别（委员小组）',
  specialCommittee: '专门委员会',
};
export const ORG_SUBMITTER_KINDS: readonly SubmitterKind[] = ['party', 'sectorGroup', 'specialCommittee'];

export const SIGNER_ROLES = ['lead', 'co'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
export const SIGNER_ROLE_LABELS: Record<SignerRole, string> = { lead: '第一提案人', co: '联名人' };

export const SIGNER_STATES = ['invited', 'confirmed', 'declined'] as const;
export type SignerState = (typeof SIGNER_STATES)[number];
export const SIGNER_STATE_LABELS: Record<SignerState, string> = {
  invited: '待确认',
  confirmed: '已确认',
  declined: '已谢绝',
};

export const ASSIGNMENT_MODES = ['lead', 'cooperating', 'separate'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const ASSIGNMENT_MODE_LABELS: Record<AssignmentMode, string> = {
  lead: '主办',
  cooperating: '会办',
  separate: '分办',
};

/** An assignment stays `active` until the unit returns it or staff take it away on reassignment. */
export const ASSIGNMENT_STATES = ['active', 'returned', 'removed'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];
export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = {
  active: '有效',
  returned: '已退回',
  removed: '已撤销',
};

export const EXTENSION_STATES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionState = (typeof EXTENSION_STATES)[number];
export const EXTENSION_STATE_LABELS: Record<ExtensionState, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '不予批准',
};

/** An extension in one phrase that says whether it is still waiting or was refused. */
export function extensionText(state: ExtensionState, requestedDueDate: string): string {
  if (state === 'pending') return `申请延期至 ${requestedDueDate}，待审批`;
  if (state === 'approved') return `已批准延期至 ${requestedDueDate}`;
  return `申请延期至 ${requestedDueDate}，不予批准`;
}

/**
 * Lateness as every page and export says it: deadlines are counted in working days (工作日), so
 * lateness is too; overdue on a day off after the deadline is just 已逾期.
 */
export function overdueText(workingDaysOverdue: number): string {
  return workingDaysOverdue > 0 ? `逾期 ${workingDaysOverdue} 个工作日` : '已逾期';
}

/** An assignment's time left as the handling board and its export show it (null: no reply owed). */
export function dueStateText(a: {
  pending: boolean;
  overdue: boolean;
  workingDaysOverdue: number;
  workingDaysRemaining: number;
}): string | null {
  if (!a.pending) return null;
  return a.overdue ? overdueText(a.workingDaysOverdue) : `剩 ${a.workingDaysRemaining} 个工作日`;
}

/** Where a unit is with its assignment: 待签收, 已签收 or 已答复 (the board's column and its export). */
export function receiptLabel(a: { acceptedAt: unknown; repliedAt: unknown }): '待签收' | '已签收' | '已答复' {
  return a.repliedAt ? '已答复' : a.acceptedAt ? '已签收' : '待签收';
}

/** 满意度: used for the overall rating and for attitude, contact and result. */
export const SATISFACTION_LEVELS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
export const SATISFACTION_LABELS: Record<SatisfactionLevel, string> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
};

export const IMPLEMENTATION_MARKS = ['done', 'partial', 'notDone'] as const;
export type ImplementationMark = (typeof IMPLEMENTATION_MARKS)[number];
export const IMPLEMENTATION_MARK_LABELS: Record<ImplementationMark, string> = {
  done: '已落实',
  partial: '部分落实',
  notDone: '未落实',
};

/** The public version of a reply: written by the unit, published only on staff approval. */
export const PUBLIC_STATES = ['none', 'pending', 'published', 'refused'] as const;
export type PublicState = (typeof PUBLIC_STATES)[number];
export const PUBLIC_STATE_LABELS: Record<PublicState, string> = {
  none: '不公开',
  pending: '待审核公开',
  published: '已公开',
  refused: '不予公开',
};

export const KEY_STAGES = ['shortlisted', 'selected'] as const;
export type KeyStage = (typeof KEY_STAGES)[number];
export const KEY_STAGE_LABELS: Record<KeyStage, string> = {
  shortlisted: '重点提案候选',
  selected: '重点提案',
};

export const SUPERVISION_KINDS = ['inspection', 'meeting', 'visit', 'other'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, string> = {
  inspection: '视察督办',
  meeting: '督办协商会',
  visit: '走访调研',
  other: '其他',
};

export const CONTACT_METHODS = ['visit', 'phone', 'meeting', 'inspection', 'letter', 'other'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  visit: '当面走访',
  phone: '电话沟通',
  meeting: '座谈会',
  inspection: '实地视察',
  letter: '书面沟通',
  other: '其他',
};

export const CALENDAR_OVERRIDE_KINDS = ['holiday', 'workday'] as const;
export type CalendarOverrideKind = (typeof CALENDAR_OVERRIDE_KINDS)[number];
export const CALENDAR_OVERRIDE_LABELS: Record<CalendarOverrideKind, string> = {
  holiday: '休息日',
  workday: '工作日',
};

/** Topic categories a new committee starts with (proposal_categories, editable per committee). */
export const DEFAULT_CATEGORIES = [
  '经济建设',
  '政治建设',
  '文化建设',
  '社会建设',
  '生态文明建设',
  '其他',
] as const;

/** The published grounds for 不予立案 a new committee starts with (editable per committee). */
export const DEFAULT_REJECT_REASONS = [
  '涉及党和国家秘密的',
  '涉及党派团体内部事务及人事安排的',
  '涉及民事、刑事、行政诉讼及仲裁纠纷的',
  '为个人或少数人谋求私利等个人事务的',
  '宣传、推介具体产品或企业的',
  '内容空泛、没有具体建议的',
  '一案多事的',
  '不属于本级政协提案受理范围的',
] as const;

export interface ReplyCategoryLevel {
  code: string;
  label: string;
}

/** A/B/C as most committees use them; some configure a fourth level. */
export const DEFAULT_REPLY_CATEGORIES: ReplyCategoryLevel[] = [
  { code: 'A', label: '所提问题已经解决或基本解决' },
  { code: 'B', label: '所提问题正在解决或列入计划解决' },
  { code: 'C', label: '所提问题因条件限制或其他原因留作参考' },
];

/** Deadlines and windows a committee may override (DOMAIN.md §2: all deadlines configurable). */
export const PROPOSAL_SETTING_DEFAULTS = {
  /** A unit may return a misassigned proposal within this many calendar days of assignment. */
  returnWindowDays: 7,
  /** Reply within ~3 months of assignment, counted in working days. */
  replyDueWorkingDays: 60,
  /** Contact the proposer within ~15 working days of assignment. */
  contactDueWorkingDays: 15,
  /** An approved extension may push the deadline at most this far past the original (to ~6 months). */
  maxExtensionWorkingDays: 60,
  /** After 不满意, the unit replies again within ~1 month (重新办理). */
  rehandleDueWorkingDays: 20,
  /** The proposer rates within ~15 working days of the reply. */
  ratingWindowWorkingDays: 15,
  /** A publishable reply goes public within 20 working days. */
  publishWithinWorkingDays: 20,
  /** Units are reminded this many working days before the deadline. */
  remindBeforeWorkingDays: 10,
} as const;

/** Bounds for the return window the settings page accepts (DOMAIN.md §2: usually 7–10 days). */
export const RETURN_WINDOW_BOUNDS = { min: 1, max: 30 } as const;

/** The printed registration number: 第0001号. */
export function formatProposalNumber(n: number | null): string | null {
  return n === null ? null : `第${String(n).padStart(4, '0')}号`;
}
