/**
 * Store throughput: UPDATED events per second on 500 queues, through the store
 * (reduce + notify, flushes as in a page: the benchmark yields to the microtask queue
 * every 1,000 events), once from the `cil` callback (parse + reduce + notify) and once
 * with pre-parsed events (`dispatch`). Heap is measured after `gc()` before and after
 * 5 million events to show memory stays flat.
 *
 * Run with `npm run bench:store`. Not a test: figures depend on the machine.
 */
import {
  CIL_EVENT_NAMES,
  REGISTRATION_METHODS,
  parseEvent,
  type CilApi,
  type ParsedEvent,
} from '../src/cil/index.js';
import { ConnectsStore, selectTotals } from '../src/store/index.js';
import { QUEUES, singleQueueUpdates, wireQueue } from './queue-payloads.js';

const YIELD_EVERY = 1_000;
const argv = process.argv.slice(2);
const EVENTS = Number(argv[0] ?? 5_000_000);
const gc = (globalThis as { gc?: () => void }).gc;

/** A minimal cil: keeps the callbacks so the benchmark can call them like b+s Connects would. */
function benchCil(): { api: CilApi; emitQueueData: (data: unknown) => void } {
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
  return { api: api as unknown as CilApi, emitQueueData: (data) => queueData()(data) };
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
  cil.current = { api: {} as CilApi, emitQueueData: () => undefined };

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
}

await main();
