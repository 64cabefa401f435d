import { and, eq } from 'drizzle-orm';
import { formLabelOf, OUTPUT_KIND_LABELS, type OutputKind } from '../../../domain/consultations';
import type { DbOrTx } from '../../db/client';
import { committees, consultationOutputs, consultationSuggestions } from '../../db/schema';
import { notFound } from '../../errors';
import { cnDate, shanghaiDateTime } from '../../lib/working-days';
import { heading, line, listTable, officeDocument, titleLine } from '../../platform/docx-kit';
import type { ConsultationRow } from './load';

/**
 * A 纪要, 协商专报 or 建议案 as Word in the office's house style: the committee and kind as the
 * masthead, the title, the activity (form, time, place), the text paragraph by paragraph, and, for a
 * 专报 or 建议案, the suggestions with their departments.
 */
export async function outputDocument(db: DbOrTx, activity: ConsultationRow, outputId: number) {
  const [o] = await db
    .select()
    .from(consultationOutputs)
    .where(and(eq(consultationOutputs.id, outputId), eq(consultationOutputs.consultationId, activity.id)));
  if (!o) throw notFound('成果');
  const [committee] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, activity.committeeId));
  const kind = OUTPUT_KIND_LABELS[o.kind as OutputKind];
  const children = [
    titleLine(`${committee.name}${kind}`, 36),
    titleLine(o.title, 32),
    line(
      `${formLabelOf(activity.form, activity.grassrootsKind)}｜${shanghaiDateTime(activity.startsAt)}｜${activity.place}`,
      'center',
    ),
    ...o.body
      .split(/\n+/)
      .filter((p) => p.trim())
      .map((p) => line(`　　${p.trim()}`)),
  ];
  if (o.kind !== 'minutes') {
    const suggestions = await db
      .select({ text: consultationSuggestions.text, proposer: consultationSuggestions.proposerName })
      .from(consultationSuggestions)
      .where(eq(consultationSuggestions.consultationId, activity.id))
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
  }
  children.push(line(`${committee.name}`, 'right'), line(cnDate(o.sentOn ?? o.createdAt), 'right'));
  return { fileName: `${kind}-${o.title}`, doc: officeDocument(o.title, [children]) };
}
