import { and, eq, isNull } from 'drizzle-orm';
import { type IssueKind, issueTitle } from '../../../domain/bulletin-issues';
import { OPINION_DUTY } from '../../../domain/opinion-reports';
import { bulletinIssueRecipients, opinionItems } from '../../db/schema';
import type { InstructionSubject } from '../instructions/subjects';
import { itemReporterAccounts } from './audience';
import { loadIssue } from './issue-load';
import { loadItem } from './load';
import { issueStatusOf } from './transitions';

const reporterAccountsOf = itemReporterAccounts;

/** Reporters read their own reports, not the editors' issue or item pages. */
const REPORTERS_PAGE = '/opinions/mine';

/** 批示 on a 社情民意 issue (most are: leaders read issues) or on one item of it. */
export const OPINION_INSTRUCTION_SUBJECTS: InstructionSubject[] = [
  {
    type: 'bulletinIssue',
    label: '社情民意期刊',
    duty: OPINION_DUTY,
    audienceLink: REPORTERS_PAGE,
    load: async (db, actor, id) => {
      const { issue } = await loadIssue(db, actor, id);
      return {
        committeeId: issue.committeeId,
        title: issueTitle(issue.kind as IssueKind, issue.year, issue.number),
        link: `/opinions/issues/${id}`,
        open: issue.status === 'sent',
      };
    },
    // A 批示 on an issue is written having read it: its 未阅 to-do ends too.
    instructed: async (tx, id, leaderId, at) => {
      await tx
        .update(bulletinIssueRecipients)
        .set({ readAt: at })
        .where(
          and(
            eq(bulletinIssueRecipients.issueId, id),
            eq(bulletinIssueRecipients.leaderId, leaderId),
            isNull(bulletinIssueRecipients.readAt),
          ),
        );
    },
    audience: async (db, id) => {
      const items = await db
        .select({ id: opinionItems.id })
        .from(opinionItems)
        .where(eq(opinionItems.issueId, id));
      return reporterAccountsOf(
        db,
        items.map((i) => i.id),
      );
    },
  },
  {
    type: 'opinionItem',
    label: '社情民意信息',
    duty: OPINION_DUTY,
    audienceLink: REPORTERS_PAGE,
    load: async (db, actor, id) => {
      const item = await loadItem(db, actor, id);
      return {
        committeeId: item.committeeId,
        title: item.title,
        link: `/opinions/items/${id}`,
        open: (await issueStatusOf(db, item)) === 'sent',
      };
    },
    audience: (db, id) => reporterAccountsOf(db, [id]),
  },
];
