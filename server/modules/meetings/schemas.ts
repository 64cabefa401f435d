import { z } from 'zod';
import {
  LEAVE_CATEGORIES,
  LEAVE_STATUSES,
  MEETING_KINDS,
  MEETING_STATUSES,
  ORGANISER_KINDS,
} from '../../../domain/meetings';
import { POSITIONS } from '../../../domain/members';
import { isoDate, jsonId, optionalText, pageQuery, text, textId } from '../../http/validation';

/** Field names of the meeting forms, where FIELD_LABELS means something else for a key. */
export const MEETING_LABELS: Record<string, string> = {
  kind: '会议类型',
  title: '会议名称',
  organiserKind: '组织方类型',
  organiserId: '组织方',
  sessionId: '届次会议',
  place: '地点',
  agendaHtml: '议程',
  replyBy: '回复截止日期',
  sittings: '场次',
  name: '场次名称',
  startsAt: '开始时间',
  endsAt: '结束时间',
  invite: '参会范围',
  allMembers: '全体委员',
  positions: '职务',
  sectorIds: '界别',
  specialCommitteeIds: '专门委员会',
  liaisonGroupIds: '委员联络组',
  activityGroupIds: '委员活动组',
  memberIds: '指定委员',
  leaderIds: '列席领导',
  unitIds: '列席单位',
  category: '请假类别',
  reason: '请假事由',
  sittingIds: '请假场次',
  sittingId: '场次',
  memberId: '委员',
  approve: '审批意见',
  note: '审批说明',
  token: '签到码',
  code: '委员码',
  late: '是否迟到',
  year: '年度',
  from: '开始日期',
  to: '结束日期',
  response: '回复情况',
  state: '出席情况',
};

const id = jsonId;
const idText = textId;
const ids = (max: number) => z.array(id).max(max, `不能超过 ${max} 项`).default([]);
const dateTime = z.iso.datetime({ offset: true, error: '时间格式应为 ISO 8601（含时区）' });
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const meetingIdParams = z.object({ id: idText });
export const sittingIdParams = z.object({ sittingId: idText });
export const materialParams = z.object({ id: idText, attachmentId: idText });

/** Who is invited: the union of every criterion, plus 列席 leaders and units. */
export const inviteRule = z.object({
  allMembers: z.boolean().default(false),
  positions: z.array(z.enum(POSITIONS)).default([]),
  sectorIds: ids(200),
  specialCommitteeIds: ids(100),
  liaisonGroupIds: ids(200),
  activityGroupIds: ids(200),
  memberIds: ids(3000),
  leaderIds: ids(200),
  unitIds: ids(300),
});
export type InviteRule = z.infer<typeof inviteRule>;

const sitting = z.object({
  name: text(30),
  startsAt: dateTime,
  endsAt: dateTime,
  place: optionalText(100),
});

export const meetingBody = z.object({
  kind: z.enum(MEETING_KINDS),
  title: text(100),
  organiserKind: z.enum(ORGANISER_KINDS),
  organiserId: id,
  sessionId: id.nullish().transform((v) => v ?? null),
  place: text(100),
  agendaHtml: z.string().max(20_000, '内容过长').default(''),
  replyBy: isoDate,
  sittings: z.array(sitting).min(1, '至少一个场次').max(20, '不能超过 20 个场次'),
  invite: inviteRule,
});
export type MeetingInput = z.infer<typeof meetingBody>;

export const stepBody = z.object({ expectedVersion: id.optional(), note: optionalText(500) });
export const editMeetingBody = meetingBody.extend({ expectedVersion: id.optional() });

export const meetingFilters = z.object({
  /** `mine`: the meetings the caller is invited to. */
  view: z.enum(['all', 'mine']).default('all'),
  kind: z.enum(MEETING_KINDS).optional(),
  status: z.enum(MEETING_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Not yet ended (upcoming or under way). */
  upcoming: flag,
  /** A member's invitation still waiting for an answer (neither confirmed nor on leave). */
  awaitingReply: flag,
  q: z.string().trim().max(100).optional(),
});
export type MeetingFilters = z.infer<typeof meetingFilters>;
export const meetingQuery = pageQuery.extend(meetingFilters.shape);

export const inviteeFilters = z.object({
  response: z.enum(['pending', 'confirmed']).optional(),
  state: z.enum(['present', 'late', 'leave', 'absent', 'pending']).optional(),
  q: z.string().trim().max(50).optional(),
});
export const inviteeQuery = pageQuery.extend(inviteeFilters.shape);

/** A leave request: multipart text fields (with an optional evidence file), so ids arrive as text. */
export const leaveFields = z.object({
  category: z.enum(LEAVE_CATEGORIES),
  reason: text(500),
  /** Comma-separated sitting ids; empty or absent means the whole meeting. */
  sittingIds: z
    .string()
    .regex(/^(\d{1,9})(,\d{1,9})*$/, '须为以逗号分隔的场次编号')
    .optional()
    .transform((s) => (s ? s.split(',').map(Number) : [])),
  /** Staff entering a leave a member phoned in. */
  memberId: textId.optional(),
});
export type LeaveFields = z.infer<typeof leaveFields>;

export const leaveDecisionBody = stepBody.extend({
  approve: z.boolean({ error: (i) => (i.input === undefined ? '不能为空' : '须为是或否') }),
});

export const leaveFilters = z.object({
  status: z.enum(LEAVE_STATUSES).optional(),
  meetingId: idText.optional(),
  category: z.enum(LEAVE_CATEGORIES).optional(),
  late: flag,
});
export type LeaveFilters = z.infer<typeof leaveFilters>;
export const leaveQuery = pageQuery.extend(leaveFilters.shape);

export const qrCheckinBody = z.object({ sittingId: id, token: text(100) });
export const memberCodeBody = z.object({ code: text(100) });
export const rollCallBody = z.object({
  memberIds: z.array(id).min(1, '请选择委员').max(3000),
  late: z.boolean().default(false),
});

export const attendanceQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
/** 缺席预警: `open` keeps the members no consequence has been recorded for since their last absence. */
export const absenceFlagsQuery = z.object({ open: flag });
export const dateRange = z.object({ from: isoDate.optional(), to: isoDate.optional() });
