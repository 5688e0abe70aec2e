/**
 * Store throughput: UPDATED events per second on 500 queues, through the store
 * (reduce + notify, flushes as in a page: the benchmark yields to the microtask queue
 * every 1,000 events), once from the `cil` callback (parse + reduce + notify) and once
 * with pre-parsed events (`dispatch`). Heap is measured after `gc()` before and after
 * 5 million events to show memory stays flat. Then, from the `cil` callback:
 * queue ADDED/DELETED churn on top of 500 queues, full workitem lifecycles
 * (create, connect, pause, resume, wrap-up, end), and ENABLED with 5,000 queues.
 *
 * Run with `npm run bench:store` (optional: events per UPDATED run; `--quick` for a
 * tenth of everything). With `BENCH_OUT=<file>` the figures are also written there
 * as JSON (`npm run bench` collects them). Not a test: figures depend on the machine.
 */
import {
  CIL_EVENT_NAMES,
  REGISTRATION_METHODS,
  parseEvent,
  type CilApi,
  type ParsedEvent,
} from '../src/cil/index.js';
import { ConnectsStore, selectTotals } from '../src/store/index.js';
import { writeFileSync } from 'node:fs';
import { QUEUES, singleQueueUpdates, wireQueue } from './queue-payloads.js';
import { LIFECYCLE, lifecyclePayloads } from './workitem-payloads.js';

const YIELD_EVERY = 1_000;
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const numbers = argv.filter((arg) => !arg.startsWith('--'));
const EVENTS = Number(numbers[0] ?? (quick ? 500_000 : 5_000_000));
const CHURN_CYCLES = quick ? 20_000 : 200_000;
const LIFECYCLES = quick ? 10_000 : 100_000;
const ENABLED_QUEUES = 5_000;
const ENABLED_ROUNDS = quick ? 5 : 21;
const gc = (globalThis as { gc?: () => void }).gc;

/** A minimal cil: keeps the callbacks so the benchmark can call them like b+s Connects would. */
function benchCil(): {
  api: CilApi;
  emitQueueData: (data: unknown) => void;
  emit: (name: string, data: unknown) => void;
} {
  const callbacks = new Map<string, (data: unknown) => void>();
  const api: Record<string, unknown> = {};
  for (const name of CIL_EVENT_NAMES) {
    api[REGISTRATION_METHODS[name]] = (callback: (data: unknown) => void) =>
      callbacks.set(name, callback);
  }
  const queueData = (): ((data: unknown) => void) => {
    const callback = callbacks.get('queueDataUpdate');
    if (!callback) throw new Error('store did not register onQueueDataUpdate');
    return callback;
  };
  return {
    api: api as unknown as CilApi,
    emitQueueData: (data) => queueData()(data),
    emit: (name, data) => callbacks.get(name)?.(data),
  };
}

/** Heap plus array buffers (the history's typed arrays live outside the JS heap), MiB. */
function heapMiB(): number {
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1024 / 1024;
}

interface Run {
  readonly events: number;
  readonly seconds: number;
  readonly notifications: number;
  readonly heapBefore: number;
  readonly heapAfter: number;
}

async function run(
  label: string,
  events: number,
  feed: (store: ConnectsStore, i: number) => void,
  setUp: (store: ConnectsStore) => void,
  create: () => ConnectsStore,
): Promise<Run> {
  const store = create();
  setUp(store);
  await Promise.resolve();
  let notifications = 0;
  let totalsSeen = 0;
  store.subscribe(() => (notifications += 1));
  store.select(selectTotals, () => (totalsSeen += 1));
  // Warm-up, so the JIT has compiled the hot path before timing.
  for (let i = 0; i < 200_000; i += 1) {
    feed(store, i);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await Promise.resolve();
  }
  await Promise.resolve();
  notifications = 0;
  // Let the previous run's objects become unreachable (pending tasks) before measuring.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const heapBefore = heapMiB();
  const start = performance.now();
  for (let i = 0; i < events; i += 1) {
    feed(store, i);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await Promise.resolve();
  }
  await Promise.resolve();
  const seconds = (performance.now() - start) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const heapAfter = heapMiB();
  const state = store.getState();
  if (state.queues.size !== QUEUES) throw new Error(`${label}: expected ${QUEUES} queues`);
  if (state.diagnostics.rejectedTotal !== 0) throw new Error(`${label}: payloads rejected`);
  if (totalsSeen === 0) throw new Error(`${label}: totals never changed`);
  return { events, seconds, notifications, heapBefore, heapAfter };
}

function report(label: string, result: Run): void {
  const rate = result.events / result.seconds;
  console.log(
    `${label.padEnd(38)} ${Math.round(rate).toLocaleString('en-US').padStart(11)} events/s ` +
      `(${result.events.toLocaleString('en-US')} events in ${result.seconds.toFixed(2)} s, ` +
      `${result.notifications.toLocaleString('en-US')} notifications)`,
  );
  console.log(
    `${''.padEnd(38)} heap + array buffers after gc: ${result.heapBefore.toFixed(1)} MiB before, ` +
      `${result.heapAfter.toFixed(1)} MiB after ` +
      `(${(result.heapAfter - result.heapBefore >= 0 ? '+' : '') + (result.heapAfter - result.heapBefore).toFixed(1)} MiB)`,
  );
}

async function main(): Promise<void> {
  if (!gc) console.warn('gc() not exposed: run through scripts/bench.mjs (node --expose-gc)');
  console.log(
    `Store benchmark: UPDATED events on ${QUEUES} queues, yielding every ${YIELD_EVERY} events ` +
      `(node ${process.version}, ${EVENTS.toLocaleString('en-US')} events per run)`,
  );
  const wire = singleQueueUpdates();
  const enabled = {
    event: 'queueDataUpdate',
    version: '1.0',
    dataState: 'ENABLED',
    queueData: Array.from({ length: QUEUES }, (_, q) => wireQueue(q, 6)),
  };

  // Full path: the cil callback parses, reduces and schedules the notification.
  const cil = { current: benchCil() };
  const full = await run(
    'cil callback (parse + reduce + notify)',
    EVENTS,
    (_store, i) => cil.current.emitQueueData(wire[i % wire.length]),
    () => cil.current.emitQueueData(enabled),
    () => {
      cil.current = benchCil();
      return new ConnectsStore(cil.current.api);
    },
  );
  report('cil callback (parse + reduce + notify)', full);
  // Release the first store (its cil holds it through the callbacks) before the next run.
  cil.current = { api: {} as CilApi, emitQueueData: () => undefined, emit: () => undefined };

  // Store path: pre-parsed events, reduce + notify only.
  const parsedEvents: ParsedEvent[] = wire.map((payload) => {
    const result = parseEvent('queueDataUpdate', payload);
    if (!result.ok) throw new Error(result.problem.detail);
    return result.value;
  });
  const enabledEvent = parseEvent('queueDataUpdate', enabled);
  if (!enabledEvent.ok) throw new Error(enabledEvent.problem.detail);
  const store = await run(
    'store (pre-parsed: reduce + notify)',
    EVENTS,
    (target, i) => target.dispatch(parsedEvents[i % parsedEvents.length] as ParsedEvent),
    (target) => target.dispatch(enabledEvent.value),
    () => new ConnectsStore(),
  );
  report('store (pre-parsed: reduce + notify)', store);
  const target = 1_000_000;
  const rate = store.events / store.seconds;
  console.log(
    `Target ${target.toLocaleString('en-US')} events/s on the store path: ` +
      (rate >= target ? 'met' : 'NOT met'),
  );

  const churn = await churnRun(enabled);
  console.log(
    `${'queue ADDED/DELETED churn (cil callback)'.padEnd(38)} ${format(churn.eventsPerSecond)} events/s ` +
      `(${CHURN_CYCLES.toLocaleString('en-US')} cycles on top of ${QUEUES} queues; ` +
      `heap ${churn.heapBefore.toFixed(1)} → ${churn.heapAfter.toFixed(1)} MiB)`,
  );
  const lifecycles = await lifecycleRun();
  console.log(
    `${'workitem lifecycles (cil callback)'.padEnd(38)} ${format(lifecycles.lifecyclesPerSecond)} lifecycles/s ` +
      `(${LIFECYCLE.length} events each, ${format(lifecycles.eventsPerSecond).trim()} events/s; ` +
      `heap ${lifecycles.heapBefore.toFixed(1)} → ${lifecycles.heapAfter.toFixed(1)} MiB)`,
  );
  const big = await enabledRun();
  console.log(
    `${`ENABLED with ${ENABLED_QUEUES.toLocaleString('en-US')} queues (cil callback)`.padEnd(38)} ` +
      `${big.medianMs.toFixed(1).padStart(11)} ms median (parse + reduce + notify; ` +
      `${ENABLED_ROUNDS} rounds, ${big.minMs.toFixed(1)}–${big.maxMs.toFixed(1)} ms)`,
  );

  const out = process.env.BENCH_OUT;
  if (out) {
    const asJson = (result: Run) => ({
      events: result.events,
      seconds: result.seconds,
      eventsPerSecond: result.events / result.seconds,
      heapBeforeMiB: result.heapBefore,
      heapAfterMiB: result.heapAfter,
    });
    writeFileSync(
      out,
      JSON.stringify(
        {
          node: process.version,
          updatedFromCil: asJson(full),
          updatedPreParsed: asJson(store),
          churn,
          lifecycles,
          enabled5000: big,
        },
        null,
        2,
      ),
    );
  }
}

function format(rate: number): string {
  return Math.round(rate).toLocaleString('en-US').padStart(11);
}

/** Yields to the microtask queue every 1,000 events, so notifications happen as in a page. */
async function feedAll(count: number, feed: (i: number) => void): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    feed(i);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await Promise.resolve();
  }
  await Promise.resolve();
  return (performance.now() - start) / 1000;
}

/** ADDED then DELETED of one extra queue, over and over, on top of 500 queues. */
async function churnRun(enabled: unknown) {
  const cil = benchCil();
  const store = new ConnectsStore(cil.api);
  let notifications = 0;
  store.subscribe(() => (notifications += 1));
  cil.emitQueueData(enabled);
  const added = Array.from({ length: 64 }, (_, i) => ({
    event: 'queueDataUpdate',
    version: '1.0',
    dataState: 'ADDED',
    queueData: [wireQueue(QUEUES + i, i)],
  }));
  const deleted = added.map((_, i) => ({
    event: 'queueDataUpdate',
    version: '1.0',
    dataState: 'DELETED',
    queueData: [{ id: `q${QUEUES + i}` }],
  }));
  const feed = (i: number): void => {
    const k = (i >> 1) % added.length;
    cil.emitQueueData(i % 2 === 0 ? added[k] : deleted[k]);
  };
  await feedAll(20_000, feed);
  const heapBefore = heapMiB();
  const seconds = await feedAll(CHURN_CYCLES * 2, feed);
  const heapAfter = heapMiB();
  const state = store.getState();
  if (state.queues.size !== QUEUES) throw new Error(`churn: ${state.queues.size} queues left`);
  if (state.diagnostics.rejectedTotal !== 0) throw new Error('churn: payloads rejected');
  store.dispose();
  return {
    cycles: CHURN_CYCLES,
    events: CHURN_CYCLES * 2,
    seconds,
    eventsPerSecond: (CHURN_CYCLES * 2) / seconds,
    notifications,
    heapBefore,
    heapAfter,
  };
}

/** Full workitem lifecycles, each a distinct call id. */
async function lifecycleRun() {
  const cil = benchCil();
  const store = new ConnectsStore(cil.api);
  const at = Date.now();
  const payloads = Array.from({ length: 512 }, (_, n) => lifecyclePayloads(n, at));
  let shown = 0;
  store.subscribe((state) => (shown = Math.max(shown, state.workitems.size)));
  const run = async (count: number, offset: number): Promise<number> =>
    feedAll(count * LIFECYCLE.length, (i) => {
      const n = Math.floor(i / LIFECYCLE.length);
      const payload = payloads[(n + offset) % payloads.length]![i % LIFECYCLE.length]!;
      // A distinct id per lifecycle, as on a real line: the ended-id memory is exercised.
      cil.emit(payload.event, { ...payload, id: `bench-${n + offset}` });
    });
  await run(5_000, 0);
  const heapBefore = heapMiB();
  const seconds = await run(LIFECYCLES, 5_000);
  const heapAfter = heapMiB();
  const state = store.getState();
  if (state.workitems.size !== 0) throw new Error(`lifecycles: ${state.workitems.size} left`);
  if (state.diagnostics.rejectedTotal !== 0) throw new Error('lifecycles: payloads rejected');
  store.dispose();
  return {
    lifecycles: LIFECYCLES,
    events: LIFECYCLES * LIFECYCLE.length,
    seconds,
    lifecyclesPerSecond: LIFECYCLES / seconds,
    eventsPerSecond: (LIFECYCLES * LIFECYCLE.length) / seconds,
    heapBefore,
    heapAfter,
  };
}

/**
 * ENABLED with 5,000 queues, each round different from the last, through the cil
 * callback; the store is told to keep 5,000 queues (its default bound is 2,000).
 */
async function enabledRun() {
  const cil = benchCil();
  const store = new ConnectsStore(cil.api, { maxQueues: ENABLED_QUEUES });
  let notifications = 0;
  store.subscribe(() => (notifications += 1));
  const payloads = Array.from({ length: 2 }, (_, step) => ({
    event: 'queueDataUpdate',
    version: '1.0',
    dataState: 'ENABLED',
    queueData: Array.from({ length: ENABLED_QUEUES }, (_, q) => wireQueue(q, step + 1)),
  }));
  const times: number[] = [];
  for (let round = 0; round < ENABLED_ROUNDS + 2; round += 1) {
    const start = performance.now();
    cil.emitQueueData(payloads[round % 2]);
    await Promise.resolve();
    if (round >= 2) times.push(performance.now() - start); // two warm-up rounds
  }
  if (store.getState().queues.size !== ENABLED_QUEUES) throw new Error('ENABLED: queues missing');
  if (notifications < ENABLED_ROUNDS) throw new Error('ENABLED: subscribers not told');
  store.dispose();
  times.sort((a, b) => a - b);
  return {
    queues: ENABLED_QUEUES,
    rounds: ENABLED_ROUNDS,
    medianMs: times[Math.floor(times.length / 2)]!,
    minMs: times[0]!,
    maxMs: times[times.length - 1]!,
  };
}

await main();
