import { asc, eq } from 'drizzle-orm';
import type { LeaveCategory } from '../../domain/meetings';
import type { Actor } from '../../domain/roles';
import { actorOfUsername } from '../auth/actor';
import type { AppContext } from '../context';
import type { Db, Tx } from '../db/client';
import { meetingSittings, sessions } from '../db/schema';
import { attendeeRows } from '../modules/meetings/attendance';
import { sittingToken } from '../modules/meetings/codes';
import { checkInWithToken, rollCall } from '../modules/meetings/commands/checkin';
import { decideLeave, requestLeave } from '../modules/meetings/commands/leave';
import { createMeeting, publishMeeting } from '../modules/meetings/commands/meeting';
import type { InviteRule } from '../modules/meetings/schemas';
import { atTime } from '../platform/clock';
import { type MeetingPlan, PAST_MEETINGS } from './meetings-plan';
import type { SeededMember } from './members';
import type { OrgRefs } from './org';
import { createRng, type Rng } from './random';

const MEETINGS_SEED = 2025_0601;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A Beijing date and HH:mm as an instant. */
const at = (date: string, hm: string, days = 0) =>
  new Date(new Date(`${date}T${hm}:00+08:00`).getTime() + days * DAY);

interface World {
  ctx: AppContext;
  db: Db;
  org: OrgRefs;
  organiser: Actor;
  demoMember: Actor;
  rng: Rng;
  /** Absent without leave from every plenary: the member the 3-absence flag is about. */
  truant: number;
}

function inviteOf(w: World, p: MeetingPlan): InviteRule {
  const ids = (names: string[] | undefined, map: Map<string, number>) =>
    (names ?? []).map((n) => map.get(n)!);
  return {
    allMembers: p.invite.allMembers ?? false,
    positions: p.invite.positions ?? [],
    sectorIds: [],
    specialCommitteeIds: ids(p.invite.specialCommittees, w.org.specialCommitteeIds),
    liaisonGroupIds: ids(p.invite.liaisonAreas, w.org.liaisonGroupIds),
    activityGroupIds: ids(p.invite.activityGroups, w.org.activityGroupIds),
    memberIds: [],
    leaderIds: (p.leaders ?? []).map((t) => w.org.leaders.find((l) => l.title === t)!.id),
    unitIds: ids(p.units, w.org.handlingUnitIds),
  };
}

function organiserId(w: World, [kind, name]: MeetingPlan['organiser']): number {
  const maps = {
    department: w.org.departmentIds,
    specialCommittee: w.org.specialCommitteeIds,
    liaisonGroup: w.org.liaisonGroupIds,
    activityGroup: w.org.activityGroupIds,
  } as const;
  return maps[kind].get(name)!;
}

/** What attendance needs of a held meeting: its id, start and sittings. */
interface Held {
  id: number;
  startsAt: Date;
  sittings: { id: number; startsAt: Date }[];
}

/** Creates and publishes one meeting as the office did: drafted ten days before, sent the next day. */
async function hold(w: World, p: MeetingPlan, sessionId: number | null): Promise<Held> {
  const start = at(p.date, p.sittings[0].from);
  const input = {
    kind: p.kind,
    title: p.title,
    organiserKind: p.organiser[0],
    organiserId: organiserId(w, p.organiser),
    sessionId,
    place: p.place,
    agendaHtml: `<p>${p.title}议程另附。</p>`,
    replyBy: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(start.getTime() - 3 * DAY),
    ),
    sittings: p.sittings.map((s) => ({
      name: s.name,
      startsAt: at(p.date, s.from, s.day).toISOString(),
      endsAt: at(p.date, s.to, s.day).toISOString(),
      place: null,
    })),
    invite: inviteOf(w, p),
  };
  const id = await atTime(new Date(start.getTime() - 10 * DAY), () =>
    createMeeting(w.db, w.organiser, input),
  );
  await atTime(new Date(start.getTime() - 9 * DAY), () => publishMeeting(w.db, w.organiser, id, {}));
  const sittings = await w.db
    .select({ id: meetingSittings.id, startsAt: meetingSittings.startsAt })
    .from(meetingSittings)
    .where(eq(meetingSittings.meetingId, id))
    .orderBy(asc(meetingSittings.ordinal));
  return { id, startsAt: start, sittings };
}

type Outcome = 'present' | 'late' | 'leave' | 'refused' | 'absent';
const LEAVE_CATEGORIES: [LeaveCategory, number][] = [
  ['official', 5],
  ['sick', 3],
  ['personal', 2],
  ['other', 1],
];
const REASONS: Record<LeaveCategory, string[]> = {
  official: ['参加市里工作会议', '带队外出招商', '参加上级单位检查'],
  sick: ['住院治疗', '身体不适，遵医嘱休息'],
  personal: ['家中老人住院需陪护', '子女婚礼'],
  other: ['因航班延误无法按时返回'],
};

/** ~90 % attend (a few late), leave of every category, a few absent; the truant misses every plenary. */
function outcomeOf(w: World, p: MeetingPlan, memberId: number): Outcome {
  if (p.kind === 'plenary' && memberId === w.truant) return 'absent';
  if (memberId === w.demoMember.memberId) return 'present';
  return w.rng.weighted<Outcome>([
    ['present', 86],
    ['late', 4],
    ['leave', 6],
    ['refused', 1],
    ['absent', 3],
  ]);
}

/** The leave a member phoned in, entered by the office two days before (one in five late) and decided. */
async function leave(w: World, m: Held, memberId: number, approve: boolean) {
  const category = w.rng.weighted(LEAVE_CATEGORIES);
  const asked = new Date(m.startsAt.getTime() - (w.rng.chance(0.2) ? 0.5 : 2) * DAY);
  const row = await atTime(asked, () =>
    requestLeave(
      w.ctx,
      w.organiser,
      m.id,
      { category, reason: w.rng.pick(REASONS[category]), sittingIds: [], memberId },
      null,
    ),
  );
  await atTime(new Date(asked.getTime() + 90 * MINUTE), () =>
    decideLeave(w.db, w.organiser, row.id, { approve, note: approve ? null : '本次会议须出席，请调整安排' }),
  );
}

/** Attendance of a held meeting: leave first, then the roll at each sitting, the demo member by QR. */
async function attend(w: World, m: Held, p: MeetingPlan, attendees: number[]) {
  const outcomes = new Map(attendees.map((id) => [id, outcomeOf(w, p, id)]));
  for (const [id, o] of outcomes) if (o === 'leave' || o === 'refused') await leave(w, m, id, o === 'leave');
  const pick = (...wanted: Outcome[]) => attendees.filter((id) => wanted.includes(outcomes.get(id)!));
  for (const s of m.sittings) {
    const start = s.startsAt.getTime();
    const onTime = pick('present').filter((id) => id !== w.demoMember.memberId);
    if (onTime.length)
      await atTime(new Date(start + 5 * MINUTE), () =>
        rollCall(w.db, w.organiser, s.id, { memberIds: onTime, late: false }),
      );
    const late = pick('late');
    if (late.length)
      await atTime(new Date(start + 35 * MINUTE), () =>
        rollCall(w.db, w.organiser, s.id, { memberIds: late, late: true }),
      );
    if (attendees.includes(w.demoMember.memberId ?? -1)) {
      const scan = new Date(start - 15 * MINUTE);
      const { token } = sittingToken(w.ctx.cipher, s.id, scan);
      await atTime(scan, () => checkInWithToken(w.ctx, w.demoMember, { sittingId: s.id, token }));
    }
  }
}

/** The members a meeting invites as attendees (what its rule resolved to). */
async function attendeesOf(w: World, m: Held) {
  return (await attendeeRows(w.db, m.id)).map((r) => r.memberId);
}

/** Two meetings still ahead, dated from today: what the member and the office work on now. */
async function upcoming(w: World) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await hold(
    w,
    { ...PAST_MEETINGS[3], title: '十一届区政协常委会第18次会议（审议年度工作总结）', date: shift(today, 3) },
    null,
  );
  await hold(
    w,
    {
      ...PAST_MEETINGS.find((p) => p.kind === 'activityDay')!,
      title: '“委员进社区”主题活动日（东城街道）',
      date: shift(today, 9),
    },
    null,
  );
}

const shift = (date: string, days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(new Date(`${date}T12:00:00+08:00`).getTime() + days * DAY),
  );

/**
 * The demo district's meetings from the 2024 plenary to now, replayed through the meeting
 * commands at their historical times (atTime), inside the demo seed's transaction. Returns how
 * many meetings were held.
 */
export async function seedMeetings(ctx: AppContext, tx: Tx, org: OrgRefs, members: SeededMember[]) {
  const db: Db = tx;
  const rng = createRng(MEETINGS_SEED);
  const serving = members.filter((m) => m.status === 'active');
  const demoMember = await actorOfUsername(db, 'member');
  const truant = rng.pick(serving.filter((m) => m.id !== demoMember.memberId && m.position === '委员')).id;
  const w: World = {
    ctx: { ...ctx, handle: { ...ctx.handle, db } },
    db,
    org,
    organiser: await actorOfUsername(db, 'staff2'),
    demoMember,
    rng,
    truant,
  };
  const sessionRows = await db.select().from(sessions).where(eq(sessions.committeeId, org.committeeId));
  for (const p of PAST_MEETINGS) {
    const sessionId = p.sessionYear ? (sessionRows.find((s) => s.year === p.sessionYear)?.id ?? null) : null;
    const m = await hold(w, p, sessionId);
    await attend(w, m, p, await attendeesOf(w, m));
  }
  await upcoming(w);
  return PAST_MEETINGS.length;
}
