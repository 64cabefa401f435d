import { eq } from 'drizzle-orm';
import {
  OPINION_ITEM_WORKFLOW,
  OPINION_REPORT_EVENT_LABELS,
  OPINION_REPORT_WORKFLOW,
  type OpinionItemAction,
  type OpinionItemFacts,
  type OpinionItemRole,
  type OpinionReportAction,
  type OpinionReportFacts,
  type OpinionReportRole,
} from '../../../domain/opinion-report-workflow';
import {
  missingPart,
  type OpinionItemStatus,
  type OpinionReportStatus,
  overLimit,
} from '../../../domain/opinion-reports';
import type { Actor } from '../../../domain/roles';
import type { Db, DbOrTx } from '../../db/client';
import { bulletinIssues, committees, opinionItems, opinionReports } from '../../db/schema';
import {
  applyTransition,
  type RequestFor,
  type StepContext,
  type WorkflowAdapter,
} from '../../platform/workflow-engine';
import { notifyUsers } from '../notifications/notify';
import { opinionEditorsOf, reporterAccounts } from './audience';
import { type ItemRow, lockItem, lockReport, type ReportRow } from './load';
import { itemRolesOf, reportRolesOf } from './policy';
import { maxCharsOf } from './settings';

/** The facts the guards see: whether the text is complete and still fits the committee's limit. */
export async function reportFacts(db: DbOrTx, r: ReportRow): Promise<OpinionReportFacts> {
  return {
    overLimit: overLimit(r, await maxCharsOf(db, r.committeeId)) !== null,
    missingPart: missingPart(r),
  };
}

/** Steps the reporter hears of (the editors' decisions) and those the editors hear of. */
const TO_REPORTER: readonly OpinionReportAction[] = ['receive', 'adopt', 'reject'];
const TO_EDITORS: readonly OpinionReportAction[] = ['submit', 'withdraw'];

/** How the engine reaches a report: lock it, the reporter's and editors' roles, who hears of a step. */
export const REPORT_ADAPTER: WorkflowAdapter<
  typeof opinionReports,
  null,
  OpinionReportStatus,
  OpinionReportRole,
  OpinionReportFacts,
  OpinionReportAction,
  undefined
> = {
  workflow: OPINION_REPORT_WORKFLOW,
  table: opinionReports,
  lock: async (tx, actor, id) => ({ row: await lockReport(tx, actor, id), relations: null }),
  roles: (actor, row) => reportRolesOf(actor, row),
  facts: (db, _actor, row) => reportFacts(db, row),
  notify: async ({ tx, actor, row, action, body }) => {
    const toReporter = TO_REPORTER.includes(action);
    if (!toReporter && !TO_EDITORS.includes(action)) return;
    const userIds = toReporter
      ? await reporterAccounts(tx, [row])
      : await opinionEditorsOf(tx, row.committeeId);
    await notifyUsers(tx, {
      committeeId: row.committeeId,
      userIds: userIds.filter((u) => u !== actor.userId),
      kind: `opinionReport.${action}`,
      title: `社情民意信息${OPINION_REPORT_EVENT_LABELS[action]}：${row.title}`,
      body,
      link: `/opinions/${row.id}`,
    });
  },
};

export type ReportStep = StepContext<ReportRow, null, OpinionReportRole, OpinionReportFacts>;
type ReportTransition = RequestFor<typeof REPORT_ADAPTER>;

/** The one way a report changes status: the platform's engine with the report adapter. */
export const transitionReport = (db: Db, actor: Actor, req: ReportTransition) =>
  applyTransition(db, REPORT_ADAPTER, actor, req);

/** The caller's abilities on a report, from the table and facts the engine checks. */
export async function reportAbilities(db: DbOrTx, actor: Actor, r: ReportRow) {
  return OPINION_REPORT_WORKFLOW.abilities(
    r.status as OpinionReportStatus,
    reportRolesOf(actor, r),
    await reportFacts(db, r),
  );
}

/** The state of the issue an item is compiled into, or null while it is in none. */
export async function issueStatusOf(db: DbOrTx, item: Pick<ItemRow, 'issueId'>): Promise<string | null> {
  const [issue] = item.issueId
    ? await db
        .select({ status: bulletinIssues.status })
        .from(bulletinIssues)
        .where(eq(bulletinIssues.id, item.issueId))
    : [];
  return issue?.status ?? null;
}

/** What an item's guards see: the state of the issue it is compiled into. */
export async function itemFacts(db: DbOrTx, item: ItemRow): Promise<OpinionItemFacts> {
  const issueStatus = await issueStatusOf(db, item);
  const [committee] = await db
    .select({ parentId: committees.parentId })
    .from(committees)
    .where(eq(committees.id, item.committeeId));
  const sentUp = await db.$count(opinionReports, eq(opinionReports.sourceItemId, item.id));
  return { issueStatus, hasParent: committee?.parentId != null, sentUp: sentUp > 0 };
}

/** How the engine reaches an item (编辑稿): only its editors act on it. */
export const ITEM_ADAPTER: WorkflowAdapter<
  typeof opinionItems,
  null,
  OpinionItemStatus,
  OpinionItemRole,
  OpinionItemFacts,
  OpinionItemAction,
  undefined
> = {
  workflow: OPINION_ITEM_WORKFLOW,
  table: opinionItems,
  lock: async (tx, actor, id) => ({ row: await lockItem(tx, actor, id), relations: null }),
  roles: (actor, row) => itemRolesOf(actor, row),
  facts: (db, _actor, row) => itemFacts(db, row),
};

type ItemTransition = RequestFor<typeof ITEM_ADAPTER>;

export const transitionItem = (db: Db, actor: Actor, req: ItemTransition) =>
  applyTransition(db, ITEM_ADAPTER, actor, req);

/** The caller's abilities on an item, given the facts its guards see (itemFacts). */
export const itemAbilities = (actor: Actor, item: ItemRow, facts: OpinionItemFacts) =>
  OPINION_ITEM_WORKFLOW.abilities(item.status as OpinionItemStatus, itemRolesOf(actor, item), facts);

/** The reports an item was made from, for its page and its credits. */
export const reportsOfItem = (db: DbOrTx, itemId: number) =>
  db.select().from(opinionReports).where(eq(opinionReports.itemId, itemId)).orderBy(opinionReports.id);
