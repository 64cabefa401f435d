import { z } from 'zod';
import { COCKPIT_SCOPES } from '../../../domain/cockpit';
import { WORK_REPORT_KINDS } from '../../../domain/work-reports';
import { textId, textInt } from '../../http/validation';

export const kindParams = z.object({ kind: z.enum(WORK_REPORT_KINDS) });
export const versionParams = z.object({ kind: z.enum(WORK_REPORT_KINDS), versionId: textId });

/**
 * A year (年度综述, 提案工作报告) or a term (届内报告); the committee is the caller's own or one below,
 * its own work (本级, the default) or with its whole subtree (本级及下级, the cockpit's scope).
 */
export const reportQuery = z.object({
  year: textInt(1949, 2100).optional(),
  termId: textId.optional(),
  committeeId: textId.optional(),
  scope: z.enum(COCKPIT_SCOPES, { error: '须为本级或本级及下级' }).default('self'),
});

/** Whose templates: the caller's committee, or one below it (a higher office reads a district's). */
export const committeeQuery = z.object({ committeeId: textId.optional() });

export const WORK_REPORT_FIELD_LABELS = {
  kind: '文件类型',
  versionId: '模板版本',
  committeeId: '委员会',
  scope: '范围',
};
