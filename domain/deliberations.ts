import { defineWorkflow, type TransitionDef } from './workflow';

/**
 * 网络议政 / 网上议政厅 (deliberation, DOMAIN.md §4): a topic open for a period, for members only
 * or also for the public; members post suggestions and comments, reply and like; a resident's post
 * and any post that hits a sensitive word wait in the moderation queue; staff compile the result.
 */

export const DELIBERATION_AUDIENCES = ['members', 'public'] as const;
export type DeliberationAudience = (typeof DELIBERATION_AUDIENCES)[number];
export const DELIBERATION_AUDIENCE_LABELS: Record<DeliberationAudience, string> = {
  members: '仅委员',
  public: '委员和社会公众',
};

/** Limits of a topic and of a post (the public form and the members' form alike). */
export const DELIBERATION_LIMITS = {
  title: 60,
  description: 2000,
  body: 1000,
  name: 20,
  groupName: 30,
} as const;

/** A top-level post is a suggestion (建议) or a comment (评论); a reply is always a comment. */
export const POST_KINDS = ['suggestion', 'comment'] as const;
export type PostKind = (typeof POST_KINDS)[number];
export const POST_KIND_LABELS: Record<PostKind, string> = { suggestion: '建议', comment: '评论' };

export const DELIBERATION_STATUSES = ['open', 'closed'] as const;
export type DeliberationStatus = (typeof DELIBERATION_STATUSES)[number];
export const DELIBERATION_STATUS_LABELS: Record<DeliberationStatus, string> = {
  open: '征集中',
  closed: '已结束',
};

/** organiser = staff of a 协商工作 or 综合 department of the topic's committee. */
export type DeliberationRole = 'organiser';
export type DeliberationFacts = Record<string, never>;

const DELIBERATION_TRANSITIONS = [
  { action: 'close', label: '结束征集', from: ['open'], to: 'closed', roles: ['organiser'] },
  { action: 'reopen', label: '重新开放', from: ['closed'], to: 'open', roles: ['organiser'] },
] as const satisfies readonly TransitionDef<DeliberationStatus, DeliberationRole, DeliberationFacts>[];

export const DELIBERATION_WORKFLOW = defineWorkflow<
  DeliberationStatus,
  DeliberationRole,
  DeliberationFacts
>()({
  subject: 'deliberation',
  noun: '议政议题',
  statusLabels: DELIBERATION_STATUS_LABELS,
  transitions: DELIBERATION_TRANSITIONS,
});
export type DeliberationAction = (typeof DELIBERATION_TRANSITIONS)[number]['action'];

export const POST_STATUSES = ['pending', 'approved', 'rejected', 'adopted'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];
export const POST_STATUS_LABELS: Record<PostStatus, string> = {
  pending: '待审核',
  approved: '已发布',
  rejected: '未通过',
  adopted: '已采纳',
};
/** What anyone but the moderators sees. */
export const VISIBLE_POST_STATUSES: readonly PostStatus[] = ['approved', 'adopted'];

/** moderator = the topic's organisers. */
export type PostRole = 'moderator';
export type PostFacts = Record<string, never>;

const POST_TRANSITIONS = [
  { action: 'approve', label: '审核通过', from: ['pending'], to: 'approved', roles: ['moderator'] },
  {
    action: 'reject',
    label: '不予发布',
    from: ['pending', 'approved'],
    to: 'rejected',
    roles: ['moderator'],
  },
  { action: 'adopt', label: '采纳建议', from: ['approved'], to: 'adopted', roles: ['moderator'] },
] as const satisfies readonly TransitionDef<PostStatus, PostRole, PostFacts>[];

/** A post's moderation: nothing from the public, nor anything held for a sensitive word, is shown before approval. */
export const POST_WORKFLOW = defineWorkflow<PostStatus, PostRole, PostFacts>()({
  subject: 'deliberationPost',
  noun: '留言',
  statusLabels: POST_STATUS_LABELS,
  transitions: POST_TRANSITIONS,
});
export type PostAction = (typeof POST_TRANSITIONS)[number]['action'];

export const DELIBERATION_EVENT_LABELS: Record<string, string> = {
  create: '发布议题',
  compile: '保存综述',
  group: '调整分组',
  announce: '通知委员开始征集',
  ...DELIBERATION_WORKFLOW.actionLabels,
};
