import { defineWorkflow, type TransitionDef } from './workflow';

/**
 * 意见建议 (suggestion) of a consultation activity: one record each, made by a member or by residents,
 * sent to the responsible department (a handling unit), which gives written feedback by a due date
 * (采纳 / 部分采纳 / 未采纳 with the reason); an adopted one is then tracked with its progress (%,
 * milestones) to 已办结. This is the loop seed 004 asks to be closed and visible.
 */

export const SUGGESTION_STATUSES = ['sent', 'implementing', 'declined', 'done'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = {
  sent: '待反馈',
  implementing: '落实中',
  declined: '未采纳',
  done: '已办结',
};

export const ADOPTIONS = ['adopted', 'partial', 'rejected'] as const;
export type Adoption = (typeof ADOPTIONS)[number];
export const ADOPTION_LABELS: Record<Adoption, string> = {
  adopted: '采纳',
  partial: '部分采纳',
  rejected: '未采纳',
};

/** Who made a suggestion: a member of the committee, or residents (named as the session recorded them). */
export const SUGGESTION_SOURCES = ['member', 'resident'] as const;
export type SuggestionSource = (typeof SUGGESTION_SOURCES)[number];
export const SUGGESTION_SOURCE_LABELS: Record<SuggestionSource, string> = {
  member: '委员',
  resident: '群众',
};

/** The department answers within this many working days of receiving a suggestion, unless staff set a date. */
export const FEEDBACK_WORKING_DAYS = 20;
/** Days before the due date a department still owing feedback is reminded (once), then once when overdue. */
export const SUGGESTION_REMIND_DAYS = 3;
export type SuggestionReminder = 'dueSoon' | 'overdue';

/** unit = the responsible department's accounts; organiser = consultation staff of the committee. */
export type SuggestionRole = 'unit' | 'organiser';

export interface SuggestionFacts {
  /** The last reported progress (0 before any). */
  percent: number;
}

const SUGGESTION_TRANSITIONS = [
  {
    action: 'feedback',
    label: '书面反馈',
    from: ['sent'],
    to: ['implementing', 'declined'],
    roles: ['unit'],
  },
  { action: 'progress', label: '报告进展', from: ['implementing'], to: 'same', roles: ['unit'] },
  { action: 'complete', label: '办结', from: ['implementing'], to: 'done', roles: ['unit'] },
  { action: 'reassign', label: '改派', from: ['sent'], to: 'same', roles: ['organiser'] },
] as const satisfies readonly TransitionDef<SuggestionStatus, SuggestionRole, SuggestionFacts>[];

export const SUGGESTION_WORKFLOW = defineWorkflow<SuggestionStatus, SuggestionRole, SuggestionFacts>()({
  subject: 'consultationSuggestion',
  noun: '意见建议',
  statusLabels: SUGGESTION_STATUS_LABELS,
  transitions: SUGGESTION_TRANSITIONS,
});
export type SuggestionAction = (typeof SUGGESTION_TRANSITIONS)[number]['action'];

export const SUGGESTION_EVENT_LABELS: Record<string, string> = {
  create: '交办',
  reminder: '反馈提醒',
  feedbackFile: '上传反馈附件',
  removeFeedbackFile: '删除反馈附件',
  ...SUGGESTION_WORKFLOW.actionLabels,
};
