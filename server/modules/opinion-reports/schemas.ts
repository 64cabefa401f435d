import { z } from 'zod';
import {
  BODY_KINDS,
  OPINION_MAX_CHARS_RANGE,
  OPINION_REPORT_STATUSES,
  REPORTER_KINDS,
  URGENCIES,
} from '../../../domain/opinion-reports';
import { jsonId, optionalText, pageQuery, text, textId } from '../../http/validation';

/** Field names of the report forms. */
export const OPINION_LABELS: Record<string, string> = {
  title: '标题',
  situation: '情况',
  analysis: '分析',
  recommendation: '建议',
  urgency: '紧急程度',
  reason: '不采用理由',
  itemId: '并入的信息',
  body: '正文',
  maxChars: '字数上限',
  memberId: '报送人',
  status: '状态',
  year: '年度',
  text: '检索内容',
  excludeId: '排除的信息',
  bodyKind: '报送单位类别',
  bodyName: '报送单位',
  sectorId: '界别',
  liaisonGroupId: '委员联络组',
  reporterKind: '报送人类别',
  fromCommitteeId: '报送的下级政协',
};

/** Each part may be long on its own; the committee's limit on the three together is checked after. */
const part = z.string().max(20_000, '内容过长').default('');

export const reportBody = z.object({
  title: text(60),
  situation: part,
  analysis: part,
  recommendation: part,
  urgency: z.enum(URGENCIES, { error: '须为一般或紧急' }).default('normal'),
});
export type ReportInput = z.infer<typeof reportBody>;

/** 代为报送: the body's kind and name, its sector or liaison group from the catalogue. */
export const bodyReportBody = reportBody.extend({
  bodyKind: z.enum(BODY_KINDS, { error: '须为民主党派、人民团体、界别或委员联络组' }),
  bodyName: text(60),
  sectorId: jsonId.optional(),
  liaisonGroupId: jsonId.optional(),
});

export const idParams = z.object({ id: textId });
export const fileParams = z.object({ id: textId, attachmentId: textId });

export const stepBody = z.object({ expectedVersion: jsonId.optional(), note: optionalText(500) });
export const editReportBody = reportBody.extend({ expectedVersion: jsonId.optional() });
export const rejectBody = stepBody.extend({ reason: text(500) });
/** 采用: into a new item, or merged into an item of the same matter still being edited. */
export const adoptBody = stepBody.extend({ itemId: jsonId.optional() });
export const editItemBody = z.object({
  title: text(60),
  body: text(20_000),
  expectedVersion: jsonId.optional(),
});
export const settingsBody = z.object({
  maxChars: z
    .number({ error: '须为数字' })
    .int('须为整数')
    .min(OPINION_MAX_CHARS_RANGE.min, `不能少于 ${OPINION_MAX_CHARS_RANGE.min}`)
    .max(OPINION_MAX_CHARS_RANGE.max, `不能超过 ${OPINION_MAX_CHARS_RANGE.max}`),
});

export const reportFilters = z.object({
  status: z.enum(OPINION_REPORT_STATUSES).optional(),
  reporterKind: z.enum(REPORTER_KINDS).optional(),
  /** Reports a lower committee sent up (纵向联通: the parent's inbox by lower committee). */
  fromCommitteeId: textId.optional(),
  /** Only the caller's own committee's reports (the inbox), not the lower committees' own. */
  own: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  urgency: z.enum(URGENCIES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  memberId: textId.optional(),
  q: z.string().trim().max(100).optional(),
});
export type ReportFilters = z.infer<typeof reportFilters>;
export const reportQuery = pageQuery.extend(reportFilters.shape);

export const similarQuery = z.object({
  text: z.string().trim().min(1, '不能为空').max(20_000, '内容过长'),
  excludeId: textId.optional(),
});
