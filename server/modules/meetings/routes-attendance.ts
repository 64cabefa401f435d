import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { checkinOpensAt, checkinWindow, MEETING_DUTIES } from '../../../domain/meetings';
import type { AppContext } from '../../context';
import { meetingCheckins, meetingInvitees, meetingSittings, meetings } from '../../db/schema';
import { forbidden, notFound } from '../../errors';
import { route } from '../../http/route';
import { idParam } from '../../http/validation';
import { sendDocx } from '../../lib/word';
import { sendXlsx } from '../../lib/xlsx';
import { now } from '../../platform/clock';
import { inReadScope } from '../../platform/scope';
import { mayReadDutyRecord } from '../members/policy';
import { readableMember } from '../members/routes';
import { attendeeRows, meetingAttendance, memberYearAttendance, plenaryAbsenceFlags } from './attendance';
import { memberCode, sittingToken } from './codes';
import { checkInWithMemberCode, checkInWithToken, rollCall } from './commands/checkin';
import { organisesMeetings } from './policy';
import { meetingView } from './present';
import {
  absenceFlagsQuery,
  attendanceQuery,
  inviteeQuery,
  MEETING_LABELS,
  meetingIdParams,
  memberCodeBody,
  qrCheckinBody,
  rollCallBody,
  sittingIdParams,
} from './schemas';

/** Loaded with the first download, not at start-up (server/lib/word.ts). */
const documents = () => import('./documents');

const tags = ['会议签到与考勤'];
const labels = MEETING_LABELS;

/** Check-in by QR, 委员码 and roll call; the screen's rotating token; the member's own code. */
function checkinRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings/sittings/:sittingId/checkin-token',
    summary: '会场签到二维码的当前口令（每 30 秒更换）',
    tags,
    roles: ['staff'],
    params: sittingIdParams,
    handler: async ({ db, actor, params }) => {
      if (!organisesMeetings(actor))
        throw forbidden('仅委员工作、协商工作或综合部门的工作人员可以展示签到码');
      const [row] = await db
        .select({
          s: meetingSittings,
          m: { id: meetings.id, title: meetings.title, committeeId: meetings.committeeId },
          published: sql<boolean>`${meetings.status} = 'published'`,
          // The screen shows the hall how many have signed in of how many expected.
          checkedIn: sql<number>`(select count(*)::int from ${meetingCheckins} c where c.sitting_id = ${meetingSittings.id})`,
          expected: sql<number>`(select count(*)::int from ${meetingInvitees} i
            where i.meeting_id = ${meetings.id} and i.role = 'attendee')`,
        })
        .from(meetingSittings)
        .innerJoin(meetings, eq(meetings.id, meetingSittings.meetingId))
        .where(and(eq(meetingSittings.id, params.sittingId), inReadScope(meetings.committeeId, actor)));
      if (!row || row.m.committeeId !== actor.committeeId) throw notFound('场次');
      const at = now();
      return {
        ...sittingToken(ctx.cipher, row.s.id, at),
        // The window the check-in enforces, by the server's clock.
        window: row.published ? checkinWindow(row.s, at) : 'unpublished',
        opensAt: checkinOpensAt(row.s.startsAt),
        endsAt: row.s.endsAt,
        checkedIn: row.checkedIn,
        expected: row.expected,
        sitting: { id: row.s.id, name: row.s.name },
        meeting: row.m,
      };
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/meetings/checkin',
    summary: '扫码签到（委员扫描会场二维码）',
    tags,
    roles: ['member'],
    audit: '扫码签到',
    body: qrCheckinBody,
    labels,
    handler: ({ actor, body }) => checkInWithToken(ctx, actor, body),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings/member-code',
    summary: '本人的委员码（当日有效，供工作人员扫码签到）',
    tags,
    roles: ['member'],
    handler: async ({ actor }) => {
      if (actor.memberId === null) throw forbidden('账号未关联委员');
      return memberCode(ctx.cipher, actor.memberId, now());
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/meetings/sittings/:sittingId/member-code',
    summary: '扫委员码签到（工作人员在会场入口扫描或录入委员码）',
    tags,
    roles: ['staff'],
    staffDuty: MEETING_DUTIES,
    audit: '委员码签到',
    params: sittingIdParams,
    body: memberCodeBody,
    labels,
    handler: ({ actor, params, body }) => checkInWithMemberCode(ctx, actor, params.sittingId, body.code),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/meetings/sittings/:sittingId/roll-call',
    summary: '点名签到（批量；可标记迟到）',
    tags,
    roles: ['staff'],
    staffDuty: MEETING_DUTIES,
    audit: '点名签到',
    params: sittingIdParams,
    body: rollCallBody,
    labels,
    handler: ({ db, actor, params, body }) => rollCall(db, actor, params.sittingId, body),
  });
}

/** Checked-in times of a meeting's attendees, keyed `sittingId:memberId`, for the sign-in sheet. */
async function checkinTimes(ctx: AppContext, sittingIds: number[]) {
  const rows = await ctx.handle.db
    .select({ s: meetingCheckins.sittingId, m: meetingCheckins.memberId, at: meetingCheckins.checkedInAt })
    .from(meetingCheckins)
    .where(inArray(meetingCheckins.sittingId, sittingIds.concat(-1)));
  return new Map(rows.map((r) => [`${r.s}:${r.m}`, r.at]));
}

/** The attendees with their states (paged), the sign-in sheet, the attendance list, flags and per member. */
export async function attendanceRoutes(app: FastifyInstance, ctx: AppContext) {
  checkinRoutes(app, ctx);
  const viewers = ['staff', 'leader'] as const;
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings/:id/invitees',
    summary: '应到委员及其回复、请假与出席情况（可按回复、出席情况、姓名筛选）',
    tags,
    roles: viewers,
    params: meetingIdParams,
    query: inviteeQuery,
    labels,
    handler: async ({ db, actor, params, query }) => {
      const m = await meetingView(db, actor, params.id);
      const a = await meetingAttendance(db, m.id);
      const rows = (await attendeeRows(db, m.id))
        .map((p) => {
          const st = a.members.get(p.memberId);
          return { ...p, state: st?.state ?? 'pending', sittings: Object.fromEntries(st?.sittings ?? []) };
        })
        .filter(
          (p) =>
            (!query.response || p.response === query.response) && (!query.state || p.state === query.state),
        )
        .filter((p) => !query.q || p.name.includes(query.q));
      const start = (query.page - 1) * query.pageSize;
      return {
        items: rows.slice(start, start + query.pageSize),
        total: rows.length,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings/:id/invitees/export',
    summary: '导出出席情况（.xlsx：每位应到委员各场次与全会的出席情况，及统计）',
    tags,
    roles: viewers,
    params: meetingIdParams,
    handler: async ({ db, actor, params, reply }) => {
      const m = await meetingView(db, actor, params.id);
      const { attendanceWorkbook } = await documents();
      const body = await attendanceWorkbook(
        m,
        await attendeeRows(db, m.id),
        await meetingAttendance(db, m.id),
      );
      return sendXlsx(reply, `${m.title}出席情况`, body);
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings/:id/sign-in-sheet.docx',
    summary: '下载签到表（Word，每个场次一页）',
    tags,
    roles: viewers,
    params: meetingIdParams,
    handler: async ({ db, actor, params, reply }) => {
      const m = await meetingView(db, actor, params.id);
      const { signInSheet } = await documents();
      const doc = signInSheet(
        m,
        await attendeeRows(db, m.id),
        await meetingAttendance(db, m.id),
        await checkinTimes(
          ctx,
          m.sittings.map((s) => s.id),
        ),
      );
      return sendDocx(reply, `${m.title}签到表`, doc);
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings/absence-flags',
    summary: '本届无故缺席全体会议达 3 次的委员（需提醒谈话）',
    tags,
    roles: ['staff'],
    query: absenceFlagsQuery,
    handler: ({ db, actor, query }) => plenaryAbsenceFlags(db, actor.committeeId, query.open),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/members/:id/attendance',
    summary: '委员某年度的会议出席情况（按会议类型统计）',
    tags,
    roles: ['staff', 'leader', 'member'],
    params: idParam,
    query: attendanceQuery,
    labels,
    handler: async ({ db, actor, params, query }) => {
      if (!mayReadDutyRecord(actor, params.id)) throw notFound('委员');
      await readableMember(db, actor, params.id);
      return memberYearAttendance(db, params.id, query.year);
    },
  });
}
