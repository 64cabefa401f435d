import {
  PLAN_WORKFLOW,
  type PlanAction,
  type PlanFacts,
  type PlanRole,
  type PlanStatus,
  TOPIC_EVENT_LABELS,
  TOPIC_WORKFLOW,
  type TopicAction,
  type TopicFacts,
  type TopicRole,
  type TopicStatus,
} from '../../../domain/consultation-plan';
import type { Actor } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { consultationPlans, consultationTopics } from '../../db/schema';
import { applyTransition, type RequestFor, type WorkflowAdapter } from '../../platform/workflow-engine';
import { notifyUsers } from '../notifications/notify';
import { lockPlan, lockTopic, type PlanRelations, type PlanRow, type TopicRow } from './load';
import { planRolesOf, topicRolesOf } from './policy';

const NO_FACTS: TopicFacts = {};

/** How the engine reaches a topic: the moderators' role; the proposer with an account hears the decision. */
export const TOPIC_ADAPTER: WorkflowAdapter<
  typeof consultationTopics,
  null,
  TopicStatus,
  TopicRole,
  TopicFacts,
  TopicAction,
  undefined
> = {
  workflow: TOPIC_WORKFLOW,
  table: consultationTopics,
  lock: async (tx, actor, id) => ({ row: await lockTopic(tx, actor, id), relations: null }),
  roles: (actor, row) => topicRolesOf(actor, row),
  facts: () => NO_FACTS,
  notify: async ({ tx, actor, row, action, body }) => {
    if (row.proposerUserId === null || row.proposerUserId === actor.userId) return;
    await notifyUsers(tx, {
      committeeId: row.committeeId,
      userIds: [row.proposerUserId],
      kind: `consultationTopic.${action}`,
      title: `${TOPIC_EVENT_LABELS[action]}：${row.title}`,
      body,
      link: `/consultation/topics/${row.id}`,
    });
  },
};

export const transitionTopic = (db: Db, actor: Actor, req: RequestFor<typeof TOPIC_ADAPTER>) =>
  applyTransition(db, TOPIC_ADAPTER, actor, req);

export const topicAbilities = (actor: Actor, t: TopicRow) =>
  TOPIC_WORKFLOW.abilities(t.status as TopicStatus, topicRolesOf(actor, t), NO_FACTS);

const planFacts = (rel: PlanRelations): PlanFacts => ({ entries: rel.entries });

/** How the engine reaches a plan: its entry count for the guard, the organisers' role. */
export const PLAN_ADAPTER: WorkflowAdapter<
  typeof consultationPlans,
  PlanRelations,
  PlanStatus,
  PlanRole,
  PlanFacts,
  PlanAction,
  undefined
> = {
  workflow: PLAN_WORKFLOW,
  table: consultationPlans,
  lock: async (tx, actor, id) => {
    const { plan, relations } = await lockPlan(tx, actor, id);
    return { row: plan, relations };
  },
  roles: (actor, row) => planRolesOf(actor, row),
  facts: (_db, _actor, _row, rel) => planFacts(rel),
};

export const transitionPlan = (db: Db, actor: Actor, req: RequestFor<typeof PLAN_ADAPTER>) =>
  applyTransition(db, PLAN_ADAPTER, actor, req);

export const planAbilities = (actor: Actor, p: PlanRow, rel: PlanRelations) =>
  PLAN_WORKFLOW.abilities(p.status as PlanStatus, planRolesOf(actor, p), planFacts(rel));
