import { staffWithDuty } from '../../../domain/abilities';
import type { IssueRole } from '../../../domain/bulletin-issue-workflow';
import { SIGN_OFF_DUTY } from '../../../domain/bulletin-issues';
import type { OpinionItemRole, OpinionReportRole } from '../../../domain/opinion-report-workflow';
import { OPINION_DUTY } from '../../../domain/opinion-reports';
import type { Actor } from '../../../domain/roles';

/** Staff of a 社情民意信息 department: they receive, decide, edit and compile reports. */
export const editsOpinions = (actor: Pick<Actor, 'role' | 'duty'>) => staffWithDuty(actor, OPINION_DUTY);

/** The columns of a report the policy looks at. */
export interface PolicyReport {
  committeeId: number;
  reporterMemberId: number;
  status: string;
}

/** Write roles need the report's own committee: a higher committee only reads. */
export function reportRolesOf(actor: Actor, r: PolicyReport): OpinionReportRole[] {
  if (actor.committeeId !== r.committeeId) return [];
  const roles: OpinionReportRole[] = [];
  if (actor.role === 'member' && actor.memberId === r.reporterMemberId) roles.push('reporter');
  if (editsOpinions(actor)) roles.push('editor');
  return roles;
}

/**
 * May the caller see this report (the committee scope is checked in SQL)? The reporter always;
 * staff once it is filed (a draft is the member's own). The reason for 不采用 is the reporter's
 * and the office's only: nobody else reads a report at all.
 */
export function canReadReport(actor: Actor, r: PolicyReport): boolean {
  if (actor.role === 'member') return actor.memberId === r.reporterMemberId;
  return actor.role === 'staff' && r.status !== 'draft';
}

export function itemRolesOf(actor: Actor, item: { committeeId: number }): OpinionItemRole[] {
  return actor.committeeId === item.committeeId && editsOpinions(actor) ? ['editor'] : [];
}

/** Items are the office's working text: staff read them in scope. */
export const canReadItem = (actor: Actor) => actor.role === 'staff';

/** Staff of the office (综合): they sign issues off. */
export const signsIssues = (actor: Pick<Actor, 'role' | 'duty'>) => staffWithDuty(actor, SIGN_OFF_DUTY);

/** The columns of an issue the policy looks at, and whether the caller is one of its recipients. */
export interface PolicyIssue {
  committeeId: number;
  status: string;
}

export function issueRolesOf(actor: Actor, issue: PolicyIssue, recipient: boolean): IssueRole[] {
  if (actor.committeeId !== issue.committeeId) return [];
  const roles: IssueRole[] = [];
  if (editsOpinions(actor)) roles.push('editor');
  if (signsIssues(actor)) roles.push('signer');
  if (recipient) roles.push('recipient');
  return roles;
}

/** Staff read every issue in scope; a leader those sent to them. */
export function canReadIssue(actor: Actor, issue: PolicyIssue, recipient: boolean): boolean {
  if (actor.role === 'staff') return true;
  return actor.role === 'leader' && recipient && issue.status === 'sent';
}
