import { and, asc, eq, gte, inArray, lt, lte, type SQL, sql } from 'drizzle-orm';
import {
  type AttendanceState,
  attendanceFigures,
  MEETING_KINDS,
  type MeetingKind,
  meetingState,
  PLENARY_ABSENCE_FLAG,
  sittingState,
} from '../../../domain/meetings';
import type { DbOrTx } from '../../db/client';
import {
  leaveRequests,
  meetingCheckins,
  meetingInvitees,
  meetingSittings,
  meetings,
  members,
  sectors,
  terms,
} from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { rowsOf } from '../../platform/duty-items';

/**
 * Attendance is derived, never stored: from the attendees (应到), their check-ins and their
 * approved leave, against the clock (a sitting that has ended turns a missing check-in into
 * 无故缺席). domain/meetings.ts defines each state and how a meeting's follows from its sittings.
 */

/**
 * One row per sitting and attendee of some meetings (of some attendees only, if `memberIds` is given):
 * what the states are computed from.
 */
export function factsOf(db: DbOrTx, meetingIds: number[], memberIds?: readonly number[]) {
  const approvedLeave = sql<boolean>`exists (select 1 from ${leaveRequests} l
    where l.meeting_id = ${meetingSittings.meetingId} and l.member_id = ${meetingInvitees.memberId}
      and l.status = 'approved'
      and (l.sitting_ids is null or jsonb_typeof(l.sitting_ids) = 'null' or l.sitting_ids @> to_jsonb(${meetingSittings.id})))`;
  return db
    .select({
      meetingId: meetingSittings.meetingId,
      sittingId: meetingSittings.id,
      endsAt: meetingSittings.endsAt,
      memberId: sql<number>`${meetingInvitees.memberId}`,
      checkedInAt: meetingCheckins.checkedInAt,
      late: meetingCheckins.late,
      onLeave: approvedLeave,
    })
    .from(meetingSittings)
    .innerJoin(
      meetingInvitees,
      and(eq(meetingInvitees.meetingId, meetingSittings.meetingId), eq(meetingInvitees.role, 'attendee')),
    )
    .leftJoin(
      meetingCheckins,
      and(
        eq(meetingCheckins.sittingId, meetingSittings.id),
        eq(meetingCheckins.memberId, meetingInvitees.memberId),
      ),
    )
    .where(
      and(
        inArray(meetingSittings.meetingId, meetingIds.length ? meetingIds : [-1]),
        memberIds === undefined ? undefined : inArray(meetingInvitees.memberId, [...memberIds]),
      ),
    )
    .orderBy(asc(meetingSittings.ordinal));
}

type Fact = Awaited<ReturnType<typeof factsOf>>[number];

/** Each attendee's state per sitting and for the meeting, grouped by meeting. */
export function statesOf(facts: Fact[], at: Date) {
  const byMeeting = new Map<
    number,
    Map<number, { sittings: Map<number, AttendanceState>; state: AttendanceState }>
  >();
  for (const f of facts) {
    const members = byMeeting.get(f.meetingId) ?? new Map();
    byMeeting.set(f.meetingId, members);
    const m = members.get(f.memberId) ?? { sittings: new Map(), state: 'pending' as AttendanceState };
    members.set(f.memberId, m);
    m.sittings.set(
      f.sittingId,
      sittingState({
        checkedInAt: f.checkedInAt,
        late: f.late ?? false,
        onLeave: f.onLeave,
        ended: f.endsAt <= at,
      }),
    );
  }
  for (const members of byMeeting.values()) {
    for (const m of members.values()) m.state = meetingState([...m.sittings.values()]);
  }
  return byMeeting;
}

/**
 * One meeting's attendance: every attendee's state per sitting and overall, and the figures
 * (应到/实到/迟到/请假/缺席) of each sitting and of the meeting.
 */
export async function meetingAttendance(db: DbOrTx, meetingId: number) {
  const sittings = await db
    .select({ id: meetingSittings.id, name: meetingSittings.name })
    .from(meetingSittings)
    .where(eq(meetingSittings.meetingId, meetingId))
    .orderBy(asc(meetingSittings.ordinal));
  const members = statesOf(await factsOf(db, [meetingId]), now()).get(meetingId) ?? new Map();
  const all = [...members.values()];
  return {
    sittings: sittings.map((s) => ({
      ...s,
      figures: attendanceFigures(all.map((m) => m.sittings.get(s.id) ?? 'pending')),
    })),
    figures: attendanceFigures(all.map((m) => m.state)),
    members,
  };
}

export type MeetingAttendance = Awaited<ReturnType<typeof meetingAttendance>>;

/** The attendees of a meeting with names, sector and position, for lists and documents. */
export function attendeeRows(db: DbOrTx, meetingId: number) {
  return db
    .select({
      memberId: members.id,
      name: members.name,
      position: members.position,
      sector: sectors.name,
      response: meetingInvitees.response,
      respondedAt: meetingInvitees.respondedAt,
    })
    .from(meetingInvitees)
    .innerJoin(members, eq(members.id, meetingInvitees.memberId))
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .where(and(eq(meetingInvitees.meetingId, meetingId), eq(meetingInvitees.role, 'attendee')))
    .orderBy(asc(members.officialOrder), asc(members.namePinyin));
}

/** Beijing calendar year as an instant range. */
const yearRange = (year: number) => ({
  from: new Date(`${year}-01-01T00:00:00+08:00`),
  to: new Date(`${year + 1}-01-01T00:00:00+08:00`),
});

/**
 * A member's meetings of a year (those sent out, in which they owe attendance) with their state,
 * and the counts per kind of meeting: what the member's page and the duty archive show.
 */
export async function memberYearAttendance(db: DbOrTx, memberId: number, year: number) {
  const { from, to } = yearRange(year);
  const list = await db
    .select({ id: meetings.id, kind: meetings.kind, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .innerJoin(
      meetingInvitees,
      and(eq(meetingInvitees.meetingId, meetings.id), eq(meetingInvitees.memberId, memberId)),
    )
    .where(
      and(
        eq(meetings.status, 'published'),
        gte(meetings.startsAt, from),
        lt(meetings.startsAt, to),
        eq(meetingInvitees.role, 'attendee'),
      ),
    )
    .orderBy(asc(meetings.startsAt));
  const states = statesOf(
    await factsOf(
      db,
      list.map((m) => m.id),
      [memberId],
    ),
    now(),
  );
  const rows = list.map((m) => ({
    ...m,
    state: states.get(m.id)?.get(memberId)?.state ?? ('pending' as AttendanceState),
  }));
  const byKind = MEETING_KINDS.map((kind: MeetingKind) => ({
    kind,
    ...attendanceFigures(rows.filter((r) => r.kind === kind).map((r) => r.state)),
  })).filter((k) => k.expected > 0);
  return { year, meetings: rows, byKind, figures: attendanceFigures(rows.map((r) => r.state)) };
}

/** The term that is running in a committee today (by its dates), if any. */
export async function currentTerm(db: DbOrTx, committeeId: number) {
  const today = shanghaiDate(now());
  const [term] = await db
    .select()
    .from(terms)
    .where(and(eq(terms.committeeId, committeeId), lte(terms.startDate, today), gte(terms.endDate, today)));
  return term ?? null;
}

/**
 * Members absent without leave from PLENARY_ABSENCE_FLAG or more plenaries of the current term,
 * with the plenaries they missed: the flag staff act on.
 */
export async function plenaryAbsenceFlags(db: DbOrTx, committeeId: number) {
  const term = await currentTerm(db, committeeId);
  if (!term) return { term: null, members: [] };
  const plenaries = await db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.committeeId, committeeId),
        eq(meetings.kind, 'plenary'),
        eq(meetings.status, 'published'),
        gte(meetings.startsAt, new Date(`${term.startDate}T00:00:00+08:00`)),
        lte(meetings.startsAt, new Date(`${term.endDate}T23:59:59+08:00`)),
      ),
    );
  const states = statesOf(
    await factsOf(
      db,
      plenaries.map((p) => p.id),
    ),
    now(),
  );
  const missed = new Map<number, typeof plenaries>();
  for (const p of plenaries) {
    for (const [memberId, m] of states.get(p.id) ?? []) {
      if (m.state === 'absent') missed.set(memberId, [...(missed.get(memberId) ?? []), p]);
    }
  }
  const flagged = [...missed].filter(([, list]) => list.length >= PLENARY_ABSENCE_FLAG);
  const names = flagged.length
    ? await db
        .select({ id: members.id, name: members.name })
        .from(members)
        .where(
          inArray(
            members.id,
            flagged.map(([id]) => id),
          ),
        )
    : [];
  return {
    term: { id: term.id, name: term.name },
    members: flagged.map(([memberId, list]) => ({
      memberId,
      name: names.find((n) => n.id === memberId)?.name ?? '',
      absences: list.length,
      meetings: list.map((p) => ({ id: p.id, title: p.title, startsAt: p.startsAt })),
    })),
  };
}

/** A meeting of attendanceInRange, read once and shared by its attendees' rows. */
export interface RangeMeeting {
  id: number;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  /** The Beijing calendar day it starts on. */
  day: string;
}

/**
 * Every attendee's state at each published meeting of a committee starting in [from, to) (one
 * member's only, some kinds only): the duty archive's meeting items and its count of plenary
 * absences in a term. The states in one statement: the rules of domain/meetings.ts `sittingState`
 * per sitting (checked in: late or present; else approved leave covering the sitting; else absent
 * once the sitting ended by the app's clock, pending before) and `meetingState` over the sittings
 * (absent at any, else leave at any, else pending at any, else late at any, else present: each
 * sitting's state ranked 1–5 in that order, the meeting's is the highest), written in SQL so a
 * committee's year is not read row by row into the app. The meetings themselves in another, once
 * each: a row per attendee carries only ids and the state (a committee's year is thousands of
 * rows, and their titles and times were most of what the app parsed). duty-archive/year-end.test.ts
 * holds it to the meeting page's derivation (statesOf) on a hand-built year.
 */
export async function attendanceInRange(
  db: DbOrTx,
  q: {
    committeeId: number;
    from: Date;
    to: Date;
    memberId?: number;
    kinds?: readonly MeetingKind[];
    /** The 无故缺席 rows only (the term's earlier plenaries: most attendees were there). */
    onlyAbsent?: boolean;
  },
) {
  const kinds = q.kinds
    ? sql`and m.kind in (${sql.join(
        q.kinds.map((k) => sql`${k}`),
        sql`, `,
      )})`
    : sql``;
  const inRange = sql`m.committee_id = ${q.committeeId} and m.status = 'published'
    and m.starts_at >= ${q.from.toISOString()} and m.starts_at < ${q.to.toISOString()} ${kinds}`;
  const member = (column: SQL) => (q.memberId === undefined ? sql`` : sql`and ${column} = ${q.memberId}`);
  const meetingRows = await rowsOf<{
    id: number;
    kind: MeetingKind;
    title: string;
    starts_at: string | Date;
  }>(db, sql`select m.id, m.kind, m.title, m.starts_at from ${meetings} m where ${inRange}`);
  if (!meetingRows.length) return [];
  const byId = new Map<number, RangeMeeting>();
  for (const r of meetingRows) {
    const startsAt = new Date(r.starts_at);
    byId.set(r.id, { id: r.id, kind: r.kind, title: r.title, startsAt, day: shanghaiDate(startsAt) });
  }
  // The range's check-ins and approved leave are read first, by the sittings' and meetings' ids
  // (an index range each), then joined by hash: as a plain join the planner hashed every check-in
  // of every committee for each call (a scan growing with the whole table), and looked up one by
  // one (per attendee and sitting) they took about a third more. A member with two approved
  // requests for a meeting gives a row per request; the highest state per meeting is the same.
  // Each sitting's state ranked 1–5 (present, late, pending, leave, absent); the meeting's is the highest.
  const rank = sql`max(case
    when ck.sitting_id is not null then case when ck.late then 2 else 1 end
    when lv.member_id is not null then 4
    when s.ends_at <= ${now().toISOString()} then 5
    else 3
  end)`;
  const rows = await rowsOf<{ meeting_id: number; member_id: number; state: AttendanceState }>(
    db,
    sql`with sit as materialized (
        select s.id, s.meeting_id, s.ends_at from ${meetings} m join ${meetingSittings} s on s.meeting_id = m.id
        where ${inRange}
      ), ck as materialized (
        select c.sitting_id, c.member_id, c.late from ${meetingCheckins} c
        where c.sitting_id in (select id from sit) ${member(sql`c.member_id`)}
      ), lv as materialized (
        select l.meeting_id, l.member_id, l.sitting_ids from ${leaveRequests} l
        where l.meeting_id in (select meeting_id from sit) and l.status = 'approved' ${member(sql`l.member_id`)}
      )
      select s.meeting_id, i.member_id, (array['present', 'late', 'pending', 'leave', 'absent'])[${rank}] as state
      from sit s
        join ${meetingInvitees} i on i.meeting_id = s.meeting_id and i.role = 'attendee' ${member(sql`i.member_id`)}
        left join ck on ck.sitting_id = s.id and ck.member_id = i.member_id
        left join lv on lv.meeting_id = s.meeting_id and lv.member_id = i.member_id
          and (lv.sitting_ids is null or jsonb_typeof(lv.sitting_ids) = 'null' or lv.sitting_ids @> to_jsonb(s.id))
      group by s.meeting_id, i.member_id ${q.onlyAbsent ? sql`having ${rank} = 5` : sql``}`,
  );
  // A meeting published between the two statements waits for the next read.
  return rows.flatMap((r) => {
    const meeting = byId.get(r.meeting_id);
    return meeting ? [{ meeting, memberId: r.member_id, state: r.state }] : [];
  });
}
