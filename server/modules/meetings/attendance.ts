import { and, asc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
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
  dutyActions,
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

/**
 * Attendance is derived: from the attendees (应到), their check-ins and their approved leave,
 * against the clock (a sitting that has ended turns a missing check-in into 无故缺席).
 * domain/meetings.ts defines each state and how a meeting's follows from its sittings. What is
 * stored (attendance-store.ts) is what the derivation gives once every sitting has ended, for the
 * readers of many meetings at once (the cockpit, the duty archive's year).
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
  // The counts are of meetings held: one still to come is listed, not yet 应到.
  const at = now();
  const held = rows.filter((r) => r.startsAt <= at);
  const byKind = MEETING_KINDS.map((kind: MeetingKind) => ({
    kind,
    ...attendanceFigures(held.filter((r) => r.kind === kind).map((r) => r.state)),
  })).filter((k) => k.expected > 0);
  return { year, meetings: rows, byKind, figures: attendanceFigures(held.map((r) => r.state)) };
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
 * with the plenaries they missed: the flag staff act on. `handledOn` is the day a consequence
 * (提醒谈话, 警告 or 劝辞, recorded in the duty archive) was acted on since the last of those
 * absences, or null: the member still waits (`open` keeps only those).
 */
export async function plenaryAbsenceFlags(db: DbOrTx, committeeId: number, open?: boolean) {
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
  const termOf = { id: term.id, name: term.name };
  if (!flagged.length) return { term: termOf, members: [] };
  const ids = flagged.map(([id]) => id);
  const names = await db
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(inArray(members.id, ids));
  const acted = await db
    .select({ memberId: dutyActions.memberId, actedOn: dutyActions.actedOn })
    .from(dutyActions)
    .where(and(eq(dutyActions.committeeId, committeeId), inArray(dutyActions.memberId, ids)));
  const handledOn = (memberId: number, list: typeof plenaries) => {
    const lastAbsence = shanghaiDate(
      list.reduce((a, p) => (p.startsAt > a ? p.startsAt : a), list[0].startsAt),
    );
    const since = acted
      .filter((a) => a.memberId === memberId && a.actedOn >= lastAbsence)
      .map((a) => a.actedOn);
    return since.length ? since.sort().at(-1)! : null;
  };
  const all = flagged.map(([memberId, list]) => ({
    memberId,
    name: names.find((n) => n.id === memberId)?.name ?? '',
    absences: list.length,
    meetings: list.map((p) => ({ id: p.id, title: p.title, startsAt: p.startsAt })),
    handledOn: handledOn(memberId, list),
  }));
  return {
    term: termOf,
    members: open === undefined ? all : all.filter((m) => (m.handledOn === null) === open),
  };
}
