import { buildWorkbook, type XlsxColumn, xlsxSheet } from '../../lib/xlsx';
import type { LeagueColumn, UnitLeague } from './leagues';
import type { MemberGroupLeague } from './member-groups';

/** A rate as a percentage with two decimals (66.67), so Excel can sum and chart it (as 提案统计 does). */
const percent = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 100);

interface Row {
  name: string;
  values: Record<string, number | null>;
}

interface Note {
  item: string;
  text: string;
}

/**
 * A league table as a workbook: one row per entry with exactly the table's columns, and a sheet with
 * the scope, the period and each figure's definition.
 */
function leagueWorkbook(
  sheet: string,
  nameHeader: string,
  scope: string,
  league: { period: { label: string }; columns: LeagueColumn[] },
  rows: Row[],
): Promise<Buffer> {
  const columns: XlsxColumn<Row>[] = [
    { header: nameHeader, width: 30, value: (r) => r.name },
    ...league.columns.map((c) => ({
      header: c.kind === 'rate' ? `${c.label}(%)` : c.label,
      value: (r: Row) => (c.kind === 'rate' ? percent(r.values[c.key] ?? null) : r.values[c.key]),
    })),
  ];
  const notes: Note[] = [
    { item: '统计范围', text: scope },
    { item: '统计期间', text: league.period.label },
    ...league.columns.map((c) => ({ item: c.label, text: c.definition })),
  ];
  return buildWorkbook([
    xlsxSheet(sheet, columns, rows),
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

const subtreeOf = (league: { committee: { name: string } }) => `${league.committee.name}（含下级委员会）`;

/** The handling units' 绩效考评 figures: one row per unit (one unit when asked). */
export function unitWorkbook(league: UnitLeague): Promise<Buffer> {
  const rows = league.rows.map((r) => ({ name: r.unit.name, values: r.values }));
  return leagueWorkbook('绩效考评', '承办单位', subtreeOf(league), league, rows);
}

/** e.g. 海川市政协承办单位绩效考评（2025年）, or one unit's: 海川市政协区教育局绩效考评（2025年）. */
export function unitFileName(league: UnitLeague, unitName?: string): string {
  return `${league.committee.name}${unitName ?? '承办单位'}绩效考评（${league.period.label}）`;
}

/** The league of 界别 / 联络组 / 专委会, as the table shows it. */
export function memberGroupWorkbook(league: MemberGroupLeague): Promise<Buffer> {
  const rows = league.rows.map((r) => ({ name: r.group.name, values: r.values }));
  return leagueWorkbook(`${league.byLabel}排行`, league.byLabel, subtreeOf(league), league, rows);
}

/** e.g. 海川市政协界别履职排行（2025年）. */
export const memberGroupFileName = (league: MemberGroupLeague) =>
  `${league.committee.name}${league.byLabel}履职排行（${league.period.label}）`;
