import { abilitiesFor } from '../../../domain/abilities';
import type { Actor, Role } from '../../../domain/roles';

/** Roles that read the member directory (domain/abilities readDirectory). */
export const DIRECTORY_ROLES: readonly Role[] = ['staff', 'member', 'unit', 'leader', 'sysadmin'];

/**
 * Members and handling units see their own committee's directory only; staff, leaders and the
 * system admin read their committee and the committees below it, like every other list.
 */
export function readsOwnCommitteeOnly(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'member' || actor.role === 'unit';
}

/** Only the staff of the member's own committee change it; a higher committee only reads. */
export function canWriteMembers(actor: Pick<Actor, 'role' | 'committeeId'>, committeeId: number): boolean {
  return actor.role === 'staff' && actor.committeeId === committeeId;
}

export interface MemberAbilities {
  update: boolean;
  leave: boolean;
  viewSensitive: boolean;
}

/**
 * What the caller may do with one member. Whole phone/ID numbers are limited to the member's
 * own committee even for a higher committee's staff: 个人信息保护 asks for the minimum.
 */
export function memberAbilities(
  actor: Pick<Actor, 'role' | 'committeeId' | 'canViewSensitive' | 'duty'>,
  member: { committeeId: number; status: string },
): MemberAbilities {
  const write = canWriteMembers(actor, member.committeeId);
  return {
    update: write,
    leave: write && member.status === 'active',
    viewSensitive: abilitiesFor(actor).viewSensitive && actor.committeeId === member.committeeId,
  };
}

/**
 * A member's duty record (meetings attended, later the archive): the office and the leaders
 * read every member's, a member only their own.
 */
export function mayReadDutyRecord(actor: Pick<Actor, 'role' | 'memberId'>, memberId: number): boolean {
  return (
    actor.role === 'staff' ||
    actor.role === 'leader' ||
    (actor.role === 'member' && actor.memberId === memberId)
  );
}
