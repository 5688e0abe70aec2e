import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { StoreState } from '../../src/store/state.js';
import type { Condition } from '../internal/conditions.js';
import { ConnectsElement } from '../internal/connects-element.js';
import { renderEscalation } from '../internal/escalation.js';
import {
  formatClockTime,
  formatDurationLong,
  formatNumber,
  formatTimer,
  renderValue,
} from '../internal/format.js';
import { resolveTheme, watchInheritedAttributes, type ThemeName } from '../internal/inherited.js';
import { queueStatus, type ElementStatus } from '../internal/status.js';
import { parseQueueSelection } from '../internal/selection.js';
import { wallboardKpis, type WallboardKpis } from './kpis.js';
import { styles } from './connects-wallboard.styles.js';

/** Optional parts of the wallboard, named in `show`. */
export type WallboardPart = 'agent' | 'calls';

/** The store slices the header depends on. */
interface HeaderSlice {
  readonly queues: StoreState['queues'];
  readonly lastQueueEventAt: number | null;
  readonly clock: StoreState['clock'];
}

const sameHeader = (a: HeaderSlice, b: HeaderSlice): boolean =>
  a.queues === b.queues && a.lastQueueEventAt === b.lastQueueEventAt && a.clock === b.clock;

/** Reads `show="agent calls"`: space- or comma-separated part names; others are ignored. */
export function parseWallboardParts(text: string | null | undefined): ReadonlySet<WallboardPart> {
  const parts = new Set<WallboardPart>();
  for (const token of (text ?? '').split(/[\s,]+/)) {
    const name = token.trim().toLowerCase();
    if (name === 'agent' || name === 'calls') parts.add(name);
  }
  return parts;
}

/**
 * A complete wallboard in one tag, for a TV or a full browser window: a header of big
 * figures (calls waiting in all queues, the longest wait and its queue, how many
 * queues are in Critical and in Warning, the age of the data), the queue board, and
 * two charts (agents by state per queue, and the trend of the queue chosen on the
 * board, else of all queues). It fills its box (by default the whole window) without
 * scrolling; the board pages through the queues when they do not fit.
 *
 * Dark unless a `theme` is set on it or an ancestor. `lang`, `theme`, `queues`, the
 * thresholds and `stale-after` reach every element inside. With `show="agent calls"`
 * it adds the agent's state and calls, for an agent's own screen.
 *
 * The figures follow the board's rules: only the queues in `queues` count, and a
 * queue counts as Critical or Warning at the level the board shows (reported by b+s
 * Connects, raised by the thresholds). Each figure carries `data-kpi` (`calls`,
 * `longest-wait`, `critical`, `warn`, `data-age`) with its value as visible text; a
 * value the source does not report shows `–`.
 *
 * ```html
 * <connects-wallboard queues="Sales, Support" warn-wait="60" critical-wait="180"></connects-wallboard>
 * <connects-wallboard show="agent calls" lang="de" theme="light"></connects-wallboard>
 * ```
 *
 * @summary The whole wallboard in one tag: headline figures, queue board and charts, full screen.
 * @fires connects-queue-select - From the board inside: a queue was chosen; the trend chart then shows that queue (choose it again to show all).
 * @csspart wallboard - The grid around everything.
 * @csspart header - The header: title, clock and figures.
 * @csspart title - The title.
 * @csspart clock - The time (the contact centre's clock, in the viewer's time zone).
 * @csspart kpis - The list of figures.
 * @csspart kpi - One figure's tile; carries `data-kpi` and, for Critical and Warning while any queue is in them, `data-level`.
 * @csspart kpi-label - A figure's label.
 * @csspart kpi-value - A figure's value.
 * @csspart kpi-detail - The line under a figure's value.
 * @csspart main - The area below the header.
 * @csspart board - The queue board.
 * @csspart side - The column beside the board (agent, calls, charts).
 * @csspart agent - The agent's state (with `show="agent"`).
 * @csspart calls - The agent's calls (with `show="calls"`).
 * @csspart agents-chart - The chart of agents by state.
 * @csspart trend-chart - The trend chart.
 * @cssproperty --connects-wallboard-height - Height of the wallboard (default the window's, `100dvh`).
 * @cssproperty --connects-wallboard-gap - Space between the areas (default twice the spacing unit).
 * @cssproperty --connects-wallboard-kpi-size - Size of the figures' values (default grows with the window).
 */
@customElement('connects-wallboard')
export class ConnectsWallboard extends ConnectsElement {
  static override styles = [ConnectsElement.styles, styles];

  /** The title (default "Wallboard"). */
  @property()
  label: string | undefined;

  /** Which queues to show and count: comma-separated ids or names (`"Sales, 5001"`); empty shows all. */
  @property()
  queues: string | undefined;

  /** Seconds the oldest call may wait before a queue shows at least Warning (raises only). */
  @property({ attribute: 'warn-wait', type: Number })
  warnWait: number | undefined;

  /** Seconds the oldest call may wait before a queue shows Critical (raises only). */
  @property({ attribute: 'critical-wait', type: Number })
  criticalWait: number | undefined;

  /** Calls in queue from which a queue shows at least Warning (raises only). */
  @property({ attribute: 'warn-calls', type: Number })
  warnCalls: number | undefined;

  /** Calls in queue from which a queue shows Critical (raises only). */
  @property({ attribute: 'critical-calls', type: Number })
  criticalCalls: number | undefined;

  /** Seconds without any queue event after which the figures, board and charts are marked stale (default 120). */
  @property({ attribute: 'stale-after', type: Number })
  staleAfter = 120;

  /** The board's layout: `tiles` (default, large tiles for a TV) or `table` (a row per queue). */
  @property({ attribute: 'board-layout', reflect: true })
  boardLayout: 'table' | 'tiles' = 'tiles';

  /** Optional parts, space-separated: `agent` (the agent's state), `calls` (the agent's calls). */
  @property({ reflect: true })
  show: string | undefined;

  /**
   * Reflected, set by the wallboard: no queue event for `stale-after` seconds while
   * queue data is enabled. The figures stay visible, marked stale.
   */
  @property({ type: Boolean, reflect: true })
  stale = false;

  /** The queue whose trend the chart shows (chosen on the board); unset: all queues. */
  @state() private trendQueue: string | undefined;

  private readonly header = this.select<HeaderSlice>(
    (s) => ({ queues: s.queues, lastQueueEventAt: s.lastQueueEventAt, clock: s.clock }),
    sameHeader,
  );

  private stopWatchingTheme: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('connects-queue-select', this.onQueueSelect);
    // A `theme` set on an ancestor reaches the elements inside at once.
    this.stopWatchingTheme ??= watchInheritedAttributes(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('connects-queue-select', this.onQueueSelect);
    this.stopWatchingTheme?.();
    this.stopWatchingTheme = undefined;
  }

  protected override selectStatus(s: StoreState): ElementStatus {
    return queueStatus(s);
  }

  /**
   * Without the agent's parts the wallboard is about queues: one condition screen for
   * the whole of it. With them, the layout stays (the agent's state and calls have
   * their own data) and the board shows the queue condition in its place.
   */
  protected override condition(): Condition | null {
    if (this.parts().size > 0) return null;
    return super.condition();
  }

  /** The header's timers and the data age tick. */
  protected override isLive(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const last = this.header.value.lastQueueEventAt;
    this.stale =
      this.status === 'enabled' &&
      last !== null &&
      this.storeNow() - last >= Math.max(0, this.staleAfter) * 1000;
  }

  protected override renderContent(): unknown {
    const t = this.locale.t;
    const parts = this.parts();
    const theme = this.childTheme();
    const { store, cil } = this;
    const side = parts.size > 0 ? 'side with-agent' : 'side';
    return html`<div class="wallboard" part="wallboard" theme=${theme}>
      ${this.renderHeader()}
      <div class="main" part="main">
        <connects-queue-board
          part="board"
          class="board"
          .store=${store}
          .cil=${cil}
          layout=${this.boardLayout}
          .queues=${this.queues}
          .warnWait=${this.warnWait}
          .criticalWait=${this.criticalWait}
          .warnCalls=${this.warnCalls}
          .criticalCalls=${this.criticalCalls}
          .staleAfter=${this.staleAfter}
        ></connects-queue-board>
        <div class=${side} part="side">
          ${
            parts.has('agent')
              ? html`<connects-agent-state
                  part="agent"
                  class="agent"
                  .store=${store}
                  .cil=${cil}
                ></connects-agent-state>`
              : nothing
          }
          ${
            parts.has('calls')
              ? html`<connects-call-card
                  part="calls"
                  class="calls"
                  .store=${store}
                  .cil=${cil}
                ></connects-call-card>`
              : nothing
          }
          <section class="charts" aria-label=${t.wallboardCharts}>
            <connects-queue-chart
              part="agents-chart"
              kind="agents"
              .store=${store}
              .cil=${cil}
              .queues=${this.queues}
              .staleAfter=${this.staleAfter}
            ></connects-queue-chart>
            <connects-queue-chart
              part="trend-chart"
              kind="trend"
              .store=${store}
              .cil=${cil}
              .queue=${this.trendQueue}
              .staleAfter=${this.staleAfter}
            ></connects-queue-chart>
          </section>
        </div>
      </div>
    </div>`;
  }

  /** The header: title, clock, and the figures while queue data is enabled. */
  private renderHeader(): TemplateResult {
    const { locale } = this;
    const t = locale.t;
    const clock = formatClockTime(this.now(), locale);
    return html`<header class="header" part="header">
      <div class="titlebar">
        <h1 class="title" part="title">${this.label ?? t.wallboardTitle}</h1>
        <p class="clock numeric" part="clock">
          <span class="visually-hidden">${t.kpiClock} </span>${renderValue(clock, locale)}
        </p>
      </div>
      ${this.status === 'enabled' ? this.renderKpis() : nothing}
    </header>`;
  }

  private renderKpis(): TemplateResult {
    const { locale } = this;
    const t = locale.t;
    const now = this.now();
    const kpis: WallboardKpis = wallboardKpis(
      this.header.value.queues.values(),
      parseQueueSelection(this.queues),
      {
        warnWait: this.warnWait,
        criticalWait: this.criticalWait,
        warnCalls: this.warnCalls,
        criticalCalls: this.criticalCalls,
      },
      now,
    );
    const waitMs = kpis.oldestWaitingSince === null ? null : now - kpis.oldestWaitingSince;
    const last = this.header.value.lastQueueEventAt;
    const ageMs = last === null ? null : this.storeNow() - last;
    const stale = this.stale ? 'stale' : '';
    return html`<ul class="kpis ${stale}" part="kpis" aria-label=${t.wallboardHeadline}>
      ${this.tile(
        'calls',
        t.kpiCallsWaiting,
        renderValue(formatNumber(kpis.callsInQueue, locale), locale),
        t.kpiInQueues(kpis.queueCount),
      )}
      ${this.tile(
        'longest-wait',
        t.kpiLongestWait,
        html`<span aria-hidden=${waitMs === null ? 'false' : 'true'}
            >${renderValue(formatTimer(waitMs, locale), locale)}</span
          >${
            waitMs === null
              ? nothing
              : html`<span class="visually-hidden">${formatDurationLong(waitMs, locale)}</span>`
          }`,
        kpis.oldestWaitingQueue
          ? t.kpiLongestWaitIn(kpis.oldestWaitingQueue.name)
          : t.kpiNoCallWaiting,
      )}
      ${this.levelTile('critical', t.kpiQueuesCritical, kpis.critical, kpis.queueCount)}
      ${this.levelTile('warn', t.kpiQueuesWarn, kpis.warn, kpis.queueCount)}
      ${this.tile(
        'data-age',
        t.kpiDataAge,
        renderValue(formatTimer(ageMs, locale), locale),
        last === null
          ? t.kpiNoData
          : html`${
              this.stale
                ? html`<strong class="age-word stale-word">${t.kpiStale}</strong>`
                : html`<span class="age-word">${t.kpiLive}</span>`
            }
            · ${t.kpiUpdatedAt(formatClockTime(last, locale) ?? '')}`,
        this.stale ? 'stale' : undefined,
        this.clockOffsetText(),
      )}
    </ul>`;
  }

  private tile(
    kpi: string,
    label: string,
    value: unknown,
    detail: unknown,
    extraClass?: string,
    title?: string,
  ): TemplateResult {
    return html`<li
      class="kpi ${extraClass ?? ''}"
      part="kpi"
      data-kpi=${kpi}
      title=${title ?? nothing}
    >
      <span class="kpi-label" part="kpi-label">${label}</span>
      <span class="kpi-value numeric" part="kpi-value">${value}</span>
      <span class="kpi-detail" part="kpi-detail">${detail}</span>
    </li>`;
  }

  /**
   * How far the contact centre's clock is estimated to be from this screen's, which
   * every timer corrects for (`state.clock`): the data-age tile's tooltip.
   */
  private clockOffsetText(): string {
    const { offsetMs, samples } = this.header.value.clock;
    const t = this.locale.t;
    if (samples === 0) return t.kpiClockOffsetUnknown;
    if (Math.abs(offsetMs) < 1000) return t.kpiClockOffsetInStep(samples);
    const amount = formatTimer(Math.abs(offsetMs), this.locale) ?? '';
    return offsetMs > 0
      ? t.kpiClockOffsetAhead(amount, samples)
      : t.kpiClockOffsetBehind(amount, samples);
  }

  /** The Critical or Warning tile: the level's colour, shape and word while any queue is in it. */
  private levelTile(
    level: 'critical' | 'warn',
    label: string,
    count: number,
    of: number,
  ): TemplateResult {
    const t = this.locale.t;
    const active = count > 0;
    const badge = active
      ? renderEscalation(level === 'critical' ? 'Critical' : 'Warn', t)
      : nothing;
    return html`<li
      class="kpi level ${active ? level : ''}"
      part="kpi"
      data-kpi=${level}
      data-level=${active ? level : nothing}
    >
      <span class="kpi-label" part="kpi-label">${label}</span>
      <span class="kpi-value numeric" part="kpi-value">${formatNumber(count, this.locale)}</span>
      <span class="kpi-detail" part="kpi-detail">${badge} ${t.kpiQueuesOf(of)}</span>
    </li>`;
  }

  private parts(): ReadonlySet<WallboardPart> {
    return parseWallboardParts(this.show);
  }

  /**
   * The theme the elements inside wear: the one asked for here or above, else dark
   * (high contrast when the system asks for more contrast).
   */
  private childTheme(): ThemeName {
    // The property first: it is reflected to the attribute only after render.
    const asked = this.theme ?? resolveTheme(this);
    if (asked) return asked;
    const more = typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches;
    return more ? 'high-contrast' : 'dark';
  }

  private readonly onQueueSelect = (event: Event): void => {
    const { queueId } = (event as CustomEvent<{ readonly queueId: string }>).detail;
    this.trendQueue = this.trendQueue === queueId ? undefined : queueId;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'connects-wallboard': ConnectsWallboard;
  }
}
