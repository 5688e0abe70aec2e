/**
 * The wallboard's headline figures, from the queues a board shows: calls waiting in
 * all of them, the longest wait (and where), how many queues are in Critical and in
 * Warn (the level the board shows: reported, raised by the viewer's thresholds), and
 * how old the data is. Pure: the element renders what this returns.
 *
 * @module
 */
import type { EscalationLevel } from '../../src/cil/index.js';
import type { QueueState } from '../../src/store/index.js';

// The queue board's rules for `queues` and the thresholds, which the figures must follow.
// They are written here until the board's modules (components/queue-board/selection.ts,
// escalation.ts) are on main; then this file imports them instead.

/** A parsed `queues` selection: `null` shows every queue. */
export type QueueSelection = ReadonlySet<string> | null;

/** Reads `queues="Sales, 5001"`: comma-separated ids or names, trimmed; blank is every queue. */
export function parseQueueSelection(text: string | null | undefined): QueueSelection {
  const tokens = (text ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token.length > 0);
  return tokens.length === 0 ? null : new Set(tokens);
}

/** Whether `queue` is selected: its id as written, or its name in any case. */
export function isSelected(queue: QueueState, selection: QueueSelection): boolean {
  if (selection === null || selection.has(queue.id)) return true;
  const name = queue.name.toLocaleLowerCase();
  for (const token of selection) if (token.toLocaleLowerCase() === name) return true;
  return false;
}

/** Client-side thresholds (seconds waited, calls in queue); a value that is not a finite number >= 0 is no rule. */
export interface Thresholds {
  readonly warnWait?: number | undefined;
  readonly criticalWait?: number | undefined;
  readonly warnCalls?: number | undefined;
  readonly criticalCalls?: number | undefined;
}

const usable = (limit: number | undefined): limit is number =>
  typeof limit === 'number' && Number.isFinite(limit) && limit >= 0;
const RANK: Readonly<Record<EscalationLevel, number>> = { Normal: 0, Warn: 1, Critical: 2 };

/** The level shown for `queue` at `now`: the reported one, raised (never lowered) by a threshold reached. */
export function shownLevel(
  queue: QueueState,
  thresholds: Thresholds,
  now: number,
): EscalationLevel | null {
  const reported = queue.escalationLevel ?? null;
  const calls = queue.statistics.callsInQueue;
  const since = queue.statistics.startTimeOfLongestCallInQueue;
  const wait = since === null ? null : Math.max(0, (now - since) / 1000);
  const reaches = (limit: number | undefined, value: number | null | undefined) =>
    usable(limit) && typeof value === 'number' && value >= limit;
  const rank = reported ? RANK[reported] : -1;
  if (
    rank < RANK.Critical &&
    (reaches(thresholds.criticalWait, wait) || reaches(thresholds.criticalCalls, calls))
  )
    return 'Critical';
  if (
    rank < RANK.Warn &&
    (reaches(thresholds.warnWait, wait) || reaches(thresholds.warnCalls, calls))
  )
    return 'Warn';
  return reported;
}

/** The figures of the header. */
export interface WallboardKpis {
  /** Queues counted (those selected). */
  readonly queueCount: number;
  /** Calls waiting, summed over the queues that report it; `null` when none does. */
  readonly callsInQueue: number | null;
  /** Server time the longest-waiting call started waiting; `null` when no call waits. */
  readonly oldestWaitingSince: number | null;
  /** The queue of that call; `null` when none. */
  readonly oldestWaitingQueue: QueueState | null;
  /** Queues shown Critical. */
  readonly critical: number;
  /** Queues shown Warn. */
  readonly warn: number;
}

/**
 * The header's figures for `queues` (in store order), restricted to `selection`, with
 * levels as the board shows them at `now` (the store's corrected server clock).
 */
export function wallboardKpis(
  queues: Iterable<QueueState>,
  selection: QueueSelection,
  thresholds: Thresholds,
  now: number,
): WallboardKpis {
  let queueCount = 0;
  let callsInQueue: number | null = null;
  let oldestWaitingSince: number | null = null;
  let oldestWaitingQueue: QueueState | null = null;
  let critical = 0;
  let warn = 0;
  for (const queue of queues) {
    if (!isSelected(queue, selection)) continue;
    queueCount += 1;
    const calls = queue.statistics.callsInQueue;
    if (typeof calls === 'number') callsInQueue = (callsInQueue ?? 0) + calls;
    const since = queue.statistics.startTimeOfLongestCallInQueue;
    if (since !== null && (oldestWaitingSince === null || since < oldestWaitingSince)) {
      oldestWaitingSince = since;
      oldestWaitingQueue = queue;
    }
    const level = shownLevel(queue, thresholds, now);
    if (level === 'Critical') critical += 1;
    else if (level === 'Warn') warn += 1;
  }
  return { queueCount, callsInQueue, oldestWaitingSince, oldestWaitingQueue, critical, warn };
}
