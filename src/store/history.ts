/**
 * Per-queue history for trend charts: one sample per interval (10 s by default) over
 * a fixed window (360 samples = one hour), in typed-array ring buffers. Memory is
 * fixed per queue and never grows with uptime; a deleted queue's history is dropped.
 * Samples are taken on the store clock when a bucket boundary has been crossed (at
 * flush, or when the shared ticker calls `tick`), never by a timer per queue.
 *
 * @module
 */
import { QUEUE_COUNTERS, type QueueCounter } from '../cil/index.js';
import { resolveOption } from './resolve-option.js';
import type { QueueState, QueueTotals } from './state.js';

/** Counters kept in the history: the queue statistics plus the longest wait in seconds. */
export const HISTORY_COUNTERS = [...QUEUE_COUNTERS, 'longestWaitSeconds'] as const;
/** One counter kept in the history. */
export type HistoryCounter = (typeof HISTORY_COUNTERS)[number];

/** A chronological series: `values[i]` was sampled at `times[i]`; `null` where unknown. */
export interface HistorySeries {
  /** Sample times (start of each bucket), epoch ms, oldest first. */
  readonly times: readonly number[];
  /** Values; `null` when the queue did not report the counter (or did not exist yet). */
  readonly values: readonly (number | null)[];
}

const MISSING = -1;
const COUNTER_COUNT = HISTORY_COUNTERS.length;
const MAX_INT32 = 0x7fffffff;

function waitSeconds(since: number | null, callsInQueue: number | undefined, now: number): number {
  if (since !== null) return Math.min(MAX_INT32, Math.max(0, Math.floor((now - since) / 1000)));
  return callsInQueue === undefined ? MISSING : 0;
}

function writeStatistics(
  target: Int32Array,
  offset: number,
  statistics: Partial<Record<QueueCounter, number>>,
  since: number | null,
  now: number,
): void {
  for (let c = 0; c < QUEUE_COUNTERS.length; c += 1) {
    const value = statistics[QUEUE_COUNTERS[c] as QueueCounter];
    target[offset + c] = value === undefined ? MISSING : Math.min(MAX_INT32, value);
  }
  target[offset + QUEUE_COUNTERS.length] = waitSeconds(since, statistics.callsInQueue, now);
}

/** The totals as one record of counters: `callsInQueue` beside the agent counter sums. */
function totalCounters(totals: QueueTotals): Partial<Record<QueueCounter, number>> {
  return totals.callsInQueue === null
    ? totals.counterSums
    : { ...totals.counterSums, callsInQueue: totals.callsInQueue };
}

/** Ring buffers of queue samples, keyed by queue id, plus one for the totals. */
export class QueueHistory {
  /** Sampling interval, ms. */
  readonly intervalMs: number;
  /** Samples kept per queue. */
  readonly length: number;
  private readonly times: Float64Array;
  private readonly totals: Int32Array;
  private readonly series = new Map<string, Int32Array>();
  private head = 0;
  private count = 0;
  private lastBucket: number | null = null;

  /** `intervalMs` and `length` are clamped to sane values (at least 1 ms and 1 sample). */
  constructor(intervalMs = 10_000, length = 360) {
    this.intervalMs = resolveOption(intervalMs, 10_000, 1);
    this.length = Math.floor(resolveOption(length, 360, 1, 100_000));
    this.times = new Float64Array(this.length);
    this.totals = new Int32Array(this.length * COUNTER_COUNT).fill(MISSING);
  }

  /** Number of samples held (at most `length`). */
  get size(): number {
    return this.count;
  }

  /** Number of queues with a history. */
  get queueCount(): number {
    return this.series.size;
  }

  /** Time of the latest sample (start of its bucket), or `null`. */
  get lastSampleAt(): number | null {
    return this.lastBucket === null ? null : this.lastBucket * this.intervalMs;
  }

  /**
   * Takes a sample of every queue if `now` lies in a later bucket than the last
   * sample; returns whether it did. Buckets skipped since (no flush, no tick) repeat
   * the previous values: nothing was received in between. Waits are measured to
   * `serverNow` (the skew-corrected clock; default `now`), as queue times are the server's.
   */
  sample(
    now: number,
    queues: ReadonlyMap<string, QueueState>,
    totals: QueueTotals,
    serverNow: number = now,
  ): boolean {
    const bucket = Math.floor(now / this.intervalMs);
    if (!Number.isFinite(bucket) || (this.lastBucket !== null && bucket <= this.lastBucket)) {
      return false;
    }
    this.retain(queues);
    if (this.lastBucket !== null) {
      const gap = bucket - this.lastBucket - 1;
      if (gap >= this.length) this.head = this.count = 0;
      else
        for (let k = 1; k <= gap; k += 1) this.repeatLast((this.lastBucket + k) * this.intervalMs);
    }
    const slot = this.head;
    this.times[slot] = bucket * this.intervalMs;
    const offset = slot * COUNTER_COUNT;
    for (const queue of queues.values()) {
      let values = this.series.get(queue.id);
      if (!values) {
        values = new Int32Array(this.length * COUNTER_COUNT).fill(MISSING);
        this.series.set(queue.id, values);
      }
      writeStatistics(
        values,
        offset,
        queue.statistics,
        queue.statistics.startTimeOfLongestCallInQueue,
        serverNow,
      );
    }
    if (queues.size === 0) this.totals.fill(MISSING, offset, offset + COUNTER_COUNT);
    else {
      writeStatistics(
        this.totals,
        offset,
        totalCounters(totals),
        totals.oldestWaitingSince,
        serverNow,
      );
    }
    this.advance(bucket);
    return true;
  }

  /** Drops the history of queues no longer in `queues`. */
  retain(queues: ReadonlyMap<string, unknown>): void {
    if (this.series.size === 0) return;
    for (const id of this.series.keys()) if (!queues.has(id)) this.series.delete(id);
  }

  /** A queue's series for one counter, oldest first; `undefined` for a queue without history. */
  read(queueId: string, counter: HistoryCounter): HistorySeries | undefined {
    const values = this.series.get(queueId);
    return values ? this.readFrom(values, counter) : undefined;
  }

  /**
   * The series of a total across queues: `callsInQueue` (a true total), the agent
   * counters (sums over queues, not head counts), the longest wait of all queues.
   */
  readTotals(counter: HistoryCounter): HistorySeries {
    return this.readFrom(this.totals, counter);
  }

  /** Forgets everything. */
  clear(): void {
    this.series.clear();
    this.totals.fill(MISSING);
    this.head = this.count = 0;
    this.lastBucket = null;
  }

  private readFrom(values: Int32Array, counter: HistoryCounter): HistorySeries {
    const c = HISTORY_COUNTERS.indexOf(counter);
    const times: number[] = [];
    const out: (number | null)[] = [];
    if (c < 0) return { times, values: out };
    for (let i = 0; i < this.count; i += 1) {
      const slot = (this.head - this.count + i + this.length) % this.length;
      times.push(this.times[slot] as number);
      const value = values[slot * COUNTER_COUNT + c] as number;
      out.push(value === MISSING ? null : value);
    }
    return { times, values: out };
  }

  private repeatLast(time: number): void {
    const previous = ((this.head - 1 + this.length) % this.length) * COUNTER_COUNT;
    const slot = this.head;
    const offset = slot * COUNTER_COUNT;
    this.times[slot] = time;
    for (const values of this.series.values()) {
      values.copyWithin(offset, previous, previous + COUNTER_COUNT);
    }
    this.totals.copyWithin(offset, previous, previous + COUNTER_COUNT);
    this.advance(null);
  }

  private advance(bucket: number | null): void {
    this.head = (this.head + 1) % this.length;
    this.count = Math.min(this.count + 1, this.length);
    if (bucket !== null) this.lastBucket = bucket;
  }
}
