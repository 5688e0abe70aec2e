/**
 * The `queues` attribute of a queue board: which queues to show, by id or by name.
 *
 * @module
 */
import type { QueueState } from '../../src/store/index.js';

/** A parsed selection: `null` shows every queue. */
export type QueueSelection = ReadonlySet<string> | null;

/**
 * Reads `queues="Sales, 5001, Support"`: comma-separated ids or names, trimmed; names
 * compare without regard to case. Empty or blank shows every queue.
 */
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
