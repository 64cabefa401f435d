import { ISSUE_STATUS_LABELS, type IssueStatus } from './bulletin-issues';
import { defineWorkflow, type TransitionDef } from './workflow';

/**
 * editor = staff of a 社情民意信息 department (compile and send); signer = staff of the office
 * (综合: 秘书长/副秘书长 sign off); recipient = a leader the issue was sent to.
 */
export type IssueRole = 'editor' | 'signer' | 'recipient';

export interface IssueFacts {
  items: number;
  recipients: number;
  /** The calling leader has not opened it yet. */
  unread: boolean;
}

const ISSUE_TRANSITIONS = [
  { action: 'edit', label: '修改', from: ['draft'], to: 'same', roles: ['editor'] },
  {
    action: 'sign',
    label: '签发',
    from: ['draft'],
    to: 'signed',
    roles: ['signer'],
    guard: (f) => (f.items === 0 ? '本期尚未编入信息' : null),
  },
  {
    action: 'send',
    label: '报送领导',
    from: ['signed'],
    to: 'sent',
    roles: ['editor'],
    guard: (f) => (f.recipients === 0 ? '请先选择报送的领导' : null),
  },
  {
    action: 'read',
    label: '已阅',
    from: ['sent'],
    to: 'same',
    roles: ['recipient'],
    guard: (f) => (f.unread ? null : '已阅'),
  },
] as const satisfies readonly TransitionDef<IssueStatus, IssueRole, IssueFacts>[];

/** An issue (期): compiled, signed off by the office, sent to the leaders, read by them. */
export const ISSUE_WORKFLOW = defineWorkflow<IssueStatus, IssueRole, IssueFacts>()({
  subject: 'bulletinIssue',
  noun: '信息期刊',
  statusLabels: ISSUE_STATUS_LABELS,
  transitions: ISSUE_TRANSITIONS,
});
export type IssueAction = (typeof ISSUE_TRANSITIONS)[number]['action'];

export const ISSUE_EVENT_LABELS: Record<string, string> = {
  create: '组稿',
  ...ISSUE_WORKFLOW.actionLabels,
};
