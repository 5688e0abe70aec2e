/**
 * Weeks in minutes: the simulator on a manual clock runs simulated days through a store
 * that every element shows, and at each sample the page is measured: heap after a
 * collection, DOM nodes (through every shadow root), event listeners and timers alive,
 * `Chart.instances`, the store's subscriptions and history sizes. The CI test runs a
 * short version; `npm run soak` runs the week (`soak.week.ts`).
 */
import { Chart } from 'chart.js';
import { createSimulatedCil, type SimulatedCil } from '../../src/simulator/index.js';
import { ConnectsStore } from '../../src/store/index.js';
import { allElements, mountPage, settle, type Page } from './page.js';

/** One measurement of the page. */
export interface SoakSample {
  /** Simulated hours since the start. */
  readonly hour: number;
  /** `performance.memory.usedJSHeapSize` after a forced collection, MB; `null` where not available. */
  readonly heapMb: number | null;
  /** Elements on the page, shadow roots included. */
  readonly domNodes: number;
  /** Event listeners added and not removed since the soak began. */
  readonly listeners: number;
  /** Timeouts and intervals pending. */
  readonly timers: number;
  /** Live Chart.js charts. */
  readonly charts: number;
  /** The store's subscriptions. */
  readonly subscriptions: number;
  /** Samples in the longest history series (queues and totals). */
  readonly historyMax: number;
  /** Events the simulator sent so far. */
  readonly events: number;
  /** Queues, workitems, errors, requests in the store. */
  readonly stateSizes: string;
}

/** Counts listeners and timers alive on the page from the moment it is installed. */
class Census {
  /** Targets listened on, with how many listeners each has. */
  private readonly targets = new Set<WeakRef<EventTarget>>();
  private readonly counts = new WeakMap<EventTarget, number>();
  private readonly timers = new Set<unknown>();
  private readonly restore: (() => void)[] = [];

  install(): void {
    const proto = EventTarget.prototype;
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    // What each target listens with: listener -> "type|capture" keys (the DOM's identity).
    const live = new WeakMap<EventTarget, Map<unknown, Set<string>>>();
    const keyOf = (type: string, options: unknown): string =>
      `${type}|${typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture)}`;
    const count = (target: EventTarget, delta: number): void => this.count(target, delta);
    proto.addEventListener = function (this: EventTarget, type, listener, options) {
      if (listener) {
        let byListener = live.get(this);
        if (!byListener) live.set(this, (byListener = new Map()));
        let keys = byListener.get(listener);
        if (!keys) byListener.set(listener, (keys = new Set()));
        const key = keyOf(type, options);
        if (!keys.has(key)) {
          keys.add(key);
          count(this, 1);
        }
      }
      return add.call(this, type, listener, options);
    };
    proto.removeEventListener = function (this: EventTarget, type, listener, options) {
      const keys = live.get(this)?.get(listener);
      if (keys?.delete(keyOf(type, options))) count(this, -1);
      return remove.call(this, type, listener, options);
    };
    this.restore.push(() => {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    });
    const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
    const timers = this.timers;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const handle: number = st(
        (...inner: unknown[]) => {
          timers.delete(handle);
          if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
        },
        ms,
        ...args,
      );
      timers.add(handle);
      return handle;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((handle?: number) => {
      timers.delete(handle);
      ct(handle);
    }) as typeof window.clearTimeout;
    window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const handle = si(handler, ms, ...args);
      timers.add(handle);
      return handle;
    }) as typeof window.setInterval;
    window.clearInterval = ((handle?: number) => {
      timers.delete(handle);
      ci(handle);
    }) as typeof window.clearInterval;
    this.restore.push(() => {
      window.setTimeout = st;
      window.clearTimeout = ct;
      window.setInterval = si;
      window.clearInterval = ci;
    });
  }

  count(target: EventTarget, delta: number): void {
    const before = this.counts.get(target);
    if (before === undefined) this.targets.add(new WeakRef(target));
    this.counts.set(target, (before ?? 0) + delta);
  }

  /**
   * Listeners alive: on nodes in the page (shadow trees included) and on everything
   * that is not a node (window, document, media queries...). A node that left the
   * page takes its listeners with it when it is collected.
   */
  get listeners(): number {
    let total = 0;
    for (const ref of this.targets) {
      const target = ref.deref();
      if (!target) {
        this.targets.delete(ref);
        continue;
      }
      if (target instanceof Node && !(target instanceof Document) && !target.isConnected) continue;
      total += this.counts.get(target) ?? 0;
    }
    return total;
  }

  get timerCount(): number {
    return this.timers.size;
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
  }
}

function heapMb(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  if (!gc || !memory) return null;
  gc();
  gc();
  return Math.round((memory.usedJSHeapSize / 1048576) * 10) / 10;
}

function historyMax(store: ConnectsStore): number {
  let max = store.getTotalsHistory('callsInQueue').values.length;
  for (const id of store.getState().queues.keys()) {
    max = Math.max(max, store.getHistory(id, 'callsInQueue')?.values.length ?? 0);
  }
  return max;
}

/** Options of a soak run. */
export interface SoakOptions {
  /** Simulated days. */
  readonly days: number;
  /** Simulated hours between samples. */
  readonly sampleEveryHours: number;
  /** Simulated minutes between renders of the page. */
  readonly renderEveryMinutes: number;
  /** Told each sample as it is taken. */
  readonly onSample?: (sample: SoakSample) => void;
}

/** Runs the soak and returns the samples (the first is taken after one simulated hour of warm-up). */
export async function runSoak(options: SoakOptions): Promise<SoakSample[]> {
  const census = new Census();
  census.install();
  let cil: SimulatedCil | undefined;
  let store: ConnectsStore | undefined;
  let page: Page | undefined;
  try {
    const start = Date.UTC(2026, 10, 30, 0, 0, 0);
    cil = createSimulatedCil({
      seed: 11,
      clock: 'manual',
      startTime: start,
      queues: 8,
      agents: 40,
      autopilot: true,
      arrivalRatePerMinute: 2,
    });
    const sim = cil;
    store = new ConnectsStore(sim, { now: () => sim.now(), flavour: sim.flavour });
    page = await mountPage(store);
    const samples: SoakSample[] = [];
    const minutes = options.days * 24 * 60;
    const sampleEvery = options.sampleEveryHours * 60;
    const take = async (minute: number): Promise<void> => {
      await settle(page!);
      const state = store!.getState();
      const sample: SoakSample = {
        hour: minute / 60,
        heapMb: heapMb(),
        domNodes: allElements(page!.root).length,
        listeners: census.listeners,
        timers: census.timerCount,
        charts: Object.keys(Chart.instances).length,
        subscriptions: store!.listenerCount,
        historyMax: historyMax(store!),
        events: sim.eventLog().length,
        stateSizes: `${state.queues.size}q ${state.workitems.size}w ${state.errors.length}e ${state.requests.length}r ${state.endedWorkitemIds.length}x`,
      };
      samples.push(sample);
      options.onSample?.(sample);
    };
    for (let minute = 1; minute <= minutes; minute += 1) {
      sim.advance(60_000);
      store.tick();
      if (minute % options.renderEveryMinutes === 0) await settle(page);
      if (minute % sampleEvery === 0 || minute === 60) await take(minute);
    }
    return samples;
  } finally {
    census.uninstall();
    store?.dispose();
    cil?.dispose();
  }
}
