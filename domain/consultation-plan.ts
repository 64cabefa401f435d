import { CONSULTATION_FORM_LABELS, type ConsultationForm } from './consultations';
import { defineWorkflow, type TransitionDef } from './workflow';

/**
 * 年度协商计划 (consultationPlan, DOMAIN.md §4): topics are collected from five sources, staff
 * moderate them, shortlist some into a committee's plan for a year, the 主席会议 reviews it, the
 * party committee approves it (document number and date), and the plan is published; an
 * adjustment during the year is a new revision that goes through the same steps again.
 */

/** The five sources of topics (seed 002: 社会征题、群众出题、部门点题、政协集题、党委定题). */
export const TOPIC_SOURCES = ['public', 'member', 'unit', 'staff', 'leader'] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];
export const TOPIC_SOURCE_LABELS: Record<TopicSource, string> = {
  public: '社会征题',
  member: '群众出题',
  unit: '部门点题',
  staff: '政协集题',
  leader: '党委定题',
};

/** Limits of a submitted topic: the public form and the staff's form alike. */
export const TOPIC_LIMITS = { title: 60, description: 2000, name: 20, contact: 50 } as const;
/** The least a topic from the public page says: a title and an account the office can judge. */
export const PUBLIC_TOPIC_MINIMUMS = { title: 4, description: 5 } as const;

export const TOPIC_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];
export const TOPIC_STATUS_LABELS: Record<TopicStatus, string> = {
  pending: '待审核',
  approved: '已采纳',
  rejected: '未采纳',
};

/** moderator = staff of a 协商工作 or 综合 department of the topic's committee. */
export type TopicRole = 'moderator';
export type TopicFacts = Record<string, never>;

const TOPIC_TRANSITIONS = [
  { action: 'approve', label: '审核通过', from: ['pending'], to: 'approved', roles: ['moderator'] },
  {
    action: 'reject',
    label: '不予采纳',
    from: ['pending', 'approved'],
    to: 'rejected',
    roles: ['moderator'],
  },
] as const satisfies readonly TransitionDef<TopicStatus, TopicRole, TopicFacts>[];

/** Moderation of a topic: nothing from the public is shown anywhere before it is approved. */
export const TOPIC_WORKFLOW = defineWorkflow<TopicStatus, TopicRole, TopicFacts>()({
  subject: 'consultationTopic',
  noun: '协商议题',
  statusLabels: TOPIC_STATUS_LABELS,
  transitions: TOPIC_TRANSITIONS,
});
export type TopicAction = (typeof TOPIC_TRANSITIONS)[number]['action'];

export const TOPIC_EVENT_LABELS: Record<string, string> = {
  create: '提交议题',
  ...TOPIC_WORKFLOW.actionLabels,
};

export const PLAN_STATUSES = ['draft', 'chairsReview', 'partyApproval', 'approved', 'published'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: '草拟中',
  chairsReview: '主席会议审议中',
  partyApproval: '待党委批准',
  approved: '党委已批准',
  published: '已公布',
};

/** organiser = staff of a 协商工作 or 综合 department of the plan's committee. */
export type PlanRole = 'organiser';

export interface PlanFacts {
  /** Entries in the plan: an empty plan is not sent for review. */
  entries: number;
}

const PLAN_TRANSITIONS = [
  { action: 'edit', label: '修改计划', from: ['draft'], to: 'same', roles: ['organiser'] },
  {
    action: 'submit',
    label: '提交主席会议审议',
    from: ['draft'],
    to: 'chairsReview',
    roles: ['organiser'],
    guard: (f) => (f.entries > 0 ? null : '计划中还没有协商议题'),
  },
  {
    action: 'passReview',
    label: '主席会议审议通过',
    from: ['chairsReview'],
    to: 'partyApproval',
    roles: ['organiser'],
  },
  {
    action: 'sendBack',
    label: '退回修改',
    from: ['chairsReview', 'partyApproval'],
    to: 'draft',
    roles: ['organiser'],
  },
  { action: 'approve', label: '党委批准', from: ['partyApproval'], to: 'approved', roles: ['organiser'] },
  { action: 'publish', label: '公布计划', from: ['approved'], to: 'published', roles: ['organiser'] },
  { action: 'adjust', label: '调整计划', from: ['published'], to: 'draft', roles: ['organiser'] },
] as const satisfies readonly TransitionDef<PlanStatus, PlanRole, PlanFacts>[];

/** The plan: drafted, reviewed by the 主席会议, approved by the party committee, published, adjusted. */
export const PLAN_WORKFLOW = defineWorkflow<PlanStatus, PlanRole, PlanFacts>()({
  subject: 'consultationPlan',
  noun: '协商计划',
  statusLabels: PLAN_STATUS_LABELS,
  transitions: PLAN_TRANSITIONS,
});
export type PlanAction = (typeof PLAN_TRANSITIONS)[number]['action'];

export const PLAN_EVENT_LABELS: Record<string, string> = {
  create: '新建计划',
  ...PLAN_WORKFLOW.actionLabels,
};

/** A frequency target: at least `minimum` activities of a form in the year (专题协商会 ≥ 4). */
export interface PlanTarget {
  form: ConsultationForm;
  minimum: number;
}

/** How a target reads: 专题协商会 不少于 4 次. */
export const targetText = (t: PlanTarget) => `${CONSULTATION_FORM_LABELS[t.form]} 不少于 ${t.minimum} 次`;

export const MONTH_LABELS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
