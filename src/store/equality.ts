/**
 * Value equality for the parts of the state rebuilt from events (queues, channels,
 * totals), so that receiving the same data again keeps object identities (and
 * notifies no one).
 *
 * @module
 */
import { QUEUE_COUNTERS, type QueueData, type QueueStatistics } from '../cil/index.js';
import type { ChannelState, QueueTotals } from './state.js';

/** Deep equality of JSON-like values, depth-bounded (deeper than `depth` counts as different). */
function jsonEqual(a: unknown, b: unknown, depth = 8): boolean {
  if (Object.is(a, b)) return true;
  if (depth <= 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    const va = (a as Record<string, unknown>)[key];
    const vb = (b as Record<string, unknown>)[key];
    if (!jsonEqual(va, vb, depth - 1)) return false;
  }
  return true;
}

/** Whether two statistics objects hold the same values (unrolled: this is the hot path). */
function statisticsEqual(a: QueueStatistics, b: QueueStatistics): boolean {
  return (
    a === b ||
    (a.callsInQueue === b.callsInQueue &&
      a.startTimeOfLongestCallInQueue === b.startTimeOfLongestCallInQueue &&
      a.agentsReady === b.agentsReady &&
      a.agentsNotReady === b.agentsNotReady &&
      a.agentsTalkingInbound === b.agentsTalkingInbound &&
      a.agentsTalkingInternal === b.agentsTalkingInternal &&
      a.agentsTalkingOutbound === b.agentsTalkingOutbound &&
      a.agentsWrapUpNotReady === b.agentsWrapUpNotReady &&
      a.agentsWrapUpReady === b.agentsWrapUpReady)
  );
}

/** Whether two queues carry the same data (store bookkeeping fields are not compared). */
export function queueDataEqual(a: QueueData, b: QueueData): boolean {
  return (
    statisticsEqual(a.statistics, b.statistics) &&
    a.id === b.id &&
    a.name === b.name &&
    a.channel === b.channel &&
    a.escalationLevel === b.escalationLevel &&
    jsonEqual(a.extra, b.extra)
  );
}

/** Whether two channel states are the same (the agent state and what derives from it). */
export function channelEqual(a: ChannelState, b: ChannelState): boolean {
  return (
    a.channelId === b.channelId &&
    a.channelType === b.channelType &&
    a.state === b.state &&
    a.reasonCode === b.reasonCode &&
    a.reasonCodeLabel === b.reasonCodeLabel &&
    a.since === b.since &&
    a.stateChangeTime === b.stateChangeTime &&
    a.requestId === b.requestId &&
    a.activity === b.activity
  );
}

/** Whether two totals hold the same values. */
export function totalsEqual(a: QueueTotals, b: QueueTotals): boolean {
  if (
    a.queueCount !== b.queueCount ||
    a.callsInQueue !== b.callsInQueue ||
    a.oldestWaitingSince !== b.oldestWaitingSince ||
    a.oldestWaitingQueueId !== b.oldestWaitingQueueId ||
    a.worstEscalationLevel !== b.worstEscalationLevel
  ) {
    return false;
  }
  for (const counter of QUEUE_COUNTERS) {
    if (counter === 'callsInQueue') continue;
    if (a.counterSums[counter] !== b.counterSums[counter]) return false;
  }
  const la = a.queuesByLevel;
  const lb = b.queuesByLevel;
  return (
    la.Normal === lb.Normal &&
    la.Warn === lb.Warn &&
    la.Critical === lb.Critical &&
    la.none === lb.none
  );
}
