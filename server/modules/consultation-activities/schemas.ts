import { z } from 'zod';
import { ADOPTIONS, SUGGESTION_SOURCES, SUGGESTION_STATUSES } from '../../../domain/consultation-suggestions';
import {
  CONSULTATION_FORMS,
  CONSULTATION_STATUSES,
  GRASSROOTS_KINDS,
  MAX_PARTICIPANT_COMMITTEES,
  OUTPUT_KINDS,
} from '../../../domain/consultations';
import { ORGANISER_KINDS } from '../../../domain/meetings';
import { SUGGESTION_ORIGINS } from '../../../domain/supervision';
import { isoDate, jsonId, optionalText, pageQuery, text, textId, textInt } from '../../http/validation';
import { inviteRule } from '../meetings/schemas';

/** Field names of the consultation forms, where FIELD_LABELS means something else for a key. */
export const CONSULTATION_LABELS: Record<string, string> = {
  form: '协商形式',
  grassrootsKind: '基层协商类型',
  topic: '协商议题',
  planTopicId: '年度计划议题',
  organiserKind: '组织方类型',
  organiserId: '组织方',
  startsAt: '开始时间',
  endsAt: '结束时间',
  place: '地点',
  summary: '活动简介',
  leaderIds: '邀请领导',
  unitIds: '邀请部门',
  invite: '参加委员',
  memberId: '委员',
  speakerName: '发言人',
  title: '标题',
  text: '内容',
  source: '提出人类别',
  proposerName: '提出人',
  unitId: '责任部门',
  dueOn: '反馈期限',
  adoption: '采纳情况',
  feedback: '反馈意见',
  reason: '未采纳理由',
  percent: '落实进度',
  milestone: '进展情况',
  solution: '解决情况',
  solvedOn: '解决日期',
  kind: '成果类别',
  body: '正文',
  sentTo: '报送对象',
  sentOn: '报送日期',
  year: '年度',
  status: '状态',
  overdue: '逾期',
  consultationId: '协商活动',
  committeeIds: '联动委员会',
  memberIds: '参加委员',
  committeeId: '委员会',
  joint: '联动协商',
};

const dateTime = z.iso.datetime({ offset: true, error: '时间格式应为 ISO 8601（含时区）' });
const ids = (max: number) => z.array(jsonId).max(max, `不能超过 ${max} 项`).default([]);
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const idParams = z.object({ id: textId });
export const problemParams = z.object({ id: textId, problemId: textId });
export const outputParams = z.object({ id: textId, outputId: textId });
export const fileParams = z.object({ id: textId, attachmentId: textId });

export const consultationBody = z.object({
  form: z.enum(CONSULTATION_FORMS, { error: '不是可选的协商形式' }),
  grassrootsKind: z
    .enum(GRASSROOTS_KINDS, { error: '须为议事会、院坝协商、板凳协商会或有事好商量' })
    .nullish()
    .transform((v) => v ?? null),
  topic: text(200),
  planTopicId: jsonId.nullish().transform((v) => v ?? null),
  organiserKind: z.enum(ORGANISER_KINDS, { error: '须为机关部门、专门委员会、委员联络组或委员活动组' }),
  organiserId: jsonId,
  startsAt: dateTime,
  endsAt: dateTime,
  place: text(100),
  summary: z.string().trim().max(5000, '不能超过 5000 个字').default(''),
  leaderIds: ids(100),
  unitIds: ids(200),
  /** Members invited through the meetings module (a meeting of the activity is made when given). */
  invite: inviteRule.nullish().transform((v) => v ?? null),
});
export type ConsultationInput = z.infer<typeof consultationBody>;
export const editConsultationBody = consultationBody
  .omit({ invite: true })
  .extend({ expectedVersion: jsonId.optional() });
export type ConsultationEdit = z.infer<typeof editConsultationBody>;

/** 邀请联动委员会: the committees of the organiser's subtree taking part (the list replaces the last). */
export const inviteBody = z.object({
  committeeIds: z.array(jsonId).max(MAX_PARTICIPANT_COMMITTEES, `不能超过 ${MAX_PARTICIPANT_COMMITTEES} 个`),
  expectedVersion: jsonId.optional(),
});
/** 确定本会参加委员: the participating committee's own members. */
export const participantMembersBody = z.object({
  memberIds: z.array(jsonId).max(500, '不能超过 500 名'),
  expectedVersion: jsonId.optional(),
});
export const participantParams = z.object({ id: textId, committeeId: textId });

export const stepBody = z.object({ expectedVersion: jsonId.optional(), note: optionalText(500) });

/** A speech: multipart text fields with an optional file, so ids arrive as text. */
export const speechFields = z.object({
  memberId: textId.optional(),
  speakerName: optionalText(30),
  title: text(200),
  text: text(20_000),
});
export type SpeechFields = z.infer<typeof speechFields>;

export const problemBody = z.object({ text: text(1000), expectedVersion: jsonId.optional() });
export const solveBody = z.object({
  solution: text(2000),
  solvedOn: isoDate,
  expectedVersion: jsonId.optional(),
});
export const outputBody = z.object({
  kind: z.enum(OUTPUT_KINDS, { error: '须为纪要、协商专报或建议案' }),
  title: text(200),
  body: text(50_000),
  expectedVersion: jsonId.optional(),
});
export const sendOutputBody = z.object({
  sentTo: text(200),
  sentOn: isoDate,
  expectedVersion: jsonId.optional(),
});

export const suggestionBody = z.object({
  source: z.enum(SUGGESTION_SOURCES, { error: '须为委员或群众' }),
  memberId: jsonId.nullish().transform((v) => v ?? null),
  proposerName: optionalText(50),
  text: text(2000),
  unitId: jsonId,
  /** By default FEEDBACK_WORKING_DAYS working days after it is sent. */
  dueOn: isoDate.nullish().transform((v) => v ?? null),
  expectedVersion: jsonId.optional(),
});
export type SuggestionInput = z.infer<typeof suggestionBody>;

export const feedbackBody = z.object({
  adoption: z.enum(ADOPTIONS, { error: '须为采纳、部分采纳或未采纳' }),
  feedback: text(5000),
  reason: optionalText(2000),
  expectedVersion: jsonId.optional(),
});
export const progressBody = z.object({
  percent: z.number({ error: '须为数字' }).int('须为整数').min(0, '不能小于 0').max(99, '不能大于 99'),
  milestone: text(1000),
  expectedVersion: jsonId.optional(),
});
export const completeBody = z.object({ milestone: text(1000), expectedVersion: jsonId.optional() });
export const reassignBody = z.object({
  unitId: jsonId,
  dueOn: isoDate.nullish().transform((v) => v ?? null),
  note: optionalText(500),
  expectedVersion: jsonId.optional(),
});

const year = textInt(2000, 2100);

export const consultationFilters = z.object({
  form: z.enum(CONSULTATION_FORMS, { error: '不是可选的协商形式' }).optional(),
  status: z.enum(CONSULTATION_STATUSES, { error: '须为筹备中、已召开或已取消' }).optional(),
  year: year.optional(),
  month: textInt(1, 12).optional(),
  /** Held, past the outputs' due date, and no output sent. */
  outputsOverdue: flag,
  /** 联动协商: activities with invited committees (true) or without (false). */
  joint: flag,
  /** 本会主办: the caller's committee organises it (true), or is invited to it (false). */
  own: flag,
  q: z.string().trim().max(100).optional(),
});
export type ConsultationFilters = z.infer<typeof consultationFilters>;
export const consultationQuery = pageQuery.extend(consultationFilters.shape);

export const suggestionFilters = z.object({
  consultationId: textId.optional(),
  supervisionGroupId: textId.optional(),
  inspectionId: textId.optional(),
  origin: z.enum(SUGGESTION_ORIGINS, { error: '须为协商活动、民主监督或视察调研' }).optional(),
  unitId: textId.optional(),
  status: z.enum(SUGGESTION_STATUSES, { error: '须为待反馈、落实中、未采纳或已办结' }).optional(),
  adoption: z.enum(ADOPTIONS, { error: '须为采纳、部分采纳或未采纳' }).optional(),
  form: z.enum(CONSULTATION_FORMS, { error: '不是可选的协商形式' }).optional(),
  year: year.optional(),
  /** Still without feedback past its due date. */
  overdue: flag,
  q: z.string().trim().max(100).optional(),
});
export type SuggestionFilters = z.infer<typeof suggestionFilters>;
export const suggestionQuery = pageQuery.extend(suggestionFilters.shape);

export const statsQuery = z.object({ year });
export const publicOutcomesQuery = pageQuery.extend({ committeeId: textId.optional() });
