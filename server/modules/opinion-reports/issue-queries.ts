import { and, eq, exists, type SQL, sql } from 'drizzle-orm';
import {
  ISSUE_KIND_LABELS,
  ISSUE_STATUS_LABELS,
  type IssueKind,
  type IssueStatus,
  issueTitle,
} from '../../../domain/bulletin-issues';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { bulletinIssueRecipients, bulletinIssues, opinionItems } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { readScopeIds } from '../../platform/scope';
import type { IssueFilters } from './issue-schemas';

const ISSUE_LIST: ListSource = {
  table: bulletinIssues,
  id: bulletinIssues.id,
  committeeId: bulletinIssues.committeeId,
};

/** The calling leader's recipient row of the issue (unread: not yet opened). */
const addressedTo = (actor: Actor, unread = false) =>
  exists(
    sql`(select 1 from ${bulletinIssueRecipients} r where r.issue_id = ${bulletinIssues.id}
      and r.leader_id = ${actor.leaderId ?? -1} ${unread ? sql`and r.read_at is null` : sql``})`,
  );

/** Staff see every issue in scope; a leader the sent issues addressed to them. */
function conditions(actor: Actor, f: IssueFilters): SQL[] {
  const c: SQL[] =
    actor.role === 'leader' ? [eq(bulletinIssues.status, 'sent'), addressedTo(actor, f.unread === true)] : [];
  if (f.kind) c.push(eq(bulletinIssues.kind, f.kind));
  if (f.status) c.push(eq(bulletinIssues.status, f.status));
  if (f.year) c.push(eq(bulletinIssues.year, f.year));
  if (f.own) c.push(eq(bulletinIssues.committeeId, actor.committeeId));
  return c;
}

const itemCount = sql<number>`(select count(*)::int from ${opinionItems} i where i.issue_id = ${sql.raw('"bulletin_issues"."id"')})`;

async function selectRows(db: DbOrTx, actor: Actor, f: IssueFilters, paging: Paging, purpose: ListPurpose) {
  const scopeIds = await readScopeIds(db, actor);
  return fetchListRows(db, ISSUE_LIST, { scopeIds, conditions: conditions(actor, f), paging, purpose }, (s) =>
    db
      .select({
        id: bulletinIssues.id,
        committeeId: bulletinIssues.committeeId,
        kind: bulletinIssues.kind,
        year: bulletinIssues.year,
        number: bulletinIssues.number,
        status: bulletinIssues.status,
        version: bulletinIssues.version,
        signedAt: bulletinIssues.signedAt,
        sentAt: bulletinIssues.sentAt,
        createdAt: bulletinIssues.createdAt,
        items: itemCount,
        counted: s.counted,
      })
      .from(bulletinIssues)
      .where(s.inPage)
      .orderBy(...s.order),
  );
}

type Row = Omit<Awaited<ReturnType<typeof selectRows>>['rows'][number], 'counted'>;

export function presentIssueItem(r: Row) {
  return {
    id: r.id,
    committeeId: r.committeeId,
    kind: r.kind,
    kindLabel: ISSUE_KIND_LABELS[r.kind as IssueKind],
    title: issueTitle(r.kind as IssueKind, r.year, r.number),
    year: r.year,
    number: r.number,
    status: r.status,
    statusLabel: ISSUE_STATUS_LABELS[r.status as IssueStatus],
    version: r.version,
    items: r.items,
    signedAt: r.signedAt,
    sentAt: r.sentAt,
    createdAt: r.createdAt,
  };
}
export type IssueItem = ReturnType<typeof presentIssueItem>;

export async function listIssues(
  db: DbOrTx,
  actor: Actor,
  f: IssueFilters & { page: number; pageSize: number },
): Promise<Page<IssueItem>> {
  const { rows, ...total } = await selectRows(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: rows.map(presentIssueItem), ...total, page: f.page, pageSize: f.pageSize };
}

/** Issues of the caller's own committee matching the filters (a to-do's count). */
export async function countIssues(db: DbOrTx, actor: Actor, f: IssueFilters) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(bulletinIssues)
    .where(and(eq(bulletinIssues.committeeId, actor.committeeId), ...conditions(actor, f)));
  return n;
}

export async function exportIssues(db: DbOrTx, actor: Actor, f: IssueFilters) {
  const { rows } = await selectRows(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows.map(presentIssueItem);
}
