import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  PLAN_EVENT_LABELS,
  PLAN_STATUS_LABELS,
  type PlanStatus,
  TOPIC_EVENT_LABELS,
  TOPIC_SOURCE_LABELS,
  TOPIC_STATUS_LABELS,
  type TopicSource,
  type TopicStatus,
} from '../../../domain/consultation-plan';
import { CONSULTATION_FORM_LABELS, type ConsultationForm } from '../../../domain/consultations';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  committees,
  consultationPlanEntries,
  consultationPlanVersions,
  consultationTopics,
  handlingUnits,
  members,
} from '../../db/schema';
import { presentEvent, subjectEvents } from '../../platform/events';
import { planProgress } from '../consultation-activities/plan-progress';
import { loadPlan, loadTopic } from './load';
import { planAbilities, topicAbilities } from './transitions';

const formLabel = (f: string) => CONSULTATION_FORM_LABELS[f as ConsultationForm] ?? f;

/** A topic with its moderation: the words it hit, the masked contact (staff only), the timeline. */
export async function topicView(db: DbOrTx, actor: Actor, id: number) {
  const t = await loadTopic(db, actor, id);
  const [c] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, t.committeeId));
  const events = await subjectEvents(db, 'consultationTopic', id);
  const labels = { action: TOPIC_EVENT_LABELS, status: TOPIC_STATUS_LABELS };
  return {
    id: t.id,
    committeeId: t.committeeId,
    committeeName: c.name,
    source: t.source,
    sourceLabel: TOPIC_SOURCE_LABELS[t.source as TopicSource] ?? t.source,
    title: t.title,
    description: t.description,
    proposerName: t.proposerName,
    contactMask: actor.role === 'staff' ? t.contactMask : null,
    sensitiveWords: t.sensitiveWords,
    status: t.status,
    statusLabel: TOPIC_STATUS_LABELS[t.status as TopicStatus] ?? t.status,
    version: t.version,
    createdAt: t.createdAt,
    timeline: events.map((e) => presentEvent(e, labels)),
    abilities: topicAbilities(actor, t),
  };
}
export type TopicView = Awaited<ReturnType<typeof topicView>>;

/** Every published version of a plan, newest first, with what it said. */
export async function planVersions(db: DbOrTx, planId: number) {
  return db
    .select({
      revision: consultationPlanVersions.revision,
      reviewMeeting: consultationPlanVersions.reviewMeeting,
      documentNumber: consultationPlanVersions.documentNumber,
      approvedOn: consultationPlanVersions.approvedOn,
      publishedAt: consultationPlanVersions.publishedAt,
      snapshot: consultationPlanVersions.snapshot,
    })
    .from(consultationPlanVersions)
    .where(eq(consultationPlanVersions.planId, planId))
    .orderBy(desc(consultationPlanVersions.revision));
}

/**
 * The plan as the editor shows it: entries with names and the activities that took them up, targets
 * with the activities held so far, versions, timeline, abilities.
 */
export async function planView(db: DbOrTx, actor: Actor, id: number) {
  const { plan, relations } = await loadPlan(db, actor, id);
  const [c] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, plan.committeeId));
  const entries = await db
    .select({
      e: consultationPlanEntries,
      leadName: members.name,
      source: consultationTopics.source,
      topicTitle: consultationTopics.title,
    })
    .from(consultationPlanEntries)
    .innerJoin(consultationTopics, eq(consultationTopics.id, consultationPlanEntries.topicId))
    .leftJoin(members, eq(members.id, consultationPlanEntries.leadMemberId))
    .where(eq(consultationPlanEntries.planId, id))
    .orderBy(asc(consultationPlanEntries.ordinal));
  const units = await db
    .select({ id: handlingUnits.id, name: handlingUnits.name })
    .from(handlingUnits)
    .where(
      and(
        eq(handlingUnits.committeeId, plan.committeeId),
        inArray(handlingUnits.id, entries.flatMap((r) => r.e.unitIds).concat(-1)),
      ),
    );
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const events = await subjectEvents(db, 'consultationPlan', id);
  const progress = await planProgress(
    db,
    plan.committeeId,
    plan.year,
    entries.map((r) => r.e.topicId),
  );
  return {
    id: plan.id,
    committeeId: plan.committeeId,
    committeeName: c.name,
    year: plan.year,
    title: plan.title,
    frequencyNote: plan.frequencyNote,
    targets: plan.targets.map((t) => ({
      form: t.form,
      formLabel: formLabel(t.form),
      minimum: t.minimum,
      held: progress.heldByForm.get(t.form) ?? 0,
    })),
    revision: plan.revision,
    reviewMeeting: plan.reviewMeeting,
    documentNumber: plan.documentNumber,
    approvedOn: plan.approvedOn,
    publishedAt: plan.publishedAt,
    status: plan.status,
    statusLabel: PLAN_STATUS_LABELS[plan.status as PlanStatus] ?? plan.status,
    version: plan.version,
    entries: entries.map(({ e, leadName, source, topicTitle }) => ({
      id: e.id,
      topicId: e.topicId,
      topicTitle,
      sourceLabel: TOPIC_SOURCE_LABELS[source as TopicSource] ?? source,
      title: e.title,
      form: e.form,
      formLabel: formLabel(e.form),
      leadMemberId: e.leadMemberId,
      leadName,
      organiser: e.organiser,
      plannedMonth: e.plannedMonth,
      units: e.unitIds.map((u) => ({ id: u, name: unitName.get(u) ?? '' })),
      activities: progress.byTopic.get(e.topicId) ?? [],
    })),
    versions: await planVersions(db, id),
    timeline: events.map((e) => presentEvent(e, { action: PLAN_EVENT_LABELS, status: PLAN_STATUS_LABELS })),
    abilities: planAbilities(actor, plan, relations),
  };
}
export type PlanView = Awaited<ReturnType<typeof planView>>;
