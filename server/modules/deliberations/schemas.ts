import { z } from 'zod';
import {
  DELIBERATION_AUDIENCES,
  DELIBERATION_LIMITS,
  POST_KINDS,
  POST_STATUSES,
} from '../../../domain/deliberations';
import { isoDate, jsonId, optionalText, pageQuery, text, textId } from '../../http/validation';

/** Field names as the forms show them. */
export const DELIBERATION_LABELS: Record<string, string> = {
  title: '议题',
  description: '说明',
  audience: '参与范围',
  opensOn: '开始日期',
  closesOn: '截止日期',
  body: '内容',
  kind: '类别',
  parentId: '回复的留言',
  name: '姓名',
  deliberationId: '议题',
  summary: '综述',
  groupIds: '分组',
  postIds: '留言',
  groupId: '分组',
  expectedVersion: '版本',
  note: '说明',
};

const L = DELIBERATION_LIMITS;

export const deliberationBody = z
  .object({
    title: text(L.title),
    description: text(L.description),
    audience: z.enum(DELIBERATION_AUDIENCES, { error: '须为仅委员或委员和社会公众' }),
    opensOn: isoDate,
    closesOn: isoDate,
  })
  .refine((b) => b.closesOn >= b.opensOn, { message: '不能早于开始日期', path: ['closesOn'] });
export type DeliberationInput = z.infer<typeof deliberationBody>;

export const listQuery = pageQuery.extend({
  status: z.enum(['open', 'closed'], { error: '须为征集中或已结束' }).optional(),
  /** Topics with posts waiting in the moderation queue (the organisers' to-do). */
  pending: z
    .enum(['true', 'false'], { error: '须为 true 或 false' })
    .optional()
    .transform((v) => v === 'true'),
});

/** A member's post or reply (a reply's kind is always 评论). */
export const postBody = z.object({
  body: text(L.body),
  kind: z.enum(POST_KINDS, { error: '须为建议或评论' }).default('comment'),
  parentId: jsonId.nullish().transform((v) => v ?? null),
});
export type PostInput = z.infer<typeof postBody>;

/** A resident's post on a public topic: no account, the name optional. */
export const publicPostBody = z.object({
  body: text(L.body),
  kind: z.enum(POST_KINDS, { error: '须为建议或评论' }).default('suggestion'),
  name: optionalText(L.name),
});
export type PublicPostInput = z.infer<typeof publicPostBody>;

export const postQuery = pageQuery.extend({
  /** The moderation queue (organisers): 待审核 first; else what everyone sees. */
  status: z.enum(POST_STATUSES, { error: '须为待审核、已发布、未通过或已采纳' }).optional(),
  groupId: textId.optional(),
});

export const idParams = z.object({ id: textId });
export const postParams = z.object({ id: textId });
export const groupParams = z.object({ id: textId, groupId: textId });
export const stepBody = z.object({ expectedVersion: jsonId, note: optionalText(500) });
export const summaryBody = z.object({
  expectedVersion: jsonId,
  summary: z.string().trim().max(20000, '不能超过 20000 个字'),
});
export const renameBody = z.object({ name: text(L.groupName) });
export const mergeBody = z.object({
  groupIds: z.array(jsonId).min(2, '至少选择两个分组').max(50),
  name: text(L.groupName),
});
export const splitBody = z.object({
  postIds: z.array(jsonId).min(1, '至少选择一条留言').max(500),
  name: text(L.groupName),
});
export const publicQuery = z.object({ committeeId: textId.optional() });
