/**
 * Totals across queues: computed once per published change, never per read.
 *
 * @module
 */
import {
  QUEUE_COUNTERS,
  type AgentCounter,
  type EscalationLevel,
  type QueueCounter,
} from '../cil/index.js';
import { totalsEqual } from './equality.js';
import { EMPTY_TOTALS, LEVEL_ORDER, type QueueState, type QueueTotals } from './state.js';

const COUNTER_COUNT = QUEUE_COUNTERS.length;

/**
 * Sums each counter over the queues that report it (absent values are ignored, not
 * zero): `callsInQueue` as the true total, the agent counters as `counterSums` (sums
 * over queues, not head counts: an agent in three queues counts three times). Finds the oldest waiting call and the worst escalation level, and counts
 * queues per level. Returns `previous` when the result is equal, so an unchanged
 * total keeps its identity.
 */
export function computeTotals(
  queues: ReadonlyMap<string, QueueState>,
  previous: QueueTotals = EMPTY_TOTALS,
): QueueTotals {
  if (queues.size === 0) return previous.queueCount === 0 ? previous : EMPTY_TOTALS;
  // Per-counter sums in a typed array (index = position in QUEUE_COUNTERS); -1 = no
  // queue reports it. Runs once per flush over every queue, so it avoids keyed writes.
  const sums = new Float64Array(COUNTER_COUNT).fill(-1);
  const byLevel = { Normal: 0, Warn: 0, Critical: 0, none: 0 };
  let oldest: number | null = null;
  let oldestQueueId: string | null = null;
  let worst = -1;
  for (const queue of queues.values()) {
    const statistics = queue.statistics;
    for (let c = 0; c < COUNTER_COUNT; c += 1) {
      const value = statistics[QUEUE_COUNTERS[c] as QueueCounter];
      if (value !== undefined)
        sums[c] = (sums[c] as number) < 0 ? value : (sums[c] as number) + value;
    }
    const since = statistics.startTimeOfLongestCallInQueue;
    if (since !== null && (oldest === null || since < oldest)) {
      oldest = since;
      oldestQueueId = queue.id;
    }
    const level = queue.escalationLevel;
    if (level === undefined) byLevel.none += 1;
    else {
      byLevel[level] += 1;
      const rank = level === 'Critical' ? 2 : level === 'Warn' ? 1 : 0;
      if (rank > worst) worst = rank;
    }
  }
  const counterSums: Partial<Record<AgentCounter, number>> = {};
  let callsInQueue: number | null = null;
  for (let c = 0; c < COUNTER_COUNT; c += 1) {
    const sum = sums[c] as number;
    if (sum < 0) continue;
    const counter = QUEUE_COUNTERS[c] as QueueCounter;
    if (counter === 'callsInQueue') callsInQueue = sum;
    else counterSums[counter] = sum;
  }
  const next: QueueTotals = {
    queueCount: queues.size,
    callsInQueue,
    counterSums,
    oldestWaitingSince: oldest,
    oldestWaitingQueueId: oldestQueueId,
    worstEscalationLevel: worst < 0 ? null : (LEVEL_ORDER[worst] as EscalationLevel),
    queuesByLevel: byLevel,
  };
  return totalsEqual(previous, next) ? previous : next;
}
