/**
 * The two baselines the board is measured against, in the same run on the same store
 * and stream. Both show per queue its name, escalation word, calls in queue, the oldest
 * call's wait ticking every second, agents ready, not ready, talking and in wrap-up.
 *
 * - {@link NaiveBoard}: what a competent developer writes without care for batching:
 *   a Lit template of the whole board, rendered again from the store for every
 *   `queueDataUpdate` (and every second for the timers). Lit only touches the text
 *   that changed, but every event evaluates the whole board.
 * - {@link HandBoard}: as fast as hand-written DOM gets: only the rows that fit the
 *   screen (like the board's page; no paging, no sorting), built once; the ids of
 *   changed queues collected per event, and once per animation frame only the cells
 *   whose text changed are written; rows of fixed size with CSS containment.
 */
import { html, render } from 'lit';
import type { QueueState } from '../../src/store/index.js';
import type { ConnectsStore } from '../../src/store/index.js';

/** A baseline view, measured like the board. */
export interface BaselineView {
  /** Renders (naive) or frames that wrote cells (hand) so far. */
  readonly renders: number;
  /** Duration of each render or frame write, ms. */
  readonly renderTimes: number[];
  /** Stops its timers and callbacks. */
  stop(): void;
}

const CSS = `
.bench-board { font: 14px/1.4 system-ui, sans-serif; height: 100vh; overflow: hidden; }
.bench-board table { border-collapse: collapse; width: 100%; }
.bench-board td, .bench-board th { padding: 2px 8px; text-align: right; border-bottom: 1px solid #ddd; }
.bench-board td:first-child, .bench-board th:first-child { text-align: left; }
.bench-board [data-level='Warn'] { background: #fff3c4; font-weight: 600; }
.bench-board [data-level='Critical'] { background: #ffd6d6; font-weight: 700; }
.hand-row { display: grid; grid-template-columns: 14rem 6rem repeat(6, 6rem); height: 24px;
  contain: strict; border-bottom: 1px solid #ddd; }
.hand-row > span { padding: 2px 8px; text-align: right; overflow: hidden; white-space: nowrap; }
.hand-row > span:first-child { text-align: left; }
.hand-row[data-level='Warn'] { background: #fff3c4; font-weight: 600; }
.hand-row[data-level='Critical'] { background: #ffd6d6; font-weight: 700; }
`;

function addStyles(): void {
  if (document.getElementById('bench-baseline-styles')) return;
  const style = document.createElement('style');
  style.id = 'bench-baseline-styles';
  style.textContent = CSS;
  document.head.append(style);
}

/** `m:ss` since `start` (epoch ms), a dash when no call waits. */
function wait(start: number | null | undefined, now: number): string {
  if (start === null || start === undefined) return '–';
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const count = (value: number | undefined): string => (value === undefined ? '–' : String(value));

/** The cells of a row, in column order. */
function cells(queue: QueueState, now: number): string[] {
  const s = queue.statistics;
  const talking =
    (s.agentsTalkingInbound ?? 0) + (s.agentsTalkingOutbound ?? 0) + (s.agentsTalkingInternal ?? 0);
  const wrapUp = (s.agentsWrapUpReady ?? 0) + (s.agentsWrapUpNotReady ?? 0);
  return [
    queue.name,
    queue.escalationLevel ?? 'Normal',
    count(s.callsInQueue),
    wait(s.startTimeOfLongestCallInQueue, now),
    count(s.agentsReady),
    count(s.agentsNotReady),
    String(talking),
    String(wrapUp),
  ];
}

const HEADERS = ['Queue', 'Level', 'Calls', 'Wait', 'Ready', 'Not ready', 'Talking', 'Wrap-up'];

type QueueCallback = (data: unknown) => void;

/** Naive: the whole board from a Lit template, again for every event. */
export class NaiveBoard implements BaselineView {
  renders = 0;
  readonly renderTimes: number[] = [];
  private readonly root = document.createElement('div');
  private readonly timer: ReturnType<typeof setInterval>;
  private stopped = false;

  constructor(
    private readonly store: ConnectsStore,
    onQueueData: (callback: QueueCallback) => void,
  ) {
    addStyles();
    this.root.className = 'bench-board';
    document.body.append(this.root);
    onQueueData(() => this.render());
    this.timer = setInterval(() => this.render(), 1000);
    this.render();
  }

  private render(): void {
    if (this.stopped) return;
    const start = performance.now();
    const now = this.store.serverNow();
    const queues = [...this.store.getState().queues.values()];
    render(
      html`<table>
        <thead>
          <tr>
            ${HEADERS.map((h) => html`<th>${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${queues.map(
            (queue) =>
              html`<tr data-level=${queue.escalationLevel ?? 'Normal'}>
                ${cells(queue, now).map((text) => html`<td>${text}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>`,
      this.root,
    );
    this.renders += 1;
    this.renderTimes.push(performance.now() - start);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.root.remove();
  }
}

/** Hand-written: changed cells only, once per animation frame. */
export class HandBoard implements BaselineView {
  renders = 0;
  readonly renderTimes: number[] = [];
  private readonly root = document.createElement('div');
  private readonly rows = new Map<string, { row: HTMLElement; cells: Text[]; level: string }>();
  private readonly dirty = new Set<string>();
  private frame = 0;
  private queueCount = 0;
  private readonly timer: ReturnType<typeof setInterval>;
  private stopped = false;

  constructor(
    private readonly store: ConnectsStore,
    onQueueData: (callback: QueueCallback) => void,
  ) {
    addStyles();
    this.root.className = 'bench-board';
    document.body.append(this.root);
    // Events name the queues they change: collect their ids, draw at the next frame.
    onQueueData((data) => {
      const list = (data as { queueData?: readonly { id?: unknown }[] }).queueData ?? [];
      for (const entry of list) if (typeof entry.id === 'string') this.dirty.add(entry.id);
      this.schedule();
    });
    // Timers: every second, the rows whose oldest call is waiting.
    this.timer = setInterval(() => {
      const queues = this.store.getState().queues;
      for (const id of this.rows.keys())
        if (queues.get(id)?.statistics.startTimeOfLongestCallInQueue !== null) this.dirty.add(id);
      this.schedule();
    }, 1000);
    this.queueCount = this.store.getState().queues.size;
    this.build();
  }

  private schedule(): void {
    if (this.frame === 0 && !this.stopped)
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.write();
      });
  }

  private build(): void {
    const now = this.store.serverNow();
    const fragment = document.createDocumentFragment();
    const header = document.createElement('div');
    header.className = 'hand-row';
    for (const h of HEADERS)
      header.append(Object.assign(document.createElement('span'), { textContent: h }));
    fragment.append(header);
    this.rows.clear();
    // The rows that fit the window under the header row (24 px each).
    const fit = Math.max(1, Math.floor(innerHeight / 25) - 1);
    for (const queue of [...this.store.getState().queues.values()].slice(0, fit)) {
      const row = document.createElement('div');
      row.className = 'hand-row';
      const level = queue.escalationLevel ?? 'Normal';
      row.dataset.level = level;
      const texts = cells(queue, now).map((text) => {
        const span = document.createElement('span');
        const node = document.createTextNode(text);
        span.append(node);
        row.append(span);
        return node;
      });
      fragment.append(row);
      this.rows.set(queue.id, { row, cells: texts, level });
    }
    this.root.replaceChildren(fragment);
  }

  private write(): void {
    const start = performance.now();
    const state = this.store.getState();
    if (this.queueCount !== state.queues.size) {
      this.queueCount = state.queues.size;
      this.build();
    } else {
      const now = this.store.serverNow();
      for (const id of this.dirty) {
        const entry = this.rows.get(id);
        if (!entry) continue; // not on screen
        const queue = state.queues.get(id);
        if (!queue) {
          this.build();
          break;
        }
        const level = queue.escalationLevel ?? 'Normal';
        if (level !== entry.level) {
          entry.level = level;
          entry.row.dataset.level = level;
        }
        const texts = cells(queue, now);
        for (let i = 0; i < texts.length; i += 1) {
          const node = entry.cells[i]!;
          if (node.data !== texts[i]) node.data = texts[i]!;
        }
      }
    }
    this.dirty.clear();
    this.renders += 1;
    this.renderTimes.push(performance.now() - start);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    cancelAnimationFrame(this.frame);
    this.root.remove();
  }
}
