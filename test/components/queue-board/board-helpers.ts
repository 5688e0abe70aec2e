/**
 * A queue board on a recording `cil` with a manual store clock and a manual ticker, so
 * tests drive events, time and ticks by hand.
 */
import { fixture, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { ConnectsQueueBoard } from '../../../components/queue-board/connects-queue-board.js';
import type { GateTimers } from '../../../components/internal/render-gate.js';
import { ConnectsStore } from '../../../src/store/index.js';
import { ManualTicker } from '../../lit/manual-ticker.js';
import {
  RecordingCil,
  flushMicrotasks,
  wireAgentState,
  wireQueue,
  wireQueueUpdate,
  type WireStats,
} from '../../store/helpers.js';

/** The store clock at the start of every test: a whole second. */
export const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

/** The ticker every test board follows. */
export const ticker = new ManualTicker();

/** A board that follows the manual ticker and counts its renders. */
export class TestQueueBoard extends ConnectsQueueBoard {
  static override ticker = ticker;
  renders = 0;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.renders += 1;
  }
}
customElements.define('test-queue-board', TestQueueBoard);

/** Timers of the render gate, moved by hand. */
export class ManualGateTimers implements GateTimers {
  time = 0;
  private pending: { at: number; callback: () => void }[] = [];

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const entry = { at: this.time + ms, callback };
    this.pending.push(entry);
    return entry;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((entry) => entry !== handle);
  }

  /** Moves time on and fires what came due. */
  advance(ms: number): void {
    this.time += ms;
    const due = this.pending.filter((entry) => entry.at <= this.time);
    this.pending = this.pending.filter((entry) => entry.at > this.time);
    for (const entry of due) entry.callback();
  }
}

/** The render gate's timers of {@link GatedQueueBoard}. */
export const gateTimers = new ManualGateTimers();

/** A test board whose render gate runs on {@link gateTimers}. */
export class GatedQueueBoard extends TestQueueBoard {
  static override gateTimers: GateTimers = gateTimers;
}
customElements.define('gated-queue-board', GatedQueueBoard);

/** A wire queue with a name and a level. */
export function queue(
  id: string,
  statistics: WireStats,
  level = 'Normal',
  name = `Queue ${id}`,
): Record<string, unknown> {
  return wireQueue(id, statistics, level, name);
}

/** An ISO time `seconds` before the store clock `now`. */
export function ago(now: number, seconds: number): string {
  return new Date(now - seconds * 1000).toISOString();
}

/** What a test drives. */
export interface Board {
  readonly el: TestQueueBoard;
  readonly cil: RecordingCil;
  readonly store: ConnectsStore;
  /** The store clock, epoch ms. */
  readonly clock: { time: number };
  /** Emits a queueDataUpdate and waits until the board has shown it. */
  queues(dataState: string, queueData?: readonly unknown[]): Promise<void>;
  /** Moves the store clock and the ticker on by `ms` and ticks once. */
  advance(ms: number): Promise<void>;
  /** Waits for the store's flush and the board's renders (a measure may follow a render). */
  settle(): Promise<void>;
}

/** Mounts a board with `attributes` (rendering as fast as events come unless one says otherwise). */
export async function mountBoard(
  attributes: Record<string, string> = {},
  options: { height?: string; store?: ConnectsStore; cil?: RecordingCil; tag?: string } = {},
): Promise<Board> {
  const clock = { time: T0 };
  ticker.time = T0;
  const cil = options.cil ?? new RecordingCil();
  const store = options.store ?? new ConnectsStore(cil.api, { now: () => clock.time });
  const el = document.createElement(options.tag ?? 'test-queue-board') as TestQueueBoard;
  el.setAttribute('max-updates-per-second', '1000');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (options.height) el.style.height = options.height;
  el.store = store;
  await fixture(html`<div>${el}</div>`);
  const settle = async () => {
    for (let i = 0; i < 4; i += 1) {
      await flushMicrotasks();
      await el.updateComplete;
    }
  };
  await settle();
  return {
    el,
    cil,
    store,
    clock,
    settle,
    async queues(dataState, queueData = []) {
      cil.emit('queueDataUpdate', wireQueueUpdate(dataState, queueData));
      await settle();
    },
    async advance(ms) {
      clock.time += ms;
      ticker.tick(ticker.time + ms);
      await settle();
    },
  };
}

/** An agentStateChange whose `newStateChangeTime` says the server clock is `offsetMs` ahead. */
export function serverAhead(now: number, offsetMs: number): Record<string, unknown> {
  return wireAgentState('Ready', { newStateChangeTime: new Date(now + offsetMs).toISOString() });
}

/** The board's shadow root. */
export function root(el: HTMLElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Queue ids in the order shown. */
export function shownIds(el: HTMLElement): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('[data-queue-id]')].map(
    (row) => row.dataset.queueId ?? '',
  );
}

/** The visible text of a statistic of a queue (or of the totals with `'totals'`). */
export function statText(el: HTMLElement, queueId: string, field: string): string | undefined {
  const scope =
    queueId === 'totals'
      ? root(el).querySelector('[data-totals]')
      : root(el).querySelector(`[data-queue-id="${queueId}"]`);
  return scope?.querySelector(`[data-stat="${field}"]`)?.textContent?.trim();
}
