import { useMemo } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// Only what the pages draw: this module (and ECharts with it) is loaded with the first chart
echarts.use([BarChart, FunnelChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent,
  TooltipComponent, CanvasRenderer]);

export interface ChartProps {
  /** What the chart shows, for screen readers (ECharts' own aria adds the data). */
  label: string;
  option: EChartsOption;
  height?: number;
}

/**
 * One chart. It marks itself data-rendered once ECharts has drawn it (its first frame painted after the option is
 * set), which scripts/measure.mjs and the e2e wait for ("the overview's last chart rendered").
 */
export default function Chart({ label, option, height = 280 }: ChartProps) {
  const withAria = useMemo<EChartsOption>(() => ({ aria: { enabled: true }, animation: false, ...option }), [option]);
  return (
    <div role="img" aria-label={label} data-chart={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={withAria}
        style={{ height }}
        notMerge
        onChartReady={(instance: echarts.ECharts) => {
          // ECharts paints on the next animation frame after setOption; the one after that has it on screen
          requestAnimationFrame(() => requestAnimationFrame(() => {
            instance.getDom().parentElement?.setAttribute('data-rendered', 'true');
          }));
        }}
      />
    </div>
  );
}
