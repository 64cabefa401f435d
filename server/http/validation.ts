import { z } from 'zod';
import { FIELD_LABELS } from '../../domain/field-labels';
import { badRequest } from '../errors';

z.config(z.locales.zhCN());

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文本',
  boolean: '是或否',
  array: '列表',
  object: '对象',
  date: '日期',
};

/**
 * Plain Chinese for the commonest mistakes, where zod's locale says "无效输入：期望 string，实际接收
 * undefined": a missing field is 不能为空, a wrong type names the expected one (须为数字). Messages a
 * schema sets itself still win.
 */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_value' && issue.values.length > 0)
      return `须为以下之一：${issue.values.map(String).join('、')}`;
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined || issue.input === null) return '不能为空';
    const name = TYPE_NAMES[issue.expected];
    return name ? `须为${name}` : undefined;
  },
});

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
