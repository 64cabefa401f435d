import { defineWorkflow, type TransitionDef } from './workflow';

/**
 * 批示 (instruction, DOMAIN.md §8): a leader's instruction on a document of any kind (a 社情民意
 * issue or item, a key proposal …), naming the units that must act and a due date. Each unit
 * reports what it did (落实反馈); the office accepts it or sends it back, and closes the 批示 once
 * every unit's feedback is accepted.
 */

/** The level of the leader who wrote it. */
export const INSTRUCTION_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type InstructionLevel = (typeof INSTRUCTION_LEVELS)[number];
export const INSTRUCTION_LEVEL_LABELS: Record<InstructionLevel, string> = {
  national: '全国',
  province: '省级',
  city: '市级',
  county: '县（区）级',
};

export const INSTRUCTION_STATUSES = ['open', 'closed'] as const;
export type InstructionStatus = (typeof INSTRUCTION_STATUSES)[number];
export const INSTRUCTION_STATUS_LABELS: Record<InstructionStatus, string> = {
  open: '落实中',
  closed: '已办结',
};

/** A named unit's part: owes feedback, has sent it, had it sent back, or had it accepted. */
export const FEEDBACK_STATES = ['pending', 'submitted', 'returned', 'accepted'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];
export const FEEDBACK_STATE_LABELS: Record<FeedbackState, string> = {
  pending: '待反馈',
  submitted: '已反馈',
  returned: '退回重报',
  accepted: '已确认',
};

/** A unit still owes feedback (none yet, or sent back). */
export const owesFeedback = (s: string) => s === 'pending' || s === 'returned';

/** unit = a handling unit the 批示 names; office = staff who follow 批示 up for the document's kind. */
export type InstructionRole = 'unit' | 'office';

export interface InstructionFacts {
  /** The calling unit's part, if it is named. */
  mine: FeedbackState | null;
  /** Some unit's feedback waits for the office. */
  awaiting: boolean;
  /** Every unit's feedback is accepted. */
  allAccepted: boolean;
}

const INSTRUCTION_TRANSITIONS = [
  {
    action: 'feedback',
    label: '落实反馈',
    from: ['open'],
    to: 'same',
    roles: ['unit'],
    guard: (f) => (f.mine !== null && owesFeedback(f.mine) ? null : '本单位已反馈，待确认'),
  },
  {
    action: 'accept',
    label: '确认反馈',
    from: ['open'],
    to: 'same',
    roles: ['office'],
    guard: (f) => (f.awaiting ? null : '没有待确认的反馈'),
  },
  {
    action: 'sendBack',
    label: '退回反馈',
    from: ['open'],
    to: 'same',
    roles: ['office'],
    guard: (f) => (f.awaiting ? null : '没有待确认的反馈'),
  },
  {
    action: 'attachScan',
    label: '上传批示件',
    from: ['open', 'closed'],
    to: 'same',
    roles: ['office'],
  },
  {
    action: 'attachFeedbackFile',
    label: '上传反馈附件',
    from: ['open'],
    to: 'same',
    roles: ['unit'],
    guard: (f) => (f.mine !== null && owesFeedback(f.mine) ? null : '本单位已反馈，待确认'),
  },
  {
    action: 'close',
    label: '办结',
    from: ['open'],
    to: 'closed',
    roles: ['office'],
    guard: (f) => (f.allAccepted ? null : '尚有单位的落实反馈未确认'),
  },
] as const satisfies readonly TransitionDef<InstructionStatus, InstructionRole, InstructionFacts>[];

export const INSTRUCTION_WORKFLOW = defineWorkflow<InstructionStatus, InstructionRole, InstructionFacts>()({
  subject: 'instruction',
  noun: '批示',
  statusLabels: INSTRUCTION_STATUS_LABELS,
  transitions: INSTRUCTION_TRANSITIONS,
});
export type InstructionAction = (typeof INSTRUCTION_TRANSITIONS)[number]['action'];

export const INSTRUCTION_EVENT_LABELS: Record<string, string> = {
  create: '批示',
  // A 批示 given on paper, entered by staff: the event's note names the leader.
  register: '登记批示',
  reminder: '反馈提醒',
  ...INSTRUCTION_WORKFLOW.actionLabels,
};

/** Days before the due date a unit still owing feedback is reminded (once), then once when overdue. */
export const INSTRUCTION_REMIND_DAYS = 3;
export type InstructionReminder = 'dueSoon' | 'overdue';
