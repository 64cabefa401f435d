import type { MemberArchive } from './present';

const titlesOf = (
  a: MemberArchive,
  kinds: (k: string) => boolean,
  outcomes?: ReadonlyMap<number, string>,
) => [
  ...new Set(
    a.lines
      .filter((l) => kinds(l.kind))
      .map((l) => {
        const outcome =
          l.evidence.type === 'proposal' && l.evidence.id !== null ? outcomes?.get(l.evidence.id) : undefined;
        return outcome ? `${l.evidence.title}（${outcome}）` : l.evidence.title;
      }),
  ),
];

/**
 * The 述职 draft written from the archive: meetings attended, proposals with their titles and, for
 * those the member led, where their handling stands (`outcomes`, by proposal id), 社情民意, other
 * duties and the year's score, ending with what only the member can add.
 */
export function selfReportDraft(a: MemberArchive, outcomes: ReadonlyMap<number, string> = new Map()): string {
  const count = (prefix: string, suffix?: string) =>
    a.lines.filter((l) => l.kind.startsWith(prefix) && (!suffix || l.kind.endsWith(suffix))).length;
  const meetings = count('meeting.');
  const lead = titlesOf(a, (k) => k === 'proposal.lead', outcomes);
  const co = titlesOf(a, (k) => k === 'proposal.coSigner');
  const opinions = titlesOf(a, (k) => k === 'opinion.filed');
  const adopted = titlesOf(a, (k) => k.startsWith('opinion.adopted.'));
  const claims = a.lines
    .filter((l) => l.kind.startsWith('claim.'))
    .map((l) => `${l.label}：${l.evidence.title}`);
  const parts = [
    `${a.year}年度履职报告`,
    `${a.member.name}（${a.member.sector}，${a.member.position}）`,
    '一、参加会议和活动情况',
    `本年度应参加会议活动 ${meetings} 次，出席 ${count('meeting.', '.present') + count('meeting.', '.late')} 次（其中迟到 ${count('meeting.', '.late')} 次），请假 ${count('meeting.', '.leave')} 次，无故缺席 ${count('meeting.', '.absent')} 次。`,
    '二、提交提案情况',
    `作为第一提案人提交并立案提案 ${lead.length} 件${lead.length ? `：${lead.join('、')}` : ''}；联名提案 ${co.length} 件${co.length ? `：${co.join('、')}` : ''}。`,
    '三、反映社情民意情况',
    `报送社情民意信息 ${opinions.length} 篇${opinions.length ? `：${opinions.join('、')}` : ''}；其中被采用 ${adopted.length} 篇。`,
    '四、其他履职情况',
    claims.length ? claims.join('；') : '无',
    '五、年度考评',
    `本年度履职得分 ${a.total} 分，等次为${a.gradeLabel}。${a.missing.map((m) => m.text).join('；')}`,
    '六、履职体会和下一步打算',
    '（请在此补充）',
  ];
  return parts.join('\n');
}
