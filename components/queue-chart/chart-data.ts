/**
 * What the queue charts show, as plain numbers: agents by state per queue, and the
 * calls-in-queue and longest-wait trend from the store's history. The chart and its
 * text alternative are both drawn from these, so they cannot disagree.
 *
 * @module
 */
import type { QueueCounter } from '../../src/cil/index.js';
import type { HistorySeries } from '../../src/store/history.js';
import type { QueueState } from '../../src/store/state.js';

/** One segment of an agents bar: a state, and the reference counters it sums. */
export interface AgentSegment {
  /** Key of the segment (and of its colour token, `--connects-queue-chart-<key>`). */
  readonly key: AgentSegmentKey;
  /** The queue statistics it adds up. */
  readonly counters: readonly QueueCounter[];
}

/** The agent states a bar is made of. */
export type AgentSegmentKey =
  'ready' | 'not-ready' | 'talking-inbound' | 'talking-outbound' | 'talking-internal' | 'wrap-up';

/**
 * The segments of an agents bar, left to right: free agents first, then those not
 * taking calls, the three kinds of talking, and wrap-up (ready and not ready together).
 */
export const AGENT_SEGMENTS: readonly AgentSegment[] = [
  { key: 'ready', counters: ['agentsReady'] },
  { key: 'not-ready', counters: ['agentsNotReady'] },
  { key: 'talking-inbound', counters: ['agentsTalkingInbound'] },
  { key: 'talking-outbound', counters: ['agentsTalkingOutbound'] },
  { key: 'talking-internal', counters: ['agentsTalkingInternal'] },
  { key: 'wrap-up', counters: ['agentsWrapUpReady', 'agentsWrapUpNotReady'] },
];

/** One queue's bar: a value per segment of {@link AGENT_SEGMENTS}, `null` where not reported. */
export interface AgentRow {
  /** Queue id. */
  readonly id: string;
  /** Queue name (plain text). */
  readonly name: string;
  /** Values in segment order; `null` when the source reports none of the segment's counters. */
  readonly values: readonly (number | null)[];
}

/**
 * A segment's value: the sum of the counters the source reports; `null` when it
 * reports none of them (Finesse's -1 is already absent in the store).
 */
export function segmentValue(queue: QueueState, segment: AgentSegment): number | null {
  let sum: number | null = null;
  for (const counter of segment.counters) {
    const value = queue.statistics[counter];
    if (value !== undefined) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** The bars for `queues`, in the order given. */
export function agentRows(queues: Iterable<QueueState>): AgentRow[] {
  const rows: AgentRow[] = [];
  for (const queue of queues) {
    rows.push({
      id: queue.id,
      name: queue.name,
      values: AGENT_SEGMENTS.map((segment) => segmentValue(queue, segment)),
    });
  }
  return rows;
}

/** Where the trend's numbers come from: the store's history readers. */
export interface HistorySource {
  getHistory(
    queueId: string,
    counter: 'callsInQueue' | 'longestWaitSeconds',
  ): HistorySeries | undefined;
  getTotalsHistory(counter: 'callsInQueue' | 'longestWaitSeconds'): HistorySeries;
}

/** The trend over a window: one entry per history sample inside it. */
export interface TrendData {
  /** Start of the window, epoch ms (store clock). */
  readonly from: number;
  /** End of the window, epoch ms (store clock). */
  readonly to: number;
  /** Sample times, oldest first. */
  readonly times: readonly number[];
  /** Calls in queue per sample; `null` where not reported. */
  readonly calls: readonly (number | null)[];
  /** Longest wait per sample, minutes; `null` where not reported. */
  readonly waitMinutes: readonly (number | null)[];
}

/**
 * The trend of one queue (`queueId`) or of the totals (`null`) over the `minutes`
 * before `now` (store clock, as history samples are): calls in queue, a true total,
 * and the longest wait in minutes. A queue without history gives no samples.
 */
export function trendData(
  source: HistorySource,
  queueId: string | null,
  minutes: number,
  now: number,
): TrendData {
  const to = now;
  const from = now - minutes * 60_000;
  const read = (counter: 'callsInQueue' | 'longestWaitSeconds'): HistorySeries | undefined =>
    queueId === null ? source.getTotalsHistory(counter) : source.getHistory(queueId, counter);
  const calls = read('callsInQueue');
  const wait = read('longestWaitSeconds');
  const times: number[] = [];
  const callValues: (number | null)[] = [];
  const waitValues: (number | null)[] = [];
  if (calls && wait) {
    for (let i = 0; i < calls.times.length; i += 1) {
      const time = calls.times[i] as number;
      if (time < from || time > to) continue;
      times.push(time);
      callValues.push(calls.values[i] ?? null);
      const seconds = wait.values[i] ?? null;
      waitValues.push(seconds === null ? null : Math.round((seconds / 60) * 10) / 10);
    }
  }
  return { from, to, times, calls: callValues, waitMinutes: waitValues };
}

const MINUTE = 60_000;
/** Steps a time axis may use, in minutes: each divides an hour or a day. */
const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440];

/**
 * Tick times for a time axis from `from` to `to`, on round local clock times (every
 * 10 minutes: :00, :10, … in the viewer's time zone, also where it is offset by half an
 * hour), at most `maxTicks` of them.
 */
export function timeTicks(from: number, to: number, maxTicks: number): number[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return [];
  const spanMinutes = (to - from) / MINUTE;
  const limit = Math.max(2, Math.floor(maxTicks));
  const step = STEPS.find((s) => spanMinutes / s <= limit - 1) ?? STEPS[STEPS.length - 1]!;
  const ticks: number[] = [];
  // Local midnight before `from`, then whole steps from it: local round times.
  const start = new Date(from);
  start.setHours(0, 0, 0, 0);
  const base = start.getTime();
  const stepMs = step * MINUTE;
  let time = base + Math.ceil((from - base) / stepMs) * stepMs;
  for (; time <= to; time += stepMs) {
    // Across a daylight-saving change the offset moves: re-align to local round minutes.
    const local = new Date(time);
    const minutesOfDay = local.getHours() * 60 + local.getMinutes();
    const aligned = time - (minutesOfDay % step) * MINUTE;
    if (aligned >= from && (ticks.length === 0 || aligned > ticks[ticks.length - 1]!)) {
      ticks.push(aligned);
    }
  }
  return ticks;
}
