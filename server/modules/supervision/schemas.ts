import { z } from 'zod';
import { APPOINTMENT_ROLES, INSPECTION_KINDS, SUPERVISION_KINDS } from '../../../domain/supervision';
import { isoDate, jsonId, optionalText, pageQuery, text, textId, textInt } from '../../http/validation';

/** Field names of the supervision and inspection forms. */
export const SUPERVISION_LABELS: Record<string, string> = {
  kind: '类别',
  name: '小组名称',
  topic: '监督（视察调研）主题',
  unitId: '监督部门',
  leaderMemberId: '组长',
  memberIds: '成员',
  startsOn: '开始日期',
  endsOn: '结束日期',
  visitedOn: '日期',
  place: '地点',
  findings: '发现的问题',
  notes: '情况记录',
  planTopicId: '年度计划议题',
  consultationId: '所准备的协商活动',
  plan: '工作方案',
  title: '报告标题',
  body: '报告正文',
  sentTo: '报送领导',
  sentOn: '报送日期',
  memberId: '委员',
  role: '聘任类别',
  year: '年度',
  visitId: '活动记录',
  attachmentId: '附件',
};

const memberIds = z.array(jsonId).min(1, '至少选择 1 名委员').max(200, '不能超过 200 项');

export const groupBody = z.object({
  kind: z.enum(SUPERVISION_KINDS, { error: '须为民主监督小组或专项民主监督' }),
  name: text(100),
  topic: text(200),
  unitId: jsonId,
  leaderMemberId: jsonId.nullish().transform((v) => v ?? null),
  memberIds,
  startsOn: isoDate,
  endsOn: isoDate,
});
export type GroupInput = z.infer<typeof groupBody>;

export const supervisionVisitBody = z.object({
  visitedOn: isoDate,
  place: text(200),
  memberIds,
  findings: text(5000),
});
export type SupervisionVisitInput = z.infer<typeof supervisionVisitBody>;

export const inspectionBody = z.object({
  kind: z.enum(INSPECTION_KINDS, { error: '须为视察或调研' }),
  topic: text(200),
  planTopicId: jsonId.nullish().transform((v) => v ?? null),
  /** The consultation activity of the same committee this inspection prepares (专题协商会 …). */
  consultationId: jsonId.nullish().transform((v) => v ?? null),
  plan: optionalText(5000).transform((v) => v ?? ''),
  memberIds,
  startsOn: isoDate,
});
export type InspectionInput = z.infer<typeof inspectionBody>;

/** 关联协商活动: link an inspection to the activity it prepares, or (null) unlink it. */
export const preparesBody = z.object({ consultationId: jsonId.nullable() });
export type PreparesInput = z.infer<typeof preparesBody>;

export const inspectionVisitBody = z.object({
  visitedOn: isoDate,
  place: text(200),
  memberIds,
  notes: optionalText(5000).transform((v) => v ?? ''),
});
export type InspectionVisitInput = z.infer<typeof inspectionVisitBody>;

export const reportBody = z.object({
  title: text(200),
  body: text(50_000),
  sentTo: optionalText(200),
  sentOn: isoDate.nullish().transform((v) => v ?? null),
});
export type ReportInput = z.infer<typeof reportBody>;

export const appointmentBody = z.object({
  memberId: jsonId,
  role: z.enum(APPOINTMENT_ROLES, { error: '须为特约监督员或听证员' }),
  body: text(100),
  startsOn: isoDate,
  endsOn: isoDate.nullish().transform((v) => v ?? null),
});
export type AppointmentInput = z.infer<typeof appointmentBody>;

const year = textInt(2000, 2100);
export const groupFilters = z.object({
  year: year.optional(),
  kind: z.enum(SUPERVISION_KINDS, { error: '须为民主监督小组或专项民主监督' }).optional(),
  q: z.string().trim().max(100).optional(),
});
export type GroupFilters = z.infer<typeof groupFilters>;
export const groupQuery = pageQuery.extend(groupFilters.shape);
export type GroupQuery = z.infer<typeof groupQuery>;
export const inspectionFilters = z.object({
  year: year.optional(),
  kind: z.enum(INSPECTION_KINDS, { error: '须为视察或调研' }).optional(),
  q: z.string().trim().max(100).optional(),
});
export type InspectionFilters = z.infer<typeof inspectionFilters>;
export const inspectionQuery = pageQuery.extend(inspectionFilters.shape);
export type InspectionQuery = z.infer<typeof inspectionQuery>;
export const appointmentQuery = z.object({ memberId: textId.optional() });
export const idParams = z.object({ id: textId });
export const visitParams = idParams.extend({ visitId: textId });
export const visitFileParams = visitParams.extend({ attachmentId: textId });
