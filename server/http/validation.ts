import { z } from 'zod';
import { FIELD_LABELS } from '../../domain/field-labels';
import { isCalendarDate } from '../../domain/members';
import { badRequest } from '../errors';
import { unsafeTextPath } from './text-safety';

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
  // Before the schema: no text anywhere in the input may hold NUL or half a surrogate pair, which
  // PostgreSQL cannot store (a 500 deep in a command) and no form can type.
  const unsafe = unsafeTextPath(data);
  if (unsafe) throw fieldProblem(unsafe, '不能包含空字符或无效的 Unicode 字符', where, labels);
  // No body at all is an empty object; a JSON null is not an object (须为对象).
  const result = schema.safeParse(data === undefined ? {} : data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw fieldProblem(issue.path, issue.message, where, labels);
}

/** A 400 naming the field at `path` in Chinese ('第 2 项 单位：…' inside a list). */
function fieldProblem(
  path: readonly PropertyKey[],
  message: string,
  where: string,
  labels?: Record<string, string>,
) {
  const key = path.filter((p) => typeof p === 'string').at(-1) as string | undefined;
  const label = key ? (labels?.[key] ?? FIELD_LABELS[key] ?? key) : where;
  const rowIndex = path.find((p) => typeof p === 'number');
  const prefix = rowIndex === undefined ? '' : `第 ${Number(rowIndex) + 1} 项 `;
  return badRequest(`${prefix}${label}：${message}`, path.map(String).join('.') || undefined);
}

/** Trimmed non-empty text with a length cap, the usual shape of a name. */
export const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过 ${max} 个字`)
    .nullish()
    .transform((v) => (v ? v : null));
/** A real calendar day as 'YYYY-MM-DD': the pattern alone lets 2026-02-30 and 9999-99-99 through to the database. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isCalendarDate, '不是有效的日期');

/** The largest value of a PostgreSQL `integer`: every id, version and counter the database keeps. */
export const INT4_MAX = 2_147_483_647;
const OUT_OF_RANGE = `不能大于 ${INT4_MAX}`;

/**
 * An id (or a version) in a JSON body: a missing one reads 不能为空, not a type error, and one above
 * 2147483647 is a 400 here, not an overflow in PostgreSQL.
 */
export const jsonId = z
  .number({ error: (issue) => (issue.input === undefined ? '不能为空' : '须为数字') })
  .int('须为整数')
  .positive('须为正整数')
  .max(INT4_MAX, OUT_OF_RANGE);

/**
 * An id in the path or query string, parsed strictly: decimal digits only, so ' 1', '0x10', '1e3',
 * '+1' and '1.0' are 400s (Number() would read them as 1, 16, 1000 …), and in the `integer` range.
 */
export const textId = z
  .string({ error: (issue) => (issue.input === undefined ? '不能为空' : '须为正整数') })
  .regex(/^[0-9]+$/, '须为正整数')
  .transform(Number)
  .refine((n) => n >= 1, '须为正整数')
  .refine((n) => n <= INT4_MAX, OUT_OF_RANGE);

/** A whole number in the query string, parsed as strictly as textId, within [min, max]. */
export const textInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, '须为整数')
    .transform(Number)
    .refine((n) => n >= min, `不能小于 ${min}`)
    .refine((n) => n <= max, `不能大于 ${max}`);

export const idParam = z.object({ id: textId });

/** Paging shared by every list: page ≥ 1, pageSize 1–100. */
export const pageQuery = z.object({
  page: textInt(1, 100_000).default(1),
  pageSize: textInt(1, 100).default(20),
});
