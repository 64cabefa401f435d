import { abilitiesFor } from '../../../domain/abilities';
import type { LeaveRole, MeetingRole } from '../../../domain/meeting-workflow';
import type { Actor } from '../../../domain/roles';

/** Staff of a 委员工作 or 综合 department organise meetings and decide leave (the web's ability too). */
export const organisesMeetings = (actor: Pick<Actor, 'role' | 'duty' | 'canViewSensitive'>) =>
  abilitiesFor(actor).organiseMeetings;

/** The caller's invitation to a meeting, if any: as a member, a leader or a unit. */
export interface MyInvitation {
  id: number;
  role: string;
  memberId: number | null;
  response: string;
  respondedAt: Date | null;
}

/** The columns of a meeting the policy looks at. */
export interface PolicyMeeting {
  committeeId: number;
  status: string;
}

/** Write roles need the meeting's own committee: a higher committee only reads. */
export function meetingRolesOf(actor: Actor, m: PolicyMeeting): MeetingRole[] {
  return actor.committeeId === m.committeeId && organisesMeetings(actor) ? ['organiser'] : [];
}

/**
 * May the caller see this meeting at all (the committee scope is checked in SQL)? Staff see
 * every meeting, drafts included; leaders every one sent out; members and units those they are
 * invited to once the notice is out.
 */
export function canReadMeeting(actor: Actor, m: PolicyMeeting, mine: MyInvitation | null): boolean {
  switch (actor.role) {
    case 'staff':
      return true;
    case 'leader':
      return m.status !== 'draft';
    case 'member':
    case 'unit':
      return mine !== null && m.status !== 'draft';
    default:
      return false;
  }
}

/** The columns of a leave request the policy looks at. */
export interface PolicyLeave {
  committeeId: number;
  memberId: number;
}

export function leaveRolesOf(actor: Actor, l: PolicyLeave): LeaveRole[] {
  if (actor.committeeId !== l.committeeId) return [];
  const roles: LeaveRole[] = [];
  if (actor.role === 'member' && actor.memberId === l.memberId) roles.push('applicant');
  if (organisesMeetings(actor)) roles.push('approver');
  return roles;
}

/** Staff read every leave request in scope; a member only their own. */
export function canReadLeave(actor: Actor, l: PolicyLeave): boolean {
  if (actor.role === 'staff') return true;
  return actor.role === 'member' && actor.memberId === l.memberId;
}
