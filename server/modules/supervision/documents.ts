import { eq } from 'drizzle-orm';
import { INSPECTION_KIND_LABELS, type InspectionKind } from '../../../domain/supervision';
import type { DbOrTx } from '../../db/client';
import { committees, consultationSuggestions, inspectionVisits } from '../../db/schema';
import { badRequest } from '../../errors';
import { cnDate } from '../../lib/working-days';
import { heading, line, listTable, officeDocument, titleLine } from '../../platform/docx-kit';
import type { InspectionRow } from './load';

/**
 * A 视察报告 / 调研报告 as Word in the office's house style: the masthead, the title, the visits (dates
 * and places), the text paragraph by paragraph, and the suggestions with their departments.
 */
export async function reportDocument(db: DbOrTx, row: InspectionRow) {
  if (!row.reportTitle || !row.reportBody) throw badRequest('报告：尚未撰写', 'report');
  const [committee] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, row.committeeId));
  const kind = `${INSPECTION_KIND_LABELS[row.kind as InspectionKind]}报告`;
  const visits = await db
    .select({ on: inspectionVisits.visitedOn, place: inspectionVisits.place })
    .from(inspectionVisits)
    .where(eq(inspectionVisits.inspectionId, row.id))
    .orderBy(inspectionVisits.visitedOn);
  const children = [
    titleLine(`${committee.name}${kind}`, 36),
    titleLine(row.reportTitle, 32),
    ...(visits.length ? [line(visits.map((v) => `${v.on} ${v.place}`).join('；'), 'center' as const)] : []),
    ...row.reportBody
      .split(/\n+/)
      .filter((p) => p.trim())
      .map((p) => line(`　　${p.trim()}`)),
  ];
  const suggestions = await db
    .select({ text: consultationSuggestions.text, proposer: consultationSuggestions.proposerName })
    .from(consultationSuggestions)
    .where(eq(consultationSuggestions.inspectionId, row.id))
    .orderBy(consultationSuggestions.id);
  if (suggestions.length) {
    children.push(heading('附：意见建议'));
    children.push(
      listTable(
        ['序号', '意见建议', '提出人'],
        [8, 72, 20],
        suggestions.map((s, i) => [String(i + 1), s.text, s.proposer]),
      ) as never,
    );
  }
  children.push(line(committee.name, 'right'), line(cnDate(row.reportSentOn ?? row.createdAt), 'right'));
  return { fileName: `${kind}-${row.reportTitle}`, doc: officeDocument(row.reportTitle, [children]) };
}
