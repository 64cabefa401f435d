import { and, eq, type SQL, sql } from 'drizzle-orm';
import {
  LEAVE_CATEGORY_LABELS,
  LEAVE_STATUS_LABELS,
  type LeaveCategory,
  type LeaveStatus,
  MEETING_KIND_LABELS,
  type MeetingKind,
} from '../../../domain/meetings';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { leaveRequests, meetingSittings, meetings, members } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { readScopeIds } from '../../platform/scope';
import type { LeaveFilters } from './schemas';

const LEAVE_LIST: ListSource = {
  table: leaveRequests,
  id: leaveRequests.id,
  committeeId: leaveRequests.committeeId,
};

function conditions(actor: Actor, f: LeaveFilters): SQL[] {
  const c: SQL[] = actor.role === 'staff' ? [] : [eq(leaveRequests.memberId, actor.memberId ?? -1)];
  if (f.status) c.push(eq(leaveRequests.status, f.status));
  if (f.meetingId) c.push(eq(leaveRequests.meetingId, f.meetingId));
  if (f.category) c.push(eq(leaveRequests.category, f.category));
  if (f.late !== undefined) c.push(eq(leaveRequests.late, f.late));
  return c;
}

/** The sittings a request covers by name, or null for the whole meeting. */
const sittingNames = sql<string[] | null>`case when ${leaveRequests.sittingIds} is null
  or jsonb_typeof(${leaveRequests.sittingIds}) = 'null' then null
  else (select array_agg(s.name order by s.ordinal) from ${meetingSittings} s
    where ${leaveRequests.sittingIds} @> to_jsonb(s.id)) end`;

async function selectRows(db: DbOrTx, actor: Actor, f: LeaveFilters, paging: Paging, purpose: ListPurpose) {
  const scopeIds = await readScopeIds(db, actor);
  return fetchListRows(db, LEAVE_LIST, { scopeIds, conditions: conditions(actor, f), paging, purpose }, (s) =>
    db
      .select({
        l: leaveRequests,
        meeting: { id: meetings.id, title: meetings.title, kind: meetings.kind, startsAt: meetings.startsAt },
        memberName: members.name,
        sittingNames,
        counted: s.counted,
      })
      .from(leaveRequests)
      .innerJoin(meetings, eq(meetings.id, leaveRequests.meetingId))
      .innerJoin(members, eq(members.id, leaveRequests.memberId))
      .where(s.inPage)
      .orderBy(...s.order),
  );
}

type Row = Awaited<ReturnType<typeof selectRows>>['rows'][number];

/** A leave request as lists show it. */
export function presentLeaveItem(r: Pick<Row, 'l' | 'meeting' | 'memberName' | 'sittingNames'>) {
  const { l } = r;
  return {
    id: l.id,
    committeeId: l.committeeId,
    meetingId: l.meetingId,
    meetingTitle: r.meeting.title,
    meetingKindLabel: MEETING_KIND_LABELS[r.meeting.kind as MeetingKind],
    meetingStartsAt: r.meeting.startsAt,
    memberId: l.memberId,
    memberName: r.memberName,
    category: l.category,
    categoryLabel: LEAVE_CATEGORY_LABELS[l.category as LeaveCategory],
    reason: l.reason,
    sittingNames: r.sittingNames,
    late: l.late,
    status: l.status,
    statusLabel: LEAVE_STATUS_LABELS[l.status as LeaveStatus],
    version: l.version,
    decisionNote: l.decisionNote,
    decidedAt: l.decidedAt,
    createdAt: l.createdAt,
  };
}

export type LeaveItem = ReturnType<typeof presentLeaveItem>;

/** Leave requests in the caller's scope (a member: their own), filtered and paged. */
export async function listLeaveRequests(
  db: DbOrTx,
  actor: Actor,
  f: LeaveFilters & { page: number; pageSize: number },
): Promise<Page<LeaveItem>> {
  const { rows, ...total } = await selectRows(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: rows.map(presentLeaveItem), ...total, page: f.page, pageSize: f.pageSize };
}

export async function exportLeaveRequests(db: DbOrTx, actor: Actor, f: LeaveFilters) {
  const { rows } = await selectRows(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows.map(presentLeaveItem);
}

/** One request as its page shows it (the caller's access checked by the loader). */
export async function leaveItem(db: DbOrTx, id: number) {
  const [row] = await db
    .select({
      l: leaveRequests,
      meeting: { id: meetings.id, title: meetings.title, kind: meetings.kind, startsAt: meetings.startsAt },
      memberName: members.name,
      sittingNames,
    })
    .from(leaveRequests)
    .innerJoin(meetings, eq(meetings.id, leaveRequests.meetingId))
    .innerJoin(members, eq(members.id, leaveRequests.memberId))
    .where(and(eq(leaveRequests.id, id)));
  return presentLeaveItem(row);
}

/** Open requests in the caller's own committee (a to-do's count). */
export async function countLeaveRequests(db: DbOrTx, actor: Actor, f: LeaveFilters) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(leaveRequests)
    .where(and(eq(leaveRequests.committeeId, actor.committeeId), ...conditions(actor, f)));
  return n;
}
