/**
 * `<connects-queue-chart>`: agents by state per queue, or the calls-in-queue and
 * longest-wait trend, drawn with Chart.js and told in a table for screen readers.
 *
 * @module
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Chart } from 'chart.js';
import type { ConnectsStore } from '../../src/store/connects-store.js';
import type { QueueState, StoreState } from '../../src/store/state.js';
import { renderCondition, renderStale, type Condition } from '../internal/conditions.js';
import { ConnectsElement } from '../internal/connects-element.js';
import { formatClockTime, formatNumber, renderValue } from '../internal/format.js';
import type { Catalogue } from '../internal/i18n/catalogue.js';
import { queueStatus, type ElementStatus } from '../internal/status.js';
import { shownEscalation } from '../internal/thresholds.js';
import { RenderGate } from '../internal/render-gate.js';
import { isSelected, parseQueueSelection } from '../internal/selection.js';
import { parseSort, sortRows, type SortableRow } from '../internal/sorting.js';
import {
  AGENT_SEGMENTS,
  agentRows,
  trendData,
  type AgentRow,
  type AgentSegmentKey,
  type TrendData,
} from './chart-data.js';
import type * as ChartSetup from './chart-setup.js';
import type { ChartInput, ChartTheme, ChartWords } from './chart-setup.js';
import { styles } from './connects-queue-chart.styles.js';

/** What a queue chart shows. */
export type QueueChartKind = 'agents' | 'trend';

type ChartModule = typeof ChartSetup;

let chartModule: Promise<ChartModule> | undefined;
/** The module once loaded: updates then run in the same task as the render. */
let loadedChartModule: ChartModule | undefined;

/** Chart.js and the chart builders, loaded on first use (one request per page). */
function loadChartModule(): Promise<ChartModule> {
  chartModule ??= import('./chart-setup.js').then((module) => (loadedChartModule = module));
  return chartModule;
}

/** The slice the chart follows: the queues, the feed's age, the history's revision. */
interface ChartSlice {
  readonly queues: StoreState['queues'];
  readonly lastQueueEventAt: number | null;
  readonly historyRevision: number;
}

const sameSlice = (a: ChartSlice, b: ChartSlice): boolean =>
  a.queues === b.queues &&
  a.lastQueueEventAt === b.lastQueueEventAt &&
  a.historyRevision === b.historyRevision;

/** The words of each agent segment, in {@link AGENT_SEGMENTS} order. */
const SEGMENT_WORDS: Readonly<Record<AgentSegmentKey, (t: Catalogue) => string>> = {
  ready: (t) => t.chartReady,
  'not-ready': (t) => t.chartNotReady,
  'talking-inbound': (t) => t.chartTalkingInbound,
  'talking-outbound': (t) => t.chartTalkingOutbound,
  'talking-internal': (t) => t.chartTalkingInternal,
  'wrap-up': (t) => t.chartWrapUp,
};

/** What is on screen: the chart's input plus what the text alternative needs. */
type View =
  | { readonly kind: 'agents'; readonly rows: readonly AgentRow[] }
  | {
      readonly kind: 'trend';
      readonly trend: TrendData;
      /** The queue shown; `null` for the totals. */
      readonly queue: QueueState | null;
    };

const EMPTY_VIEW: View = { kind: 'agents', rows: [] };

/**
 * A font size token in px: `16`, `16px`, `1.1rem` (of the root's font size) or `1.2em`
 * (of `host`'s); `fallback` for anything else or outside 8–64 px.
 */
function fontSizePx(token: string, host: Element, fallback: number): number {
  const value = Number.parseFloat(token);
  const unit = token.trim().replace(/^[-+]?[\d.]+/, '');
  const base =
    unit === 'rem'
      ? Number.parseFloat(getComputedStyle(document.documentElement).fontSize)
      : unit === 'em'
        ? Number.parseFloat(getComputedStyle(host).fontSize)
        : unit === 'px' || unit === ''
          ? 1
          : Number.NaN;
  const px = value * base;
  return Number.isFinite(px) && px >= 8 && px <= 64 ? Math.round(px * 10) / 10 : fallback;
}

const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Media queries whose change alters the resolved theme tokens or the motion preference. */
const THEME_QUERIES = [
  '(prefers-color-scheme: dark)',
  '(prefers-contrast: more)',
  '(forced-colors: active)',
  '(prefers-reduced-motion: reduce)',
];

/**
 * A queue chart, drawn with Chart.js:
 * - `kind="agents"` (default): one stacked horizontal bar per queue, agents by state
 *   (Ready, Not Ready, Talking inbound / outbound / internal, Wrap-Up), with a legend;
 *   the queues and their order follow the queue board's rules (`queues`, `sort`);
 * - `kind="trend"`: calls in queue and the longest wait (second axis, minutes) over the
 *   last `minutes` from the store's history, for one queue (`queue`) or all of them.
 *
 * A visually hidden table carries the same numbers for screen readers. The chart is
 * created once, updated in place at most `max-updates-per-second` times, resized with
 * the element, and destroyed when the element leaves the page (rebuilt if it comes
 * back). Chart.js is loaded on first use. Colours come from the theme tokens and are
 * read again when the theme changes; nothing animates under `prefers-reduced-motion`.
 *
 * @summary Agents by state per queue, or the queue trend, as a chart with a text alternative.
 *
 * @cssproperty --connects-queue-chart-font-size - Text size of the axes and legend: px, rem or em (default 12px); the wallboard sets it in step with its own text. Read when the chart is drawn and on `refreshTheme()`.
 * @cssproperty --connects-queue-chart-height - Height of the chart when its container gives it none (default: trend 18rem; agents by the number of bars); in a container of fixed height the chart fills it.
 * @cssproperty --connects-queue-chart-bar-size - Room per queue in the agents chart (default 2.25rem).
 * @cssproperty --connects-queue-chart-ready - Colour of Ready.
 * @cssproperty --connects-queue-chart-not-ready - Colour of Not Ready.
 * @cssproperty --connects-queue-chart-talking-inbound - Colour of Talking inbound.
 * @cssproperty --connects-queue-chart-talking-outbound - Colour of Talking outbound.
 * @cssproperty --connects-queue-chart-talking-internal - Colour of Talking internal.
 * @cssproperty --connects-queue-chart-wrap-up - Colour of Wrap-Up.
 * @cssproperty --connects-queue-chart-calls - Colour of the calls-in-queue line (default: the accent).
 * @cssproperty --connects-queue-chart-wait - Colour of the longest-wait line (dashed).
 * @csspart chart - The figure holding the chart and its text alternative.
 * @csspart canvas-box - The sized box the canvas fills.
 * @csspart canvas - The chart's canvas.
 * @csspart table - The visually hidden table with the same numbers.
 */
@customElement('connects-queue-chart')
export class ConnectsQueueChart extends ConnectsElement {
  static override styles = [ConnectsElement.styles, styles];

  /** `agents` (agents by state per queue) or `trend` (calls in queue and longest wait over time). */
  @property({ reflect: true })
  kind: QueueChartKind = 'agents';

  /** Agents: which queues to show, comma-separated ids or names (`"Sales, 5001"`); empty shows all. */
  @property()
  queues: string | undefined;

  /**
   * Agents: the order of the bars, as on the queue board: a key (`escalation`, `name`,
   * a statistic's reference name, `startTimeOfLongestCallInQueue`) and optionally
   * `asc` or `desc`. Default: escalation, then the longest wait.
   */
  @property()
  sort: string | undefined;

  /** Trend: the queue (id or name); without it, the totals of all queues. */
  @property()
  queue: string | undefined;

  /** Trend: minutes shown, up to now (default 60; the store keeps one hour). */
  @property({ type: Number })
  minutes = 60;

  /** Chart updates per second at most, however fast events arrive (default 1). */
  @property({ attribute: 'max-updates-per-second', type: Number })
  maxUpdatesPerSecond = 1;

  /** Seconds without any queue event after which the chart is marked stale (default 120). */
  @property({ attribute: 'stale-after', type: Number })
  staleAfter = 120;

  /** Accessible name of the chart (default: what it shows). */
  @property()
  label: string | undefined;

  /**
   * Reflected, set by the chart: no queue event for `stale-after` seconds while queue
   * data is enabled. The chart stays visible, marked with its age.
   */
  @property({ type: Boolean, reflect: true })
  stale = false;

  private readonly slice = this.select<ChartSlice>(
    (s) => ({
      queues: s.queues,
      lastQueueEventAt: s.lastQueueEventAt,
      historyRevision: s.history.revision,
    }),
    sameSlice,
  );

  private readonly gate = new RenderGate(() => this.requestUpdate());

  @query('canvas') private canvas!: HTMLCanvasElement | null;

  /** Bumped when the theme or the motion preference changes: the chart is restyled. */
  @state() private themeRevision = 0;

  private view: View = EMPTY_VIEW;
  private viewInputs: readonly unknown[] = [];
  /** Why the trend's queue is not shown (`queue` names none of the queues). */
  private missingQueue: string | null = null;

  private chart: Chart | undefined;
  private chartKind: QueueChartKind | undefined;
  private drawnView: View | undefined;
  private drawnTheme: ChartTheme | undefined;
  private drawnStyle: readonly unknown[] = [];
  /** Bumped on disconnect: a chart module arriving afterwards creates nothing. */
  private connection = 0;
  private stopWatchingTheme: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchTheme();
    // Moved or re-inserted: the chart was destroyed on disconnect; draw it again.
    if (this.hasUpdated) void this.ensureChart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connection += 1;
    this.gate.cancel();
    this.stopWatchingTheme?.();
    this.stopWatchingTheme = undefined;
    this.destroyChart();
  }

  protected override selectStatus(s: StoreState): ElementStatus {
    return queueStatus(s);
  }

  protected override condition(): Condition | null {
    const condition = super.condition();
    if (condition !== null) return condition;
    if (this.missingQueue !== null) return 'empty';
    if (this.kind !== 'trend' && this.view.kind === 'agents' && this.view.rows.length === 0)
      return 'empty';
    return null;
  }

  /** Redrawn each second while enabled, to notice a quiet feed. */
  protected override isLive(): boolean {
    return this.status === 'enabled';
  }

  /**
   * Store notifications and ticks go through the render gate (at most
   * `max-updates-per-second`); a change the owner made renders at once.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (changed.size === 0 && this.hasUpdated && !this.gate.admit()) return false;
    this.gate.rendered();
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('maxUpdatesPerSecond')) this.gate.maxPerSecond = this.maxUpdatesPerSecond;
    this.refreshView();
    this.refreshStale();
  }

  protected override render(): unknown {
    // The chart's canvas stays in the DOM under a condition screen (hidden), so the
    // one chart is never re-created by a status change.
    const condition = this.condition();
    const screen =
      condition === 'empty' && this.missingQueue !== null
        ? renderCondition('empty', {
            locale: this.locale,
            detail: this.locale.t.chartQueueMissing(this.missingQueue),
          })
        : condition !== null
          ? super.render()
          : nothing;
    return html`${screen}
      <div class="content" ?hidden=${condition !== null}>${this.renderContent()}</div>`;
  }

  protected override renderContent(): unknown {
    const { t } = this.locale;
    const name = this.label ?? this.defaultLabel(t);
    const slice = this.slice.value;
    const staleNotice =
      this.stale && slice.lastQueueEventAt !== null
        ? renderStale(this.storeNow() - slice.lastQueueEventAt, this.locale)
        : nothing;
    const bars = this.view.kind === 'agents' ? Math.max(1, this.view.rows.length) : 0;
    return html`${staleNotice}
      <figure class="chart ${this.stale ? 'stale' : ''}" part="chart">
        <div
          class="canvas-box ${this.kind}"
          part="canvas-box"
          style=${styleMap({ '--_bars': String(bars) })}
        >
          <canvas part="canvas" role="img" aria-label=${name}></canvas>
        </div>
        ${guard([this.view, this.locale, name], () => this.renderTable(name))}
      </figure>`;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    void this.ensureChart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('kind') && this.chart && this.chartKind !== this.kind) {
      this.destroyChart();
      void this.ensureChart();
      return;
    }
    this.drawChart();
  }

  /** Reads the theme tokens again, e.g. after the page changed `--connects-color-*` at runtime. */
  refreshTheme(): void {
    this.themeRevision += 1;
  }

  private defaultLabel(t: Catalogue): string {
    if (this.view.kind === 'agents') return t.chartAgentsLabel;
    return t.chartTrendLabel(this.view.queue?.name ?? t.chartAllQueues, this.windowMinutes());
  }

  private windowMinutes(): number {
    return Number.isFinite(this.minutes) && this.minutes > 0 ? this.minutes : 60;
  }

  /** Recomputes what is shown when anything it depends on changed. */
  private refreshView(): void {
    const { queues, historyRevision } = this.slice.value;
    const inputs =
      this.kind === 'trend'
        ? ['trend', queues, historyRevision, this.queue, this.windowMinutes()]
        : ['agents', queues, this.queues, this.sort];
    if (
      inputs.length === this.viewInputs.length &&
      inputs.every((v, i) => v === this.viewInputs[i])
    )
      return;
    this.viewInputs = inputs;
    this.missingQueue = null;
    if (this.kind === 'trend') {
      const store = this.connectsStore;
      const queue = this.findQueue(queues);
      if (this.queue?.trim() && !queue) this.missingQueue = this.queue.trim();
      this.view = {
        kind: 'trend',
        queue,
        trend: trendData(
          store ?? NO_HISTORY,
          queue?.id ?? null,
          this.windowMinutes(),
          this.storeNow(),
        ),
      };
    } else {
      const selection = parseQueueSelection(this.queues);
      const now = this.now();
      const rows: SortableRow[] = [];
      let index = 0;
      for (const queue of queues.values()) {
        if (isSelected(queue, selection))
          rows.push({ queue, escalation: shownEscalation(queue, {}, now), index });
        index += 1;
      }
      const sorted = sortRows(rows, parseSort(this.sort));
      this.view = { kind: 'agents', rows: agentRows(sorted.map((row) => row.queue)) };
    }
  }

  /** The trend's queue: by id, else by name in any case; `null` for the totals or none found. */
  private findQueue(queues: StoreState['queues']): QueueState | null {
    const wanted = this.queue?.trim();
    if (!wanted) return null;
    const byId = queues.get(wanted);
    if (byId) return byId;
    const name = wanted.toLocaleLowerCase();
    for (const queue of queues.values()) if (queue.name.toLocaleLowerCase() === name) return queue;
    return null;
  }

  /** Updates `stale`: no queue event for `stale-after` seconds while enabled. */
  private refreshStale(): void {
    const last = this.slice.value.lastQueueEventAt;
    const limit = this.staleAfter > 0 ? this.staleAfter * 1000 : 120_000;
    this.stale = this.status === 'enabled' && last !== null && this.storeNow() - last >= limit;
  }

  private renderTable(caption: string): TemplateResult {
    const { locale } = this;
    const { t } = locale;
    const number = (value: number | null) => renderValue(formatNumber(value, locale), locale);
    if (this.view.kind === 'agents') {
      return html`<div class="visually-hidden">
        <table part="table">
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.chartQueue}</th>
              ${AGENT_SEGMENTS.map((segment) => html`<th scope="col">${SEGMENT_WORDS[segment.key](t)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.view.rows.map(
              (row) =>
                html`<tr data-queue-id=${row.id}>
                  <th scope="row">${row.name}</th>
                  ${row.values.map(
                    (value, s) =>
                      html`<td data-segment=${AGENT_SEGMENTS[s]?.key ?? ''}>${number(value)}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    }
    const { trend } = this.view;
    return html`<div class="visually-hidden">
      <table part="table">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.chartTime}</th>
            <th scope="col">${t.chartCalls}</th>
            <th scope="col">${t.chartWaitMinutes}</th>
          </tr>
        </thead>
        <tbody>
          ${
            trend.times.length === 0
              ? html`<tr>
                  <td colspan="3">${t.chartNoSamples}</td>
                </tr>`
              : trend.times.map(
                  (time, i) =>
                    html`<tr data-time=${time}>
                      <th scope="row">${formatClockTime(time, locale)}</th>
                      <td data-series="calls">${number(trend.calls[i] ?? null)}</td>
                      <td data-series="wait">${number(trend.waitMinutes[i] ?? null)}</td>
                    </tr>`,
                )
          }
        </tbody>
      </table>
    </div>`;
  }

  /** The chart's input for the current view. */
  private chartInput(): ChartInput {
    return this.view.kind === 'agents'
      ? { kind: 'agents', rows: this.view.rows }
      : { kind: 'trend', trend: this.view.trend };
  }

  private chartWords(): ChartWords {
    const { locale } = this;
    const { t } = locale;
    return {
      segments: AGENT_SEGMENTS.map((segment) => SEGMENT_WORDS[segment.key](t)),
      agents: t.chartAgents,
      calls: t.chartCalls,
      waitMinutes: t.chartWaitMinutes,
      number: (value) => formatNumber(value, locale) ?? '',
      time: (epochMs) => formatClockTime(epochMs, locale) ?? '',
    };
  }

  /** The resolved theme tokens, read from the element's computed style. */
  private chartTheme(): ChartTheme {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) =>
      style.getPropertyValue(name).trim() || fallback;
    const text = read('--_connects-text', '#1d1d1f');
    return {
      text,
      muted: read('--_connects-muted', text),
      grid: read('--_connects-border', '#c8c8cf'),
      surface: read('--_connects-surface', '#ffffff'),
      font: read('--_connects-font-family', 'system-ui, sans-serif'),
      fontSize: fontSizePx(read('--connects-queue-chart-font-size', ''), this, 12),
      segments: AGENT_SEGMENTS.map((segment) =>
        read(`--_connects-queue-chart-${segment.key}`, text),
      ),
      calls: read('--_connects-queue-chart-calls', text),
      wait: read('--_connects-queue-chart-wait', text),
    };
  }

  /** Creates the chart once per connection (Chart.js is loaded on first use). */
  private async ensureChart(): Promise<void> {
    if (this.chart || !this.isConnected) return;
    const connection = this.connection;
    const module = await loadChartModule();
    if (connection !== this.connection || this.chart || !this.isConnected) return;
    const canvas = this.canvas;
    if (!canvas) return;
    const theme = this.chartTheme();
    this.chart = module.createChart(
      canvas,
      this.chartInput(),
      theme,
      this.chartWords(),
      !reducedMotion(),
    );
    this.chartKind = this.kind;
    this.drawnTheme = theme;
    this.drawnView = this.view;
    this.drawnStyle = [this.themeRevision, this.locale];
  }

  /** Brings the chart to the view in place, when the view, the theme or the language changed. */
  private drawChart(): void {
    const chart = this.chart;
    const module = loadedChartModule;
    if (!chart || !module) return;
    const style = [this.themeRevision, this.locale];
    const restyle = style.some((value, i) => value !== this.drawnStyle[i]);
    if (!restyle && this.drawnView === this.view) return;
    const theme = restyle ? this.chartTheme() : this.drawnTheme;
    if (!theme) return;
    module.updateChart(
      chart,
      this.chartInput(),
      theme,
      this.chartWords(),
      !reducedMotion(),
      restyle,
    );
    this.drawnTheme = theme;
    this.drawnView = this.view;
    this.drawnStyle = style;
  }

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.chartKind = undefined;
    this.drawnView = undefined;
  }

  /** Restyles the chart when the theme in force or the motion preference changes. */
  private watchTheme(): void {
    if (this.stopWatchingTheme) return;
    const restyle = () => this.refreshTheme();
    const observer = new MutationObserver(restyle);
    observer.observe(this, { attributes: true, attributeFilter: ['effective-theme'] });
    const queries =
      typeof matchMedia === 'function' ? THEME_QUERIES.map((query) => matchMedia(query)) : [];
    for (const query of queries) query.addEventListener('change', restyle);
    this.stopWatchingTheme = () => {
      observer.disconnect();
      for (const query of queries) query.removeEventListener('change', restyle);
    };
  }
}

/** A history source with nothing in it (no store yet). */
const NO_HISTORY = {
  getHistory: () => undefined,
  getTotalsHistory: () => ({ times: [], values: [] }),
} satisfies Pick<ConnectsStore, 'getHistory' | 'getTotalsHistory'>;

declare global {
  interface HTMLElementTagNameMap {
    'connects-queue-chart': ConnectsQueueChart;
  }
}
