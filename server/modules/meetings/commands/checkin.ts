import { and, eq, inArray } from 'drizzle-orm';
import { type CheckinMethod, checkinOpensAt, checkinWindow } from '../../../../domain/meetings';
import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import type { Db, Tx } from '../../../db/client';
import { meetingCheckins, meetingInvitees, meetingSittings, meetings } from '../../../db/schema';
import { badRequest, conflict, forbidden, notFound } from '../../../errors';
import { shanghaiDateTime } from '../../../lib/working-days';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { inReadScope } from '../../../platform/scope';
import { holdForCheckin, storeAttendance } from '../attendance-store';
import { memberOfCode, sittingTokenValid } from '../codes';
import { organisesMeetings } from '../policy';

/** A sitting with its meeting, in the caller's read scope (404 otherwise). */
async function sittingOf(tx: Tx, actor: Actor, sittingId: number) {
  const [row] = await tx
    .select({ s: meetingSittings, m: meetings })
    .from(meetingSittings)
    .innerJoin(meetings, eq(meetings.id, meetingSittings.meetingId))
    .where(and(eq(meetingSittings.id, sittingId), inReadScope(meetings.committeeId, actor)));
  if (!row) throw notFound('场次');
  if (row.m.status !== 'published') throw conflict('会议通知未发布或已取消，不能签到');
  return row;
}

/** Refuses a check-in outside the sitting's window (domain/meetings.ts checkinWindow). */
function checkWindow(s: typeof meetingSittings.$inferSelect, at: Date, staffRecord: boolean) {
  const state = checkinWindow(s, at);
  if (state === 'notOpen')
    throw conflict(`签到尚未开始：${s.name}于 ${shanghaiDateTime(checkinOpensAt(s.startsAt))} 开放签到`);
  // Staff may still record a paper sign-in sheet afterwards; a scan after the end is refused.
  if (!staffRecord && state === 'ended')
    throw conflict(`签到已结束：${s.name}已于 ${shanghaiDateTime(s.endsAt)} 结束`);
}

/** Members of the list that owe attendance at the meeting; anyone else is refused. */
async function attendeesAmong(tx: Tx, meetingId: number, memberIds: number[]) {
  const rows = await tx
    .select({ memberId: meetingInvitees.memberId })
    .from(meetingInvitees)
    .where(
      and(
        eq(meetingInvitees.meetingId, meetingId),
        eq(meetingInvitees.role, 'attendee'),
        inArray(meetingInvitees.memberId, memberIds),
      ),
    );
  return new Set(rows.map((r) => r.memberId as number));
}

interface CheckinBatch {
  memberIds: number[];
  method: CheckinMethod;
  late: boolean;
  recordedBy: number | null;
  at: Date;
}

/**
 * Writes the check-ins that do not exist yet; a second scan finds its row and changes nothing. Those
 * recorded while the meeting runs leave its stored attendance provisional, holding it against a
 * rewrite until they commit (refused if it was finalised meanwhile); a paper sheet entered after
 * the end rewrites the final attendance.
 */
async function record(tx: Tx, s: typeof meetingSittings.$inferSelect, meetingEndsAt: Date, r: CheckinBatch) {
  // In id order: two roll calls naming the same members in another order would wait on each other crosswise.
  const values = [...r.memberIds]
    .sort((a, b) => a - b)
    .map((memberId) => ({
      committeeId: s.committeeId,
      sittingId: s.id,
      memberId,
      checkedInAt: r.at,
      late: r.late,
      method: r.method,
      recordedByUserId: r.recordedBy,
    }));
  const inserted = await tx
    .insert(meetingCheckins)
    .values(values)
    .onConflictDoNothing()
    .returning({ memberId: meetingCheckins.memberId });
  if (inserted.length > 0) {
    if (r.at >= meetingEndsAt) await storeAttendance(tx, [s.meetingId]);
    else if (!(await holdForCheckin(tx, s.meetingId))) throw conflict('会议已结束，出勤已统计，不能再签到');
  }
  return inserted.length;
}

async function existing(tx: Tx, sittingId: number, memberId: number) {
  const [row] = await tx
    .select()
    .from(meetingCheckins)
    .where(and(eq(meetingCheckins.sittingId, sittingId), eq(meetingCheckins.memberId, memberId)));
  return row;
}

/**
 * One member checked in: the record, whether it was there already, and where. The member is
 * named once the sitting is known to be the caller's to see (out of scope is a 404 first).
 */
async function checkInOne(
  tx: Tx,
  actor: Actor,
  sittingId: number,
  memberOf: () => number,
  method: CheckinMethod,
) {
  const { s, m } = await sittingOf(tx, actor, sittingId);
  const memberId = memberOf();
  const at = now();
  checkWindow(s, at, false);
  if (!(await attendeesAmong(tx, m.id, [memberId])).has(memberId)) {
    throw forbidden('不在本次会议的应到名单中，不能签到');
  }
  const staff = method === 'memberCode' ? actor.userId : null;
  const added = await record(tx, s, m.endsAt, {
    memberIds: [memberId],
    method,
    late: at > s.startsAt,
    recordedBy: staff,
    at,
  });
  // The cockpit's cache follows the meeting's committee's events (platform/cockpit-cache.ts); on the
  // sitting, not the meeting, so a plenary's hundreds of check-ins stay out of the meeting's timeline.
  if (added > 0) {
    await appendEvent(tx, actor, {
      committeeId: m.committeeId,
      subjectType: 'meetingSitting',
      subjectId: s.id,
      action: 'checkIn',
      data: { memberId, method, late: at > s.startsAt },
    });
  }
  const row = await existing(tx, s.id, memberId);
  return {
    already: added === 0,
    checkedInAt: row.checkedInAt,
    late: row.late,
    sitting: { id: s.id, name: s.name },
    meeting: { id: m.id, title: m.title },
  };
}

/** 扫码签到: the member scanned the sitting's QR on the hall's screen (token still fresh). */
export function checkInWithToken(ctx: AppContext, actor: Actor, input: { sittingId: number; token: string }) {
  if (actor.role !== 'member' || actor.memberId === null) throw forbidden('请使用委员账号扫码签到');
  if (!sittingTokenValid(ctx.cipher, input.sittingId, input.token, now())) {
    throw conflict('签到码已过期或无效，请重新扫描会场屏幕上的二维码');
  }
  const memberId = actor.memberId;
  return ctx.handle.db.transaction((tx) => checkInOne(tx, actor, input.sittingId, () => memberId, 'qr'));
}

/** 委员码签到: staff at the door scan (or type) the member's code of the day. */
export function checkInWithMemberCode(ctx: AppContext, actor: Actor, sittingId: number, code: string) {
  if (!organisesMeetings(actor)) throw forbidden('仅委员工作、协商工作或综合部门的工作人员可以代为签到');
  const memberOf = () => {
    const memberId = memberOfCode(ctx.cipher, code, now());
    if (memberId === null) throw badRequest('委员码：无效或不是今天的委员码', 'code');
    return memberId;
  };
  return ctx.handle.db.transaction((tx) => checkInOne(tx, actor, sittingId, memberOf, 'memberCode'));
}

/**
 * 点名签到: staff check in several members at once (the roll call, or a paper sign-in sheet entered
 * afterwards), on time or late. Members already checked in keep their record.
 */
export function rollCall(
  db: Db,
  actor: Actor,
  sittingId: number,
  input: { memberIds: number[]; late: boolean },
) {
  if (!organisesMeetings(actor)) throw forbidden('仅委员工作、协商工作或综合部门的工作人员可以点名签到');
  return db.transaction(async (tx) => {
    const { s, m } = await sittingOf(tx, actor, sittingId);
    if (m.committeeId !== actor.committeeId) throw forbidden();
    const at = now();
    checkWindow(s, at, true);
    const wanted = [...new Set(input.memberIds)];
    const invited = await attendeesAmong(tx, m.id, wanted);
    const stranger = wanted.find((id) => !invited.has(id));
    if (stranger !== undefined) throw badRequest('委员：有委员不在本次会议的应到名单中', 'memberIds');
    const added = await record(tx, s, m.endsAt, {
      memberIds: wanted,
      method: 'rollCall',
      late: input.late,
      recordedBy: actor.userId,
      at,
    });
    await appendEvent(tx, actor, {
      committeeId: m.committeeId,
      subjectType: 'meeting',
      subjectId: m.id,
      action: 'rollCall',
      note: `${s.name}：点名签到 ${added} 人${input.late ? '（迟到）' : ''}`,
      data: { sittingId: s.id, added, late: input.late },
    });
    return { added, already: wanted.length - added };
  });
}
