import { z } from 'zod';
import { WORK_REPORT_KINDS } from '../../../domain/work-reports';
import { textId, textInt } from '../../http/validation';

export const kindParams = z.object({ kind: z.enum(WORK_REPORT_KINDS) });
export const versionParams = z.object({ kind: z.enum(WORK_REPORT_KINDS), versionId: textId });

/** A year (年度综述, 提案工作报告) or a term (届内报告); the committee is the caller's own or one below. */
export const reportQuery = z.object({
  year: textInt(1949, 2100).optional(),
  termId: textId.optional(),
  committeeId: textId.optional(),
});

/** Whose templates: the caller's committee, or one below it (a higher office reads a district's). */
export const committeeQuery = z.object({ committeeId: textId.optional() });

export const WORK_REPORT_FIELD_LABELS = { kind: '文件类型', versionId: '模板版本', committeeId: '委员会' };
