import type { LeaveAction, MeetingAction } from '../../../../domain/meeting-workflow';
import type { AttendanceState } from '../../../../domain/meetings';

/** 应到/实到/迟到/请假/缺席/未签到 of a sitting or a meeting (domain/meetings attendanceFigures). */
export interface AttendanceFigures {
  expected: number;
  attended: number;
  late: number;
  leave: number;
  absent: number;
  pending: number;
}

export interface LeaveItem {
  id: number;
  meetingId: number;
  meetingTitle: string;
  meetingKindLabel: string;
  meetingStartsAt: string;
  memberId: number;
  memberName: string;
  category: string;
  categoryLabel: string;
  reason: string;
  sittingNames: string[] | null;
  late: boolean;
  status: 'submitted' | 'approved' | 'refused' | 'withdrawn';
  statusLabel: string;
  version: number;
  decisionNote: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface LeaveView extends LeaveItem {
  files: { id: number; fileName: string; sizeBytes: number }[];
  abilities: Record<LeaveAction, boolean>;
}

export interface Sitting {
  id: number;
  ordinal: number;
  name: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  checkinOpensAt: string;
  myCheckin: { checkedInAt: string; late: boolean } | null;
  figures: AttendanceFigures | null;
}

export interface InviteRule {
  allMembers: boolean;
  positions: string[];
  sectorIds: number[];
  specialCommitteeIds: number[];
  liaisonGroupIds: number[];
  activityGroupIds: number[];
  memberIds: number[];
  leaderIds: number[];
  unitIds: number[];
}

/** GET /api/meetings/:id: the meeting as the caller sees it (server/modules/meetings/present.ts). */
export interface MeetingView {
  id: number;
  committeeId: number;
  committeeName: string;
  kind: string;
  kindLabel: string;
  title: string;
  organiserKind: string;
  organiserKindLabel: string;
  organiserId: number;
  organiserName: string | null;
  sessionId: number | null;
  sessionName: string | null;
  startsAt: string;
  endsAt: string;
  ended: boolean;
  place: string;
  agendaHtml: string;
  replyBy: string;
  status: 'draft' | 'published' | 'cancelled';
  statusLabel: string;
  version: number;
  inviteRule: InviteRule | null;
  sittings: Sitting[];
  materials: { id: number; fileName: string; mimeType: string; sizeBytes: number }[];
  invitation: {
    role: 'attendee' | 'guest';
    response: string;
    respondedAt: string | null;
    leave: LeaveItem | null;
  } | null;
  attendance: AttendanceFigures | null;
  timeline: {
    id: number;
    action: string;
    actionLabel: string;
    toStatusLabel: string | null;
    actorName: string;
    note: string | null;
    at: string;
  }[];
  abilities: Record<MeetingAction, boolean> &
    Record<'confirm' | 'requestLeave' | 'checkIn' | 'manage' | 'viewAttendance', boolean>;
}

/** A row of the meetings list. */
export interface MeetingItem {
  id: number;
  committeeId: number;
  committeeName: string;
  kind: string;
  kindLabel: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  replyBy: string;
  status: string;
  statusLabel: string;
  organiserName: string | null;
  attendees: number;
  confirmed: number;
  leavePending: number;
  myResponse: string | null;
  myLeave: string | null;
}

/** A row of GET /api/meetings/:id/invitees. */
export interface InviteeRow {
  memberId: number;
  name: string;
  position: string;
  sector: string;
  response: string;
  respondedAt: string | null;
  state: AttendanceState;
  sittings: Record<string, AttendanceState>;
}
