import { and, count, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';
import { consultationPlanEntries, consultationPlans, consultationTopics } from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import { canReadPlan, canReadTopic } from './policy';

export type TopicRow = typeof consultationTopics.$inferSelect;
export type PlanRow = typeof consultationPlans.$inferSelect;

async function readableTopic(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(consultationTopics)
    .where(and(eq(consultationTopics.id, id), inReadScope(consultationTopics.committeeId, actor)));
  const [topic] = lock ? await q.for('update') : await q;
  if (!topic || !canReadTopic(actor, topic)) throw notFound('协商议题');
  return topic;
}

/** A topic the caller may read; else a 404. */
export const loadTopic = (db: DbOrTx, actor: Actor, id: number) => readableTopic(db, actor, id, false);
export const lockTopic = (tx: Tx, actor: Actor, id: number) => readableTopic(tx, actor, id, true);

/** What the plan's guards need besides the row. */
export interface PlanRelations {
  entries: number;
}

async function readablePlan(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(consultationPlans)
    .where(and(eq(consultationPlans.id, id), inReadScope(consultationPlans.committeeId, actor)));
  const [plan] = lock ? await q.for('update') : await q;
  if (!plan || !canReadPlan(actor, plan)) throw notFound('协商计划');
  const [{ n }] = await db
    .select({ n: count() })
    .from(consultationPlanEntries)
    .where(eq(consultationPlanEntries.planId, id));
  return { plan, relations: { entries: n } as PlanRelations };
}

/** A plan the caller may read, with its entry count; else a 404. */
export const loadPlan = (db: DbOrTx, actor: Actor, id: number) => readablePlan(db, actor, id, false);
export const lockPlan = (tx: Tx, actor: Actor, id: number) => readablePlan(tx, actor, id, true);

/** Whether the topic is an entry of one of the committee's annual plans (what an activity may take up). */
export async function isPlanTopic(db: DbOrTx, committeeId: number, topicId: number) {
  const [row] = await db
    .select({ id: consultationPlanEntries.id })
    .from(consultationPlanEntries)
    .where(
      and(eq(consultationPlanEntries.committeeId, committeeId), eq(consultationPlanEntries.topicId, topicId)),
    )
    .limit(1);
  return row !== undefined;
}
