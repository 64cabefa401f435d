import type { EChartOption } from '../../components/EChart';
import type { CockpitSection } from './types';

export type CockpitTrend = NonNullable<CockpitSection['trend']>;

/** A cockpit trend as an ECharts option: this period's bars, last year's dashed line beside them. */
export function trendOption(trend: CockpitTrend, wall: boolean): EChartOption {
  // Light text on the wall's dark ground. Elsewhere the key is left out, not set to undefined:
  // ECharts keeps a present key over its default, and an undefined axisLabel draws no labels.
  const light = (key: 'textStyle' | 'axisLabel') => (wall ? { [key]: { color: '#e6f4ff' } } : {});
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, ...light('textStyle') },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: trend.labels, ...light('axisLabel') },
    yAxis: { type: 'value', minInterval: 1, ...light('axisLabel') },
    series: [
      { name: `本期${trend.label}`, type: 'bar', data: trend.values, itemStyle: { color: '#1677ff' } },
      ...(trend.previous
        ? [
            {
              name: `上年${trend.label}`,
              type: 'line',
              data: trend.previous,
              lineStyle: { type: 'dashed' },
              itemStyle: { color: '#fa8c16' },
            },
          ]
        : []),
    ],
  };
}
