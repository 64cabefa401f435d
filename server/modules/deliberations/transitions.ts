import {
  DELIBERATION_WORKFLOW,
  type DeliberationAction,
  type DeliberationFacts,
  type DeliberationRole,
  type DeliberationStatus,
  POST_WORKFLOW,
  type PostAction,
  type PostFacts,
  type PostRole,
  type PostStatus,
} from '../../../domain/deliberations';
import type { Actor } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { deliberationPosts, deliberations } from '../../db/schema';
import { applyTransition, type RequestFor, type WorkflowAdapter } from '../../platform/workflow-engine';
import { notifyUsers } from '../notifications/notify';
import { type DeliberationRow, lockDeliberation, lockPost, type PostRow } from './load';
import { deliberationRolesOf, postRolesOf } from './policy';

const NONE = {};

export const DELIBERATION_ADAPTER: WorkflowAdapter<
  typeof deliberations,
  null,
  DeliberationStatus,
  DeliberationRole,
  DeliberationFacts,
  DeliberationAction,
  undefined
> = {
  workflow: DELIBERATION_WORKFLOW,
  table: deliberations,
  lock: async (tx, actor, id) => ({ row: await lockDeliberation(tx, actor, id), relations: null }),
  roles: (actor, row) => deliberationRolesOf(actor, row),
  facts: () => NONE,
};

export const transitionDeliberation = (db: Db, actor: Actor, req: RequestFor<typeof DELIBERATION_ADAPTER>) =>
  applyTransition(db, DELIBERATION_ADAPTER, actor, req);

export const deliberationAbilities = (actor: Actor, d: DeliberationRow) =>
  DELIBERATION_WORKFLOW.abilities(d.status as DeliberationStatus, deliberationRolesOf(actor, d), NONE);

/** A post's moderation; the member whose post is rejected or adopted is told. */
export const POST_ADAPTER: WorkflowAdapter<
  typeof deliberationPosts,
  null,
  PostStatus,
  PostRole,
  PostFacts,
  PostAction,
  undefined
> = {
  workflow: POST_WORKFLOW,
  table: deliberationPosts,
  lock: async (tx, actor, id) => ({ row: await lockPost(tx, actor, id), relations: null }),
  roles: (actor, row) => postRolesOf(actor, row),
  facts: () => NONE,
  notify: async ({ tx, actor, row, action, body }) => {
    if (row.authorUserId === null || row.authorUserId === actor.userId || action === 'approve') return;
    await notifyUsers(tx, {
      committeeId: row.committeeId,
      userIds: [row.authorUserId],
      kind: `deliberationPost.${action}`,
      title: `${POST_WORKFLOW.actionLabels[action]}：${row.body.slice(0, 20)}`,
      body,
      link: `/deliberations/${row.deliberationId}`,
    });
  },
};

export const transitionPost = (db: Db, actor: Actor, req: RequestFor<typeof POST_ADAPTER>) =>
  applyTransition(db, POST_ADAPTER, actor, req);

export const postAbilities = (actor: Actor, p: PostRow) =>
  POST_WORKFLOW.abilities(p.status as PostStatus, postRolesOf(actor, p), NONE);
