import type { KeyStage, ProposalStatus, SignerState, SubmitterKind } from './proposals';
import { PROPOSAL_STATUS_LABELS } from './proposals';
import { defineWorkflow, type TransitionDef } from './workflow';

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

/**
 * What a guard may look at: the proposal's own facts and, for the handling steps, facts of its
 * assignments, replies and ratings seen from the caller's chair (computed under the row lock).
 */
export interface ProposalFacts {
  title: string;
  categoryId: number | null;
  recommendationHtml: string;
  submitterKind: SubmitterKind;
  keyStage: KeyStage | null;
  isExcellent: boolean;
  /** The caller's unit holds an active assignment it has not signed for (签收). */
  awaitingAcceptance: boolean;
  /** The caller's unit holds an active assignment still within the committee's 退回 window. */
  returnWindowOpen: boolean;
  /** That window: calendar days from assignment (the committee's setting). */
  returnWindowDays: number;
  /** The caller's 主办/分办 assignment still owes its reply. */
  owesReply: boolean;
  /** The caller's own extension request waits for a decision. */
  extensionPending: boolean;
  /** Another 主办/分办 unit still owes its reply (分办: the caller's reply is not the last). */
  othersOweReply: boolean;
  /** Some unit's extension request waits for the staff's decision. */
  anyExtensionPending: boolean;
  /** Some active assignment still owes its reply or views, so 催办 has someone to press. */
  anyOwing: boolean;
  /** Current replies the caller still has to rate. */
  unratedByCaller: number;
  /** The caller's own answer to a co-signing invitation (null: not invited). */
  cosignAnswer: SignerState | null;
  /** A draft never submitted (not one sent back for revision): deleted, not withdrawn. */
  freshDraft: boolean;
}

const BEFORE_REVIEW: ProposalStatus[] = ['submitted', 'reviewing'];
const IN_HANDLING: ProposalStatus[] = ['assigned', 'handling', 'rehandling'];
const AFTER_REPLY: ProposalStatus[] = ['replied', 'rehandling', 'rated', 'concluded'];
const REGISTERED_ON: ProposalStatus[] = ['registered', 'assigned', 'handling', 'returned', ...AFTER_REPLY];

/** A unit works on a proposal once it has signed for it: 签收 comes before contact, views and reply. */
const acceptanceRefusal = (f: ProposalFacts) => (f.awaitingAcceptance ? '请先签收该提案' : null);

/** A unit replies once per round, after 签收: its own 主办/分办 assignment must still owe the reply. */
const replyRefusal = (f: ProposalFacts) =>
  acceptanceRefusal(f) ?? (f.owesReply ? null : '本单位已答复，请勿重复提交');

/** A co-signer answers an invitation once: confirmed or declined, the buttons go. */
const cosignRefusal = (f: ProposalFacts) =>
  f.cosignAnswer === 'confirmed' ? '您已确认联名' : f.cosignAnswer === 'declined' ? '您已谢绝联名' : null;
/** Each proposer rates each current reply once. */
const ratingRefusal = (f: ProposalFacts) => (f.unratedByCaller > 0 ? null : '您已对该答复进行过测评');

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
    guard: cosignRefusal,
  },
  {
    action: 'declineCosign',
    label: '谢绝联名',
    from: ['cosigning'],
    to: 'same',
    roles: ['coSigner'],
    guard: cosignRefusal,
  },
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
    guard: (f) => (f.freshDraft ? '草稿尚未提交，无需撤案，可直接删除' : null),
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
  {
    action: 'accept',
    label: '签收',
    from: ['assigned', 'handling'],
    to: 'handling',
    roles: ['unit'],
    guard: (f) => (f.awaitingAcceptance ? null : '本单位已签收该提案'),
  },
  {
    action: 'returnAssignment',
    label: '退回交办',
    from: ['assigned', 'handling', 'returned'],
    to: 'returned',
    roles: ['unit'],
    guard: (f) =>
      f.returnWindowOpen
        ? null
        : `已超过退回期限（交办后 ${f.returnWindowDays} 日内可申请退回），请联系提案委调整`,
  },
  { action: 'reassign', label: '重新交办', from: ['assigned', 'returned'], to: 'assigned', roles: ['staff'] },
  // 4. Handling
  {
    action: 'recordContact',
    label: '登记沟通联系',
    from: IN_HANDLING,
    to: 'same',
    roles: ['unit'],
    guard: acceptanceRefusal,
  },
  {
    action: 'sendOpinion',
    label: '会办意见',
    from: IN_HANDLING,
    to: 'same',
    roles: ['cooperatingUnit'],
    guard: acceptanceRefusal,
  },
  {
    action: 'requestExtension',
    label: '申请延期',
    from: IN_HANDLING,
    to: 'same',
    roles: ['replyingUnit'],
    guard: (f) =>
      acceptanceRefusal(f) ??
      (!f.owesReply
        ? '本单位已答复，不能再申请延期'
        : f.extensionPending
          ? '本单位已有待审批的延期申请'
          : null),
  },
  {
    action: 'decideExtension',
    label: '审批延期',
    from: IN_HANDLING,
    to: 'same',
    roles: ['staff'],
    guard: (f) => (f.anyExtensionPending ? null : '该承办单位没有待审批的延期申请'),
  },
  {
    action: 'urge',
    label: '催办',
    from: IN_HANDLING,
    to: 'same',
    roles: ['staff'],
    guard: (f) => (f.anyOwing ? null : '承办单位均已答复或提交会办意见，无需催办'),
  },
  // 5. Reply (分办: each unit replies; the last reply moves the proposal to 已答复)
  {
    action: 'replyPartial',
    label: '答复',
    from: IN_HANDLING,
    to: 'same',
    roles: ['replyingUnit'],
    guard: (f) => replyRefusal(f) ?? (f.othersOweReply ? null : '其他承办单位均已答复，本次答复即为最终答复'),
  },
  {
    action: 'reply',
    label: '答复',
    from: IN_HANDLING,
    to: 'replied',
    roles: ['replyingUnit'],
    guard: (f) => replyRefusal(f) ?? (f.othersOweReply ? '其他分办单位尚未答复' : null),
  },
  { action: 'reviewPublication', label: '审核公开答复', from: AFTER_REPLY, to: 'same', roles: ['staff'] },
  // 6. Rating (分办 or 并案: 已测评 once every reply has every proposer's rating)
  {
    action: 'rate',
    label: '满意度测评',
    from: ['replied'],
    to: ['replied', 'rated'],
    roles: ['proposer'],
    guard: ratingRefusal,
  },
  {
    action: 'rateDissatisfied',
    label: '测评不满意',
    from: ['replied'],
    to: 'rehandling',
    roles: ['proposer'],
    guard: ratingRefusal,
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
] as const satisfies readonly TransitionDef<ProposalStatus, ProposalRole, ProposalFacts>[];

/** The proposal workflow: the table above with its statuses and the noun its messages use. */
export const PROPOSAL_WORKFLOW = defineWorkflow<ProposalStatus, ProposalRole, ProposalFacts>()({
  subject: 'proposal',
  noun: '提案',
  statusLabels: PROPOSAL_STATUS_LABELS,
  transitions: PROPOSAL_TRANSITIONS,
});

export type ProposalAction = (typeof PROPOSAL_TRANSITIONS)[number]['action'];

export const PROPOSAL_ACTIONS = PROPOSAL_WORKFLOW.actions;

/** Timeline labels: every transition plus the events that are not transitions. */
export const PROPOSAL_EVENT_LABELS: Record<string, string> = {
  create: '创建草稿',
  // The trace a merge leaves on the host proposal.
  mergeIn: '并入提案',
  unmergeOut: '撤销并入',
  // Written by the deadline-reminder job (server/jobs/deadline-reminders.ts), not by a person.
  deadlineReminder: '办理时限提醒',
  overdueNotice: '逾期提示',
  // A finished proposal of a past year, brought in from the office's Excel ledger.
  importHistory: '历史台账导入',
  ...PROPOSAL_WORKFLOW.actionLabels,
};
