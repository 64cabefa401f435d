import { OPINION_TEXT_LABELS, overLimit } from '../../../domain/opinion-reports';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../errors';
import { searchVectorOf } from '../proposals/search';
import type { ReportInput } from './schemas';
import { maxCharsOf } from './settings';

/** A report's text fits the committee's limit, else a 400 naming the part where it went over. */
export async function checkLength(db: DbOrTx, committeeId: number, input: ReportInput) {
  const max = await maxCharsOf(db, committeeId);
  const over = overLimit(input, max);
  if (over) {
    throw badRequest(
      `${OPINION_TEXT_LABELS[over.field]}：情况、分析、建议合计 ${over.total} 字，超过本会规定的 ${max} 字`,
      over.field,
    );
  }
}

/** The report's search vector, built like a proposal's so one similar lookup serves both. */
export const reportVector = (r: ReportInput, committeePath: string) =>
  searchVectorOf(
    {
      title: r.title,
      situationHtml: r.situation,
      analysisHtml: r.analysis,
      recommendationHtml: r.recommendation,
    },
    committeePath,
  );

/** The reporter's three parts as one text: an item's first version, the Word file's body. */
export const reportText = (r: Pick<ReportInput, 'situation' | 'analysis' | 'recommendation'>) =>
  [r.situation, r.analysis, r.recommendation]
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n\n');
