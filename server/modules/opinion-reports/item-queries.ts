import { eq, ilike, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type IssueKind, issueTitle } from '../../../domain/bulletin-issues';
import {
  OPINION_ITEM_STATUS_LABELS,
  OPINION_ITEM_STATUSES,
  type OpinionItemStatus,
} from '../../../domain/opinion-reports';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { bulletinIssues, members, opinionItems, opinionReports } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { pageQuery } from '../../http/validation';
import { shanghaiDate } from '../../lib/working-days';
import type { XlsxColumn } from '../../lib/xlsx';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { likePattern, readScopeIds } from '../../platform/scope';

const ITEM_LIST: ListSource = {
  table: opinionItems,
  id: opinionItems.id,
  committeeId: opinionItems.committeeId,
};

export const itemFilters = z.object({
  status: z.enum(OPINION_ITEM_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  /** In an issue (true) or still waiting to be compiled (false). */
  compiled: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /**
   * Only the caller's own committee's items, not the lower committees' (the to-do's list; the
   * pickers that merge or compile, which take the committee's own only).
   */
  own: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export const itemQuery = pageQuery.extend(itemFilters.shape);

/**
 * Every reporter of an item, in the order their reports came (merged reports keep theirs). The
 * outer id is qualified by hand: drizzle leaves a one-table select's columns bare.
 */
const reporterNames = sql<
  string[]
>`(select coalesce(array_agg(coalesce(m.name, r.reporter_name) order by r.id), '{}')
  from ${opinionReports} r left join ${members} m on m.id = r.reporter_member_id
  where r.item_id = ${sql.raw('"opinion_items"."id"')})`;

/** The editors' items in scope, newest first: the 采用 form's merge choices and the compile list. */
async function selectItems(
  db: DbOrTx,
  actor: Actor,
  f: z.infer<typeof itemFilters>,
  paging: Paging,
  purpose: ListPurpose,
) {
  const conditions: SQL[] = [];
  if (f.status) conditions.push(eq(opinionItems.status, f.status));
  if (f.q) conditions.push(ilike(opinionItems.title, likePattern(f.q)));
  if (f.compiled !== undefined) {
    conditions.push(f.compiled ? isNotNull(opinionItems.issueId) : isNull(opinionItems.issueId));
  }
  if (f.own) conditions.push(eq(opinionItems.committeeId, actor.committeeId));
  const scopeIds = await readScopeIds(db, actor);
  return fetchListRows(db, ITEM_LIST, { scopeIds, conditions, paging, purpose }, (s) =>
    db
      .select({
        id: opinionItems.id,
        committeeId: opinionItems.committeeId,
        title: opinionItems.title,
        status: opinionItems.status,
        version: opinionItems.version,
        updatedAt: opinionItems.updatedAt,
        issueId: opinionItems.issueId,
        issueKind: bulletinIssues.kind,
        issueYear: bulletinIssues.year,
        issueNumber: bulletinIssues.number,
        reporterNames,
        counted: s.counted,
      })
      .from(opinionItems)
      .leftJoin(bulletinIssues, eq(bulletinIssues.id, opinionItems.issueId))
      .where(s.inPage)
      .orderBy(...s.order),
  );
}

export async function listItems(
  db: DbOrTx,
  actor: Actor,
  f: z.infer<typeof itemQuery>,
): Promise<Page<ItemListRow>> {
  const { rows, ...total } = await selectItems(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: rows.map(present), ...total, page: f.page, pageSize: f.pageSize };
}

/** The same list as Excel rows (every page). */
export async function exportItems(db: DbOrTx, actor: Actor, f: z.infer<typeof itemFilters>) {
  const { rows } = await selectItems(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows.map(present);
}

export const ITEM_EXPORT_COLUMNS: XlsxColumn<ItemListRow>[] = [
  { header: '标题', width: 40, value: (r) => r.title },
  { header: '反映人', width: 24, value: (r) => r.reporterNames.join('、') },
  { header: '状态', value: (r) => r.statusLabel },
  { header: '编入期刊', width: 30, value: (r) => r.issueTitle ?? '待编入' },
  { header: '更新时间', width: 18, value: (r) => shanghaiDate(r.updatedAt) },
];

function present(r: {
  id: number;
  committeeId: number;
  title: string;
  status: string;
  version: number;
  updatedAt: Date;
  issueId: number | null;
  issueKind: string | null;
  issueYear: number | null;
  issueNumber: number | null;
  reporterNames: string[];
}) {
  return {
    id: r.id,
    committeeId: r.committeeId,
    title: r.title,
    status: r.status,
    statusLabel: OPINION_ITEM_STATUS_LABELS[r.status as OpinionItemStatus],
    version: r.version,
    updatedAt: r.updatedAt,
    issueId: r.issueId,
    /** The issue it went into, by name (《社情民意》2026年第8期); null while waiting to be compiled. */
    issueTitle:
      r.issueKind && r.issueYear ? issueTitle(r.issueKind as IssueKind, r.issueYear, r.issueNumber) : null,
    reporterNames: r.reporterNames,
  };
}
type ItemListRow = ReturnType<typeof present>;
