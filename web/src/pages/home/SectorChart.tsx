import { useMemo } from 'react';
import { EChart, type EChartOption } from '../../components/EChart';

/**
 * Serving members per sector as horizontal bars (long sector names stay readable on a phone),
 * the largest sector on top.
 */
export function SectorChart({ data }: { data: { name: string; count: number }[] }) {
  const option = useMemo<EChartOption>(() => {
    const rows = [...data].reverse();
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        axisLabel: { width: 110, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: '在任委员',
          data: rows.map((r) => r.count),
          itemStyle: { color: '#b7282e' },
          label: { show: true, position: 'right' },
        },
      ],
    };
  }, [data]);
  return <EChart option={option} height={Math.max(200, data.length * 26 + 24)} />;
}
