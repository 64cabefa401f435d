import { asc, eq } from 'drizzle-orm';
import { formLabelOf } from '../../../domain/consultations';
import { INSPECTION_KIND_LABELS, type InspectionKind } from '../../../domain/supervision';
import type { DbOrTx } from '../../db/client';
import { consultations, inspections } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';

/**
 * 视察 / 调研 as the preparation of a consultation activity (a 专题协商会 is often prepared by an
 * inspection). Both sides are of one committee (the command checks it), so whoever reads the one reads
 * the other: neither side filters again.
 */

/** The activity an inspection prepares, as the inspection's page links it. */
export async function preparedActivity(db: DbOrTx, consultationId: number | null) {
  if (consultationId === null) return null;
  const [c] = await db
    .select({
      id: consultations.id,
      topic: consultations.topic,
      form: consultations.form,
      grassrootsKind: consultations.grassrootsKind,
      startsAt: consultations.startsAt,
    })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  if (!c) return null;
  return {
    id: c.id,
    topic: c.topic,
    formLabel: formLabelOf(c.form, c.grassrootsKind),
    day: shanghaiDate(c.startsAt),
  };
}

/** An activity's preparatory inspections and research with their reports, in the order they started. */
export async function preparationsOf(db: DbOrTx, consultationId: number) {
  const rows = await db
    .select()
    .from(inspections)
    .where(eq(inspections.consultationId, consultationId))
    .orderBy(asc(inspections.startsOn), asc(inspections.id));
  return rows.map((i) => ({
    id: i.id,
    kind: i.kind,
    kindLabel: INSPECTION_KIND_LABELS[i.kind as InspectionKind],
    topic: i.topic,
    startsOn: i.startsOn,
    reportTitle: i.reportTitle,
    reportSentTo: i.reportSentTo,
    reportSentOn: i.reportSentOn,
  }));
}
