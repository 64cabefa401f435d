import { LEAVE_STATUS_LABELS, type LeaveStatus, MEETING_STATUS_LABELS, type MeetingStatus } from './meetings';
import { defineWorkflow, type TransitionDef } from './workflow';

/** organiser = staff of a 委员工作/综合 department of the meeting's committee. */
export type MeetingRole = 'organiser';

export interface MeetingFacts {
  /** The first sitting has begun. */
  started: boolean;
}

const MEETING_TRANSITIONS = [
  { action: 'publish', label: '发布会议通知', from: ['draft'], to: 'published', roles: ['organiser'] },
  { action: 'edit', label: '修改会议', from: ['draft', 'published'], to: 'same', roles: ['organiser'] },
  {
    action: 'cancel',
    label: '取消会议',
    from: ['draft', 'published'],
    to: 'cancelled',
    roles: ['organiser'],
    guard: (f) => (f.started ? '会议已开始，不能取消' : null),
  },
] as const satisfies readonly TransitionDef<MeetingStatus, MeetingRole, MeetingFacts>[];

/** A meeting's notice: drafted, sent to the invitees, changed (they hear of it) or called off. */
export const MEETING_WORKFLOW = defineWorkflow<MeetingStatus, MeetingRole, MeetingFacts>()({
  subject: 'meeting',
  noun: '会议',
  statusLabels: MEETING_STATUS_LABELS,
  transitions: MEETING_TRANSITIONS,
});
export type MeetingAction = (typeof MEETING_TRANSITIONS)[number]['action'];

/** applicant = the member on leave; approver = staff of a 委员工作/综合 department. */
export type LeaveRole = 'applicant' | 'approver';

export interface LeaveFacts {
  /** The meeting was called off: nothing is left to decide. */
  meetingCancelled: boolean;
}

const openMeeting = (f: LeaveFacts) => (f.meetingCancelled ? '会议已取消' : null);

const LEAVE_TRANSITIONS = [
  {
    action: 'approve',
    label: '批准请假',
    from: ['submitted'],
    to: 'approved',
    roles: ['approver'],
    guard: openMeeting,
  },
  {
    action: 'refuse',
    label: '不批准请假',
    from: ['submitted'],
    to: 'refused',
    roles: ['approver'],
    guard: openMeeting,
  },
  { action: 'withdraw', label: '撤回请假', from: ['submitted'], to: 'withdrawn', roles: ['applicant'] },
] as const satisfies readonly TransitionDef<LeaveStatus, LeaveRole, LeaveFacts>[];

/** A leave request (请假): submitted by the member, then approved, refused or withdrawn. */
export const LEAVE_WORKFLOW = defineWorkflow<LeaveStatus, LeaveRole, LeaveFacts>()({
  subject: 'leaveRequest',
  noun: '请假申请',
  statusLabels: LEAVE_STATUS_LABELS,
  transitions: LEAVE_TRANSITIONS,
});
export type LeaveAction = (typeof LEAVE_TRANSITIONS)[number]['action'];

/** Timeline labels of a meeting: its transitions and the events that are not transitions. */
export const MEETING_EVENT_LABELS: Record<string, string> = {
  create: '创建会议',
  rollCall: '点名签到',
  reminder: '会前提醒',
  ...MEETING_WORKFLOW.actionLabels,
};

export const LEAVE_EVENT_LABELS: Record<string, string> = {
  submit: '提交请假',
  ...LEAVE_WORKFLOW.actionLabels,
};
