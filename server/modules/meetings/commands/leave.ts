import { and, eq } from 'drizzle-orm';
import { LEAVE_CATEGORY_LABELS } from '../../../../domain/meetings';
import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import type { Db, Tx } from '../../../db/client';
import { leaveRequests, meetingInvitees, members } from '../../../db/schema';
import { badRequest, conflict, forbidden } from '../../../errors';
import { shanghaiDate } from '../../../lib/working-days';
import {
  checkedType,
  insertAttachment,
  type StoredFile,
  type Upload,
  withStoredUpload,
} from '../../../platform/attachments';
import { now } from '../../../platform/clock';
import { pgErrorOf } from '../../../platform/db-errors';
import { appendEvent } from '../../../platform/events';
import { notifyUsers } from '../../notifications/notify';
import { meetingStaffOf } from '../audience';
import { lockMeeting, type MeetingRow, type SittingRow } from '../load';
import { organisesMeetings } from '../policy';
import type { LeaveFields } from '../schemas';
import { transitionLeave } from '../transitions';

/** A leave request's evidence (a doctor's note, an official letter …). */
export const LEAVE_EVIDENCE = 'leaveEvidence';

/** Whose leave it is: the member asking, or the member a staff organiser enters it for. */
function applicantOf(actor: Actor, fields: LeaveFields): number {
  if (actor.role === 'member') {
    if (fields.memberId !== undefined && fields.memberId !== actor.memberId) {
      throw forbidden('只能为本人请假');
    }
    return actor.memberId ?? -1;
  }
  if (!organisesMeetings(actor)) throw forbidden('仅委员工作、协商工作或综合部门的工作人员可以代为请假');
  if (fields.memberId === undefined) throw badRequest('委员：不能为空', 'memberId');
  return fields.memberId;
}

/** The sittings asked for, each one of the meeting's; none means the whole meeting. */
function sittingsOf(fields: LeaveFields, sittings: SittingRow[]): number[] | null {
  if (fields.sittingIds.length === 0) return null;
  const own = new Set(sittings.map((s) => s.id));
  if (!fields.sittingIds.every((id) => own.has(id))) throw badRequest('请假场次：不属于该会议', 'sittingIds');
  return [...new Set(fields.sittingIds)];
}

/** Late: asked after the reply-by date, or once the meeting has begun. */
const isLate = (m: MeetingRow, at: Date) => shanghaiDate(at) > m.replyBy || at >= m.startsAt;

async function insertRequest(
  tx: Tx,
  actor: Actor,
  m: MeetingRow,
  memberId: number,
  f: LeaveFields,
  sittingIds: number[] | null,
) {
  const at = now();
  try {
    const [row] = await tx
      .insert(leaveRequests)
      .values({
        committeeId: m.committeeId,
        meetingId: m.id,
        memberId,
        category: f.category,
        reason: f.reason,
        sittingIds,
        late: isLate(m, at),
        submittedByUserId: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    return row;
  } catch (err) {
    if (pgErrorOf(err)?.code === '23505') throw conflict('该委员对本次会议已有待审批或已批准的请假');
    throw err;
  }
}

/**
 * 请假: an invited member (or staff for them) asks for leave from the whole meeting or some
 * sittings, with a category, a reason and optionally a file. One open request per meeting; a
 * request after the reply-by date or the start is marked late. The organisers are told.
 */
export async function requestLeave(
  ctx: AppContext,
  actor: Actor,
  meetingId: number,
  fields: LeaveFields,
  file: Upload | null,
) {
  const memberId = applicantOf(actor, fields);
  const mime = file ? checkedType(file, '证明材料') : null;
  const write = (stored: StoredFile | null) =>
    ctx.handle.db.transaction(async (tx) => {
      const { meeting, relations } = await lockMeeting(tx, actor, meetingId);
      if (meeting.status !== 'published') throw conflict('会议通知未发布或已取消，不能请假');
      if (actor.role === 'staff' && actor.committeeId !== meeting.committeeId) throw forbidden();
      const [invitee] = await tx
        .select({ id: meetingInvitees.id })
        .from(meetingInvitees)
        .where(
          and(
            eq(meetingInvitees.meetingId, meetingId),
            eq(meetingInvitees.memberId, memberId),
            eq(meetingInvitees.role, 'attendee'),
          ),
        );
      if (!invitee) throw badRequest('委员：不在本次会议的应到名单中', 'memberId');
      const row = await insertRequest(
        tx,
        actor,
        meeting,
        memberId,
        fields,
        sittingsOf(fields, relations.sittings),
      );
      if (stored) {
        await insertAttachment(tx, {
          committeeId: meeting.committeeId,
          subject: { type: 'leaveRequest', id: row.id },
          purpose: LEAVE_EVIDENCE,
          file: stored,
          actor,
        });
      }
      await appendEvent(tx, actor, {
        committeeId: meeting.committeeId,
        subjectType: 'leaveRequest',
        subjectId: row.id,
        action: 'submit',
        toStatus: 'submitted',
        note: fields.reason,
        data: { meetingId, memberId, category: fields.category, late: row.late },
      });
      const [member] = await tx.select({ name: members.name }).from(members).where(eq(members.id, memberId));
      await notifyUsers(tx, {
        committeeId: meeting.committeeId,
        userIds: (await meetingStaffOf(tx, meeting.committeeId)).filter((u) => u !== actor.userId),
        kind: 'leaveRequest.submit',
        title: `请假申请：${member.name}（${meeting.title}）`,
        body: `${LEAVE_CATEGORY_LABELS[fields.category]}${row.late ? '（逾期提交）' : ''}：${fields.reason}`,
        link: `/meetings/leave-requests/${row.id}`,
      });
      return row;
    });
  return file && mime ? withStoredUpload(ctx, actor.committeeId, file, mime, write) : write(null);
}

/** 审批请假: approved or not, with a note the member reads. */
export function decideLeave(
  db: Db,
  actor: Actor,
  id: number,
  input: { approve: boolean; note?: string | null; expectedVersion?: number },
) {
  return transitionLeave(db, actor, {
    id,
    action: input.approve ? 'approve' : 'refuse',
    expectedVersion: input.expectedVersion,
    note: input.note,
    step: async ({ now: at }) => ({
      patch: { decisionNote: input.note ?? null, decidedByUserId: actor.userId, decidedAt: at },
      message: input.note ?? (input.approve ? '请假已批准' : '请假未批准，请按时参会'),
    }),
  });
}

/** 撤回请假 before it is decided: the member will attend after all. */
export function withdrawLeave(db: Db, actor: Actor, id: number, input: { expectedVersion?: number }) {
  return transitionLeave(db, actor, { id, action: 'withdraw', expectedVersion: input.expectedVersion });
}
