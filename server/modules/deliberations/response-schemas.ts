import { z } from 'zod';
import { DELIBERATION_WORKFLOW, POST_WORKFLOW } from '../../../domain/deliberations';
import type { Page } from '../../http/paging';
import { dateTime, flagsOf, pageOf, responseFor } from '../../http/response';
import type { DeliberationView } from './present';
import type { PublicDeliberation, PublicDeliberations } from './public-queries';
import type { DeliberationItem, PostItem, PostView } from './queries';

const id = z.number();
const text = z.string();

const counts = z.object({
  posts: z.number(),
  suggestions: z.number(),
  members: z.number(),
  publicPosts: z.number(),
  participants: z.number(),
  adopted: z.number(),
  pending: z.number(),
  visits: z.number(),
});

const core = {
  id,
  committeeId: id,
  committeeName: text,
  title: text,
  description: text,
  audience: text,
  audienceLabel: text,
  opensOn: text,
  closesOn: text,
  status: text,
  statusLabel: text,
  version: z.number(),
  counts,
};

export const deliberationPageSchema = responseFor<Page<DeliberationItem>>()(pageOf(z.object(core)));

const timeline = z.array(
  z.object({
    id,
    action: text,
    actionLabel: text,
    fromStatus: text.nullable(),
    toStatus: text.nullable(),
    toStatusLabel: text.nullable(),
    actorName: text,
    note: text.nullable(),
    data: z.unknown(),
    at: dateTime,
  }),
);

export const deliberationViewSchema = responseFor<DeliberationView>()(
  z.object({
    ...core,
    summary: text,
    compiledAt: dateTime.nullable(),
    createdAt: dateTime,
    groups: z.array(
      z.object({
        id,
        name: text,
        terms: z.array(text),
        posts: z.number(),
        suggestions: z.number(),
        adopted: z.number(),
        representatives: z.array(z.object({ id, body: text, likes: z.number() })),
      }),
    ),
    timeline,
    abilities: flagsOf([
      ...DELIBERATION_WORKFLOW.actions,
      'post',
      'moderate',
      'compile',
      'instruct',
    ] as const),
  }),
);

const post = {
  id,
  parentId: id.nullable(),
  kind: text,
  kindLabel: text,
  body: text,
  authorName: text,
  authorKind: text,
  isPublic: z.boolean(),
  likes: z.number(),
  liked: z.boolean(),
  groupId: id.nullable(),
  status: text,
  statusLabel: text,
  sensitiveWords: z.array(text),
  version: z.number(),
  createdAt: dateTime,
  abilities: flagsOf(POST_WORKFLOW.actions),
};

export const postViewSchema = responseFor<PostView>()(z.object(post));
export const postPageSchema = responseFor<Page<PostItem>>()(
  pageOf(z.object({ ...post, replies: z.array(z.object(post)) })),
);
export const likeSchema = z.object({ id, likes: z.number(), liked: z.boolean() });

const publicCore = {
  id,
  title: text,
  description: text,
  opensOn: text,
  closesOn: text,
  open: z.boolean(),
  posts: z.number(),
  participants: z.number(),
  visits: z.number(),
};
export const publicListSchema = responseFor<PublicDeliberations>()(
  z.object({ committee: z.object({ id, name: text }), items: z.array(z.object(publicCore)) }),
);
const publicPost = {
  id,
  kindLabel: text,
  body: text,
  author: text,
  likes: z.number(),
  adopted: z.boolean(),
  createdAt: dateTime,
};
export const publicTopicSchema = responseFor<PublicDeliberation>()(
  z.object({
    committeeName: text,
    ...publicCore,
    suggestions: z.number(),
    items: z.array(z.object({ ...publicPost, replies: z.array(z.object(publicPost)) })),
  }),
);
