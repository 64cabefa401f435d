import type { DepartmentDuty } from './org-resources';

/** DOMAIN.md §6: the kinds of meeting and activity a committee holds. */
export const MEETING_KINDS = [
  'plenary',
  'standing',
  'chairs',
  'specialCommittee',
  'training',
  'inspection',
  'activityDay',
  'reading',
  'consultation',
  'other',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  plenary: '全体会议',
  standing: '常委会会议',
  chairs: '主席会议',
  specialCommittee: '专委会会议',
  training: '培训',
  inspection: '视察',
  activityDay: '委员活动日',
  reading: '读书活动',
  consultation: '协商活动',
  other: '其他',
};

/** The sittings a plenary has by default (the form offers them; staff may change them). */
export const PLENARY_SITTINGS = ['开幕会', '小组讨论', '大会发言', '闭幕会'] as const;

/** Staff organise meetings through a department with one of these duties. */
export const MEETING_DUTIES: readonly DepartmentDuty[] = ['委员工作', '综合', '协商工作'];

/** Who organises a meeting: a department of the office or one of the members' bodies. */
export const ORGANISER_KINDS = ['department', 'specialCommittee', 'liaisonGroup', 'activityGroup'] as const;
export type OrganiserKind = (typeof ORGANISER_KINDS)[number];
export const ORGANISER_KIND_LABELS: Record<OrganiserKind, string> = {
  department: '机关部门',
  specialCommittee: '专门委员会',
  liaisonGroup: '委员联络组',
  activityGroup: '委员活动组',
};

export const MEETING_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: '草稿',
  published: '已发通知',
  cancelled: '已取消',
};

/** 应到 members owe attendance (and ask for leave); 列席 guests (leaders, units) are invited only. */
export const INVITEE_ROLES = ['attendee', 'guest'] as const;
export type InviteeRole = (typeof INVITEE_ROLES)[number];
export const INVITEE_ROLE_LABELS: Record<InviteeRole, string> = { attendee: '应到委员', guest: '列席' };

export const LEAVE_CATEGORIES = ['official', 'sick', 'personal', 'other'] as const;
export type LeaveCategory = (typeof LEAVE_CATEGORIES)[number];
export const LEAVE_CATEGORY_LABELS: Record<LeaveCategory, string> = {
  official: '公务',
  sick: '病假',
  personal: '事假',
  other: '其他',
};

export const LEAVE_STATUSES = ['submitted', 'approved', 'refused', 'withdrawn'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];
export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = {
  submitted: '待审批',
  approved: '已批准',
  refused: '未批准',
  withdrawn: '已撤回',
};

export const CHECKIN_METHODS = ['qr', 'memberCode', 'rollCall'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];
export const CHECKIN_METHOD_LABELS: Record<CheckinMethod, string> = {
  qr: '扫码签到',
  memberCode: '委员码签到',
  rollCall: '点名签到',
};

/**
 * Where one attendee stands at one sitting: checked in on time (出席) or after the start (迟到);
 * otherwise on approved leave (请假), absent once the sitting has ended (无故缺席), or not yet
 * checked in. A member on approved leave who comes anyway counts as present.
 */
export const ATTENDANCE_STATES = ['present', 'late', 'leave', 'absent', 'pending'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];
export const ATTENDANCE_STATE_LABELS: Record<AttendanceState, string> = {
  present: '出席',
  late: '迟到',
  leave: '请假',
  absent: '无故缺席',
  pending: '未签到',
};

export interface SittingFacts {
  checkedInAt: Date | null;
  late: boolean;
  onLeave: boolean;
  ended: boolean;
}

/** One attendee at one sitting (ATTENDANCE_STATES). */
export function sittingState(f: SittingFacts): AttendanceState {
  if (f.checkedInAt) return f.late ? 'late' : 'present';
  if (f.onLeave) return 'leave';
  return f.ended ? 'absent' : 'pending';
}

/**
 * One attendee at a whole meeting, from their sittings: absent without leave from any sitting is
 * 无故缺席 for the meeting; else leave from any is 请假; else late at any is 迟到; all on time is
 * 出席; sittings still to come leave it 未签到.
 */
export function meetingState(states: readonly AttendanceState[]): AttendanceState {
  for (const s of ['absent', 'leave'] as const) if (states.includes(s)) return s;
  if (states.includes('pending')) return 'pending';
  return states.includes('late') ? 'late' : 'present';
}

/** 应到 / 实到 / 请假 / 缺席 / 迟到 of a sitting or a meeting, from its attendees' states. */
export function attendanceFigures(states: readonly AttendanceState[]) {
  const n = (s: AttendanceState) => states.filter((x) => x === s).length;
  return {
    expected: states.length,
    attended: n('present') + n('late'),
    late: n('late'),
    leave: n('leave'),
    absent: n('absent'),
    pending: n('pending'),
  };
}

export const ATTENDANCE_FIGURE_LABELS = {
  expected: '应到',
  attended: '实到',
  late: '迟到',
  leave: '请假',
  absent: '缺席',
  pending: '未签到',
} as const;

/**
 * Plenary absences without leave in one term that make staff act (DOMAIN.md §6, §7): the duty
 * archive turns the flag into its consequences.
 */
export const PLENARY_ABSENCE_FLAG = 3;

/** Check-in opens this long before a sitting starts. */
const CHECKIN_OPENS_MINUTES = 60;

/** When check-in opens for a sitting starting at `startsAt` (it closes when the sitting ends). */
export const checkinOpensAt = (startsAt: Date) =>
  new Date(startsAt.getTime() - CHECKIN_OPENS_MINUTES * 60_000);

/** Where `at` falls against a sitting's check-in window: from an hour before it until it ends. */
export function checkinWindow(s: { startsAt: Date; endsAt: Date }, at: Date): 'notOpen' | 'open' | 'ended' {
  if (at < checkinOpensAt(s.startsAt)) return 'notOpen';
  return at > s.endsAt ? 'ended' : 'open';
}
