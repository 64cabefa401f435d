import type { KeyStage, ProposalStatus, SubmitterKind } from './proposals';
import { PROPOSAL_STATUS_LABELS } from './proposals';

/**
 * The proposal workflow as data (DESIGN.md "the workflow is data"): every step a proposal can
 * take, from which statuses, to which status, and who may take it. The server applies it in one
 * place (server/modules/proposals/transition.ts); the presenter derives each caller's
 * `abilities` from it; the web never re-implements a rule.
 */

/**
 * A caller's relation to one proposal, computed by the proposals policy:
 * proposer = 第一提案人 (or the staff who entered a party/sector/special-committee proposal),
 * coSigner = an invited 联名人, staff = 提案委/机关 staff of the proposal's committee,
 * unit = a handling unit with an active assignment (replyingUnit: 主办 or 分办;
 * cooperatingUnit: 会办), leadSupervisor = the leader leading a key proposal.
 */
export const PROPOSAL_ROLES = [
  'proposer',
  'coSigner',
  'staff',
  'unit',
  'replyingUnit',
  'cooperatingUnit',
  'leadSupervisor',
] as const;
export type ProposalRole = (typeof PROPOSAL_ROLES)[number];

/** What a guard may look at: the proposal's own facts, never the database. */
export interface ProposalFacts {
  title: string;
  categoryId: number | null;
  recommendationHtml: string;
  submitterKind: SubmitterKind;
  keyStage: KeyStage | null;
  isExcellent: boolean;
}

/** `same` keeps the status (a logged step such as 催办); a list lets the command pick one. */
export type TransitionTarget = ProposalStatus | readonly ProposalStatus[] | 'same';

export interface Transition {
  action: string;
  label: string;
  from: readonly ProposalStatus[];
  to: TransitionTarget;
  roles: readonly ProposalRole[];
  /** Returns the Chinese reason the step is refused, or null. */
  guard?: (facts: ProposalFacts) => string | null;
}

const BEFORE_REVIEW: ProposalStatus[] = ['submitted', 'reviewing'];
const IN_HANDLING: ProposalStatus[] = ['assigned', 'handling', 'rehandling'];
const AFTER_REPLY: ProposalStatus[] = ['replied', 'rehandling', 'rated', 'concluded'];
const REGISTERED_ON: ProposalStatus[] = ['registered', 'assigned', 'handling', 'returned', ...AFTER_REPLY];

const readyToSubmit = (f: ProposalFacts) => {
  if (!f.title.trim()) return '请填写案由';
  if (f.categoryId === null) return '请选择提案类别';
  if (!f.recommendationHtml.replace(/<[^>]*>/g, '').trim()) return '请填写建议内容';
  return null;
};

/** The whole lifecycle, steps 1–8 of DOMAIN.md §2. */
export const PROPOSAL_TRANSITIONS = [
  // 1. Draft and submit
  { action: 'edit', label: '修改草稿', from: ['draft'], to: 'same', roles: ['proposer'] },
  {
    action: 'submit',
    label: '提交',
    from: ['draft'],
    to: ['cosigning', 'submitted'],
    roles: ['proposer'],
    guard: readyToSubmit,
  },
  {
    action: 'confirmCosign',
    label: '确认联名',
    from: ['cosigning'],
    to: ['cosigning', 'submitted'],
    roles: ['coSigner'],
  },
  { action: 'declineCosign', label: '谢绝联名', from: ['cosigning'], to: 'same', roles: ['coSigner'] },
  {
    action: 'removeCosigner',
    label: '移除联名人',
    from: ['cosigning'],
    to: ['cosigning', 'submitted'],
    roles: ['proposer'],
  },
  {
    action: 'withdraw',
    label: '撤案',
    // A draft sent back for revision can be withdrawn too; a never-submitted one is just deleted.
    from: ['draft', 'cosigning', ...BEFORE_REVIEW],
    to: 'withdrawn',
    roles: ['proposer'],
  },
  // 2. Review
  { action: 'startReview', label: '开始审查', from: ['submitted'], to: 'reviewing', roles: ['staff'] },
  { action: 'sendBack', label: '退回修改', from: BEFORE_REVIEW, to: 'draft', roles: ['staff'] },
  { action: 'register', label: '立案', from: BEFORE_REVIEW, to: 'registered', roles: ['staff'] },
  { action: 'reject', label: '不予立案', from: BEFORE_REVIEW, to: 'rejected', roles: ['staff'] },
  { action: 'convert', label: '转为意见建议', from: BEFORE_REVIEW, to: 'converted', roles: ['staff'] },
  { action: 'merge', label: '并案', from: [...BEFORE_REVIEW, 'registered'], to: 'merged', roles: ['staff'] },
  {
    action: 'unmerge',
    label: '撤销并案',
    from: ['merged'],
    to: [...BEFORE_REVIEW, 'registered'],
    roles: ['staff'],
  },
  // 3. Assignment
  { action: 'assign', label: '交办', from: ['registered'], to: 'assigned', roles: ['staff'] },
  // Each unit signs for its own assignment; the first signature starts 办理中.
  { action: 'accept', label: '签收', from: ['assigned', 'handling'], to: 'handling', roles: ['unit'] },
  {
    action: 'returnAssignment',
    label: '退回交办',
    from: ['assigned', 'handling', 'returned'],
    to: 'returned',
    roles: ['unit'],
  },
  { action: 'reassign', label: '重新交办', from: ['assigned', 'returned'], to: 'assigned', roles: ['staff'] },
  // 4. Handling
  { action: 'recordContact', label: '登记沟通联系', from: IN_HANDLING, to: 'same', roles: ['unit'] },
  { action: 'sendOpinion', label: '会办意见', from: IN_HANDLING, to: 'same', roles: ['cooperatingUnit'] },
  {
    action: 'requestExtension',
    label: '申请延期',
    from: IN_HANDLING,
    to: 'same',
    roles: ['replyingUnit'],
  },
  { action: 'decideExtension', label: '审批延期', from: IN_HANDLING, to: 'same', roles: ['staff'] },
  { action: 'urge', label: '催办', from: IN_HANDLING, to: 'same', roles: ['staff'] },
  // 5. Reply (分办: each unit replies; the last reply moves the proposal to 已答复)
  { action: 'replyPartial', label: '答复', from: IN_HANDLING, to: 'same', roles: ['replyingUnit'] },
  { action: 'reply', label: '答复', from: IN_HANDLING, to: 'replied', roles: ['replyingUnit'] },
  { action: 'reviewPublication', label: '审核公开答复', from: AFTER_REPLY, to: 'same', roles: ['staff'] },
  // 6. Rating (分办 or 并案: 已测评 once every reply has every proposer's rating)
  { action: 'rate', label: '满意度测评', from: ['replied'], to: ['replied', 'rated'], roles: ['proposer'] },
  {
    action: 'rateDissatisfied',
    label: '测评不满意',
    from: ['replied'],
    to: 'rehandling',
    roles: ['proposer'],
  },
  // 7. Implementation
  {
    action: 'reportImplementation',
    label: '报送落实情况',
    from: ['replied', 'rated', 'concluded'],
    to: 'same',
    roles: ['replyingUnit'],
  },
  {
    action: 'markImplementation',
    label: '认定落实情况',
    from: ['replied', 'rated', 'concluded'],
    to: 'concluded',
    roles: ['staff'],
  },
  // 8. Key proposals and year-end marks
  {
    action: 'shortlistKey',
    label: '列为重点提案候选',
    from: REGISTERED_ON,
    to: 'same',
    roles: ['staff'],
    guard: (f) => (f.keyStage ? '该提案已是重点提案或候选' : null),
  },
  {
    action: 'selectKey',
    label: '确定为重点提案',
    from: REGISTERED_ON,
    to: 'same',
    roles: ['staff'],
    guard: (f) => (f.keyStage === 'shortlisted' ? null : '须先列为重点提案候选'),
  },
  {
    action: 'dropKey',
    label: '取消重点提案',
    from: REGISTERED_ON,
    to: 'same',
    roles: ['staff'],
    guard: (f) => (f.keyStage ? null : '该提案不是重点提案或候选'),
  },
  {
    action: 'recordSupervision',
    label: '登记督办',
    from: REGISTERED_ON,
    to: 'same',
    roles: ['staff', 'leadSupervisor'],
    guard: (f) => (f.keyStage === 'selected' ? null : '只有重点提案登记督办'),
  },
  { action: 'setExcellent', label: '评为优秀提案', from: AFTER_REPLY, to: 'same', roles: ['staff'] },
] as const satisfies readonly Transition[];

export type ProposalAction = (typeof PROPOSAL_TRANSITIONS)[number]['action'];

export const PROPOSAL_ACTIONS = PROPOSAL_TRANSITIONS.map((t) => t.action) as ProposalAction[];

/** Timeline labels: every transition plus the events that are not transitions. */
export const PROPOSAL_EVENT_LABELS: Record<string, string> = {
  create: '创建草稿',
  // The trace a merge leaves on the host proposal.
  mergeIn: '并入提案',
  unmergeOut: '撤销并入',
  // Written by the deadline-reminder job (server/jobs/deadline-reminders.ts), not by a person.
  deadlineReminder: '办理时限提醒',
  overdueNotice: '逾期提示',
  ...Object.fromEntries(PROPOSAL_TRANSITIONS.map((t) => [t.action, t.label])),
};

const byAction = new Map<string, Transition>(PROPOSAL_TRANSITIONS.map((t) => [t.action, t]));

export function transitionFor(action: ProposalAction): Transition {
  return byAction.get(action)!;
}

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; reason: 'state' | 'role' | 'guard'; message: string };

/**
 * May a caller with `roles` take `action` on a proposal in `status`? The state is checked first,
 * so a stale screen learns the proposal moved on rather than that it lacks a right.
 */
export function checkTransition(
  action: ProposalAction,
  status: ProposalStatus,
  roles: readonly ProposalRole[],
  facts: ProposalFacts,
): TransitionCheck {
  const t = transitionFor(action);
  if (!t.from.includes(status)) {
    return {
      ok: false,
      reason: 'state',
      message: `该提案当前状态为${PROPOSAL_STATUS_LABELS[status]}，不能执行${t.label}`,
    };
  }
  if (!t.roles.some((r) => roles.includes(r))) {
    return { ok: false, reason: 'role', message: `您无权对该提案执行${t.label}` };
  }
  const refused = t.guard?.(facts) ?? null;
  if (refused) return { ok: false, reason: 'guard', message: refused };
  return { ok: true, transition: t };
}

/**
 * The status a transition ends in. For a target list the command names its choice; a choice
 * outside the list is a programming error, not user input.
 */
export function resolveTarget(t: Transition, from: ProposalStatus, chosen?: ProposalStatus): ProposalStatus {
  if (t.to === 'same') return from;
  if (typeof t.to === 'string') return t.to;
  if (!chosen || !t.to.includes(chosen)) {
    throw new Error(`transition ${t.action} needs a target among ${t.to.join(', ')}`);
  }
  return chosen;
}

/** Every action the caller may take now: the `abilities` a presenter hands to the web. */
export function availableActions(
  status: ProposalStatus,
  roles: readonly ProposalRole[],
  facts: ProposalFacts,
): ProposalAction[] {
  return PROPOSAL_ACTIONS.filter((a) => checkTransition(a, status, roles, facts).ok);
}
