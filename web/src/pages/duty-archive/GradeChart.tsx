import { useMemo } from 'react';
import { EChart, type EChartOption } from '../../components/EChart';
import type { Distribution } from '../../features/duty-archive/types';
import { BRAND_RED } from '../../theme/brand';

/** The grade distribution as bars (loaded as a chunk of its own: ECharts never reaches a member's pages). */
export function GradeChart({ d }: { d: Distribution }) {
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: d.grades.map((g) => g.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: '人数',
          data: d.grades.map((g) => g.count),
          itemStyle: { color: BRAND_RED },
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [d],
  );
  return <EChart option={option} height={260} />;
}
