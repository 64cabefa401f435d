import type { FileChild } from 'docx';
import {
  ASSIGNMENT_MODE_LABELS,
  type AssignmentMode,
  formatProposalNumber,
  type ReplyCategoryLevel,
} from '../../../domain/proposals';
import { cnDate } from '../../lib/working-days';
import { formTable, heading, line, titleLine } from '../../platform/docx-kit';
import { proposerLines } from './form';
import { htmlToBlocks } from './html-blocks';
import type { ProposalDoc, ReplyWithUnit } from './queries';

/** 答复类别 as printed: A类：所提问题已经解决或基本解决 (the committee's own levels). */
export function categoryText(code: string, levels: ReplyCategoryLevel[]): string {
  const level = levels.find((l) => l.code === code);
  return level ? `${code}类：${level.label}` : `${code}类`;
}

/**
 * The unit's reply letter to one proposal: who answers which proposal, the category, the
 * letter's text as the unit wrote it, then the unit and date as the signature.
 */
export function replyLetter(d: ProposalDoc, reply: ReplyWithUnit, levels: ReplyCategoryLevel[]): FileChild[] {
  const { r, unitName } = reply;
  const number = formatProposalNumber(d.p.number) ?? '';
  const again = r.round > 1 ? '（重新办理）' : '';
  return [
    titleLine(unitName, 36),
    titleLine(`关于${d.committeeName}${d.sessionName}${number}提案的答复${again}`, 32),
    formTable([
      ['提案编号', number],
      ['案由', d.p.title],
      ['提案者', proposerLines(d)],
      ['承办单位', `${unitName}（${ASSIGNMENT_MODE_LABELS[reply.mode as AssignmentMode]}）`],
      ['答复类别', categoryText(r.category, levels)],
      ['答复日期', cnDate(r.repliedAt)],
    ]),
    heading('答复内容'),
    ...htmlToBlocks(r.bodyHtml),
    ...(r.signedBy ? [line(`签发人：${r.signedBy}`, 'right')] : []),
    line(unitName, 'right'),
    line(cnDate(r.repliedAt), 'right'),
  ];
}
