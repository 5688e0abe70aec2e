/**
 * The page `scripts/bench/browser.mjs` drives in headless Chromium. A store is fed
 * through a stand-in `cil` (so every payload is validated as in production) from a
 * seeded stream; the query says what is on the page and what is measured:
 *
 * - `mode=load`: `view=none|board|naive|hand|chart`, `queues`, `rate` (UPDATED/s, 0 at
 *   rest), `seconds`, `seed`, `layout`, `mutations=1` (count DOM mutations). The driver
 *   reads the main thread's busy time around `benchRun()`; the view's share is the
 *   difference to `view=none`.
 * - `mode=first`: `queues`; ms from ENABLED to the board painted.
 * - `mode=memory`: `events`, `churn`, `lifecycles`, `cycles`; heap and what is left
 *   behind after every element is removed.
 *
 * `benchSetup()` prepares (not measured), `benchRun()` measures and resolves with the result.
 *
 * @module
 */
import { Chart } from 'chart.js';
import type { PropertyValues } from 'lit';
// Elements are created with `new`, so each module is bundled with its registration
// (package.json's `sideEffects` marks the sources free of side effects).
import { ConnectsAgentState } from '../../components/agent-state/connects-agent-state.js';
import { ConnectsCallCard } from '../../components/call-card/connects-call-card.js';
import { ConnectsQueueBoard } from '../../components/queue-board/connects-queue-board.js';
import { ConnectsQueueChart } from '../../components/queue-chart/connects-queue-chart.js';
import { ConnectsWallboard } from '../../components/wallboard/connects-wallboard.js';
import { CIL_EVENT_NAMES, REGISTRATION_METHODS, type CilApi } from '../../src/cil/index.js';
import { ConnectsStore, sharedTicker } from '../../src/store/index.js';
import { LIFECYCLE, lifecyclePayloads } from '../workitem-payloads.js';
import { HandBoard, NaiveBoard, type BaselineView } from './baselines.js';
import { QueueStream } from './stream.js';

type Callback = (data: unknown) => void;

/** What `benchRun()` resolves with. */
export interface BenchResult {
  readonly mode: string;
  /** Wall time of the measured window, ms. */
  readonly elapsedMs: number;
  [key: string]: unknown;
}

declare global {
  interface Window {
    benchSetup?: () => Promise<void>;
    benchRun?: () => Promise<BenchResult>;
    gc?: () => void;
  }
}

const params = new URLSearchParams(location.search);
const num = (name: string, fallback: number): number => {
  const value = params.get(name);
  return value === null ? fallback : Number(value);
};
const mode = params.get('mode') ?? 'load';
const view = params.get('view') ?? 'board';
const queueCount = num('queues', 500);
const rate = num('rate', 0);
const seconds = num('seconds', 10);
const seed = num('seed', 42);
const layout = params.get('layout') === 'tiles' ? 'tiles' : 'table';

/** A `cil` that hands events to whoever registered: the store first, then a baseline. */
function standInCil(): { api: CilApi; emit: (name: string, data: unknown) => void } {
  const callbacks = new Map<string, Callback[]>();
  const api: Record<string, unknown> = {};
  for (const name of CIL_EVENT_NAMES) {
    api[REGISTRATION_METHODS[name]] = (callback: Callback) => {
      callbacks.set(name, [...(callbacks.get(name) ?? []), callback]);
    };
  }
  return {
    api: api as unknown as CilApi,
    emit: (name, data) => {
      for (const callback of callbacks.get(name) ?? []) callback(data);
    },
  };
}

// Renders of the elements, counted and timed (Lit's update: render and DOM commit).
const renderTimes: number[] = [];
let renderCount = 0;

/** The board, counting and timing its renders. */
class BenchQueueBoard extends ConnectsQueueBoard {
  protected override update(changed: PropertyValues<this>): void {
    const start = performance.now();
    super.update(changed);
    renderTimes.push(performance.now() - start);
    renderCount += 1;
  }
}
customElements.define('bench-queue-board', BenchQueueBoard);

// Chart.js updates, counted through a plugin every chart sees.
let chartUpdates = 0;
Chart.register({
  id: 'bench-update-counter',
  afterUpdate: () => {
    chartUpdates += 1;
  },
});
const liveCharts = (): number => Object.keys(Chart.instances).length;

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame was painted (a task queued from its animation frame). */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
/** A macrotask without setTimeout's clamping. */
const yieldTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** The element as on a TV: the window's height (its own display kept: the board is a flex column). */
function fullScreen<T extends HTMLElement>(element: T): T {
  element.style.height = '100vh';
  document.body.append(element);
  return element;
}

function mountBoard(store: ConnectsStore): BenchQueueBoard {
  const board = document.createElement('bench-queue-board') as BenchQueueBoard;
  board.store = store;
  board.layout = layout;
  return fullScreen(board);
}

// ---------------------------------------------------------------- load and rest

const loadCil = standInCil();
const stream = new QueueStream(queueCount, seed);
let loadStore: ConnectsStore | undefined;
let loadEvents: unknown[] = [];
let baseline: BaselineView | undefined;
let observed: Node | undefined;

async function loadSetup(): Promise<void> {
  const store = new ConnectsStore(loadCil.api);
  loadStore = store;
  const onQueueData = (callback: Callback): void =>
    loadCil.api.onQueueDataUpdate(callback as Parameters<CilApi['onQueueDataUpdate']>[0]);
  loadCil.emit('queueDataUpdate', stream.enabled());
  if (view === 'board') observed = mountBoard(store);
  else if (view === 'naive') baseline = new NaiveBoard(store, onQueueData);
  else if (view === 'hand') baseline = new HandBoard(store, onQueueData);
  else if (view === 'chart') {
    const chart = new ConnectsQueueChart();
    chart.kind = 'agents';
    chart.store = store;
    chart.maxUpdatesPerSecond = 1;
    // As wide as the wallboard's side column on a 1080p TV; as tall as its 500 bars need.
    chart.style.display = 'block';
    chart.style.width = '640px';
    document.body.append(chart);
    observed = chart;
  }
  loadEvents = stream.take(Math.ceil(rate * seconds) + 1);
  // Let it settle (first render, the chart module, the first ticks): not measured.
  for (let i = 0; i < 30; i += 1) await nextFrame();
}

async function load(): Promise<BenchResult> {
  const cil = loadCil;
  const rendersBefore = renderCount + (baseline?.renders ?? 0);
  const timesFrom = renderTimes.length;
  const baselineTimesFrom = baseline?.renderTimes.length ?? 0;
  const chartUpdatesBefore = chartUpdates;
  let maxCharts = liveCharts();
  let frames = 0;
  let running = true;
  const frame = (): void => {
    frames += 1;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const longTasks: number[] = [];
  const longTaskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration > 50) longTasks.push(entry.duration);
  });
  longTaskObserver.observe({ type: 'longtask', buffered: false });
  let mutations = 0;
  const mutationObserver = new MutationObserver((records) => (mutations += records.length));
  if (params.get('mutations') === '1') {
    const root =
      observed instanceof HTMLElement ? (observed.shadowRoot ?? observed) : document.body;
    mutationObserver.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    if (observed) mutationObserver.observe(observed, { attributes: true });
  }
  const start = performance.now();
  let emitted = 0;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      const elapsed = performance.now() - start;
      if (elapsed >= seconds * 1000) {
        resolve();
        return;
      }
      const due = Math.min(loadEvents.length, Math.floor((elapsed / 1000) * rate));
      for (; emitted < due; emitted += 1) cil.emit('queueDataUpdate', loadEvents[emitted]);
      maxCharts = Math.max(maxCharts, liveCharts());
      setTimeout(pump, 4);
    };
    pump();
  });
  running = false;
  const elapsedMs = performance.now() - start;
  longTaskObserver.disconnect();
  mutations += mutationObserver.takeRecords().length;
  mutationObserver.disconnect();
  const times = [
    ...renderTimes.slice(timesFrom),
    ...(baseline?.renderTimes.slice(baselineTimesFrom) ?? []),
  ].sort((a, b) => a - b);
  const state = loadStore?.getState();
  return {
    mode,
    view,
    elapsedMs,
    fps: (frames * 1000) / elapsedMs,
    events: emitted,
    renders: renderCount + (baseline?.renders ?? 0) - rendersBefore,
    renderMeanMs: times.length ? times.reduce((a, b) => a + b, 0) / times.length : 0,
    renderP95Ms: times.length
      ? times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]
      : 0,
    longTasks: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks),
    mutations,
    chartUpdates: chartUpdates - chartUpdatesBefore,
    maxCharts,
    queues: state?.queues.size ?? 0,
    rejected: state?.diagnostics.rejectedTotal ?? 0,
  };
}

// ---------------------------------------------------------------- first render

async function firstRender(): Promise<BenchResult> {
  const cil = standInCil();
  const store = new ConnectsStore(cil.api);
  const board = mountBoard(store);
  await board.updateComplete;
  await afterPaint();
  // The board's render gate lets the first change after a quiet spell through at once;
  // right after the waiting screen's render it would hold ENABLED for up to 250 ms.
  await new Promise((resolve) => setTimeout(resolve, 300));
  renderTimes.length = 0;
  const enabled = new QueueStream(queueCount, seed).enabled();
  const rows = (): number => board.shadowRoot?.querySelectorAll('[data-queue-id]').length ?? 0;
  const start = performance.now();
  cil.emit('queueDataUpdate', enabled);
  // The store notifies after the current task's microtasks, the board then updates (and may
  // measure and update again): wait until its rows are in the DOM, then for the painted frame.
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (rows() === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(board.renderRoot, { childList: true, subtree: true });
  });
  const rowsMs = performance.now() - start;
  await board.updateComplete;
  await afterPaint();
  const firstRenderMs = performance.now() - start;
  return {
    mode,
    elapsedMs: firstRenderMs,
    firstRenderMs,
    rowsMs,
    updates: renderTimes.length,
    updateMs: renderTimes.reduce((a, b) => a + b, 0),
    rows: rows(),
  };
}

// ---------------------------------------------------------------- memory

function agentStatePayload(at: number, state: 'Ready' | 'NotReady'): unknown {
  return {
    event: 'agentStateChange',
    version: '1.0',
    channelType: 'Voice',
    channelId: 'voice_5000',
    newState: state,
    newReasonCode: -1,
    newReasonCodeLabel: '',
    newStateChangeTime: new Date(at).toISOString(),
    oldState: state === 'Ready' ? 'NotReady' : 'Ready',
    oldReasonCode: -1,
    oldReasonCodeLabel: '',
    oldStateChangeTime: new Date(at - 60_000).toISOString(),
  };
}

type Mount = () => HTMLElement;

async function memory(): Promise<BenchResult> {
  const events = num('events', 5_000_000);
  const churn = num('churn', 10_000);
  const lifecycles = num('lifecycles', 100_000);
  const cycles = num('cycles', 1_000);
  const cil = standInCil();
  const store = new ConnectsStore(cil.api);
  const memStream = new QueueStream(queueCount, seed);
  const at = Date.now();
  cil.emit('queueDataUpdate', memStream.enabled());
  cil.emit('agentStateChange', agentStatePayload(at, 'Ready'));
  // One call stays connected throughout, so the call card has something to show.
  const [created, connected] = lifecyclePayloads(0, at);
  cil.emit('workitemCreate', created);
  cil.emit('workitemConnect', connected);

  const make = <T extends HTMLElement & { store: ConnectsStore | undefined }>(
    create: () => T,
    setUp?: (element: T) => void,
  ): Mount => {
    return () => {
      const element = create();
      element.store = store;
      setUp?.(element);
      document.body.append(element);
      return element;
    };
  };
  const mounts: Record<string, Mount> = {
    board: make(() => new ConnectsQueueBoard()),
    'chart agents': make(
      () => new ConnectsQueueChart(),
      (el) => (el.kind = 'agents'),
    ),
    'chart trend': make(
      () => new ConnectsQueueChart(),
      (el) => (el.kind = 'trend'),
    ),
    'agent-state': make(() => new ConnectsAgentState()),
    'call-card': make(() => new ConnectsCallCard()),
    wallboard: make(
      () => new ConnectsWallboard(),
      (el) => (el.show = 'agent calls'),
    ),
  };
  let chartsSeen = 0;
  const cycle = async (mount: Mount): Promise<void> => {
    const element = mount() as HTMLElement & { updateComplete: Promise<boolean> };
    await element.updateComplete;
    await yieldTask();
    await element.updateComplete;
    chartsSeen = Math.max(chartsSeen, liveCharts());
    element.remove();
  };
  const used = (): number =>
    (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
    0;
  const collect = async (): Promise<number> => {
    for (let i = 0; i < 4; i += 1) {
      window.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return used();
  };

  // Everything created once per page (styles, templates, the chart module) is made first.
  for (const mount of Object.values(mounts)) await cycle(mount);
  const listenersAtRest = store.listenerCount;
  const tickerAtRest = sharedTicker.listenerCount;
  const before = await collect();
  const start = performance.now();
  const phases: Record<string, number> = {};
  // Heap after each phase (after GC), to see where growth happens.
  const heapAfterPhase: Record<string, number> = {};
  const timed = async (name: string, run: () => Promise<void>): Promise<void> => {
    const t = performance.now();
    await run();
    phases[name] = (performance.now() - t) / 1000;
    heapAfterPhase[name] = await collect();
  };

  // The long run, with the whole wallboard (board, both charts, agent state, call card) on the page.
  const wallboard = mounts.wallboard!();
  await timed('events', async () => {
    const chunk = memStream.take(1000);
    for (let i = 0; i < events; i += 1) {
      // 1,000 distinct payloads, re-sent: the store sees every one as a change of its queue.
      cil.emit('queueDataUpdate', chunk[i % 1000]);
      if (i % 1000 === 999) await yieldTask();
    }
  });
  await timed('churn', async () => {
    for (let i = 0; i < churn; i += 1) {
      const id = `churn-${i}`;
      cil.emit('queueDataUpdate', {
        event: 'queueDataUpdate',
        version: '1.0',
        dataState: 'ADDED',
        queueData: [{ id, name: `Churn ${i}`, statistics: { callsInQueue: i % 5 } }],
      });
      cil.emit('queueDataUpdate', {
        event: 'queueDataUpdate',
        version: '1.0',
        dataState: 'DELETED',
        queueData: [{ id }],
      });
      if (i % 100 === 99) await yieldTask();
    }
  });
  await timed('lifecycles', async () => {
    for (let n = 1; n <= lifecycles; n += 1) {
      for (const payload of lifecyclePayloads(n, at)) cil.emit(payload.event, payload);
      if (n % 100 === 0) await yieldTask();
    }
  });
  wallboard.remove();
  const cycleMs: Record<string, number> = {};
  await timed('mounts', async () => {
    for (let i = 0; i < cycles; i += 1)
      for (const [name, mount] of Object.entries(mounts)) {
        const t = performance.now();
        await cycle(mount);
        cycleMs[name] = (cycleMs[name] ?? 0) + (performance.now() - t) / cycles;
      }
  });
  await yieldTask();
  const after = await collect();
  const state = store.getState();
  return {
    mode,
    elapsedMs: performance.now() - start,
    phases,
    events,
    churn,
    lifecycles,
    lifecycleEvents: lifecycles * LIFECYCLE.length,
    cycles,
    elements: Object.keys(mounts),
    cycleMs,
    heapBeforeBytes: before,
    heapAfterBytes: after,
    heapDeltaBytes: after - before,
    heapAfterPhase,
    chartsLeft: liveCharts(),
    chartsSeenWhileMounted: chartsSeen,
    storeListenersLeft: store.listenerCount - listenersAtRest,
    tickerListenersLeft: sharedTicker.listenerCount - tickerAtRest,
    storeListenersAtRest: listenersAtRest,
    tickerListenersAtRest: tickerAtRest,
    queues: state.queues.size,
    workitems: state.workitems.size,
    rejected: state.diagnostics.rejectedTotal,
  };
}

window.benchSetup = () => (mode === 'load' ? loadSetup() : Promise.resolve());
window.benchRun = () => (mode === 'first' ? firstRender() : mode === 'memory' ? memory() : load());
