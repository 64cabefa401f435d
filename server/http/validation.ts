import { z } from 'zod';
import { FIELD_LABELS } from '../../domain/field-labels';
import { badRequest } from '../errors';

z.config(z.locales.zhCN());

/**
 * Parses input with zod; the first problem becomes a 400 that names the field in Chinese.
 * `labels` overrides FIELD_LABELS where one key means different things (a proposal's title is 案由).
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  data: unknown,
  where = '请求',
  labels?: Record<string, string>,
): z.infer<T> {
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = issue.path.filter((p) => typeof p === 'string').at(-1) as string | undefined;
  const label = key ? (labels?.[key] ?? FIELD_LABELS[key] ?? key) : where;
  const rowIndex = issue.path.find((p) => typeof p === 'number');
  const prefix = rowIndex === undefined ? '' : `第 ${Number(rowIndex) + 1} 项 `;
  throw badRequest(`${prefix}${label}：${issue.message}`, issue.path.join('.') || undefined);
}

/** Paging shared by every list: page ≥ 1, pageSize 1–100. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Trimmed non-empty text with a length cap, the usual shape of a name. */
export const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过 ${max} 个字`)
    .nullish()
    .transform((v) => (v ? v : null));
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const idParam = z.object({ id: z.coerce.number().int().positive() });
