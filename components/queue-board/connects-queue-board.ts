import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { EscalationLevel } from '../../src/cil/index.js';
import {
  computeTotals,
  selectQueueList,
  type QueueState,
  type QueueTotals,
  type StoreState,
} from '../../src/store/index.js';
import { renderStale, type Condition } from '../internal/conditions.js';
import { ConnectsElement } from '../internal/connects-element.js';
import { levelWord, renderEscalation } from '../internal/escalation.js';
import { DASH, formatAge, formatNumber, formatTimer } from '../internal/format.js';
import type { Catalogue } from '../internal/i18n/catalogue.js';
import { queueStatus } from '../internal/status.js';
import { AGENT_COLUMNS, CALLS_COLUMN, WAIT_COLUMN } from './columns.js';
import { boardStyles } from './connects-queue-board.styles.js';
import {
  hasThresholds,
  shownEscalation,
  type ShownEscalation,
  type ThresholdRule,
  type Thresholds,
} from '../internal/thresholds.js';
import { PageCycle, pageCapacity, pageCount, pageRange } from './paging.js';
import {
  DEFAULT_MAX_UPDATES_PER_SECOND,
  RenderGate,
  type GateTimers,
} from '../internal/render-gate.js';
import { isSelected, parseQueueSelection } from '../internal/selection.js';
import { formatSort, parseSort, sortRows, toggleSort, type SortKey } from '../internal/sorting.js';
import { computeTrend, type Trend } from './trend.js';

/** `connects-queue-select`: a queue was clicked or chosen with the keyboard. */
export type ConnectsQueueSelectEvent = CustomEvent<{ readonly queueId: string }>;

/** One queue as the board shows it. */
interface BoardRow {
  readonly queue: QueueState;
  readonly escalation: ShownEscalation;
  readonly index: number;
}

/** The window the trend cue looks back over. */
const TREND_WINDOW_MS = 5 * 60_000;
const TREND_MINUTES = TREND_WINDOW_MS / 60_000;
/** Sparkline box, in SVG units. */
const SPARK_WIDTH = 48;
const SPARK_HEIGHT = 16;

const INFO_ICON = html`<svg
  class="info-icon"
  viewBox="0 0 16 16"
  aria-hidden="true"
  focusable="false"
>
  <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
  <path d="M8 7v4.5M8 4.5v1" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
</svg>`;

const ARROWS = { rising: '↗', steady: '→', falling: '↘' } as const;

/** The agent columns by group (the first without one), for the tiles. */
function agentGroups(t: Catalogue): { label: string; columns: (typeof AGENT_COLUMNS)[number][] }[] {
  const groups: { label: string; columns: (typeof AGENT_COLUMNS)[number][] }[] = [];
  for (const column of AGENT_COLUMNS) {
    const label = column.group?.(t) ?? '';
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.columns.push(column);
    else groups.push({ label, columns: [column] });
  }
  return groups;
}

/** The chart kinds `charts` names, in its order, each once. */
function parseChartKinds(value: string | undefined): ('agents' | 'trend')[] {
  const kinds: ('agents' | 'trend')[] = [];
  for (const word of (value ?? '').split(/[\s,]+/)) {
    const kind = word.trim().toLowerCase();
    if ((kind === 'agents' || kind === 'trend') && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** The store slices the board depends on. */
interface BoardSlice {
  readonly queues: StoreState['queues'];
  readonly totals: QueueTotals;
  readonly lastQueueEventAt: number | null;
  readonly historyRevision: number;
}

const sameSlice = (a: BoardSlice, b: BoardSlice): boolean =>
  a.queues === b.queues &&
  a.totals === b.totals &&
  a.lastQueueEventAt === b.lastQueueEventAt &&
  a.historyRevision === b.historyRevision;

/**
 * The live queue wallboard: one row (layout `table`) or tile (layout `tiles`) per
 * queue with its calls in queue, the longest wait as a live timer, and the agent
 * counters; escalation by colour, shape, word and weight; a trend cue from the
 * store's history; a totals row; sorting, queue selection, paging for TVs, and a
 * visible stale mark when the feed goes quiet.
 *
 * Stable hooks for integrators' tests: each queue's row or tile carries
 * `data-queue-id` and `data-escalation` (the level shown: `Normal`, `Warn`,
 * `Critical` or `none`); each statistic carries `data-stat="<reference field>"` with
 * the value as its visible text (the longest wait is
 * `data-stat="startTimeOfLongestCallInQueue"` showing the duration; a value the
 * source does not report shows `–`); the totals row carries `data-totals`; the host
 * reflects `status` and `stale`.
 *
 * ```html
 * <connects-queue-board layout="tiles" warn-wait="60" critical-wait="180"></connects-queue-board>
 * ```
 *
 * @summary Live queue statistics for a wallboard TV or a desk: rows or tiles, escalation, trend, totals, paging.
 * @fires connects-queue-select - A queue was clicked or chosen with the keyboard; `detail.queueId` names it.
 * @csspart board - The board around everything.
 * @csspart table - The table (layout `table`).
 * @csspart tiles - The grid of tiles (layout `tiles`).
 * @csspart row - One queue's row or tile.
 * @csspart totals - The totals row (or strip, in tiles).
 * @csspart trend - A queue's trend cue.
 * @csspart pager - The page indicator.
 * @csspart charts - The charts under the queues (`charts`).
 * @cssproperty --connects-queue-board-font-size - Base text size (default 1.25rem; `density="compact"`: 0.875rem).
 * @cssproperty --connects-queue-board-numeral-size - Size of the calls-in-queue numeral on a tile (default 4.5rem).
 * @cssproperty --connects-queue-board-tile-min-width - Narrowest a tile gets before the grid drops a column (default 17em).
 * @cssproperty --connects-queue-board-row-background - Background of rows and tiles (default the raised surface).
 * @cssproperty --connects-queue-board-chart-height - Height of each chart under the queues (default 12em).
 */
@customElement('connects-queue-board')
export class ConnectsQueueBoard extends ConnectsElement {
  static override styles = [ConnectsElement.styles, boardStyles];

  /** `table` (a row per queue) or `tiles` (a large tile per queue, for TVs). */
  @property({ reflect: true })
  layout: 'table' | 'tiles' = 'table';

  /** `comfortable` (TV) or `compact` (a desk). */
  @property({ reflect: true })
  density: 'comfortable' | 'compact' = 'comfortable';

  /** Seconds the oldest call may wait before the queue shows at least Warn (raises only). */
  @property({ attribute: 'warn-wait', type: Number })
  warnWait: number | undefined;

  /** Seconds the oldest call may wait before the queue shows Critical (raises only). */
  @property({ attribute: 'critical-wait', type: Number })
  criticalWait: number | undefined;

  /** Calls in queue from which the queue shows at least Warn (raises only). */
  @property({ attribute: 'warn-calls', type: Number })
  warnCalls: number | undefined;

  /** Calls in queue from which the queue shows Critical (raises only). */
  @property({ attribute: 'critical-calls', type: Number })
  criticalCalls: number | undefined;

  /**
   * Row order: `escalation` (default: worst first, then the longest wait), `name`, or
   * a statistic's reference name (`callsInQueue`, `startTimeOfLongestCallInQueue`,
   * `agentsReady`…), optionally followed by `asc` or `desc`. Choosing a column header
   * sets it.
   */
  @property({ reflect: true })
  sort: string | undefined;

  /** Which queues to show: comma-separated ids or names (`"Sales, 5001"`); empty shows all. */
  @property()
  queues: string | undefined;

  /** Seconds each page shows when the queues do not fit the board's height (default 10). */
  @property({ attribute: 'page-seconds', type: Number })
  pageSeconds = 10;

  /** Seconds without any queue event after which the numbers are marked stale (default 120). */
  @property({ attribute: 'stale-after', type: Number })
  staleAfter = 120;

  /**
   * `sum` shows the agent counters of the totals row as sums over queues, labelled as
   * such; by default they stay empty, as an agent serving several queues is counted
   * in each and a sum is not a head count.
   */
  @property({ attribute: 'totals-agents' })
  totalsAgents: 'none' | 'sum' = 'none';

  /** Renders per second at most, however fast events arrive (default 4). */
  /**
   * Charts to show under the queues, by `<connects-queue-chart>` kind, space- or
   * comma-separated: `"agents trend"`. They share the board's store, `queues`, `sort`
   * and `stale-after` (the trend follows the one queue `queues` names, else the
   * totals). The board does not load the chart element, so Chart.js stays out of a
   * page without charts: the page loads it (`connects-wallboard/queue-chart`, or the
   * full bundle, which has every element). Until it is defined, no room is taken.
   */
  @property()
  charts: string | undefined;

  @property({ attribute: 'max-updates-per-second', type: Number })
  maxUpdatesPerSecond = DEFAULT_MAX_UPDATES_PER_SECOND;

  /** Accessible name of the board (default "Queues"). */
  @property()
  label: string | undefined;

  /**
   * Reflected, set by the board: no queue event for `stale-after` seconds while queue
   * data is enabled. The numbers stay visible, marked with their age.
   */
  @property({ type: Boolean, reflect: true })
  stale = false;

  private readonly slice = this.select<BoardSlice>(
    (s) => ({
      queues: s.queues,
      totals: s.totals,
      lastQueueEventAt: s.lastQueueEventAt,
      historyRevision: s.history.revision,
    }),
    sameSlice,
  );

  /**
   * The clock and timers of the render gate (the browser's); tests replace them on a
   * subclass to drive the gate by hand.
   */
  static gateTimers: GateTimers | undefined;

  private readonly gate = new RenderGate(
    () => this.requestUpdate(),
    (this.constructor as typeof ConnectsQueueBoard).gateTimers,
  );
  private readonly cycle = new PageCycle();
  /** Rows (or tiles) per page; infinite while everything fits. */
  @state() private perPage = Number.POSITIVE_INFINITY;
  /**
   * Until the first measure, one row is rendered: enough to learn a row's height and
   * whether the board's height is fixed, so a TV board never renders all its queues
   * just to find out they do not fit.
   */
  @state() private probing = true;
  /** The tallest row (or tile) rendered at this size and layout, in px. */
  private rowExtent = 0;
  /** Whole rows that fitted when one did not (see `measure`); infinite until then. */
  private fitLimit = Number.POSITIVE_INFINITY;
  /** The viewport size `rowExtent` and `fitLimit` hold for. */
  private measuredSize = '';
  @state() private announcement = '';
  /** The stale notice's age text, re-rendered only when the words change. */
  @state() private staleAge = '';

  /** Every selected queue, sorted: recomputed when its inputs change. */
  private rows: readonly BoardRow[] = [];
  private rowsInputs: readonly unknown[] = [];
  /** The rows of the page shown. */
  private pageRows: readonly BoardRow[] = [];
  private pages = 1;
  /** The level last shown per queue, to announce a change to Critical once. */
  private shownLevels = new Map<string, EscalationLevel | null>();
  private trends = new Map<string, { revision: number; trend: Trend | null }>();
  private stopBoardTicks: (() => void) | undefined;
  private resizeObserver: ResizeObserver | undefined;
  /** The viewport the resize observer watches (its room changes with the host, the pager, the stale notice). */
  private observedViewport: Element | undefined;
  private resizeFrame: number | undefined;
  private pointerInside = false;
  private focusInside = false;
  private announceToggle = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const ticker = (this.constructor as typeof ConnectsElement).ticker;
    this.stopBoardTicks ??= ticker.subscribe((time) => this.onTick(time));
    this.resizeObserver ??= new ResizeObserver(() => this.resized());
    this.addEventListener('pointerenter', this.onPointerEnter);
    this.addEventListener('pointerleave', this.onPointerLeave);
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopBoardTicks?.();
    this.stopBoardTicks = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedViewport = undefined;
    if (this.resizeFrame !== undefined) cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = undefined;
    this.gate.cancel();
    this.removeEventListener('pointerenter', this.onPointerEnter);
    this.removeEventListener('pointerleave', this.onPointerLeave);
    this.removeEventListener('focusin', this.onFocusIn);
    this.removeEventListener('focusout', this.onFocusOut);
  }

  protected override selectStatus(s: StoreState): ReturnType<typeof queueStatus> {
    return queueStatus(s);
  }

  protected override condition(): Condition | null {
    const condition = super.condition();
    if (condition !== null) return condition;
    return this.rows.length === 0 ? 'empty' : null;
  }

  /**
   * Store notifications and ticks go through the render gate; a change the owner
   * made (an attribute, a property) renders at once.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (changed.size === 0 && !this.gate.admit()) return false;
    this.gate.rendered();
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('maxUpdatesPerSecond')) this.gate.maxPerSecond = this.maxUpdatesPerSecond;
    if (changed.has('layout') || changed.has('density')) {
      this.perPage = Number.POSITIVE_INFINITY;
      this.probing = true;
      this.measuredSize = '';
    }
    this.refreshRows(this.now());
    this.refreshStale();
    const total = this.rows.length;
    this.pages = this.probing ? 1 : pageCount(total, this.perPage);
    this.cycle.tick(this.tickTime(), this.pages, this.pageSeconds);
    const range = this.probing
      ? { start: 0, end: Math.min(1, total) }
      : pageRange(total, this.perPage, this.cycle.page);
    this.pageRows = this.rows.slice(range.start, range.end);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.writeTimers(this.now());
    this.observeViewport();
    this.measure();
  }

  /** Watches the viewport rendered now (a condition screen replaces it). */
  private observeViewport(): void {
    const viewport = this.renderRoot.querySelector('.viewport') ?? undefined;
    if (viewport === this.observedViewport || !this.resizeObserver) return;
    if (this.observedViewport) this.resizeObserver.unobserve(this.observedViewport);
    if (viewport) this.resizeObserver.observe(viewport);
    this.observedViewport = viewport;
  }

  protected override renderContent(): unknown {
    const t = this.locale.t;
    const board = this.layout === 'tiles' ? this.renderTiles(t) : this.renderTable(t);
    const staleNotice =
      this.stale && this.slice.value.lastQueueEventAt !== null
        ? renderStale(this.storeNow() - this.slice.value.lastQueueEventAt, this.locale)
        : nothing;
    return html`<section class="board" part="board" aria-label=${this.label ?? t.boardLabel}>
      ${staleNotice}
      <div class="viewport ${this.stale ? 'stale' : ''}">${board}</div>
      ${this.layout === 'tiles' ? this.renderTotalsStrip(t) : nothing} ${this.renderPager(t)}
      ${this.renderCharts(t)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </section>`;
  }

  // --- Rows ---------------------------------------------------------------------------

  private thresholds(): Thresholds {
    return {
      warnWait: this.warnWait,
      criticalWait: this.criticalWait,
      warnCalls: this.warnCalls,
      criticalCalls: this.criticalCalls,
    };
  }

  /**
   * Filters, evaluates and sorts the queues when anything they depend on changed:
   * the queues, the selection, the thresholds, the order, or (with wait rules) the
   * shown levels at `now`. Announces queues that turned Critical.
   */
  private refreshRows(now: number): void {
    const thresholds = this.thresholds();
    const list = this.connectsStore ? selectQueueList(this.connectsStore.getState()) : [];
    const rules = JSON.stringify(thresholds);
    // Without wait rules a level does not change with the clock: the same queues in the
    // same order need no second look (a render that only moves time costs nothing here).
    const timeless = !hasThresholds({ warnWait: this.warnWait, criticalWait: this.criticalWait });
    const [lastList, lastQueues, lastSort, , lastRules] = this.rowsInputs;
    if (
      timeless &&
      list === lastList &&
      this.queues === lastQueues &&
      this.sort === lastSort &&
      rules === lastRules
    )
      return;
    const selection = parseQueueSelection(this.queues);
    const evaluated: BoardRow[] = [];
    let index = 0;
    for (const queue of list) {
      if (isSelected(queue, selection)) {
        evaluated.push({ queue, escalation: shownEscalation(queue, thresholds, now), index });
      }
      index += 1;
    }
    const levelsKey = evaluated
      .map((row) => `${row.escalation.level}:${row.escalation.raisedBy.join('+')}`)
      .join();
    const inputs = [list, this.queues, this.sort, levelsKey, rules];
    if (inputs.every((value, i) => value === this.rowsInputs[i])) return;
    if (inputs[0] !== this.rowsInputs[0]) this.forgetTrends(list);
    this.rowsInputs = inputs;
    this.rows = sortRows(evaluated, parseSort(this.sort));
    this.announce(evaluated);
  }

  /** Sets the polite announcement for queues whose shown level just became Critical. */
  private announce(rows: readonly BoardRow[]): void {
    const first = this.shownLevels.size === 0;
    const next = new Map<string, EscalationLevel | null>();
    const turned: BoardRow[] = [];
    for (const row of rows) {
      const level = row.escalation.level;
      const before = this.shownLevels.get(row.queue.id);
      if (!first && level === 'Critical' && before !== undefined && before !== 'Critical')
        turned.push(row);
      next.set(row.queue.id, level);
    }
    this.shownLevels = next;
    if (turned.length === 0) return;
    const t = this.locale.t;
    const text = turned
      .map((row) =>
        t.boardAnnounceCritical(row.queue.name, this.number(row.queue.statistics.callsInQueue)),
      )
      .join(' ');
    // The same words twice in a row would not be read again: vary them invisibly.
    this.announceToggle = !this.announceToggle;
    this.announcement = this.announceToggle ? text : `${text}\u00a0`;
  }

  /** Drops the cached trends of queues that are gone, so a board running for weeks holds only its queues'. */
  private forgetTrends(list: readonly QueueState[]): void {
    if (this.trends.size <= list.length) return;
    const present = new Set(list.map((queue) => queue.id));
    for (const id of this.trends.keys()) if (!present.has(id)) this.trends.delete(id);
  }

  private trendOf(queueId: string): Trend | null {
    const store = this.connectsStore;
    if (!store) return null;
    const revision = this.slice.value.historyRevision;
    const cached = this.trends.get(queueId);
    if (cached && cached.revision === revision) return cached.trend;
    const trend = computeTrend(store.getHistory(queueId, 'callsInQueue'), {
      windowMs: TREND_WINDOW_MS,
      width: SPARK_WIDTH,
      height: SPARK_HEIGHT,
    });
    this.trends.set(queueId, { revision, trend });
    return trend;
  }

  // --- Time ---------------------------------------------------------------------------

  private lastTickTime: number | undefined;

  private tickTime(): number {
    return this.lastTickTime ?? (this.constructor as typeof ConnectsElement).ticker.now();
  }

  private onTick(time: number): void {
    this.lastTickTime = time;
    if (this.status !== 'enabled') return;
    const now = this.now();
    this.writeTimers(now);
    // Only wait rules change a level with the clock alone.
    if (hasThresholds({ warnWait: this.warnWait, criticalWait: this.criticalWait })) {
      const before = this.rows;
      this.refreshRows(now);
      if (this.rows !== before) this.requestUpdate();
    }
    if (this.refreshStale()) this.requestUpdate();
    if (this.cycle.tick(time, this.pages, this.pageSeconds)) this.requestUpdate();
  }

  /** Updates `stale` and the age words; returns whether the notice must be drawn again. */
  private refreshStale(): boolean {
    const last = this.slice.value.lastQueueEventAt;
    const limit = this.staleAfter > 0 ? this.staleAfter * 1000 : 120_000;
    const age = last === null ? 0 : this.storeNow() - last;
    const stale = this.status === 'enabled' && last !== null && age >= limit;
    const words = stale ? (formatAge(age, this.locale) ?? '') : '';
    const changed = stale !== this.stale || words !== this.staleAge;
    this.stale = stale;
    this.staleAge = words;
    return changed;
  }

  /** Writes the live timers' text where it changed: no render per second. */
  private writeTimers(now: number): void {
    const root = this.renderRoot;
    if (!root) return;
    for (const element of root.querySelectorAll<HTMLElement>('[data-since]')) {
      const since = Number(element.dataset.since);
      const text = formatTimer(now - since, this.locale) ?? DASH;
      if (element.textContent !== text) element.textContent = text;
    }
  }

  // --- Paging -------------------------------------------------------------------------

  /**
   * Pages when the rows do not fit the board's height: how many fit is measured from
   * the rendered rows (the tallest seen at this size, so a taller row on a later page
   * is not cut off) and the room the viewport has; tiles count the grid's columns
   * times the rows that fit. A board without a fixed height grows with its rows and
   * never pages.
   */
  private measure(): void {
    const viewport = this.renderRoot?.querySelector<HTMLElement>('.viewport');
    if (!viewport || this.rows.length === 0) return;
    const rendered = viewport.querySelectorAll<HTMLElement>('[part~="row"]');
    if (rendered.length === 0) return;
    // What was measured holds for one size of the viewport only.
    const size = `${viewport.clientWidth}x${viewport.clientHeight}`;
    if (size !== this.measuredSize) {
      this.measuredSize = size;
      this.rowExtent = 0;
      this.fitLimit = Number.POSITIVE_INFINITY;
    }
    for (const row of rendered) this.rowExtent = Math.max(this.rowExtent, row.offsetHeight);
    let perPage: number;
    let content: number;
    let columns = 1;
    if (this.layout === 'tiles') {
      const grid = viewport.querySelector<HTMLElement>('.tiles');
      if (!grid) return;
      const style = getComputedStyle(grid);
      columns = Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length);
      const gap = parseFloat(style.rowGap) || 0;
      const padding = (parseFloat(style.paddingTop) || 0) + (parseFloat(style.paddingBottom) || 0);
      content = grid.offsetHeight;
      perPage = pageCapacity(viewport.clientHeight - padding + gap, this.rowExtent + gap, columns);
    } else {
      const table = viewport.querySelector<HTMLElement>('table');
      const body = viewport.querySelector<HTMLElement>('tbody');
      if (!table || !body) return;
      // Rows are spaced by the table's vertical border spacing: n rows take n heights
      // and n - 1 spacings of the body, the rest of the table is its chrome.
      const spacing = parseFloat(getComputedStyle(table).borderSpacing.split(' ')[1] ?? '') || 0;
      const chrome = table.offsetHeight - body.offsetHeight;
      content = table.offsetHeight;
      perPage = pageCapacity(viewport.clientHeight - chrome + spacing, this.rowExtent + spacing);
    }
    // Never a row cut off: should one reach below the viewport after all (rows whose
    // height the maths did not foresee), the page holds only the whole rows, until
    // the board's size changes.
    const bottom = viewport.getBoundingClientRect().bottom + 0.5;
    let whole = 0;
    for (const row of rendered) if (row.getBoundingClientRect().bottom <= bottom) whole += 1;
    if (whole < rendered.length)
      this.fitLimit = Math.min(this.fitLimit, Math.max(columns, whole - (whole % columns)));
    perPage = Math.min(perPage, this.fitLimit);
    if (this.probing) {
      // Room to spare around one row means a fixed height: page if the rest will not fit.
      // No room means the board grows with its rows (or is full already): render all,
      // and page below if they overflow.
      this.probing = false;
      const room = viewport.clientHeight > content + 1;
      this.perPage = room && perPage < this.rows.length ? perPage : Number.POSITIVE_INFINITY;
      return;
    }
    const overflowing = viewport.scrollHeight > viewport.clientHeight + 1;
    const paging = Number.isFinite(this.perPage);
    let next = this.perPage;
    if (!paging && overflowing) next = perPage;
    else if (paging) next = perPage >= this.rows.length ? Number.POSITIVE_INFINITY : perPage;
    if (next !== this.perPage) this.perPage = next;
  }

  /**
   * The viewport's size changed: what fits is measured afresh, in the next frame (a
   * new page changes the viewport again, which must not happen inside the observer's
   * own notification).
   */
  private resized(): void {
    if (this.resizeFrame !== undefined) return;
    this.resizeFrame = requestAnimationFrame(() => {
      this.resizeFrame = undefined;
      this.measure();
    });
  }

  private readonly onPointerEnter = (): void => {
    this.pointerInside = true;
    this.syncPause();
  };

  private readonly onPointerLeave = (): void => {
    this.pointerInside = false;
    this.syncPause();
  };

  private readonly onFocusIn = (): void => {
    this.focusInside = true;
    this.syncPause();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && (this.contains(next) || this.renderRoot.contains(next))) return;
    this.focusInside = false;
    this.syncPause();
  };

  private syncPause(): void {
    const paused = this.pointerInside || this.focusInside;
    if (paused === this.cycle.isPaused) return;
    this.cycle.setPaused(paused);
    if (this.pages > 1) this.requestUpdate();
  }

  // --- Events -------------------------------------------------------------------------

  private onQueueClick(event: Event): void {
    const target = event.target instanceof Element ? event.target : null;
    const row = target?.closest<HTMLElement>('[data-queue-id]');
    const queueId = row?.dataset.queueId;
    if (queueId !== undefined) this.emit('connects-queue-select', { queueId });
  }

  private sortBy(key: SortKey): void {
    this.sort = formatSort(toggleSort(parseSort(this.sort), key));
  }

  // --- Rendering ----------------------------------------------------------------------

  private number(value: number | undefined): string {
    return formatNumber(value, this.locale) ?? DASH;
  }

  /** A statistic: its value as the visible text of `data-stat`, or a dash read as "not available". */
  private stat(field: string, value: number | undefined, extraClass = ''): TemplateResult {
    const text = formatNumber(value, this.locale);
    if (text === null) {
      return html`<span class="stat na ${extraClass}"
        ><span data-stat=${field} aria-hidden="true">${DASH}</span
        ><span class="visually-hidden">${this.locale.t.notAvailable}</span></span
      >`;
    }
    return html`<span class="stat numeric ${extraClass}" data-stat=${field}>${text}</span>`;
  }

  /** The longest wait: a live timer, blank when no call waits, a dash when unknown. */
  private wait(since: number | null, calls: number | undefined): TemplateResult {
    if (since !== null) {
      // The text is written by writeTimers, on render and on each tick.
      return html`<span
        class="stat numeric timer"
        data-stat=${WAIT_COLUMN.field}
        data-since=${since}
      ></span>`;
    }
    if (calls === 0) return html`<span class="stat" data-stat=${WAIT_COLUMN.field}></span>`;
    return this.stat(WAIT_COLUMN.field, undefined);
  }

  private ruleText(rule: ThresholdRule, t: Catalogue): string {
    switch (rule) {
      case 'warn-wait':
        return t.boardRuleWait(this.seconds(this.warnWait));
      case 'critical-wait':
        return t.boardRuleWait(this.seconds(this.criticalWait));
      case 'warn-calls':
        return t.boardRuleCalls(this.number(this.warnCalls));
      case 'critical-calls':
        return t.boardRuleCalls(this.number(this.criticalCalls));
    }
  }

  private seconds(value: number | undefined): string {
    return formatTimer((value ?? 0) * 1000, this.locale) ?? DASH;
  }

  private renderLevel(escalation: ShownEscalation, t: Catalogue): TemplateResult {
    if (escalation.raisedBy.length === 0) return renderEscalation(escalation.level, t);
    const why = t.boardRaised(
      levelWord(escalation.level, t),
      escalation.raisedBy.map((rule) => this.ruleText(rule, t)).join(', '),
      levelWord(escalation.reported, t),
    );
    return html`<span class="level raised" title=${why}
      >${renderEscalation(escalation.level, t)}<span class="raised-mark" aria-hidden="true"
        >${t.boardRaisedMark}</span
      ><span class="visually-hidden">${why}</span></span
    >`;
  }

  private renderTrend(trend: Trend | null, t: Catalogue): TemplateResult {
    if (!trend) {
      return html`<span class="trend none" part="trend" data-trend="none" title=${t.boardTrendNone}
        ><span class="visually-hidden">${t.boardTrendNone}</span></span
      >`;
    }
    const word =
      trend.direction === 'rising'
        ? t.boardTrendRising
        : trend.direction === 'falling'
          ? t.boardTrendFalling
          : t.boardTrendSteady;
    const title = t.boardTrendTitle(word, TREND_MINUTES);
    return html`<span
      class="trend ${trend.direction}"
      part="trend"
      data-trend=${trend.direction}
      title=${title}
      ><svg
        class="spark"
        viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        ${svg`<polyline points=${trend.points} />`}</svg
      ><span class="trend-arrow" aria-hidden="true">${ARROWS[trend.direction]}</span
      ><span class="visually-hidden">${title}</span></span
    >`;
  }

  private rowDeps(row: BoardRow): unknown[] {
    return [
      row.queue,
      row.escalation.level,
      row.escalation.raisedBy.join(),
      this.trendOf(row.queue.id),
      this.locale,
      this.warnWait,
      this.criticalWait,
      this.warnCalls,
      this.criticalCalls,
    ];
  }

  private renderTable(t: Catalogue): TemplateResult {
    const order = parseSort(this.sort);
    const header = (key: SortKey, label: string, cls: string, rows: number) => {
      const sorted = order.key === key;
      return html`<th
        scope="col"
        class=${cls}
        rowspan=${rows}
        aria-sort=${sorted ? order.direction : 'none'}
      >
        <button type="button" class="sort" @click=${() => this.sortBy(key)}>
          ${label}<span class="sort-icon" aria-hidden="true"
            >${sorted ? (order.direction === 'ascending' ? '▲' : '▼') : ''}</span
          >
        </button>
      </th>`;
    };
    // Agent columns under a group (Talking, Wrap-Up) get a second heading row.
    const groups: { label: string; span: number }[] = [];
    for (const column of AGENT_COLUMNS) {
      const label = column.group?.(t);
      if (label === undefined) continue;
      const last = groups[groups.length - 1];
      if (last && last.label === label) last.span += 1;
      else groups.push({ label, span: 1 });
    }
    return html`<table part="table">
      <caption class="visually-hidden">
        ${this.label ?? t.boardLabel}
      </caption>
      <thead>
        <tr>
          ${header('name', t.boardQueue, 'name-col', 2)}
          ${header('escalation', t.boardLevel, '', 2)}
          <th scope="col" rowspan="2">${t.boardTrend}</th>
          ${header(CALLS_COLUMN.field, CALLS_COLUMN.label(t), 'num calls-col', 2)}
          ${header(WAIT_COLUMN.field, WAIT_COLUMN.label(t), 'num', 2)}
          ${AGENT_COLUMNS.filter((column) => !column.group).map((column) =>
            header(column.field, column.label(t), 'num agent', 2),
          )}
          ${groups.map(
            (group) =>
              html`<th scope="colgroup" colspan=${group.span} class="group">${group.label}</th>`,
          )}
        </tr>
        <tr>
          ${AGENT_COLUMNS.filter((column) => column.group).map((column) =>
            header(column.field, column.short?.(t) ?? column.label(t), 'num agent', 1),
          )}
        </tr>
      </thead>
      <tbody @click=${this.onQueueClick}>
        ${
          // By position, not keyed by queue: when the order changes under a flood, rows
          // keep their elements and only the changed text is written (no row is moved,
          // created or removed, which would lay the rows out and shape their text anew).
          this.pageRows.map((row) => guard(this.rowDeps(row), () => this.renderRow(row, t)))
        }
      </tbody>
      <tfoot>
        ${this.renderTotalsRow(t)}
      </tfoot>
    </table>`;
  }

  private renderRow(row: BoardRow, t: Catalogue): TemplateResult {
    const { queue, escalation } = row;
    const stats = queue.statistics;
    return html`<tr
      part="row"
      class="row level-${(escalation.level ?? 'none').toLowerCase()}"
      data-queue-id=${queue.id}
      data-escalation=${escalation.level ?? 'none'}
    >
      <th scope="row" class="name-col">
        <button type="button" class="queue-name">${queue.name}</button>
      </th>
      <td>${this.renderLevel(escalation, t)}</td>
      <td>${this.renderTrend(this.trendOf(queue.id), t)}</td>
      <td class="num calls-col">${this.stat(CALLS_COLUMN.field, stats.callsInQueue, 'calls')}</td>
      <td class="num">${this.wait(stats.startTimeOfLongestCallInQueue, stats.callsInQueue)}</td>
      ${AGENT_COLUMNS.map(
        (column) =>
          html`<td class="num agent">${this.stat(column.field, stats[column.field])}</td>`,
      )}
    </tr>`;
  }

  /** The totals over the queues shown: the store's when every queue is shown. */
  private totals(): QueueTotals {
    if (this.queues === undefined || parseQueueSelection(this.queues) === null)
      return this.slice.value.totals;
    return computeTotals(new Map(this.rows.map((row) => [row.queue.id, row.queue])));
  }

  private renderAgentTotals(totals: QueueTotals, t: Catalogue, cell: boolean): unknown {
    if (this.totalsAgents !== 'sum') {
      const note = html`<span class="agents-note"
        ><span class="note-mark" tabindex="0" aria-describedby="agents-note"
          >${INFO_ICON}<span class="visually-hidden">${t.boardAgentsNotSummed}</span></span
        ><span class="tip" id="agents-note" role="tooltip">${t.boardAgentsNotSummedWhy}</span></span
      >`;
      return cell ? html`<td colspan=${AGENT_COLUMNS.length}>${note}</td>` : note;
    }
    return AGENT_COLUMNS.map((column) => {
      const sum = html`<span class="sum" title=${t.boardSumTitle}
        ><span class="sum-mark" aria-hidden="true">Σ</span
        >${this.stat(column.field, totals.counterSums[column.field])}<span class="visually-hidden"
          >${t.boardSumTitle}</span
        ></span
      >`;
      return cell
        ? html`<td class="num agent">${sum}</td>`
        : html`<div class="agent-total">
            <dt>${column.label(t)}</dt>
            <dd>${sum}</dd>
          </div>`;
    });
  }

  private renderTotalsRow(t: Catalogue): TemplateResult {
    const totals = this.totals();
    return html`<tr part="totals" class="totals" data-totals>
      <th scope="row" class="name-col">${t.boardTotals}</th>
      <td></td>
      <td></td>
      <td class="num calls-col">
        ${this.stat(CALLS_COLUMN.field, totals.callsInQueue ?? undefined, 'calls')}
      </td>
      <td class="num">${this.wait(totals.oldestWaitingSince, totals.callsInQueue ?? undefined)}</td>
      ${this.renderAgentTotals(totals, t, true)}
    </tr>`;
  }

  private renderTiles(t: Catalogue): TemplateResult {
    return html`<ul
      class="tiles ${this.probing ? 'probing' : ''}"
      part="tiles"
      @click=${this.onQueueClick}
    >
      ${
        // By position, as the table's rows.
        this.pageRows.map((row) => guard(this.rowDeps(row), () => this.renderTile(row, t)))
      }
    </ul>`;
  }

  private renderTile(row: BoardRow, t: Catalogue): TemplateResult {
    const { queue, escalation } = row;
    const stats = queue.statistics;
    return html`<li
      part="row"
      class="tile level-${(escalation.level ?? 'none').toLowerCase()}"
      data-queue-id=${queue.id}
      data-escalation=${escalation.level ?? 'none'}
    >
      <div class="tile-head">
        <button type="button" class="queue-name">${queue.name}</button>
        ${this.renderLevel(escalation, t)}
      </div>
      <div class="tile-main">
        <div class="calls-block">
          ${this.stat(CALLS_COLUMN.field, stats.callsInQueue, 'calls big')}
          <span class="caption">${CALLS_COLUMN.label(t)}</span>
        </div>
        <div class="wait-block">
          <span class="caption">${WAIT_COLUMN.label(t)}</span>
          ${this.wait(stats.startTimeOfLongestCallInQueue, stats.callsInQueue)}
          ${this.renderTrend(this.trendOf(queue.id), t)}
        </div>
      </div>
      <div class="agents">
        ${agentGroups(t).map(
          (group) =>
            html`<div class="agent-group">
              <span class="group-label" aria-hidden="true">${group.label}</span>
              <dl>
                ${group.columns.map(
                  (column) =>
                    html`<div>
                      <dt>
                        <span aria-hidden="true">${column.short?.(t) ?? column.label(t)}</span
                        ><span class="visually-hidden">${column.label(t)}</span>
                      </dt>
                      <dd>${this.stat(column.field, stats[column.field])}</dd>
                    </div>`,
                )}
              </dl>
            </div>`,
        )}
      </div>
    </li>`;
  }

  private renderTotalsStrip(t: Catalogue): TemplateResult {
    const totals = this.totals();
    return html`<div
      part="totals"
      class="totals-strip"
      data-totals
      role="group"
      aria-label=${t.boardTotals}
    >
      <span class="totals-title">${t.boardTotals}</span>
      <span class="totals-item"
        ><span class="caption">${CALLS_COLUMN.label(t)}</span>
        ${this.stat(CALLS_COLUMN.field, totals.callsInQueue ?? undefined, 'calls')}</span
      >
      <span class="totals-item"
        ><span class="caption">${WAIT_COLUMN.label(t)}</span>
        ${this.wait(totals.oldestWaitingSince, totals.callsInQueue ?? undefined)}</span
      >
      ${
        this.totalsAgents === 'sum'
          ? html`<dl class="agent-sums">${this.renderAgentTotals(totals, t, false)}</dl>`
          : this.renderAgentTotals(totals, t, false)
      }
    </div>`;
  }

  /**
   * The charts `charts` asks for, by tag name: this module does not import the chart
   * element (Chart.js stays out of the core bundle); an undefined one takes no room.
   */
  private renderCharts(t: Catalogue): unknown {
    const kinds = parseChartKinds(this.charts);
    if (kinds.length === 0) return nothing;
    const selection = parseQueueSelection(this.queues);
    const single = selection !== null && selection.size === 1 ? [...selection][0] : undefined;
    return html`<section class="charts" part="charts" aria-label=${t.wallboardCharts}>
      ${kinds.map(
        (kind) =>
          html`<connects-queue-chart
            kind=${kind}
            .store=${this.connectsStore}
            .queues=${this.queues}
            .sort=${this.sort}
            .queue=${kind === 'trend' ? single : undefined}
            .staleAfter=${this.staleAfter}
          ></connects-queue-chart>`,
      )}
    </section>`;
  }

  private renderPager(t: Catalogue): unknown {
    if (this.pages <= 1) return nothing;
    const page = this.cycle.page + 1;
    return html`<p class="pager" part="pager">
      <span aria-hidden="true">${t.boardPage(page, this.pages)}</span
      ><span class="visually-hidden">${t.boardPageLong(page, this.pages)}</span>
      ${this.cycle.isPaused ? html`<span class="paused">${t.boardPaused}</span>` : nothing}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connects-queue-board': ConnectsQueueBoard;
  }
  interface GlobalEventHandlersEventMap {
    'connects-queue-select': ConnectsQueueSelectEvent;
  }
}
