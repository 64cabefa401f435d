import {
  ISSUE_EVENT_LABELS,
  ISSUE_WORKFLOW,
  type IssueAction,
  type IssueFacts,
  type IssueRole,
} from '../../../domain/bulletin-issue-workflow';
import { type IssueKind, type IssueStatus, issueTitle } from '../../../domain/bulletin-issues';
import type { Actor } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { bulletinIssues } from '../../db/schema';
import {
  applyTransition,
  type RequestFor,
  type StepContext,
  type WorkflowAdapter,
} from '../../platform/workflow-engine';
import { notifyUsers } from '../notifications/notify';
import { opinionEditorsOf } from './audience';
import { type IssueRelations, type IssueRow, lockIssue } from './issue-load';
import { issueRolesOf } from './policy';

const issueFacts = (rel: IssueRelations): IssueFacts => ({
  items: rel.items,
  recipients: rel.recipients,
  unread: rel.mine !== null && rel.mine.readAt === null,
});

/** Leaders told of a sent issue: named by the step (the recipients' accounts). */
export interface IssueNotice {
  userIds: number[];
}

/** How the engine reaches an issue: editors compile and send, the office signs, leaders read. */
export const ISSUE_ADAPTER: WorkflowAdapter<
  typeof bulletinIssues,
  IssueRelations,
  IssueStatus,
  IssueRole,
  IssueFacts,
  IssueAction,
  IssueNotice
> = {
  workflow: ISSUE_WORKFLOW,
  table: bulletinIssues,
  lock: async (tx, actor, id) => {
    const { issue, relations } = await lockIssue(tx, actor, id);
    return { row: issue, relations };
  },
  roles: (actor, row, rel) => issueRolesOf(actor, row, rel.mine !== null),
  facts: (_db, _actor, _row, rel) => issueFacts(rel),
  notify: async ({ tx, actor, row, action, body, extra }) => {
    const title = `${issueTitle(row.kind as IssueKind, row.year, row.number)}${ISSUE_EVENT_LABELS[action]}`;
    const userIds = action === 'sign' ? await opinionEditorsOf(tx, row.committeeId) : (extra?.userIds ?? []);
    if (userIds.length === 0) return;
    await notifyUsers(tx, {
      committeeId: row.committeeId,
      userIds: userIds.filter((u) => u !== actor.userId),
      kind: `bulletinIssue.${action}`,
      title,
      body,
      link: `/opinions/issues/${row.id}`,
    });
  },
};

export type IssueStep = StepContext<IssueRow, IssueRelations, IssueRole, IssueFacts>;
type IssueTransition = RequestFor<typeof ISSUE_ADAPTER>;

/** The one way an issue changes status. */
export const transitionIssue = (db: Db, actor: Actor, req: IssueTransition) =>
  applyTransition(db, ISSUE_ADAPTER, actor, req);

export function issueAbilities(actor: Actor, issue: IssueRow, rel: IssueRelations) {
  return ISSUE_WORKFLOW.abilities(
    issue.status as IssueStatus,
    issueRolesOf(actor, issue, rel.mine !== null),
    issueFacts(rel),
  );
}
