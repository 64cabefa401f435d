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
  reporterKind: string;
  reporterMemberId: number | null;
  filedByUserId: number;
  status: string;
}

/**
 * Who writes the report: the member; a 特邀信息员 in their own account; for a body (代为报送) the
 * editor who filed it in the body's name. A lower committee's report came up finished: nobody here
 * writes it.
 */
function isReporter(actor: Actor, r: PolicyReport): boolean {
  if (r.reporterKind === 'member') return actor.role === 'member' && actor.memberId === r.reporterMemberId;
  if (r.reporterKind === 'informant') return actor.role === 'informant' && actor.userId === r.filedByUserId;
  if (r.reporterKind === 'body') return editsOpinions(actor) && actor.userId === r.filedByUserId;
  return false;
}

/** Write roles need the report's own committee: a higher committee only reads. */
export function reportRolesOf(actor: Actor, r: PolicyReport): OpinionReportRole[] {
  if (actor.committeeId !== r.committeeId) return [];
  const roles: OpinionReportRole[] = [];
  if (isReporter(actor, r)) roles.push('reporter');
  if (editsOpinions(actor)) roles.push('editor');
  return roles;
}

/**
 * May the caller see this report (the committee scope is checked in SQL)? The reporter always;
 * staff once it is filed (a draft is the reporter's own). The reason for 不采用 is the reporter's
 * and the office's only: nobody else reads a report at all. A 特邀信息员 reads only what they filed.
 */
export function canReadReport(actor: Actor, r: PolicyReport): boolean {
  if (actor.role === 'member') return r.reporterKind === 'member' && actor.memberId === r.reporterMemberId;
  if (actor.role === 'informant') return r.reporterKind === 'informant' && actor.userId === r.filedByUserId;
  return actor.role === 'staff' && (r.status !== 'draft' || isReporter(actor, r));
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
