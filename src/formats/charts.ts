// Charts of a report (issue 22): Apache ECharts rendered to SVG on the server
// (its SSR mode: no DOM, no browser). Only the line, bar and pie charts and the
// SVG renderer are bundled (echarts/core), and only a command that draws charts
// loads this module. The SVG goes into the HTML; the PDF draws the same charts from the
// same data with pdfkit (formats/pdf.ts drawChart), without ECharts or SVG parsing.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Chart } from './doc.js';
import { PALETTE } from './palette.js';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

export const CHART_SIZE = { width: 520, height: 230 };

export { PALETTE };

const FONT = "'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"; // single quotes: echarts writes it into a double-quoted style attribute unescaped

function option(c: Chart): Record<string, unknown> {
  const pct = c.percent;
  const axisLabel = pct ? { formatter: (v: number) => `${Math.round(v * 100)}%` } : {};
  const series = c.series.map((s) => ({
    name: s.name,
    type: c.kind,
    data: s.values,
    connectNulls: false,
    label: c.kind === 'bar' ? { show: true, position: 'top', fontSize: 10 } : undefined,
    ...(c.target !== undefined && c.target !== null && s === c.series[0]
      ? {
          markLine: {
            symbol: 'none',
            silent: true,
            label: { formatter: c.targetLabel ?? '', position: 'insideEndTop', fontSize: 10 },
            lineStyle: { type: 'dashed', color: '#c62828' },
            data: [{ yAxis: c.target }],
          },
        }
      : {}),
  }));
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    title: { text: c.title, left: 'center', textStyle: { fontSize: 13, fontFamily: FONT } },
    legend: c.series.length > 1 ? { bottom: 0, textStyle: { fontSize: 10 } } : undefined,
    grid: { left: 48, right: 20, top: 36, bottom: c.series.length > 1 ? 48 : 28 },
    xAxis: { type: 'category', data: c.x, axisLabel: { fontSize: 10, interval: 0, rotate: c.x.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', min: pct ? 0 : undefined, max: pct ? 1 : undefined, axisLabel: { fontSize: 10, ...axisLabel } },
    series,
  };
}

/** One chart as an SVG string. */
export function chartSvg(c: Chart): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  try {
    chart.setOption(option(c));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
