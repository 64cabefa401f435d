import { buildWorkbook, xlsxSheet } from '../../lib/xlsx';
import type { ConsultationStats } from './stats';

type Line = [string, number | string];
const item = { header: '项目', width: 24, value: (l: Line) => l[0] };
const count = { header: '数值', width: 12, value: (l: Line) => l[1] };
/** A share as the page shows it: per cent, or blank when there was nothing to share. */
const percent = (r: number | null) => (r === null ? '' : `${r}%`);

/**
 * 协商统计 as a workbook for the year-end report: the figures the page shows, one per line (汇总), and
 * the activities held by form and by month.
 */
export function consultationStatsWorkbook(s: ConsultationStats): Promise<Buffer> {
  const g = s.suggestions;
  const lines: Line[] = [
    ['协商活动已召开（次）', s.activities.held],
    ['协商活动筹备中（次）', s.activities.planned],
    ['协商活动已取消（次）', s.activities.cancelled],
    ['意见建议（条）', g.total],
    ['待反馈（条）', g.awaitingFeedback],
    ['落实中（条）', g.implementing],
    ['未采纳（条）', g.declined],
    ['已办结（条）', g.done],
    ['反馈逾期（条）', g.overdue],
    ['已反馈（条）', g.answered],
    ['按期反馈（条）', g.answeredOnTime],
    ['按期反馈率', percent(g.onTimeRate)],
    ['采纳（条）', g.adopted],
    ['部分采纳（条）', g.partial],
    ['不采纳（条）', g.rejected],
    ['采纳率', percent(g.adoptionRate)],
    ['办结率', percent(g.completionRate)],
    ['群众反映问题（个）', s.problems.raised],
    ['已解决问题（个）', s.problems.solved],
    ['联动协商（次）', s.joint.activities],
    ['联动协商牵头组织（次）', s.joint.organised],
    ['联动参加委员（人次）', s.joint.members],
    ['联动发言（篇）', s.joint.speeches],
    ['民主监督小组（个）', s.supervision.groups],
    ['专项民主监督（项）', s.supervision.special],
    ['民主监督活动（次）', s.supervision.visits],
    ['监督意见建议（条）', s.supervision.suggestions],
    ['视察（次）', s.inspections.inspections],
    ['调研（次）', s.inspections.research],
    ['视察调研活动（次）', s.inspections.visits],
    ['视察调研报告报送（篇）', s.inspections.reports],
    ['视察调研意见建议（条）', s.inspections.suggestions],
  ];
  return buildWorkbook([
    xlsxSheet(`${s.year}年协商统计`, [item, count], lines),
    xlsxSheet(
      '按协商形式',
      [item, count],
      s.activities.byForm.map((f): Line => [f.label, f.held]),
    ),
    xlsxSheet(
      '按月份',
      [item, count],
      s.activities.byMonth.map((m): Line => [`${m.month}月`, m.held]),
    ),
  ]);
}
