/**
 * The escalation level a queue board shows: the `escalationLevel` b+s Connects reports,
 * raised (never lowered) by the viewer's own thresholds, with the rules that raised it.
 *
 * @module
 */
import type { EscalationLevel } from '../../src/cil/index.js';
import type { QueueState } from '../../src/store/index.js';

/** A client-side threshold rule, named as its attribute. */
export type ThresholdRule = 'warn-wait' | 'critical-wait' | 'warn-calls' | 'critical-calls';

/**
 * Client-side thresholds: a value that is not a finite number `>= 0` is no rule.
 * Waits are seconds the oldest call has waited; calls are calls in queue.
 */
export interface Thresholds {
  /** Warn once the oldest call has waited this many seconds. */
  readonly warnWait?: number | undefined;
  /** Critical once the oldest call has waited this many seconds. */
  readonly criticalWait?: number | undefined;
  /** Warn from this many calls in queue. */
  readonly warnCalls?: number | undefined;
  /** Critical from this many calls in queue. */
  readonly criticalCalls?: number | undefined;
}

/** What the board shows for one queue. */
export interface ShownEscalation {
  /** The level shown; `null` when neither the source nor a rule gives one. */
  readonly level: EscalationLevel | null;
  /** The level the source reported, if any. */
  readonly reported: EscalationLevel | null;
  /** The rules that raised the shown level above the reported one (empty when not raised). */
  readonly raisedBy: readonly ThresholdRule[];
}

const RANK: Readonly<Record<EscalationLevel, number>> = { Normal: 0, Warn: 1, Critical: 2 };

/** Rank of a level for ordering: no level below Normal. */
export function levelRank(level: EscalationLevel | null | undefined): number {
  return level ? RANK[level] : -1;
}

function usable(limit: number | undefined): limit is number {
  return typeof limit === 'number' && Number.isFinite(limit) && limit >= 0;
}

/** Whether any rule is set (when none is, the reported level is shown as it is). */
export function hasThresholds(thresholds: Thresholds): boolean {
  return (
    usable(thresholds.warnWait) ||
    usable(thresholds.criticalWait) ||
    usable(thresholds.warnCalls) ||
    usable(thresholds.criticalCalls)
  );
}

const NO_RULES: readonly ThresholdRule[] = Object.freeze([]);

/** Seconds the oldest call of `queue` has waited at `now`; `null` when none waits. */
export function waitSeconds(queue: QueueState, now: number): number | null {
  const since = queue.statistics.startTimeOfLongestCallInQueue;
  return since === null ? null : Math.max(0, (now - since) / 1000);
}

/**
 * The level to show for `queue` at `now` (the store's corrected clock): the reported
 * level, raised to the worst level a threshold reaches. Only the rules of that worst
 * level are named, as they are what the viewer sees.
 */
export function shownEscalation(
  queue: QueueState,
  thresholds: Thresholds,
  now: number,
): ShownEscalation {
  const reported = queue.escalationLevel ?? null;
  const calls = queue.statistics.callsInQueue;
  const wait = waitSeconds(queue, now);
  const critical: ThresholdRule[] = [];
  const warn: ThresholdRule[] = [];
  if (wait !== null && usable(thresholds.criticalWait) && wait >= thresholds.criticalWait)
    critical.push('critical-wait');
  if (calls !== undefined && usable(thresholds.criticalCalls) && calls >= thresholds.criticalCalls)
    critical.push('critical-calls');
  if (wait !== null && usable(thresholds.warnWait) && wait >= thresholds.warnWait)
    warn.push('warn-wait');
  if (calls !== undefined && usable(thresholds.warnCalls) && calls >= thresholds.warnCalls)
    warn.push('warn-calls');
  const reportedRank = levelRank(reported);
  if (critical.length > 0 && reportedRank < RANK.Critical)
    return { level: 'Critical', reported, raisedBy: critical };
  if (warn.length > 0 && reportedRank < RANK.Warn)
    return { level: 'Warn', reported, raisedBy: warn };
  return { level: reported, reported, raisedBy: NO_RULES };
}
