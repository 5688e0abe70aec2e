/**
 * The inspector's log of what its buttons asked for and how it ended: a bounded,
 * immutable list, so Lit sees a new array on every change.
 *
 * @module
 */

/** How an action ended (or that it has not yet). */
export type RequestOutcome = 'pending' | 'resolved' | 'rejected';

/** One logged action. */
export interface RequestLogEntry {
  /** Increasing number, the entry's key. */
  readonly seq: number;
  /** Simulated time the action started, epoch ms. */
  readonly at: number;
  /** What was asked, e.g. `setAgentState NotReady (reason 11)`. */
  readonly action: string;
  /** How it ended. */
  readonly outcome: RequestOutcome;
  /** The result, or the error class and message. */
  readonly detail: string;
}

/** Entries kept; older ones fall off. */
export const REQUEST_LOG_LIMIT = 12;

/** `log` with `entry` appended, the oldest dropped beyond `limit`. */
export function appendEntry(
  log: readonly RequestLogEntry[],
  entry: RequestLogEntry,
  limit: number = REQUEST_LOG_LIMIT,
): readonly RequestLogEntry[] {
  const next = [...log, entry];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

/** `log` with entry `seq` settled; unchanged when it already fell off. */
export function settleEntry(
  log: readonly RequestLogEntry[],
  seq: number,
  outcome: Exclude<RequestOutcome, 'pending'>,
  detail: string,
): readonly RequestLogEntry[] {
  return log.some((entry) => entry.seq === seq)
    ? log.map((entry) => (entry.seq === seq ? { ...entry, outcome, detail } : entry))
    : log;
}
