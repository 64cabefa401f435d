import { type DepartmentDuty, PROPOSAL_DUTY } from './org-resources';
import type { Actor, Role } from './roles';

/**
 * What a role may do, in one place: policies use it on the server and the web reads it from
 * `/api/auth/me` to build the menu, so the UI never re-implements a rule.
 */
export interface Abilities {
  /** Committees, terms, sessions and the catalogues (三员分立: 系统管理员). */
  manageOrg: boolean;
  /** Accounts, roles, unlocks and password resets (安全管理员). */
  manageAccounts: boolean;
  /** Read and export the audit log, nothing else (审计管理员). */
  readAudit: boolean;
  /** Members, handling units, leaders, the 联系制度 (工作人员). */
  manageMembers: boolean;
  /** Read the member directory and organisation lists. */
  readDirectory: boolean;
  /** See whole phone and ID numbers (a per-account right, each view audited). */
  viewSensitive: boolean;
  /** Review, assign, supervise and configure proposals: staff of a 提案工作 department. */
  handleProposals: boolean;
}

/** Staff act in a workflow through a department with its duty; other staff only read. */
export const staffWithDuty = (actor: Pick<Actor, 'role' | 'duty'>, duty: DepartmentDuty) =>
  actor.role === 'staff' && actor.duty === duty;

/** Staff of a 提案工作 department: they act on proposals. */
export const handlesProposals = (actor: Pick<Actor, 'role' | 'duty'>) => staffWithDuty(actor, PROPOSAL_DUTY);

const WORK_ROLES: Role[] = ['staff', 'member', 'unit', 'leader'];

export function abilitiesFor(actor: Pick<Actor, 'role' | 'canViewSensitive' | 'duty'>): Abilities {
  const r = actor.role;
  return {
    manageOrg: r === 'sysadmin',
    manageAccounts: r === 'secadmin',
    readAudit: r === 'auditor',
    manageMembers: r === 'staff',
    readDirectory: WORK_ROLES.includes(r) || r === 'sysadmin',
    viewSensitive: r === 'staff' && actor.canViewSensitive,
    handleProposals: handlesProposals(actor),
  };
}
