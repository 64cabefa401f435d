import type { FileChild } from 'docx';
import { HANDLED_STATUSES } from '../../../domain/proposal-stats';
import {
  ASSIGNMENT_MODE_LABELS,
  type AssignmentMode,
  formatProposalNumber,
  type ProposalStatus,
  SUBMITTER_KIND_LABELS,
  type SubmitterKind,
} from '../../../domain/proposals';
import { cnDate } from '../../lib/working-days';
import { formTable, heading, line, titleLine } from '../../platform/docx-kit';
import { htmlToBlocks } from './html-blocks';
import type { ProposalDoc } from './queries';

/**
 * The 提案表 as the office prints it, and the same proposal as an entry of the session's
 * compilation: the parts (proposer lines, review opinion, units, body sections) are shared.
 */

const NUMERALS = ['一', '二', '三'];

/** 第一提案人 and 联名人 with their sectors, or the party/group that submitted it. */
export function proposerLines(d: ProposalDoc): string[] {
  const named = (s: ProposalDoc['signers'][number]) =>
    s.sectorName ? `${s.name}（${s.sectorName}）` : s.name;
  const lead = d.signers.filter((s) => s.role === 'lead');
  const co = d.signers.filter((s) => s.role === 'co');
  if (lead.length === 0) {
    const kind = SUBMITTER_KIND_LABELS[d.p.submitterKind as SubmitterKind];
    return [`${d.p.submitterName ?? ''}（${kind}）`];
  }
  const lines = [`第一提案人：${lead.map(named).join('、')}`];
  if (co.length) lines.push(`联名人：${co.map(named).join('、')}`);
  return lines;
}

/** The short proposer name for lists: the first signer (等 N 人) or the submitting body. */
export function proposerShort(d: ProposalDoc): string {
  const lead = d.signers.find((s) => s.role === 'lead');
  if (!lead) return d.p.submitterName ?? '';
  return d.signers.length > 1 ? `${lead.name}等${d.signers.length}人` : lead.name;
}

/** 审查意见 in words, from the proposal's status and the reviewer's note. */
export function reviewOpinion(d: ProposalDoc): string {
  const note = d.review?.note ? `（${d.review.note}）` : '';
  const status = d.p.status as ProposalStatus;
  if (HANDLED_STATUSES.includes(status)) {
    return `同意立案，编号${formatProposalNumber(d.p.number)}，${cnDate(d.p.registeredAt)}立案${note}`;
  }
  switch (status) {
    case 'merged':
      return `并入${formatProposalNumber(d.host?.number ?? null) ?? ''}《${d.host?.title ?? ''}》办理${note}`;
    case 'rejected':
      return `不予立案。理由：${d.p.rejectReason ?? ''}${note}`;
    case 'converted':
      return `转为意见建议处理${note}`;
    case 'withdrawn':
      return '提案人已撤案';
    default:
      return '尚在审查中';
  }
}

/** 主办：…；会办：… or 分办：…, then when it was assigned and the reply deadline. */
export function unitLines(d: ProposalDoc): string[] {
  if (d.units.length === 0) return ['尚未交办'];
  const modes: AssignmentMode[] = ['lead', 'cooperating', 'separate'];
  const parts = modes.flatMap((m) => {
    const names = d.units.filter((u) => u.mode === m).map((u) => u.name);
    return names.length ? [`${ASSIGNMENT_MODE_LABELS[m]}：${names.join('、')}`] : [];
  });
  const first = d.units.reduce((a, b) => (a.assignedAt <= b.assignedAt ? a : b));
  const due = d.units
    .filter((u) => u.mode !== 'cooperating')
    .map((u) => u.dueDate)
    .sort()
    .at(-1);
  return [
    parts.join('；'),
    `交办日期：${cnDate(first.assignedAt)}${due ? `；办理时限：${cnDate(due)}` : ''}`,
  ];
}

/** 一、情况 / 二、分析 / 三、建议, each only when written, numbered in order. */
export function bodySections(d: ProposalDoc): FileChild[] {
  const parts: [string, string][] = [
    ['情况', d.p.situationHtml],
    ['分析', d.p.analysisHtml],
    ['建议', d.p.recommendationHtml],
  ];
  const written = parts
    .map(([label, html]) => [label, htmlToBlocks(html)] as const)
    .filter(([, b]) => b.length);
  return written.flatMap(([label, blocks], i) => [heading(`${NUMERALS[i]}、${label}`), ...blocks]);
}

/** The whole 提案表 of one proposal. */
export function proposalForm(d: ProposalDoc): FileChild[] {
  return [
    titleLine(`${d.committeeName}${d.sessionName}`, 32),
    titleLine('提 案 表'),
    line(`编号：${formatProposalNumber(d.p.number) ?? '（未立案）'}`, 'right'),
    formTable([
      ['案由', d.p.title],
      ['提案者', proposerLines(d)],
      ['提案类别', d.categoryName ?? '未分类'],
      ['提交日期', cnDate(d.p.submittedAt) || '未提交'],
      ['审查意见', reviewOpinion(d)],
      ['承办单位', unitLines(d)],
    ]),
    ...bodySections(d),
  ];
}
