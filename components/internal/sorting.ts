/**
 * The order of a queue board's rows: by the level shown (then the longest wait), by
 * name, or by any statistic, ascending or descending. Ties keep the store's arrival
 * order, so equal rows never swap places between renders.
 *
 * @module
 */
import { QUEUE_COUNTERS, type QueueCounter } from '../../src/cil/index.js';
import type { QueueState } from '../../src/store/index.js';
import { levelRank, type ShownEscalation } from './thresholds.js';

/** What rows can be sorted by: `escalation`, `name`, or a statistic's reference name. */
export type SortKey = 'escalation' | 'name' | QueueCounter | 'startTimeOfLongestCallInQueue';

/** Sort direction of the values shown (for the wait, `descending` is the longest wait first). */
export type SortDirection = 'ascending' | 'descending';

/** A parsed `sort` attribute. */
export interface SortOrder {
  /** Column sorted by. */
  readonly key: SortKey;
  /** Direction. */
  readonly direction: SortDirection;
}

/** Every sort key. */
export const SORT_KEYS: readonly SortKey[] = [
  'escalation',
  'name',
  ...QUEUE_COUNTERS,
  'startTimeOfLongestCallInQueue',
];

/** The order a key starts in when chosen: worst, busiest and longest first; names A to Z. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'name' ? 'ascending' : 'descending';
}

/** The board's default order: worst level first, then the longest wait. */
export const DEFAULT_SORT: SortOrder = Object.freeze({
  key: 'escalation',
  direction: 'descending',
});

/**
 * Reads a `sort` attribute: a key, optionally followed by `asc`/`ascending` or
 * `desc`/`descending` (`"callsInQueue desc"`, `"name"`). Anything else is the default.
 */
export function parseSort(text: string | null | undefined): SortOrder {
  const [rawKey, rawDirection] = (text ?? '').trim().split(/\s+/);
  const key = SORT_KEYS.find((candidate) => candidate.toLowerCase() === rawKey?.toLowerCase());
  if (!key) return DEFAULT_SORT;
  const word = rawDirection?.toLowerCase();
  const direction: SortDirection =
    word === 'asc' || word === 'ascending'
      ? 'ascending'
      : word === 'desc' || word === 'descending'
        ? 'descending'
        : defaultDirection(key);
  return { key, direction };
}

/** The attribute text of an order (`"callsInQueue desc"`). */
export function formatSort(order: SortOrder): string {
  return `${order.key} ${order.direction === 'ascending' ? 'asc' : 'desc'}`;
}

/** The order after the viewer chose column `key`: the same column flips, another starts in its default. */
export function toggleSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: defaultDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** One row to order: the queue, its shown level, and its place in arrival order. */
export interface SortableRow {
  /** The queue. */
  readonly queue: QueueState;
  /** The level the board shows for it. */
  readonly escalation: ShownEscalation;
  /** Position in the store's arrival order. */
  readonly index: number;
}

/** Compares two values present in both rows; missing values are handled by the caller. */
type Value = number | string;

function valueOf(row: SortableRow, key: SortKey): Value | undefined {
  switch (key) {
    case 'escalation':
      return levelRank(row.escalation.level);
    case 'name':
      return row.queue.name;
    case 'startTimeOfLongestCallInQueue': {
      // The shown value is the wait: an earlier start is a longer wait.
      const since = row.queue.statistics.startTimeOfLongestCallInQueue;
      return since === null ? undefined : -since;
    }
    default:
      return row.queue.statistics[key];
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareValues(a: Value, b: Value): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return (a as number) - (b as number);
}

/** Compares by one key in a direction; a missing value sorts last either way. */
function compareBy(a: SortableRow, b: SortableRow, key: SortKey, sign: number): number {
  const va = valueOf(a, key);
  const vb = valueOf(b, key);
  if (va === undefined || vb === undefined) {
    if (va === vb) return 0;
    return va === undefined ? 1 : -1;
  }
  return sign * compareValues(va, vb);
}

/**
 * Returns the rows in `order` (a new array; `rows` is left as it is). Escalation ties
 * are broken by the longest wait, then by the number of calls in queue; every other
 * tie keeps arrival order.
 */
export function sortRows<R extends SortableRow>(rows: readonly R[], order: SortOrder): R[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    let result = compareBy(a, b, order.key, sign);
    if (result === 0 && order.key === 'escalation') {
      result =
        compareBy(a, b, 'startTimeOfLongestCallInQueue', sign) ||
        compareBy(a, b, 'callsInQueue', sign);
    }
    return result || a.index - b.index;
  });
}
