import type { FileChild } from 'docx';
import { formatProposalNumber } from '../../../domain/proposals';
import { cnDate } from '../../lib/working-days';
import { gap, line, listTable, titleLine } from '../../platform/docx-kit';
import { bodySections, proposerLines, proposerShort, unitLines } from './form';
import type { ProposalDoc } from './queries';

interface CompiledSession {
  name: string;
  committeeName: string;
}

const mergedNote = (d: ProposalDoc) =>
  d.p.status === 'merged' ? `（并入${formatProposalNumber(d.host?.number ?? null) ?? '其他提案'}办理）` : '';

/** （第0001号至第0177号）: the numbers the compilation spans. */
const range = (docs: ProposalDoc[]) =>
  docs.length
    ? `（${formatProposalNumber(docs[0].p.number)}至${formatProposalNumber(docs.at(-1)!.p.number)}）`
    : '';

/** Title page: the committee, the session, how many proposals it holds, and when it was printed. */
function cover(session: CompiledSession, docs: ProposalDoc[], printedOn: Date): FileChild[] {
  const merged = docs.filter((d) => d.p.status === 'merged').length;
  return [
    ...gap(6),
    titleLine(session.committeeName, 52),
    titleLine(session.name, 40),
    ...gap(2),
    titleLine('提 案 汇 编', 72),
    ...gap(4),
    titleLine(`收录提案 ${docs.length} 件${range(docs)}${merged ? `，其中并案 ${merged} 件` : ''}`, 28),
    ...gap(6),
    line(`${session.committeeName}编印`, 'center'),
    line(cnDate(printedOn).replace(/\d+日$/, ''), 'center'),
  ];
}

/** 目录: number, title and proposer of every proposal, in number order. */
function contents(docs: ProposalDoc[]): FileChild[] {
  return [
    titleLine('目 录'),
    listTable(
      ['编号', '案由', '提案者'],
      [16, 60, 24],
      docs.map((d) => [
        formatProposalNumber(d.p.number) ?? '',
        `${d.p.title}${mergedNote(d)}`,
        proposerShort(d),
      ]),
    ),
  ];
}

/** One proposal of the compilation, each starting on a new page. */
function entry(d: ProposalDoc, first: boolean): FileChild[] {
  return [
    titleLine(formatProposalNumber(d.p.number) ?? '', 32, !first),
    titleLine(d.p.title, 36),
    line(d.signers.length ? proposerLines(d).join('；') : `提案者：${proposerLines(d)[0]}`),
    line(`类别：${d.categoryName ?? '未分类'}`),
    line(mergedNote(d) ? `本提案${mergedNote(d)}` : `承办：${unitLines(d).join('；')}`),
    ...bodySections(d),
  ];
}

/** 提案汇编 of a session: title page, contents, then every registered proposal in number order. */
export function compilationSections(
  session: CompiledSession,
  docs: ProposalDoc[],
  printedOn = new Date(),
): FileChild[][] {
  const body = docs.flatMap((d, i) => entry(d, i === 0));
  return [
    cover(session, docs, printedOn),
    contents(docs),
    body.length ? body : [line('本次会议尚无立案提案')],
  ];
}
