import { type SQL, sql } from 'drizzle-orm';
import type { AttendanceState, MeetingKind } from '../../../domain/meetings';
import type { DbOrTx } from '../../db/client';
import {
  leaveRequests,
  meetingAttendance,
  meetingAttendeeStates,
  meetingCheckins,
  meetingInvitees,
  meetingSittings,
  meetings,
} from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { rowsOf } from '../../platform/duty-items';

/**
 * Whether a meeting's stored attendance is final: computed at or after the meeting's end. Before,
 * it is provisional (check-ins do not move it) and the readers derive the meeting live.
 * Both aliases come from the caller's statement (meeting_attendance, meetings).
 */
export const finalStored = (a: string, m: string): SQL => sql.raw(`${a}.computed_at >= ${m}.ends_at`);

/**
 * Every attendee's state at some meetings in one statement (`meetingsWhere` over meetings `m`),
 * written in SQL so a committee's year is not read row by row into the app: the rules of
 * domain/meetings.ts `sittingState` per sitting (checked in: late or present; else approved leave
 * covering the sitting; else absent once the sitting ended by `at`, pending before) and
 * `meetingState` over the sittings (absent at any, else leave at any, else pending at any, else late
 * at any, else present: each sitting's state ranked 1–5 in that order, the meeting's is the
 * highest). Rows: meeting_id, member_id, committee_id, state, in the order of the stored table's key.
 * duty-archive/year-end.test.ts holds it to the meeting page's derivation (statesOf).
 */
export function derivedStates(q: {
  meetingsWhere: SQL;
  at: Date;
  memberId?: number;
  /** The 无故缺席 rows only. */
  onlyAbsent?: boolean;
}) {
  const member = (column: SQL) => (q.memberId === undefined ? sql`` : sql`and ${column} = ${q.memberId}`);
  // The meetings' check-ins and approved leave are read first, by the sittings' and meetings' ids
  // (an index range each), then joined by hash: as a plain join the planner hashed every check-in
  // of every committee for each call (a scan growing with the whole table), and looked up one by
  // one (per attendee and sitting) they took about a third more. A member with two approved
  // requests for a meeting gives a row per request; the highest state per meeting is the same.
  const rank = sql`max(case
    when ck.sitting_id is not null then case when ck.late then 2 else 1 end
    when lv.member_id is not null then 4
    when s.ends_at <= ${q.at.toISOString()} then 5
    else 3
  end)`;
  return sql`with sit as materialized (
      select s.id, s.meeting_id, s.ends_at from ${meetings} m join ${meetingSittings} s on s.meeting_id = m.id
      where ${q.meetingsWhere}
    ), ck as materialized (
      select c.sitting_id, c.member_id, c.late from ${meetingCheckins} c
      where c.sitting_id in (select id from sit) ${member(sql`c.member_id`)}
    ), lv as materialized (
      select l.meeting_id, l.member_id, l.sitting_ids from ${leaveRequests} l
      where l.meeting_id in (select meeting_id from sit) and l.status = 'approved' ${member(sql`l.member_id`)}
    )
    select s.meeting_id, i.member_id, i.committee_id,
      (array['present', 'late', 'pending', 'leave', 'absent'])[${rank}] as state
    from sit s
      join ${meetingInvitees} i on i.meeting_id = s.meeting_id and i.role = 'attendee' ${member(sql`i.member_id`)}
      left join ck on ck.sitting_id = s.id and ck.member_id = i.member_id
      left join lv on lv.meeting_id = s.meeting_id and lv.member_id = i.member_id
        and (lv.sitting_ids is null or jsonb_typeof(lv.sitting_ids) = 'null' or lv.sitting_ids @> to_jsonb(s.id))
    group by s.meeting_id, i.member_id, i.committee_id ${q.onlyAbsent ? sql`having ${rank} = 5` : sql``}
    order by s.meeting_id, i.member_id`;
}

/** `column in (ids)` for an aliased table (drizzle's inArray names the table, not its alias). */
export const idsIn = (column: SQL, ids: readonly number[]) =>
  sql`${column} in (${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )})`;

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
 * absences in a term. A meeting whose sittings have all ended and whose stored states are final
 * (attendance-store.ts) is read from meeting_attendee_states: a state stored as if every sitting had
 * ended is then the state by the clock too. The others are derived (derivedStates). The meetings
 * themselves in a statement of their own, once each: a row per attendee carries only ids and the
 * state (a committee's year is thousands of rows, and their titles and times were most of what the
 * app parsed).
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
  const at = now();
  const kinds = q.kinds
    ? sql`and m.kind in (${sql.join(
        q.kinds.map((k) => sql`${k}`),
        sql`, `,
      )})`
    : sql``;
  const meetingRows = await rowsOf<{
    id: number;
    kind: MeetingKind;
    title: string;
    starts_at: string | Date;
  }>(
    db,
    sql`select m.id, m.kind, m.title, m.starts_at from ${meetings} m
      where m.committee_id = ${q.committeeId} and m.status = 'published'
        and m.starts_at >= ${q.from.toISOString()} and m.starts_at < ${q.to.toISOString()} ${kinds}`,
  );
  if (!meetingRows.length) return [];
  const byId = new Map<number, RangeMeeting>();
  for (const r of meetingRows) {
    const startsAt = new Date(r.starts_at);
    byId.set(r.id, { id: r.id, kind: r.kind, title: r.title, startsAt, day: shanghaiDate(startsAt) });
  }
  // Which meetings are settled is decided in the statement that reads their states (one snapshot: a
  // meeting edited meanwhile to sit again tomorrow is not read as stored), each settled one marked
  // by a row without a member; the rest are derived.
  type Row = { meeting_id: number; member_id: number | null; state: AttendanceState | null };
  const storedRows = await rowsOf<Row>(
    db,
    sql`with settled as materialized (
        select m.id from ${meetings} m
        where ${idsIn(sql`m.id`, [...byId.keys()])}
          and exists (select 1 from ${meetingAttendance} a where a.meeting_id = m.id and ${finalStored('a', 'm')})
          and not exists (select 1 from ${meetingSittings} s where s.meeting_id = m.id and s.ends_at > ${at.toISOString()})
      )
      select a.meeting_id, a.member_id, a.state from ${meetingAttendeeStates} a
      where a.meeting_id in (select id from settled)
        ${q.memberId === undefined ? sql`` : sql`and a.member_id = ${q.memberId}`}
        ${q.onlyAbsent ? sql`and a.state = 'absent'` : sql``}
      union all
      select id, null, null from settled`,
  );
  const settled = new Set(storedRows.filter((r) => r.member_id === null).map((r) => r.meeting_id));
  const live = [...byId.keys()].filter((id) => !settled.has(id));
  const derived = live.length
    ? await rowsOf<Row>(
        db,
        derivedStates({
          meetingsWhere: idsIn(sql`m.id`, live),
          at,
          memberId: q.memberId,
          onlyAbsent: q.onlyAbsent,
        }),
      )
    : [];
  const rows: { meeting: RangeMeeting; memberId: number; state: AttendanceState }[] = [];
  for (const list of [storedRows, derived]) {
    for (const r of list) {
      const meeting = byId.get(r.meeting_id);
      if (meeting && r.member_id !== null)
        rows.push({ meeting, memberId: r.member_id, state: r.state as AttendanceState });
    }
  }
  return rows;
}
