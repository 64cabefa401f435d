import { and, eq, ilike, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  BODY_KIND_LABELS,
  type BodyKind,
  OPINION_REPORT_STATUS_LABELS,
  type OpinionReportStatus,
  REPORTER_KIND_LABELS,
  type ReporterKind,
  URGENCY_LABELS,
  type Urgency,
} from '../../../domain/opinion-reports';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { members, opinionReports, sectors } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { likePattern, readScopeIds } from '../../platform/scope';
import type { ReportFilters } from './schemas';

/** A member's sector (the report's own sector_id is a body's or an informant's). */
const memberSector = alias(sectors, 'member_sector');

const REPORT_LIST: ListSource = {
  table: opinionReports,
  id: opinionReports.id,
  committeeId: opinionReports.committeeId,
};

/**
 * A member sees their own reports, a 特邀信息员 what they filed; staff every filed one in scope and
 * the drafts they write in a body's name (drafts are the reporter's).
 */
function whose(actor: Actor): SQL {
  if (actor.role === 'member') {
    return and(
      eq(opinionReports.reporterKind, 'member'),
      eq(opinionReports.reporterMemberId, actor.memberId ?? -1),
    ) as SQL;
  }
  if (actor.role === 'informant') {
    return and(
      eq(opinionReports.reporterKind, 'informant'),
      eq(opinionReports.filedByUserId, actor.userId),
    ) as SQL;
  }
  return or(
    ne(opinionReports.status, 'draft'),
    and(eq(opinionReports.reporterKind, 'body'), eq(opinionReports.filedByUserId, actor.userId)),
  ) as SQL;
}

function conditions(actor: Actor, f: ReportFilters): SQL[] {
  const c: SQL[] = [whose(actor)];
  if (f.reporterKind) c.push(eq(opinionReports.reporterKind, f.reporterKind));
  if (f.fromCommitteeId) c.push(eq(opinionReports.reporterCommitteeId, f.fromCommitteeId));
  if (f.own) c.push(eq(opinionReports.committeeId, actor.committeeId));
  if (f.status) c.push(eq(opinionReports.status, f.status));
  if (f.urgency) c.push(eq(opinionReports.urgency, f.urgency));
  if (f.memberId) c.push(eq(opinionReports.reporterMemberId, f.memberId));
  if (f.year) {
    c.push(sql`extract(year from coalesce(${opinionReports.submittedAt}, ${opinionReports.createdAt})
      at time zone 'Asia/Shanghai') = ${f.year}`);
  }
  if (f.q) c.push(ilike(opinionReports.title, likePattern(f.q)));
  return c;
}

const columns = {
  id: opinionReports.id,
  committeeId: opinionReports.committeeId,
  title: opinionReports.title,
  urgency: opinionReports.urgency,
  status: opinionReports.status,
  version: opinionReports.version,
  reporterKind: opinionReports.reporterKind,
  reporterMemberId: opinionReports.reporterMemberId,
  reporterCommitteeId: opinionReports.reporterCommitteeId,
  bodyKind: opinionReports.bodyKind,
  reporterName: sql<string>`coalesce(${members.name}, ${opinionReports.reporterName}, '')`,
  sectorName: sql<string | null>`coalesce(${memberSector.name}, ${sectors.name})`,
  sourceItemId: opinionReports.sourceItemId,
  itemId: opinionReports.itemId,
  rejectReason: opinionReports.rejectReason,
  submittedAt: opinionReports.submittedAt,
  decidedAt: opinionReports.decidedAt,
  createdAt: opinionReports.createdAt,
};

async function selectRows(db: DbOrTx, actor: Actor, f: ReportFilters, paging: Paging, purpose: ListPurpose) {
  const scopeIds = await readScopeIds(db, actor);
  return fetchListRows(
    db,
    REPORT_LIST,
    { scopeIds, conditions: conditions(actor, f), paging, purpose },
    (s) =>
      db
        .select({ ...columns, counted: s.counted })
        .from(opinionReports)
        .leftJoin(members, eq(members.id, opinionReports.reporterMemberId))
        .leftJoin(memberSector, eq(memberSector.id, members.sectorId))
        .leftJoin(sectors, eq(sectors.id, opinionReports.sectorId))
        .where(s.inPage)
        .orderBy(...s.order),
  );
}

type Row = Omit<Awaited<ReturnType<typeof selectRows>>['rows'][number], 'counted'>;

/** A report as lists show it. */
export function presentReportItem(r: Row) {
  return {
    id: r.id,
    committeeId: r.committeeId,
    title: r.title,
    urgency: r.urgency,
    urgencyLabel: URGENCY_LABELS[r.urgency as Urgency],
    status: r.status,
    statusLabel: OPINION_REPORT_STATUS_LABELS[r.status as OpinionReportStatus],
    version: r.version,
    reporterKind: r.reporterKind,
    reporterKindLabel:
      r.reporterKind === 'body' && r.bodyKind
        ? BODY_KIND_LABELS[r.bodyKind as BodyKind]
        : REPORTER_KIND_LABELS[r.reporterKind as ReporterKind],
    reporterMemberId: r.reporterMemberId,
    reporterCommitteeId: r.reporterCommitteeId,
    reporterName: r.reporterName,
    sourceItemId: r.sourceItemId,
    sectorName: r.sectorName,
    itemId: r.itemId,
    rejectReason: r.rejectReason,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    createdAt: r.createdAt,
  };
}
export type ReportItem = ReturnType<typeof presentReportItem>;

/** Reports in the caller's scope (a member: their own), filtered and paged. */
export async function listReports(
  db: DbOrTx,
  actor: Actor,
  f: ReportFilters & { page: number; pageSize: number },
): Promise<Page<ReportItem>> {
  const { rows, ...total } = await selectRows(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: rows.map(presentReportItem), ...total, page: f.page, pageSize: f.pageSize };
}

export async function exportReports(db: DbOrTx, actor: Actor, f: ReportFilters) {
  const { rows } = await selectRows(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows.map(presentReportItem);
}

/** One report as lists show it (the caller's access checked by the loader). */
export async function reportItem(db: DbOrTx, id: number) {
  const [row] = await db
    .select(columns)
    .from(opinionReports)
    .leftJoin(members, eq(members.id, opinionReports.reporterMemberId))
    .leftJoin(memberSector, eq(memberSector.id, members.sectorId))
    .leftJoin(sectors, eq(sectors.id, opinionReports.sectorId))
    .where(eq(opinionReports.id, id));
  return presentReportItem(row);
}

/** Reports of the caller's own committee matching the filters (a to-do's count). */
export async function countReports(db: DbOrTx, actor: Actor, f: ReportFilters) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(opinionReports)
    .where(and(eq(opinionReports.committeeId, actor.committeeId), ...conditions(actor, f)));
  return n;
}
