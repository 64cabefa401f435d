import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { MEETING_KIND_LABELS } from '../../../../domain/meetings';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { meetingCheckins, meetingSittings, meetings, sessions } from '../../../db/schema';
import { badRequest, conflict, forbidden } from '../../../errors';
import { sanitizeRichText } from '../../../lib/rich-text';
import { shanghaiDate, shanghaiDateTime } from '../../../lib/working-days';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { isOwnOrganiser } from '../organisers';
import { organisesMeetings } from '../policy';
import type { MeetingInput } from '../schemas';
import { transitionMeeting } from '../transitions';
import { syncInvitees } from './invitees';

/** The meeting's time and its checks: sittings in order, each ending after it starts, reply-by before. */
function timesOf(input: MeetingInput) {
  const sittings = input.sittings.map((s, i) => ({
    ordinal: i + 1,
    name: s.name,
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    place: s.place,
  }));
  sittings.forEach((s, i) => {
    if (s.endsAt <= s.startsAt)
      throw badRequest(`第 ${i + 1} 项 结束时间：须晚于开始时间`, `sittings.${i}.endsAt`);
    const before = sittings[i - 1];
    if (before && s.startsAt < before.startsAt) {
      throw badRequest(`第 ${i + 1} 项 开始时间：场次须按时间先后排列`, `sittings.${i}.startsAt`);
    }
  });
  const startsAt = sittings[0].startsAt;
  const endsAt = new Date(Math.max(...sittings.map((s) => s.endsAt.getTime())));
  if (input.replyBy > shanghaiDate(startsAt)) {
    throw badRequest('回复截止日期：不能晚于会议开始的日期', 'replyBy');
  }
  return { sittings, startsAt, endsAt };
}

/** The organising body and the plenary's session are the committee's own (400 otherwise). */
async function checkOwnRefs(db: Db | Tx, committeeId: number, input: MeetingInput) {
  if (!(await isOwnOrganiser(db, committeeId, input.organiserKind, input.organiserId))) {
    throw badRequest('组织方：不属于本委员会', 'organiserId');
  }
  if (input.sessionId !== null) {
    const [{ s }] = await db
      .select({ s: count() })
      .from(sessions)
      .where(and(eq(sessions.id, input.sessionId), eq(sessions.committeeId, committeeId)));
    if (s === 0) throw badRequest('届次会议：不属于本委员会', 'sessionId');
  }
}

const fieldsOf = (input: MeetingInput, t: ReturnType<typeof timesOf>) => ({
  kind: input.kind,
  title: input.title,
  organiserKind: input.organiserKind,
  organiserId: input.organiserId,
  sessionId: input.sessionId,
  place: input.place,
  agendaHtml: sanitizeRichText(input.agendaHtml),
  replyBy: input.replyBy,
  inviteRule: input.invite,
  startsAt: t.startsAt,
  endsAt: t.endsAt,
});

/**
 * Makes the meeting's sittings those of the form, matched by position: a sitting keeps its id
 * (and its check-ins) when it is edited; one with check-ins cannot be removed.
 */
async function writeSittings(
  tx: Tx,
  meeting: { id: number; committeeId: number },
  want: ReturnType<typeof timesOf>['sittings'],
) {
  const have = await tx
    .select({ id: meetingSittings.id })
    .from(meetingSittings)
    .where(eq(meetingSittings.meetingId, meeting.id))
    .orderBy(asc(meetingSittings.ordinal));
  for (const [i, s] of want.entries()) {
    if (have[i]) await tx.update(meetingSittings).set(s).where(eq(meetingSittings.id, have[i].id));
    else
      await tx
        .insert(meetingSittings)
        .values({ ...s, committeeId: meeting.committeeId, meetingId: meeting.id });
  }
  const extra = have.slice(want.length).map((s) => s.id);
  if (extra.length === 0) return;
  const [{ n }] = await tx
    .select({ n: count() })
    .from(meetingCheckins)
    .where(inArray(meetingCheckins.sittingId, extra));
  if (n > 0) throw conflict('被删除的场次已有签到记录，不能删除');
  await tx.delete(meetingSittings).where(inArray(meetingSittings.id, extra));
}

/** 新建会议: a draft with its sittings and invitees, no one told yet. Returns its id. */
export async function createMeeting(db: Db, actor: Actor, input: MeetingInput): Promise<number> {
  if (!organisesMeetings(actor)) throw forbidden('仅委员工作、协商工作或综合部门的工作人员可以组织会议');
  const t = timesOf(input);
  return db.transaction(async (tx) => {
    await checkOwnRefs(tx, actor.committeeId, input);
    const at = now();
    const [row] = await tx
      .insert(meetings)
      .values({
        ...fieldsOf(input, t),
        committeeId: actor.committeeId,
        createdByUserId: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: meetings.id });
    await writeSittings(tx, { id: row.id, committeeId: actor.committeeId }, t.sittings);
    const { attendees } = await syncInvitees(
      tx,
      { id: row.id, committeeId: actor.committeeId },
      input.invite,
    );
    await appendEvent(tx, actor, {
      committeeId: actor.committeeId,
      subjectType: 'meeting',
      subjectId: row.id,
      action: 'create',
      toStatus: 'draft',
      data: { kind: input.kind, attendees },
    });
    return row.id;
  });
}

/** What a notice says: the time, the place and the day to answer by. */
export function noticeText(m: { startsAt: Date; endsAt: Date; place: string; replyBy: string }) {
  return `时间：${shanghaiDateTime(m.startsAt)} 至 ${shanghaiDateTime(m.endsAt)}；地点：${m.place}；请于 ${m.replyBy} 前确认参加或请假`;
}

/**
 * 修改会议: fields, sittings and invitees in one step. Once the notice is out, everyone invited
 * hears of the change, new invitees get the notice, and those taken off the list are told.
 */
export function editMeeting(
  db: Db,
  actor: Actor,
  id: number,
  input: MeetingInput & { expectedVersion?: number },
) {
  const t = timesOf(input);
  return transitionMeeting(db, actor, {
    id,
    action: 'edit',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row }) => {
      await checkOwnRefs(tx, row.committeeId, input);
      await writeSittings(tx, row, t.sittings);
      const { added, removed, attendees } = await syncInvitees(tx, row, input.invite);
      return {
        patch: fieldsOf(input, t),
        data: { attendees, added: added.memberIds.length, removed: removed.memberIds.length },
        message: noticeText({ ...t, place: input.place, replyBy: input.replyBy }),
        notify: { removed },
      };
    },
  });
}

/** 发布会议通知: every invitee gets the notice with the time, place and reply-by date. */
export function publishMeeting(db: Db, actor: Actor, id: number, step: { expectedVersion?: number }) {
  return transitionMeeting(db, actor, {
    id,
    action: 'publish',
    expectedVersion: step.expectedVersion,
    step: async ({ row }) => ({
      message: `${MEETING_KIND_LABELS[row.kind as keyof typeof MEETING_KIND_LABELS]}。${noticeText(row)}`,
    }),
  });
}

/** 取消会议: before it starts; everyone invited is told, with the reason given. */
export function cancelMeeting(
  db: Db,
  actor: Actor,
  id: number,
  step: { expectedVersion?: number; note?: string | null },
) {
  return transitionMeeting(db, actor, {
    id,
    action: 'cancel',
    expectedVersion: step.expectedVersion,
    note: step.note,
    step: async () => ({ message: step.note ? `会议已取消。${step.note}` : '会议已取消' }),
  });
}
