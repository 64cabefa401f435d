import { and, asc, desc, eq, gt, gte, ilike, lt, ne, not, type SQL, sql } from 'drizzle-orm';
import {
  MEETING_KIND_LABELS,
  MEETING_STATUS_LABELS,
  type MeetingKind,
  type MeetingStatus,
} from '../../../domain/meetings';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  activityGroups,
  committees,
  departments,
  leaveRequests,
  liaisonGroups,
  meetingInvitees,
  meetings,
  specialCommittees,
} from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { now } from '../../platform/clock';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { likePattern, readScopeIds } from '../../platform/scope';
import { invitationOf } from './load';
import type { MeetingFilters } from './schemas';

const MEETING_LIST: ListSource = { table: meetings, id: meetings.id, committeeId: meetings.committeeId };

/** The caller's invitation to the meeting of the row (a correlated condition). */
const invited = (actor: Actor) =>
  sql`exists (select 1 from ${meetingInvitees} where ${meetingInvitees.meetingId} = ${meetings.id} and ${invitationOf(actor)})`;

/** An open leave request of the caller's for the meeting of the row. */
const onLeave = (actor: Actor) =>
  sql`exists (select 1 from ${leaveRequests} l where l.meeting_id = ${meetings.id} and l.member_id = ${actor.memberId ?? -1}
    and l.status in ('submitted', 'approved'))`;

/** Which meetings the caller sees: staff all (drafts too), leaders those sent out, others their invitations. */
function visible(actor: Actor, view: MeetingFilters['view']): SQL[] {
  const sent = ne(meetings.status, 'draft');
  if (actor.role === 'staff') return view === 'mine' ? [invited(actor)] : [];
  if (actor.role === 'leader' && view === 'all') return [sent];
  return [sent, invited(actor)];
}

function conditions(actor: Actor, f: MeetingFilters): SQL[] {
  const c = visible(actor, f.view);
  if (f.kind) c.push(eq(meetings.kind, f.kind));
  if (f.status) c.push(eq(meetings.status, f.status));
  if (f.year) {
    c.push(gte(meetings.startsAt, new Date(`${f.year}-01-01T00:00:00+08:00`)));
    c.push(lt(meetings.startsAt, new Date(`${f.year + 1}-01-01T00:00:00+08:00`)));
  }
  if (f.upcoming !== undefined)
    c.push(f.upcoming ? gt(meetings.endsAt, now()) : not(gt(meetings.endsAt, now())));
  if (f.awaitingReply) {
    c.push(eq(meetings.status, 'published'), gt(meetings.endsAt, now()), not(onLeave(actor)));
    c.push(sql`exists (select 1 from ${meetingInvitees} where ${meetingInvitees.meetingId} = ${meetings.id}
      and ${meetingInvitees.role} = 'attendee' and ${meetingInvitees.response} = 'pending' and ${invitationOf(actor)})`);
  }
  if (f.q) c.push(ilike(meetings.title, likePattern(f.q)));
  return c;
}

/** The organising body's name, whichever catalogue it is in. */
const organiserName = sql<string | null>`case ${meetings.organiserKind}
  when 'department' then (select name from ${departments} where id = ${meetings.organiserId})
  when 'specialCommittee' then (select name from ${specialCommittees} where id = ${meetings.organiserId})
  when 'liaisonGroup' then (select name from ${liaisonGroups} where id = ${meetings.organiserId})
  when 'activityGroup' then (select name from ${activityGroups} where id = ${meetings.organiserId}) end`;

const countInvitees = (extra: SQL) =>
  sql<number>`(select count(*)::int from ${meetingInvitees} i where i.meeting_id = ${meetings.id} and i.role = 'attendee' and ${extra})`;

async function selectRows(db: DbOrTx, actor: Actor, f: MeetingFilters, paging: Paging, purpose: ListPurpose) {
  const scopeIds = await readScopeIds(db, actor);
  const order = f.upcoming ? asc(meetings.startsAt) : desc(meetings.startsAt);
  return fetchListRows(
    db,
    MEETING_LIST,
    { scopeIds, conditions: conditions(actor, f), relevance: [order], paging, purpose },
    (s) =>
      db
        .select({
          m: {
            id: meetings.id,
            committeeId: meetings.committeeId,
            kind: meetings.kind,
            title: meetings.title,
            startsAt: meetings.startsAt,
            endsAt: meetings.endsAt,
            place: meetings.place,
            replyBy: meetings.replyBy,
            status: meetings.status,
          },
          committeeName: committees.name,
          organiserName,
          attendees: countInvitees(sql`true`),
          confirmed: countInvitees(sql`i.response = 'confirmed'`),
          leavePending: sql<number>`(select count(*)::int from ${leaveRequests} l where l.meeting_id = ${meetings.id} and l.status = 'submitted')`,
          myResponse: sql<string | null>`(select ${meetingInvitees.response} from ${meetingInvitees}
          where ${meetingInvitees.meetingId} = ${meetings.id} and ${invitationOf(actor)} limit 1)`,
          myLeave: sql<
            string | null
          >`(select l.status from ${leaveRequests} l where l.meeting_id = ${meetings.id}
          and l.member_id = ${actor.memberId ?? -1} order by l.id desc limit 1)`,
          counted: s.counted,
        })
        .from(meetings)
        .innerJoin(committees, eq(committees.id, meetings.committeeId))
        .where(s.inPage)
        .orderBy(...s.order),
  );
}

type Row = Awaited<ReturnType<typeof selectRows>>['rows'][number];

/** A meeting as a list shows it, with the caller's own answer where invited. */
export function presentMeetingItem(r: Row) {
  return {
    ...r.m,
    kindLabel: MEETING_KIND_LABELS[r.m.kind as MeetingKind],
    statusLabel: MEETING_STATUS_LABELS[r.m.status as MeetingStatus],
    committeeName: r.committeeName,
    organiserName: r.organiserName,
    attendees: r.attendees,
    confirmed: r.confirmed,
    leavePending: r.leavePending,
    myResponse: r.myResponse,
    myLeave: r.myLeave,
  };
}

export type MeetingItem = ReturnType<typeof presentMeetingItem>;

/** The meetings the caller sees, filtered and paged in SQL. */
export async function listMeetings(
  db: DbOrTx,
  actor: Actor,
  f: MeetingFilters & { page: number; pageSize: number },
): Promise<Page<MeetingItem>> {
  const { rows, ...total } = await selectRows(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: rows.map(presentMeetingItem), ...total, page: f.page, pageSize: f.pageSize };
}

/** The same rows, unpaged (capped), for the export. */
export async function exportMeetings(db: DbOrTx, actor: Actor, f: MeetingFilters) {
  const { rows } = await selectRows(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows.map(presentMeetingItem);
}

/** How many meetings match in the caller's own committee (a to-do's count). */
export async function countMeetings(db: DbOrTx, actor: Actor, f: MeetingFilters) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(and(eq(meetings.committeeId, actor.committeeId), ...conditions(actor, f)));
  return n;
}
