import { z } from 'zod';
import { FEEDBACK_STATES, INSTRUCTION_LEVELS, INSTRUCTION_STATUSES } from '../../../domain/instructions';
import { isoDate, jsonId, optionalText, pageQuery, text, textId } from '../../http/validation';
import { INSTRUCTION_SUBJECT_TYPES } from '../instruction-subjects';

export const INSTRUCTION_LABELS: Record<string, string> = {
  subjectType: '批示的文件类别',
  subjectId: '批示的文件',
  leaderId: '批示领导',
  leaderName: '批示领导姓名',
  level: '领导层级',
  principal: '是否党政主要领导',
  text: '批示内容',
  instructedOn: '批示日期',
  dueOn: '反馈期限',
  unitIds: '落实单位',
  unitId: '落实单位',
  feedback: '落实情况',
  note: '退回说明',
  overdue: '逾期',
  state: '反馈状态',
};

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const instructionBody = z.object({
  subjectType: z.enum(INSTRUCTION_SUBJECT_TYPES, { error: '不是可批示的文件类别' }),
  subjectId: jsonId,
  /** Staff recording a paper 批示: a leader of the committee, or a name and level from outside. */
  leaderId: jsonId.optional(),
  leaderName: optionalText(30),
  /** A leader from outside only: one of the committee's is described by the catalogue. */
  level: z.enum(INSTRUCTION_LEVELS, { error: '须为全国、省级、市级或县（区）级' }).optional(),
  principal: z.boolean({ error: '须为是或否' }).default(false),
  text: text(2000),
  instructedOn: isoDate,
  dueOn: isoDate,
  unitIds: z.array(jsonId).min(1, '请选择落实单位').max(50, '不能超过 50 项'),
});
export type InstructionInput = z.infer<typeof instructionBody>;

export const fileParams = z.object({ id: textId, attachmentId: textId });
export const idParams = z.object({ id: textId });
export const stepBody = z.object({ expectedVersion: jsonId.optional(), note: optionalText(500) });
export const feedbackBody = z.object({ feedback: text(5000), expectedVersion: jsonId.optional() });
export const unitStepBody = z.object({
  unitId: jsonId,
  note: optionalText(500),
  expectedVersion: jsonId.optional(),
});

export const instructionFilters = z.object({
  status: z.enum(INSTRUCTION_STATUSES).optional(),
  level: z.enum(INSTRUCTION_LEVELS).optional(),
  subjectType: z.enum(INSTRUCTION_SUBJECT_TYPES).optional(),
  subjectId: textId.optional(),
  leaderId: textId.optional(),
  unitId: textId.optional(),
  /** A unit's own part in this state (待反馈: pending or returned). */
  state: z.enum(FEEDBACK_STATES).optional(),
  principal: flag,
  /** Past the due date with feedback still owed. */
  overdue: flag,
});
export type InstructionFilters = z.infer<typeof instructionFilters>;
export const instructionQuery = pageQuery.extend(instructionFilters.shape);

/** One document: GET /api/instructions/on. */
export const documentQuery = z.object({
  subjectType: z.enum(INSTRUCTION_SUBJECT_TYPES, { error: '不是可批示的文件类别' }),
  subjectId: textId,
});
