import type { FileChild } from 'docx';
import { ISSUE_KIND_LABELS, type IssueKind } from '../../../domain/bulletin-issues';
import { cnDate } from '../../lib/working-days';
import { heading, line, officeDocument, titleLine } from '../../platform/docx-kit';
import type { IssueView } from './issue-present';

/** 报头: the masthead, the issue's number, who printed it and when. */
function masthead(v: IssueView): FileChild[] {
  return [
    titleLine(ISSUE_KIND_LABELS[v.kind as IssueKind], 72),
    titleLine(v.number === null ? `${v.year}年（待编号）` : `${v.year}年第${v.number}期`, 32),
    line(`${v.committeeName}编印`, 'left'),
    line(cnDate(v.signedAt ?? new Date()), 'right'),
    line('─'.repeat(28), 'center'),
  ];
}

/** One item: its title, its text paragraph by paragraph, then every reporter credited. */
function entry(item: IssueView['items'][number], index: number, count: number): FileChild[] {
  const credit = item.reporters
    .map((r: { name: string; sectorName: string | null }) =>
      r.sectorName ? `${r.name}（${r.sectorName}）` : r.name,
    )
    .join('、');
  return [
    heading(count > 1 ? `${index + 1}. ${item.title}` : item.title),
    ...item.body
      .split(/\n+/)
      .filter((p) => p.trim())
      .map((p) => line(`　　${p.trim()}`)),
    line(`（反映人：${credit}）`, 'right'),
  ];
}

/** 报送 / 抄送 lines at the foot of the issue. */
function footer(v: IssueView): FileChild[] {
  const to = v.recipients.map((r) => `${r.title}${r.name}`).join('、');
  return [
    line('─'.repeat(28), 'center'),
    line(`报送：${to || '（未选择）'}`),
    ...(v.copyTo ? [line(`抄送：${v.copyTo}`)] : []),
  ];
}

/** An issue laid out like the office's periodical (or its 专报): one Word section. */
export function issueDocument(v: IssueView) {
  return officeDocument(v.title, [
    [...masthead(v), ...v.items.flatMap((item, i) => entry(item, i, v.items.length)), ...footer(v)],
  ]);
}
