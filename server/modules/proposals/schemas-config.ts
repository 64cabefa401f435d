import { z } from 'zod';
import { CALENDAR_OVERRIDE_KINDS, RETURN_WINDOW_BOUNDS } from '../../../domain/proposals';
import { isoDate, optionalText, text, textId } from '../../http/validation';

const days = (min: number, max: number) =>
  z
    .number({ error: (i) => (i.input === undefined ? '不能为空' : '须为数字') })
    .int('须为整数')
    .min(min, `不能小于 ${min}`)
    .max(max, `不能大于 ${max}`);

export const catalogueBody = z.object({
  name: text(100),
  sortOrder: z.number().int().min(0).max(9999).optional(),
});
export type CatalogueInput = z.infer<typeof catalogueBody>;
export const catalogueUpdateBody = catalogueBody.partial().extend({ active: z.boolean().optional() });

export const settingsBody = z.object({
  returnWindowDays: days(RETURN_WINDOW_BOUNDS.min, RETURN_WINDOW_BOUNDS.max),
  replyDueWorkingDays: days(5, 130),
  contactDueWorkingDays: days(1, 60),
  maxExtensionWorkingDays: days(0, 130),
  ratingWindowWorkingDays: days(1, 60),
  /** The deadline a 测评不满意 gives the units for their second reply. */
  rehandleDueWorkingDays: days(5, 130),
  publishWithinWorkingDays: days(1, 60),
  remindBeforeWorkingDays: days(0, 30),
  replyCategories: z
    .array(z.object({ code: text(4), label: text(60) }))
    .min(2, '至少两个答复类别')
    .max(6, '最多六个答复类别')
    .refine((l) => new Set(l.map((c) => c.code)).size === l.length, '答复类别代码不能重复'),
});
export type SettingsInput = z.infer<typeof settingsBody>;

export const calendarDayParams = z.object({ day: isoDate });
export const calendarDayBody = z.object({ kind: z.enum(CALENDAR_OVERRIDE_KINDS), note: optionalText(100) });
export type CalendarDayInput = z.infer<typeof calendarDayBody>;

export const configItemParams = z.object({
  list: z.enum(['categories', 'reject-reasons']),
  id: textId,
});
export const configListParams = configItemParams.pick({ list: true });
