import { z } from 'zod';
import {
  ASSIGNMENT_MODES,
  ASSIGNMENT_STATES,
  CONTACT_METHODS,
  IMPLEMENTATION_MARKS,
  KEY_STAGES,
  PROPOSAL_STATUSES,
  SATISFACTION_LEVELS,
  SUPERVISION_KINDS,
} from '../../../domain/proposals';
import { isoDate, jsonId, optionalText, pageQuery, text, textId, textInt } from '../../http/validation';
import { stepBody } from './schemas';

/** Field names of steps 4–8 as the forms show them (FIELD_LABELS means other things for some keys). */
export const HANDLING_LABELS: Record<string, string> = {
  contactedOn: '联系日期',
  method: '联系方式',
  unitContactName: '承办单位联系人',
  summary: '内容',
  memberId: '联系的提案者',
  body: '内容',
  requestedDueDate: '延期至',
  reason: '理由',
  assignmentId: '交办记录',
  approve: '审批意见',
  unitId: '承办单位',
  bodyHtml: '答复正文',
  category: '答复类别',
  signedBy: '签发人',
  publishable: '是否可公开',
  publicBodyHtml: '公开版本',
  publish: '是否公开',
  replyId: '答复',
  overall: '总体评价',
  attitude: '办理态度',
  contact: '沟通联系',
  result: '办理结果',
  comment: '意见建议',
  mark: '落实情况',
  basis: '理由',
  leaderId: '领衔督办领导',
  chairId: '领衔督办（本会主席、副主席）',
  kind: '督办方式',
  heldOn: '督办日期',
  place: '地点',
  participants: '参加人员',
  isExcellent: '优秀提案',
  year: '年度',
  title: '称号',
  overdue: '逾期',
  pending: '待办',
  stage: '阶段',
  led: '我领衔督办的',
  accepted: '已签收',
  dueBy: '到期日',
  file: '答复函文件',
};

const id = jsonId;
const idText = textId;
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));
const yes = (label: string) =>
  z.boolean({ error: (i) => (i.input === undefined ? '不能为空' : `须为 true 或 false（${label}）`) });
const richText = (max: number) => z.string().trim().min(1, '不能为空').max(max, '内容过长');

export const replyParams = z.object({ id: idText, replyId: idText });

// 4. Handling
export const contactBody = stepBody.extend({
  contactedOn: isoDate,
  method: z.enum(CONTACT_METHODS),
  unitContactName: text(50),
  summary: text(2000),
  memberId: id.optional(),
});
export const opinionBody = stepBody.extend({ body: text(5000) });
export const extensionRequestBody = stepBody.extend({ requestedDueDate: isoDate, reason: text(500) });
export const extensionDecisionBody = stepBody.extend({ assignmentId: id, approve: yes('是否批准') });
export const urgeBody = stepBody.extend({ unitId: id.optional() });

// 5. Reply: multipart text fields, so numbers and flags arrive as text.
export const replyFields = z.object({
  expectedVersion: textId.optional(),
  expectedStatus: z.enum(PROPOSAL_STATUSES).optional(),
  bodyHtml: richText(100_000),
  category: text(10),
  signedBy: optionalText(50),
  publishable: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  publicBodyHtml: z.string().trim().max(100_000, '内容过长').optional(),
});
export type ReplyFields = z.infer<typeof replyFields>;
export const publicationBody = stepBody.extend({
  publish: yes('是否公开'),
  publicBodyHtml: richText(100_000).optional(),
});

// 6. Rating, 7. Implementation
const level = z.enum(SATISFACTION_LEVELS);
export const ratingBody = stepBody.extend({
  replyId: id,
  overall: level,
  attitude: level,
  contact: level,
  result: level,
  comment: optionalText(1000),
});
export type RatingInput = z.infer<typeof ratingBody>;
export const implementationBody = stepBody.extend({ body: text(5000) });
export const implementationMarkBody = stepBody.extend({ mark: z.enum(IMPLEMENTATION_MARKS) });

// 8. Key proposals and year-end marks
export const shortlistBody = stepBody.extend({ basis: optionalText(500) });
/** 领衔督办: a 党政领导 (leaderId) or the committee's own 主席/副主席 (chairId, a member), exactly one. */
export const selectKeyBody = stepBody
  .extend({ leaderId: id.optional(), chairId: id.optional(), basis: optionalText(500) })
  .superRefine((v, c) => {
    if ((v.leaderId === undefined) === (v.chairId === undefined)) {
      c.addIssue({ code: 'custom', path: ['leaderId'], message: '请选择一位党政领导或本会主席、副主席' });
    }
  });
export const supervisionBody = stepBody.extend({
  kind: z.enum(SUPERVISION_KINDS),
  heldOn: isoDate,
  place: optionalText(100),
  participants: optionalText(500),
  summary: text(5000),
});
export const excellentBody = stepBody.extend({ isExcellent: yes('是否评为优秀提案') });
export const awardBody = z.object({
  year: z.number().int().min(2000, '年度无效').max(2100, '年度无效'),
  unitId: id,
  title: text(50).default('先进承办单位'),
  note: optionalText(500),
});

// Lists
export const assignmentFilters = z.object({
  overdue: flag,
  pending: flag,
  /** An extension request (申请延期) still awaiting the staff's decision. */
  extensionPending: flag,
  /** Signed for (签收) by the unit; `false` is the unit's 待签收 on a proposal in handling. */
  accepted: flag,
  /** Due on or before this date (即将到期, with `pending`). */
  dueBy: isoDate.optional(),
  mode: z.enum(ASSIGNMENT_MODES).optional(),
  state: z.enum(ASSIGNMENT_STATES).default('active'),
  unitId: idText.optional(),
  sessionId: idText.optional(),
  isKey: flag,
  q: z.string().trim().max(100).optional(),
});
export type AssignmentFilters = z.infer<typeof assignmentFilters>;
export const assignmentQuery = pageQuery.extend(assignmentFilters.shape);

export const keyFilters = z.object({
  year: textInt(2000, 2100).optional(),
  stage: z.enum(KEY_STAGES).optional(),
  led: flag,
});
export type KeyFilters = z.infer<typeof keyFilters>;
export const keyQuery = pageQuery.extend(keyFilters.shape);
export const awardFilters = z.object({ year: textInt(2000, 2100).optional() });
export type AwardFilters = z.infer<typeof awardFilters>;
export const awardQuery = pageQuery.extend(awardFilters.shape);
