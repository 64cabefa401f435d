import { z } from 'zod';
import {
  PUBLIC_TOPIC_MINIMUMS,
  TOPIC_LIMITS,
  TOPIC_SOURCES,
  TOPIC_STATUSES,
} from '../../../domain/consultation-plan';
import { CONSULTATION_FORMS } from '../../../domain/consultations';
import { isoDate, jsonId, optionalText, pageQuery, text, textId, textInt } from '../../http/validation';

/** Field names as the forms show them (FIELD_LABELS says 职务 for title, 说明 for description). */
export const PLAN_LABELS: Record<string, string> = {
  title: '标题',
  description: '内容',
  onBehalfOf: '提出单位',
  name: '姓名',
  contact: '联系方式',
  committeeId: '委员会',
  year: '年度',
  frequencyNote: '频次要求',
  targets: '频次目标',
  form: '协商形式',
  minimum: '最少次数',
  entries: '计划议题',
  topicId: '议题',
  leadMemberId: '牵头政协领导',
  organiser: '承办部门',
  plannedMonth: '计划月份',
  unitIds: '参与单位',
  reviewMeeting: '主席会议',
  documentNumber: '批准文号',
  approvedOn: '批准日期',
  word: '敏感词',
  note: '说明',
  expectedVersion: '版本',
};

const topicFields = {
  title: text(TOPIC_LIMITS.title),
  description: text(TOPIC_LIMITS.description),
};

/**
 * A signed-in proposer's topic: the source follows from the account (委员 → 群众出题 …). Staff may
 * enter one a body gave them (a 民主党派, 工商联, 界别 …: 政协集题), naming it.
 */
export const topicBody = z.object({ ...topicFields, onBehalfOf: optionalText(60) });
export type TopicInput = z.infer<typeof topicBody>;

// A minimum the API description states (minLength), so generated valid bodies meet it too.
const between = (min: number, max: number) => text(max).min(min, `至少 ${min} 个字`);

/**
 * The public form: no account, the name and a contact optional. A contact, if given, is a phone
 * number or an e-mail address the office can answer on.
 */
export const publicTopicBody = z.object({
  committeeId: jsonId,
  title: between(PUBLIC_TOPIC_MINIMUMS.title, TOPIC_LIMITS.title),
  description: between(PUBLIC_TOPIC_MINIMUMS.description, TOPIC_LIMITS.description),
  name: optionalText(TOPIC_LIMITS.name),
  contact: optionalText(TOPIC_LIMITS.contact).refine(
    (v) => v === null || /\d{5,}|@/.test(v),
    '须为电话号码或电子邮箱',
  ),
});
export type PublicTopicInput = z.infer<typeof publicTopicBody>;

export const topicFilters = z.object({
  view: z.enum(['all', 'mine']).default('all'),
  status: z.enum(TOPIC_STATUSES).optional(),
  source: z.enum(TOPIC_SOURCES).optional(),
  /** Held for a sensitive word. */
  flagged: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Approved and in no plan of the year yet: what the plan editor offers. */
  available: textInt(2000, 2100).optional(),
  /** In the caller's own committee's plan of that year: what a consultation activity may take up. */
  planned: textInt(2000, 2100).optional(),
  q: z.string().trim().max(100).optional(),
});
export type TopicFilters = z.infer<typeof topicFilters>;
export const topicQuery = pageQuery.extend(topicFilters.shape);

export const idParams = z.object({ id: textId });
export const stepBody = z.object({ expectedVersion: jsonId, note: optionalText(500) });
export const rejectBody = z.object({ expectedVersion: jsonId, note: text(500) });

const target = z.object({ form: z.enum(CONSULTATION_FORMS), minimum: z.number().int().min(1).max(1000) });
const entry = z.object({
  topicId: jsonId,
  title: optionalText(100),
  form: z.enum(CONSULTATION_FORMS),
  leadMemberId: jsonId.nullable(),
  organiser: text(50),
  plannedMonth: z.number().int('须为整数').min(1, '须在 1–12 之间').max(12, '须在 1–12 之间'),
  unitIds: z.array(jsonId).max(30).default([]),
});
export type EntryInput = z.infer<typeof entry>;

export const planBody = z.object({
  year: z.number().int('须为整数').min(2000, '须在 2000–2100 之间').max(2100, '须在 2000–2100 之间'),
  frequencyNote: optionalText(200),
  targets: z.array(target).max(20).default([]),
});
export type PlanInput = z.infer<typeof planBody>;

export const editPlanBody = z.object({
  expectedVersion: jsonId,
  frequencyNote: optionalText(200),
  targets: z.array(target).max(20),
  entries: z.array(entry).max(100),
});
export type EditPlanInput = z.infer<typeof editPlanBody>;

export const reviewBody = stepBody.extend({ reviewMeeting: text(100) });
export const approveBody = stepBody.extend({
  documentNumber: text(50),
  approvedOn: isoDate,
});

export const planQuery = pageQuery.extend({ year: textInt(2000, 2100).optional() });
export const wordBody = z.object({ word: text(20) });
export const publicPlanQuery = z.object({ committeeId: textId.optional() });
