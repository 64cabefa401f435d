import { COCKPIT_SCOPE_LABELS, type CockpitScopeKind } from './cockpit';

/**
 * Documents written from the year's data (DOMAIN.md §9): the annual work summary (年度工作综述),
 * the plenary's report on the year's proposal work (提案工作报告) and the term's report (届内工作报告,
 * figures over the term's years). Each comes from a Word template the office may edit; the figures
 * are the cockpit's (domain/cockpit-figures.ts) and 提案统计's (domain/proposal-stats.ts), never
 * computed a second way.
 */
export const WORK_REPORT_KINDS = ['annualSummary', 'proposalReport', 'termReport'] as const;
export type WorkReportKind = (typeof WORK_REPORT_KINDS)[number];

export const WORK_REPORT_LABELS: Record<WorkReportKind, string> = {
  annualSummary: '年度工作综述',
  proposalReport: '提案工作报告',
  termReport: '届内工作报告',
};

/** A year's documents take a year; the term report takes a term (届). */
export const WORK_REPORT_PERIOD: Record<WorkReportKind, 'year' | 'term'> = {
  annualSummary: 'year',
  proposalReport: 'year',
  termReport: 'term',
};

/** How the two rates read together: "办复率、满意率均为100%" when equal, each named otherwise. */
export function replyAndSatisfaction(replyRate: string, satisfactionRate: string): string {
  // Nothing replied or rated yet (both rates '—'): say so rather than print "均为—".
  if (replyRate === '—' && satisfactionRate === '—') return '办复率、满意率暂无数据';
  return replyRate === satisfactionRate
    ? `办复率、满意率均为${replyRate}`
    : `办复率为${replyRate}，满意率为${satisfactionRate}`;
}

/** A document over the subtree says so after its title and file name: "（本级及下级）"; 本级 says nothing. */
export const scopeNote = (scope: CockpitScopeKind) =>
  scope === 'subtree' ? `（${COCKPIT_SCOPE_LABELS.subtree}）` : '';
