import { z } from 'zod';
import { ADOPTION_LEVELS, ISSUE_KINDS, ISSUE_STATUSES } from '../../../domain/bulletin-issues';
import { isoDate, jsonId, optionalText, pageQuery, text } from '../../http/validation';

/** Field names of the issue forms. */
export const ISSUE_LABELS: Record<string, string> = {
  kind: '类别',
  itemIds: '编入的信息',
  leaderIds: '报送领导',
  copyTo: '抄送',
  level: '采用层级',
  adoptedOn: '采用日期',
  evidence: '采用依据',
  unread: '未阅',
};

const ids = (max: number) => z.array(jsonId).max(max, `不能超过 ${max} 项`).default([]);
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

const contents = {
  itemIds: ids(100),
  leaderIds: ids(200),
  copyTo: optionalText(200).transform((v) => v ?? ''),
};

export const issueBody = z.object({
  kind: z.enum(ISSUE_KINDS, { error: '须为社情民意或专报' }),
  ...contents,
});
export const editIssueBody = z.object({ ...contents, expectedVersion: jsonId.optional() });

export const adoptionBody = z.object({
  level: z.enum(ADOPTION_LEVELS, { error: '须为全国、省、市或县（区）政协' }),
  adoptedOn: isoDate,
  evidence: text(200),
  expectedVersion: jsonId.optional(),
});

export const issueFilters = z.object({
  kind: z.enum(ISSUE_KINDS).optional(),
  status: z.enum(ISSUE_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** A leader's issues not yet opened. */
  unread: flag,
  /** Only the caller's own committee's issues, not the lower committees' (the to-dos' lists). */
  own: flag,
});
export type IssueFilters = z.infer<typeof issueFilters>;
export const issueQuery = pageQuery.extend(issueFilters.shape);

export const statsQuery = z.object({
  year: z.coerce.number({ error: '须为年份' }).int().min(2000).max(2100),
});
