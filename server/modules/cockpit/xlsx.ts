import { buildWorkbook, type XlsxColumn, xlsxSheet } from '../../lib/xlsx';
import type { UnitLeague } from './queries';

/** A rate as a percentage with two decimals (66.67), so Excel can sum and chart it (as 提案统计 does). */
const percent = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 100);

type Row = UnitLeague['rows'][number];

interface Note {
  item: string;
  text: string;
}

/**
 * The handling units' 绩效考评 figures: one row per unit (one unit when asked), exactly the league
 * table's columns, and a sheet with each figure's definition.
 */
export function unitWorkbook(league: UnitLeague): Promise<Buffer> {
  const columns: XlsxColumn<Row>[] = [
    { header: '承办单位', width: 30, value: (r) => r.unit.name },
    ...league.columns.map((c) => ({
      header: c.kind === 'rate' ? `${c.label}(%)` : c.label,
      value: (r: Row) => (c.kind === 'rate' ? percent(r.values[c.key] ?? null) : r.values[c.key]),
    })),
  ];
  const notes: Note[] = [
    { item: '统计范围', text: `${league.committee.name}（含下级委员会）` },
    { item: '统计期间', text: league.period.label },
    ...league.columns.map((c) => ({ item: c.label, text: c.definition })),
  ];
  return buildWorkbook([
    xlsxSheet('绩效考评', columns, league.rows),
    xlsxSheet<Note>(
      '指标说明',
      [
        { header: '指标', width: 16, value: (n) => n.item },
        { header: '说明', width: 90, value: (n) => n.text },
      ],
      notes,
    ),
  ]);
}

/** e.g. 海川市政协承办单位绩效考评（2025年）, or one unit's: 海川市政协区教育局绩效考评（2025年）. */
export function unitFileName(league: UnitLeague, unitName?: string): string {
  return `${league.committee.name}${unitName ?? '承办单位'}绩效考评（${league.period.label}）`;
}
