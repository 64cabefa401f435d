import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { CONSULTATION_STATUS_LABELS, type ConsultationStatus } from '../../../domain/consultations';
import type { DbOrTx } from '../../db/client';
import { consultations } from '../../db/schema';
import { beijingPart } from './queries';

/** An activity as the plan shows it under the topic it takes up. */
export interface PlanActivity {
  id: number;
  topic: string;
  status: string;
  statusLabel: string;
  startsAt: Date;
}

/**
 * How the year's plan is carried out (年度协商计划执行情况): the committee's activities held that year,
 * counted by form against the plan's targets, and each plan topic's activities whatever their year.
 */
export async function planProgress(db: DbOrTx, committeeId: number, year: number, topicIds: number[]) {
  const rows = await db
    .select({
      id: consultations.id,
      topic: consultations.topic,
      form: consultations.form,
      status: consultations.status,
      startsAt: consultations.startsAt,
      planTopicId: consultations.planTopicId,
      inYear: sql<boolean>`${beijingPart('year', consultations.startsAt)} = ${year}`,
    })
    .from(consultations)
    .where(
      and(
        eq(consultations.committeeId, committeeId),
        or(
          sql`${beijingPart('year', consultations.startsAt)} = ${year}`,
          inArray(consultations.planTopicId, topicIds.length ? topicIds : [-1]),
        ),
      ),
    )
    .orderBy(asc(consultations.startsAt));
  const heldByForm = new Map<string, number>();
  const byTopic = new Map<number, PlanActivity[]>();
  for (const r of rows) {
    if (r.inYear && r.status === 'held') heldByForm.set(r.form, (heldByForm.get(r.form) ?? 0) + 1);
    if (r.planTopicId === null || !topicIds.includes(r.planTopicId)) continue;
    const list = byTopic.get(r.planTopicId) ?? [];
    list.push({
      id: r.id,
      topic: r.topic,
      status: r.status,
      statusLabel: CONSULTATION_STATUS_LABELS[r.status as ConsultationStatus] ?? r.status,
      startsAt: r.startsAt,
    });
    byTopic.set(r.planTopicId, list);
  }
  return { heldByForm, byTopic };
}
