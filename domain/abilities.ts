import { SIGN_OFF_DUTY } from './bulletin-issues';
import { CONSULTATION_DUTIES } from './consultations';
import { MEETING_DUTIES } from './meetings';
import { SUPERVISING_POSITIONS } from './members';
import { OPINION_DUTY } from './opinion-reports';
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
  /** Export the whole roster: the office, its leaders and the sysadmin, not members or units. */
  exportRoster: boolean;
  /** The organisation catalogues in the menu: those who keep them (sysadmin, staff). */
  browseOrg: boolean;
  /** See whole phone and ID numbers (a per-account right, each view audited). */
  viewSensitive: boolean;
  /** Review, assign, supervise and configure proposals: staff of a 提案工作 department. */
  handleProposals: boolean;
  /** 待审查 and 待交办 in the menu: proposal staff of a committee that receives proposals. */
  reviewProposals: boolean;
  /** Print a session's 提案汇编 (the office). */
  compileProposals: boolean;
  /** Organise meetings, decide leave, run check-in: staff of a 委员工作 or 综合 department. */
  organiseMeetings: boolean;
  /** Follow every unit's assignments (办理督办) rather than one unit's own (办理工作台): the office. */
  superviseHandling: boolean;
  /** Lead (领衔督办) key proposals: a leader, or a 主席/副主席 of the roster; their 重点提案 list starts
   * with the ones they lead. */
  leadKeyProposals: boolean;
  /** Receive and decide 社情民意 reports, edit items, compile and send issues: staff of a 社情民意信息 department. */
  handleOpinions: boolean;
  /** Sign issues off (签发) and follow every 批示 up (确认反馈, 办结): the office (综合). */
  signIssues: boolean;
  /** Organise consultation activities and follow their suggestions up (协商议政): staff of a 协商工作 or 综合 department. */
  organiseConsultation: boolean;
}

/** Staff act in a workflow through a department with its duty; other staff only read. */
export const staffWithDuty = (actor: Pick<Actor, 'role' | 'duty'>, duty: DepartmentDuty) =>
  actor.role === 'staff' && actor.duty === duty;

/** Staff of a 提案工作 department: they act on proposals. */
export const handlesProposals = (actor: Pick<Actor, 'role' | 'duty'>) => staffWithDuty(actor, PROPOSAL_DUTY);

const WORK_ROLES: Role[] = ['staff', 'member', 'unit', 'leader'];

/** Who may take the whole roster away as a file (个人信息保护: members and units only read it). */
export const ROSTER_EXPORTERS: readonly Role[] = ['staff', 'leader', 'sysadmin'];

/** What the session knows beyond the actor, for the abilities that depend on it. */
export interface SessionFacts {
  memberPosition: string | null;
  committeeReceivesProposals: boolean;
}

const NO_FACTS: SessionFacts = { memberPosition: null, committeeReceivesProposals: false };

export function abilitiesFor(
  actor: Pick<Actor, 'role' | 'canViewSensitive' | 'duty'>,
  facts: SessionFacts = NO_FACTS,
): Abilities {
  const r = actor.role;
  const chair = SUPERVISING_POSITIONS.some((p) => p === facts.memberPosition);
  return {
    manageOrg: r === 'sysadmin',
    manageAccounts: r === 'secadmin',
    readAudit: r === 'auditor',
    manageMembers: r === 'staff',
    readDirectory: WORK_ROLES.includes(r) || r === 'sysadmin',
    exportRoster: ROSTER_EXPORTERS.includes(r),
    browseOrg: r === 'sysadmin' || r === 'staff',
    viewSensitive: r === 'staff' && actor.canViewSensitive,
    handleProposals: handlesProposals(actor),
    reviewProposals: handlesProposals(actor) && facts.committeeReceivesProposals,
    compileProposals: r === 'staff',
    organiseMeetings: MEETING_DUTIES.some((d) => staffWithDuty(actor, d)),
    superviseHandling: r === 'staff',
    leadKeyProposals: r === 'leader' || (r === 'member' && chair),
    handleOpinions: staffWithDuty(actor, OPINION_DUTY),
    signIssues: staffWithDuty(actor, SIGN_OFF_DUTY),
    organiseConsultation: CONSULTATION_DUTIES.some((d) => staffWithDuty(actor, d)),
  };
}
