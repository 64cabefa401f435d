import { and, eq } from 'drizzle-orm';
import { CONSULTATION_DUTIES, OUTPUT_KIND_LABELS, type OutputKind } from '../../../domain/consultations';
import { consultationOutputs, consultationSpeeches, users } from '../../db/schema';
import { notFound } from '../../errors';
import type { InstructionSubject } from '../instructions/subjects';
import { loadConsultation } from './load';

/**
 * 批示 on an activity's 协商专报 or 建议案 once it was sent to the leaders (a 纪要 is the record, not a
 * document they instruct on): the consultation staff follow it up; the members who spoke at the activity are told.
 */
export const CONSULTATION_INSTRUCTION_SUBJECT: InstructionSubject = {
  type: 'consultationReport',
  label: '协商专报',
  duty: CONSULTATION_DUTIES[0],
  load: async (db, actor, id) => {
    const [output] = await db.select().from(consultationOutputs).where(eq(consultationOutputs.id, id));
    if (!output || output.kind === 'minutes' || !output.sentOn) throw notFound('协商专报');
    const activity = await loadConsultation(db, actor, output.consultationId);
    return {
      committeeId: activity.committeeId,
      title: `${OUTPUT_KIND_LABELS[output.kind as OutputKind]}《${output.title}》`,
      link: `/consultations/${activity.id}`,
      open: true,
    };
  },
  audience: async (db, id) => {
    const rows = await db
      .selectDistinct({ id: users.id })
      .from(consultationOutputs)
      .innerJoin(
        consultationSpeeches,
        eq(consultationSpeeches.consultationId, consultationOutputs.consultationId),
      )
      .innerJoin(users, and(eq(users.memberId, consultationSpeeches.memberId), eq(users.active, true)))
      .where(eq(consultationOutputs.id, id));
    return rows.map((r) => r.id);
  },
};
