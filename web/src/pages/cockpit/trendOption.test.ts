import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { trendOption } from './trendOption';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/** The chart drawn as SVG on the server side: its text is what a reader sees. */
function drawn(wall: boolean) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 240 });
  chart.setOption(
    trendOption(
      {
        figure: 'received',
        label: '收到',
        definition: '每月收到的提案',
        labels: ['1月', '2月', '3月'],
        values: [12, 30, 7],
        previous: [10, 20, 5],
      },
      wall,
    ),
  );
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe.each([false, true])('a cockpit trend (on the wall screen: %s)', (wall) => {
  it('names its months, its scale and both series', () => {
    const svg = drawn(wall);
    for (const text of ['1月', '3月', '30', '本期收到', '上年收到']) expect(svg).toContain(`>${text}<`);
  });
});
