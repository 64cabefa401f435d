import { and, asc, eq, inArray } from 'drizzle-orm';
import { TOPIC_SOURCE_LABELS, type TopicSource } from '../../../../domain/consultation-plan';
import { CONSULTATION_FORM_LABELS, type ConsultationForm } from '../../../../domain/consultations';
import { SUPERVISING_POSITIONS } from '../../../../domain/members';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import {
  consultationPlanEntries,
  consultationPlans,
  consultationPlanVersions,
  consultationTopics,
  handlingUnits,
  members,
  type PlanSnapshot,
} from '../../../db/schema';
import { badRequest, forbidden } from '../../../errors';
import { now } from '../../../platform/clock';
import { withIntegrityErrors } from '../../../platform/db-errors';
import { appendEvent } from '../../../platform/events';
import { organisesConsultation } from '../policy';
import type { EditPlanInput, PlanInput } from '../schemas';
import { transitionPlan } from '../transitions';

type Step = { expectedVersion: number; note?: string | null };

/** 新建计划: the committee's plan for a year, empty, as a draft (one per year: 409 for a second). */
export async function createPlan(db: Db, actor: Actor, input: PlanInput): Promise<number> {
  if (!organisesConsultation(actor)) throw forbidden('仅协商工作或综合部门的工作人员可以编制协商计划');
  return db.transaction(async (tx) => {
    const at = now();
    const [row] = await withIntegrityErrors(
      () =>
        tx
          .insert(consultationPlans)
          .values({
            committeeId: actor.committeeId,
            year: input.year,
            title: `${input.year}年度协商计划`,
            frequencyNote: input.frequencyNote ?? '',
            targets: input.targets,
            createdAt: at,
            updatedAt: at,
          })
          .returning({ id: consultationPlans.id }),
      { duplicate: `${input.year}年度的协商计划已存在` },
    );
    await appendEvent(tx, actor, {
      committeeId: actor.committeeId,
      subjectType: 'consultationPlan',
      subjectId: row.id,
      action: 'create',
      toStatus: 'draft',
      data: { year: input.year },
    });
    return row.id;
  });
}

/**
 * The entries refer to the committee's own approved topics (each once), its own 主席/副主席 as the
 * leading leader and its own handling units; anything else is a 400 naming the line and field.
 */
async function checkEntries(tx: Tx, committeeId: number, entries: EditPlanInput['entries']) {
  const topicIds = entries.map((e) => e.topicId);
  const topics = await tx
    .select({ id: consultationTopics.id, title: consultationTopics.title, status: consultationTopics.status })
    .from(consultationTopics)
    .where(
      and(
        inArray(consultationTopics.id, topicIds.concat(-1)),
        eq(consultationTopics.committeeId, committeeId),
      ),
    );
  const byId = new Map(topics.map((t) => [t.id, t]));
  const leads = new Set(
    (
      await tx
        .select({ id: members.id })
        .from(members)
        .where(
          and(
            eq(members.committeeId, committeeId),
            inArray(members.position, [...SUPERVISING_POSITIONS]),
            inArray(members.id, entries.map((e) => e.leadMemberId ?? -1).concat(-1)),
          ),
        )
    ).map((m) => m.id),
  );
  const units = new Set(
    (
      await tx
        .select({ id: handlingUnits.id })
        .from(handlingUnits)
        .where(
          and(
            eq(handlingUnits.committeeId, committeeId),
            inArray(handlingUnits.id, entries.flatMap((e) => e.unitIds).concat(-1)),
          ),
        )
    ).map((u) => u.id),
  );
  return entries.map((e, i) => {
    const topic = byId.get(e.topicId);
    if (!topic) throw badRequest(`第 ${i + 1} 项 议题：不属于本委员会`, `entries.${i}.topicId`);
    if (topic.status !== 'approved')
      throw badRequest(`第 ${i + 1} 项 议题：尚未审核通过`, `entries.${i}.topicId`);
    if (topicIds.indexOf(e.topicId) !== i)
      throw badRequest(`第 ${i + 1} 项 议题：已在计划中`, `entries.${i}.topicId`);
    if (e.leadMemberId !== null && !leads.has(e.leadMemberId))
      throw badRequest(`第 ${i + 1} 项 牵头政协领导：须为本会主席或副主席`, `entries.${i}.leadMemberId`);
    const unit = e.unitIds.find((u) => !units.has(u));
    if (unit !== undefined)
      throw badRequest(`第 ${i + 1} 项 参与单位：不属于本委员会`, `entries.${i}.unitIds`);
    return {
      committeeId,
      ordinal: i + 1,
      topicId: e.topicId,
      title: e.title ?? topic.title,
      form: e.form,
      leadMemberId: e.leadMemberId,
      organiser: e.organiser,
      plannedMonth: e.plannedMonth,
      unitIds: [...new Set(e.unitIds)],
    };
  });
}

/** 修改计划 (draft only): the entries in order, the targets and the frequency note, all at once. */
export function editPlan(db: Db, actor: Actor, id: number, input: EditPlanInput) {
  return transitionPlan(db, actor, {
    id,
    action: 'edit',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row }) => {
      const rows = await checkEntries(tx, row.committeeId, input.entries);
      await tx.delete(consultationPlanEntries).where(eq(consultationPlanEntries.planId, row.id));
      if (rows.length)
        await tx.insert(consultationPlanEntries).values(rows.map((r) => ({ ...r, planId: row.id })));
      return {
        patch: { targets: input.targets, frequencyNote: input.frequencyNote ?? '' },
        data: { entries: rows.length, targets: input.targets.length },
      };
    },
  });
}

export const submitPlan = (db: Db, actor: Actor, id: number, s: Step) =>
  transitionPlan(db, actor, { id, action: 'submit', expectedVersion: s.expectedVersion, note: s.note });

/** 主席会议审议通过: records which 主席会议. */
export const passReview = (db: Db, actor: Actor, id: number, s: Step & { reviewMeeting: string }) =>
  transitionPlan(db, actor, {
    id,
    action: 'passReview',
    expectedVersion: s.expectedVersion,
    note: s.note,
    step: async () => ({
      patch: { reviewMeeting: s.reviewMeeting },
      data: { reviewMeeting: s.reviewMeeting },
    }),
  });

export const sendBackPlan = (db: Db, actor: Actor, id: number, s: Step) =>
  transitionPlan(db, actor, { id, action: 'sendBack', expectedVersion: s.expectedVersion, note: s.note });

/** 党委批准: the party committee's document number and date. */
export const approvePlan = (
  db: Db,
  actor: Actor,
  id: number,
  s: Step & { documentNumber: string; approvedOn: string },
) =>
  transitionPlan(db, actor, {
    id,
    action: 'approve',
    expectedVersion: s.expectedVersion,
    note: s.note,
    step: async () => ({
      patch: { documentNumber: s.documentNumber, approvedOn: s.approvedOn },
      data: { documentNumber: s.documentNumber, approvedOn: s.approvedOn },
    }),
  });

/** What the plan says now, as the public reads it: names, not ids. */
async function snapshotOf(tx: Tx, plan: typeof consultationPlans.$inferSelect): Promise<PlanSnapshot> {
  const entries = await tx
    .select({
      e: consultationPlanEntries,
      leadName: members.name,
      source: consultationTopics.source,
    })
    .from(consultationPlanEntries)
    .innerJoin(consultationTopics, eq(consultationTopics.id, consultationPlanEntries.topicId))
    .leftJoin(members, eq(members.id, consultationPlanEntries.leadMemberId))
    .where(eq(consultationPlanEntries.planId, plan.id))
    .orderBy(asc(consultationPlanEntries.ordinal));
  const unitNames = new Map(
    (
      await tx
        .select({ id: handlingUnits.id, name: handlingUnits.name })
        .from(handlingUnits)
        .where(inArray(handlingUnits.id, entries.flatMap((r) => r.e.unitIds).concat(-1)))
    ).map((u) => [u.id, u.name]),
  );
  return {
    title: plan.title,
    frequencyNote: plan.frequencyNote,
    targets: plan.targets.map((t) => ({
      ...t,
      formLabel: CONSULTATION_FORM_LABELS[t.form as ConsultationForm] ?? t.form,
    })),
    entries: entries.map(({ e, leadName, source }) => ({
      topicId: e.topicId,
      title: e.title,
      form: e.form,
      formLabel: CONSULTATION_FORM_LABELS[e.form as ConsultationForm] ?? e.form,
      leadName,
      organiser: e.organiser,
      plannedMonth: e.plannedMonth,
      units: e.unitIds.map((u) => unitNames.get(u) ?? ''),
      sourceLabel: TOPIC_SOURCE_LABELS[source as TopicSource] ?? source,
    })),
  };
}

/** 公布计划: the version is kept as it stands and the public page shows it. */
export const publishPlan = (db: Db, actor: Actor, id: number, s: Step) =>
  transitionPlan(db, actor, {
    id,
    action: 'publish',
    expectedVersion: s.expectedVersion,
    note: s.note,
    step: async ({ tx, row, now: at }) => {
      await tx.insert(consultationPlanVersions).values({
        committeeId: row.committeeId,
        planId: row.id,
        revision: row.revision,
        reviewMeeting: row.reviewMeeting,
        // Set by 党委批准, the only way into 已批准.
        documentNumber: row.documentNumber ?? '',
        approvedOn: row.approvedOn ?? '',
        publishedAt: at,
        snapshot: await snapshotOf(tx, row),
      });
      return { patch: { publishedAt: at }, data: { revision: row.revision } };
    },
  });

/**
 * 调整计划: a new revision drafted from the published one; the published version stays on the
 * public page until the adjustment is approved and published in turn.
 */
export const adjustPlan = (db: Db, actor: Actor, id: number, s: Step) =>
  transitionPlan(db, actor, {
    id,
    action: 'adjust',
    expectedVersion: s.expectedVersion,
    note: s.note,
    step: async ({ row }) => ({
      patch: { revision: row.revision + 1, reviewMeeting: null, documentNumber: null, approvedOn: null },
      data: { revision: row.revision + 1 },
    }),
  });
