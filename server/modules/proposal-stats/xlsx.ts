import {
  metricsFor,
  REPLY_SHARE_DEFINITION,
  STATS_GROUP_LABELS,
  STATS_PERIOD_DEFINITION,
  type StatsResult,
  type StatsRow,
} from '../../../domain/proposal-stats';
import { buildWorkbook, type XlsxColumn, xlsxSheet } from '../../lib/xlsx';

/** A rate as a percentage number with two decimals (66.67), so Excel can sum and chart it. */
const percent = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 100);

/** The table's columns: the group, every metric of the grouping, then each reply category. */
function columnsOf(result: StatsResult): XlsxColumn<StatsRow>[] {
  const columns: XlsxColumn<StatsRow>[] = [
    { header: STATS_GROUP_LABELS[result.groupBy], width: 28, value: (r) => r.label },
  ];
  for (const m of metricsFor(result.groupBy)) {
    columns.push({
      header: m.kind === 'rate' ? `${m.label}(%)` : m.label,
      value: (r) => (m.kind === 'rate' ? percent(r[m.key]) : r[m.key]),
    });
  }
  for (const level of result.replyCategories) {
    columns.push(
      { header: `${level.code}类答复`, value: (r) => r.replyCategories[level.code] ?? 0 },
      { header: `${level.code}类占比(%)`, value: (r) => percent(r.replyCategoryShares[level.code] ?? null) },
    );
  }
  return columns;
}

interface Note {
  item: string;
  text: string;
}

/** What the figures cover and mean, so a printed table explains itself. */
function notesOf(result: StatsResult): Note[] {
  return [
    { item: '统计范围', text: result.committee.name },
    { item: '统计期间', text: result.period.label },
    { item: '统计口径', text: STATS_PERIOD_DEFINITION },
    ...metricsFor(result.groupBy).map((m) => ({ item: m.label, text: m.definition })),
    ...result.replyCategories.map((l) => ({
      item: `${l.code}类占比`,
      text: `${l.code}类（${l.label}）：${REPLY_SHARE_DEFINITION}`,
    })),
  ];
}

/** The statistics table (groups, then the total) and a sheet of definitions. */
export function statsWorkbook(result: StatsResult): Promise<Buffer> {
  const rows = result.groupBy === 'overall' ? result.rows : [...result.rows, result.total];
  return buildWorkbook([
    xlsxSheet('提案统计', columnsOf(result), rows),
    xlsxSheet<Note>(
      '指标说明',
      [
        { header: '指标', width: 16, value: (n) => n.item },
        { header: '说明', width: 90, value: (n) => n.text },
      ],
      notesOf(result),
    ),
  ]);
}

/** e.g. 清河区政协提案统计（十一届四次会议，按承办单位）. */
export function statsFileName(result: StatsResult): string {
  return `${result.committee.name}提案统计（${result.period.label}，按${STATS_GROUP_LABELS[result.groupBy]}）`;
}
