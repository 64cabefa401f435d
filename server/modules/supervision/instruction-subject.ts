import { and, eq, inArray } from 'drizzle-orm';
import { CONSULTATION_DUTIES } from '../../../domain/consultations';
import { INSPECTION_KIND_LABELS, type InspectionKind } from '../../../domain/supervision';
import { inspections, users } from '../../db/schema';
import { notFound } from '../../errors';
import type { InstructionSubject } from '../instructions/subjects';
import { loadInspection } from './load';

/** 批示 on a 视察 / 调研 report sent to leaders: followed up by the consultation staff; its members are told. */
export const INSPECTION_INSTRUCTION_SUBJECT: InstructionSubject = {
  type: 'inspectionReport',
  label: '视察调研报告',
  duty: CONSULTATION_DUTIES[0],
  load: async (db, actor, id) => {
    const row = await loadInspection(db, actor, id);
    if (!row.reportTitle) throw notFound('视察调研报告');
    return {
      committeeId: row.committeeId,
      title: `${INSPECTION_KIND_LABELS[row.kind as InspectionKind]}报告《${row.reportTitle}》`,
      link: `/inspections/${id}`,
      open: true,
    };
  },
  audience: async (db, id) => {
    const [row] = await db
      .select({ ids: inspections.memberIds })
      .from(inspections)
      .where(eq(inspections.id, id));
    if (!row?.ids.length) return [];
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.memberId, row.ids), eq(users.active, true)));
    return rows.map((r) => r.id);
  },
};
