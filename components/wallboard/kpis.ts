/**
 * The wallboard's headline figures, from the queues a board shows: calls waiting in
 * all of them, the longest wait (and where), how many queues are in Critical and in
 * Warn (the level the board shows: reported, raised by the viewer's thresholds), and
 * how old the data is. Pure: the element renders what this returns.
 *
 * @module
 */
import type { QueueState } from '../../src/store/index.js';
// The board's rules, so the figures count the queues and levels the board shows.
import { isSelected, type QueueSelection } from '../internal/selection.js';
import { shownEscalation, type Thresholds } from '../internal/thresholds.js';

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
    const { level } = shownEscalation(queue, thresholds, now);
    if (level === 'Critical') critical += 1;
    else if (level === 'Warn') warn += 1;
  }
  return { queueCount, callsInQueue, oldestWaitingSince, oldestWaitingQueue, critical, warn };
}
