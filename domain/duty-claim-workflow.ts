import type { DepartmentDuty } from './org-resources';
import { defineWorkflow, type TransitionDef } from './workflow';

/** Staff keep the duty archive through a department with one of these duties (委员工作科, 办公室). */
export const DUTY_ARCHIVE_DUTIES: readonly DepartmentDuty[] = ['委员工作', '综合'];

export const CLAIM_STATUSES = ['submitted', 'confirmed', 'refused', 'withdrawn'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  submitted: '待确认',
  confirmed: '已确认',
  refused: '未确认',
  withdrawn: '已撤回',
};

/** claimant = the member the item is for; keeper = staff of a DUTY_ARCHIVE_DUTIES department. */
export type ClaimRole = 'claimant' | 'keeper';
export type ClaimFacts = Record<string, never>;

const CLAIM_TRANSITIONS = [
  { action: 'confirm', label: '确认申报', from: ['submitted'], to: 'confirmed', roles: ['keeper'] },
  { action: 'refuse', label: '不予确认', from: ['submitted'], to: 'refused', roles: ['keeper'] },
  { action: 'withdraw', label: '撤回申报', from: ['submitted'], to: 'withdrawn', roles: ['claimant'] },
  // A confirmed item changes only through this logged step, its old and new values in the event.
  { action: 'correct', label: '更正履职项', from: ['confirmed'], to: 'same', roles: ['keeper'] },
  { action: 'revoke', label: '撤销确认', from: ['confirmed'], to: 'refused', roles: ['keeper'] },
] as const satisfies readonly TransitionDef<ClaimStatus, ClaimRole, ClaimFacts>[];

/** 自行申报: the member claims, staff confirm or refuse; staff may also enter an item confirmed. */
export const CLAIM_WORKFLOW = defineWorkflow<ClaimStatus, ClaimRole, ClaimFacts>()({
  subject: 'dutyClaim',
  noun: '履职申报',
  statusLabels: CLAIM_STATUS_LABELS,
  transitions: CLAIM_TRANSITIONS,
});
export type ClaimAction = (typeof CLAIM_TRANSITIONS)[number]['action'];

export const CLAIM_EVENT_LABELS: Record<string, string> = {
  create: '申报履职项',
  enter: '录入履职项',
  ...CLAIM_WORKFLOW.actionLabels,
};
