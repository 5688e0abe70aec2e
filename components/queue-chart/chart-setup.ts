/**
 * The one module that touches Chart.js: it registers only the parts the queue charts
 * use (never `chart.js/auto`) and builds and updates their charts. Elements import it
 * lazily (`import('./chart-setup.js')`), so a page without a chart does not load
 * Chart.js in the per-module build.
 *
 * @module
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type Scale,
} from 'chart.js';
import { AGENT_SEGMENTS, timeTicks, type AgentRow, type TrendData } from './chart-data.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

export { Chart };

/** Colours and font read from the element's resolved theme tokens. */
export interface ChartTheme {
  /** Axis labels and legend text. */
  readonly text: string;
  /** Secondary text (axis titles). */
  readonly muted: string;
  /** Grid lines. */
  readonly grid: string;
  /** Background (separates bar segments). */
  readonly surface: string;
  /** Font family. */
  readonly font: string;
  /** Font size of ticks and axis titles, px (the legend one larger). */
  readonly fontSize: number;
  /** One colour per agent segment, in {@link AGENT_SEGMENTS} order. */
  readonly segments: readonly string[];
  /** Calls-in-queue line. */
  readonly calls: string;
  /** Longest-wait line. */
  readonly wait: string;
}

/** The words a chart shows (from the element's catalogue). */
export interface ChartWords {
  /** Legend label per agent segment, in {@link AGENT_SEGMENTS} order. */
  readonly segments: readonly string[];
  /** Axis title of the agents chart. */
  readonly agents: string;
  /** Calls-in-queue series and axis title. */
  readonly calls: string;
  /** Longest-wait series and axis title (minutes). */
  readonly waitMinutes: string;
  /** Formats an axis number. */
  readonly number: (value: number) => string;
  /** Formats a time tick (viewer's locale and zone). */
  readonly time: (epochMs: number) => string;
}

/** The agents chart's content. */
export interface AgentsInput {
  readonly kind: 'agents';
  readonly rows: readonly AgentRow[];
}

/** The trend chart's content. */
export interface TrendInput {
  readonly kind: 'trend';
  readonly trend: TrendData;
}

/** What a chart shows. */
export type ChartInput = AgentsInput | TrendInput;

/** A trend point: time (epoch ms) and value. */
type Point = { x: number; y: number | null };
/** A queue chart's configuration: bars of numbers or lines of points. */
type QueueChartConfig = ChartConfiguration<'bar' | 'line', (number | null | Point)[], string>;

/** Options every chart shares: no animation when motion is reduced, resizing with its wrapper. */
function baseOptions(theme: ChartTheme, animate: boolean) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? { duration: 250 } : (false as const),
    color: theme.text,
    font: { family: theme.font, size: theme.fontSize },
    plugins: {
      legend: {
        position: 'top' as const,
        labels: {
          color: theme.text,
          font: { family: theme.font, size: theme.fontSize + 1 },
          boxWidth: theme.fontSize + 2,
        },
      },
      tooltip: { enabled: true },
    },
  };
}

function axisStyle(theme: ChartTheme) {
  return {
    ticks: { color: theme.text, font: { family: theme.font, size: theme.fontSize } },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
}

/** A chart's configuration for `input`. */
export function chartConfig(
  input: ChartInput,
  theme: ChartTheme,
  words: ChartWords,
  animate: boolean,
): QueueChartConfig {
  return input.kind === 'agents'
    ? agentsConfig(input, theme, words, animate)
    : trendConfig(input, theme, words, animate);
}

function agentsConfig(
  input: AgentsInput,
  theme: ChartTheme,
  words: ChartWords,
  animate: boolean,
): QueueChartConfig {
  const axis = axisStyle(theme);
  return {
    type: 'bar',
    data: {
      labels: input.rows.map((row) => row.name),
      datasets: agentDatasets(input, theme, words),
    },
    options: {
      ...baseOptions(theme, animate),
      indexAxis: 'y',
      scales: {
        x: {
          stacked: true,
          beginAtZero: true,
          ...axis,
          ticks: { ...axis.ticks, precision: 0, callback: (value) => words.number(Number(value)) },
          title: { display: true, text: words.agents, color: theme.muted },
        },
        // Every queue named: a bar without its name means nothing.
        y: {
          stacked: true,
          ...axis,
          ticks: { ...axis.ticks, autoSkip: false },
          grid: { display: false },
        },
      },
    },
  };
}

function agentDatasets(
  input: AgentsInput,
  theme: ChartTheme,
  words: ChartWords,
): ChartDataset<'bar', (number | null)[]>[] {
  return AGENT_SEGMENTS.map((segment, s) => ({
    type: 'bar' as const,
    label: words.segments[s] ?? segment.key,
    data: input.rows.map((row) => row.values[s] ?? null),
    backgroundColor: theme.segments[s] ?? theme.muted,
    borderColor: theme.surface,
    borderWidth: 1,
    borderSkipped: false,
    maxBarThickness: 40,
  }));
}

function trendConfig(
  input: TrendInput,
  theme: ChartTheme,
  words: ChartWords,
  animate: boolean,
): QueueChartConfig {
  const axis = axisStyle(theme);
  return {
    type: 'line',
    data: { labels: [], datasets: trendDatasets(input, theme, words) },
    options: {
      ...baseOptions(theme, animate),
      interaction: { mode: 'index', intersect: false },
      parsing: false,
      spanGaps: false,
      scales: {
        x: {
          type: 'linear',
          min: input.trend.from,
          max: input.trend.to,
          ...axis,
          ticks: { ...axis.ticks, callback: (value) => words.time(Number(value)) },
          // Round local clock times, not round epoch numbers.
          afterBuildTicks: (scale: Scale) => {
            const max = Math.max(2, Math.floor(scale.width / 70));
            scale.ticks = timeTicks(Number(scale.min), Number(scale.max), max).map((value) => ({
              value,
            }));
          },
        },
        calls: {
          type: 'linear',
          position: 'left',
          beginAtZero: true,
          ...axis,
          ticks: { ...axis.ticks, precision: 0, callback: (value) => words.number(Number(value)) },
          title: { display: true, text: words.calls, color: theme.muted },
        },
        wait: {
          type: 'linear',
          position: 'right',
          beginAtZero: true,
          ...axis,
          grid: { drawOnChartArea: false },
          ticks: { ...axis.ticks, callback: (value) => words.number(Number(value)) },
          title: { display: true, text: words.waitMinutes, color: theme.muted },
        },
      },
    },
  };
}

function trendDatasets(
  input: TrendInput,
  theme: ChartTheme,
  words: ChartWords,
): ChartDataset<'line', { x: number; y: number | null }[]>[] {
  const { times, calls, waitMinutes } = input.trend;
  const points = (values: readonly (number | null)[]) =>
    times.map((x, i) => ({ x, y: values[i] ?? null }));
  return [
    {
      type: 'line',
      label: words.calls,
      yAxisID: 'calls',
      data: points(calls),
      borderColor: theme.calls,
      backgroundColor: theme.calls,
      borderWidth: 2.5,
      pointRadius: 0,
      pointHoverRadius: 4,
      stepped: 'before',
    },
    {
      type: 'line',
      label: words.waitMinutes,
      yAxisID: 'wait',
      data: points(waitMinutes),
      borderColor: theme.wait,
      backgroundColor: theme.wait,
      borderWidth: 2,
      // Dashed: told apart from the calls by more than colour.
      borderDash: [6, 4],
      pointRadius: 0,
      pointHoverRadius: 4,
      tension: 0,
    },
  ];
}

/**
 * Brings `chart` to `input` in place: the datasets' data arrays and the labels are
 * replaced, the chart object and its datasets are kept, and nothing animates
 * (`update('none')`). Colours and words change only with `restyle`.
 */
export function updateChart(
  chart: Chart,
  input: ChartInput,
  theme: ChartTheme,
  words: ChartWords,
  animate: boolean,
  restyle: boolean,
): void {
  if (restyle) {
    const fresh = chartConfig(input, theme, words, animate);
    chart.options = fresh.options as typeof chart.options;
    const datasets = fresh.data.datasets;
    chart.data.datasets.forEach((dataset, i) =>
      Object.assign(dataset, datasets[i], { data: dataset.data }),
    );
  }
  if (input.kind === 'agents') {
    chart.data.labels = input.rows.map((row) => row.name);
    AGENT_SEGMENTS.forEach((_, s) => {
      const dataset = chart.data.datasets[s];
      if (dataset) dataset.data = input.rows.map((row) => row.values[s] ?? null);
    });
  } else {
    const { times, calls, waitMinutes, from, to } = input.trend;
    const [callSet, waitSet] = chart.data.datasets;
    if (callSet) callSet.data = times.map((x, i) => ({ x, y: calls[i] ?? null }));
    if (waitSet) waitSet.data = times.map((x, i) => ({ x, y: waitMinutes[i] ?? null }));
    const x = chart.options.scales?.['x'];
    if (x) {
      x.min = from;
      x.max = to;
    }
  }
  chart.update('none');
}

/** Creates the chart for `input` on `canvas`. */
export function createChart(
  canvas: HTMLCanvasElement,
  input: ChartInput,
  theme: ChartTheme,
  words: ChartWords,
  animate: boolean,
): Chart {
  return new Chart(canvas, chartConfig(input, theme, words, animate) as ChartConfiguration);
}
