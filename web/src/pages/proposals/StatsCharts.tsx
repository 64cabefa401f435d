import { FunnelChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import type { StatsResult, StatsRow } from '../../../../domain/proposal-stats';
import { EChart, type EChartOption } from '../../components/EChart';

// The shared wrapper registers bars, lines and pies; the funnel is only drawn here.
echarts.use([FunnelChart]);

const RED = '#b7282e';
const GOLD = '#d48806';
const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** The most units one chart shows: those with the most assignments. */
export const CHART_UNITS = 30;

/**
 * 办复率 and 满意率 of each handling unit as horizontal bars (unit names stay readable on a
 * phone), sorted by 办复率 with the lowest at the bottom of the league table; when there are
 * more units than fit, the ones with the most assignments.
 */
export function UnitRatesChart({ rows }: { rows: StatsRow[] }) {
  const labelWidth = window.innerWidth < 576 ? 84 : 150;
  const option = useMemo<EChartOption>(() => {
    const shown = [...rows].sort((a, b) => b.assigned - a.assigned).slice(0, CHART_UNITS);
    const sorted = shown.sort((a, b) => (a.replyRate ?? -1) - (b.replyRate ?? -1));
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => `${v}%` },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        data: sorted.map((r) => r.label),
        axisLabel: { width: labelWidth, overflow: 'truncate' },
      },
      series: [
        { type: 'bar', name: '办复率', data: sorted.map((r) => pct(r.replyRate)), itemStyle: { color: RED } },
        {
          type: 'bar',
          name: '满意率',
          data: sorted.map((r) => pct(r.satisfactionRate)),
          itemStyle: { color: GOLD },
        },
      ],
    };
  }, [rows, labelWidth]);
  return <EChart option={option} height={Math.max(220, Math.min(rows.length, CHART_UNITS) * 30 + 60)} />;
}

/** A/B/C … shares of the current replies, with each level's meaning in the tooltip. */
export function ReplyCategoryPie({ result }: { result: StatsResult }) {
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          label: { position: 'inside', formatter: '{d}%', color: '#fff' },
          data: result.replyCategories.map((l) => ({
            name: `${l.code}类`,
            value: result.total.replyCategories[l.code] ?? 0,
          })),
        },
      ],
      color: [RED, GOLD, '#8c8c8c', '#1677ff'],
    }),
    [result],
  );
  return <EChart option={option} height={280} />;
}

/** How far the proposals got: received → registered → assigned → replied → implementation marked → done. */
export function StatusFunnel({ total }: { total: StatsRow }) {
  const option = useMemo<EChartOption>(() => {
    const steps: [string, number | null][] = [
      ['收到', total.received],
      ['立案', total.registered],
      ['交办', total.assigned],
      ['已办复', total.replied],
      ['已认定落实', total.marked],
      ['已落实', total.implemented],
    ];
    const data = steps.map(([name, value]) => ({ name, value: value ?? 0 }));
    return {
      tooltip: { trigger: 'item', formatter: '{b}：{c} 件' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          min: 0,
          max: Math.max(1, ...data.map((d) => d.value)),
          minSize: '30%',
          label: { position: 'inside', formatter: '{b} {c}' },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
          data,
        },
      ],
      color: ['#b7282e', '#c9453c', '#d8634f', '#e58466', '#efa583', '#f6c7a7'],
    };
  }, [total]);
  return <EChart option={option} height={280} />;
}
