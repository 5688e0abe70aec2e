/**
 * Text the inspector shows for numbers, times and failures. Pure, so the page and
 * its tests agree on what "absent" or "3:05" looks like.
 *
 * @module
 */
import { describeThrown } from '../src/cil/describe-thrown.js';
import { format } from 'date-fns';

/** Shown where a value is absent (a `-1` counter, no waiting call, no time). */
export const ABSENT = '–';

/** A counter as text; {@link ABSENT} when the store has no usable value. */
export function formatCount(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : ABSENT;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A duration as `mm:ss`, or `h:mm:ss` from one hour; negative durations (clock skew) read `00:00`. */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** How long since `since` at `now`, as {@link formatDuration}; {@link ABSENT} when `since` is unknown. */
export function formatElapsed(since: number | null | undefined, now: number): string {
  return typeof since === 'number' && Number.isFinite(since) ? formatDuration(now - since) : ABSENT;
}

/** A wall-clock time as `HH:mm:ss` (local time); {@link ABSENT} when unknown. */
export function formatClockTime(epochMs: number | null | undefined): string {
  return typeof epochMs === 'number' && Number.isFinite(epochMs)
    ? format(epochMs, 'HH:mm:ss')
    : ABSENT;
}

/**
 * The store's estimate of the contact centre's clock against this page's
 * (`state.clock`): `+01:30 (server ahead; 12 samples)`, or "no estimate yet".
 */
export function describeClockOffset(clock: {
  readonly offsetMs: number;
  readonly samples: number;
}): string {
  if (clock.samples === 0) return 'no estimate yet';
  const sign = Math.abs(clock.offsetMs) < 1000 ? '' : clock.offsetMs < 0 ? '−' : '+';
  const side =
    Math.abs(clock.offsetMs) < 1000
      ? 'in step'
      : clock.offsetMs > 0
        ? 'server ahead'
        : 'server behind';
  const samples = clock.samples === 1 ? '1 sample' : `${clock.samples} samples`;
  return `${sign}${formatDuration(Math.abs(clock.offsetMs))} (${side}; ${samples})`;
}

/** A thrown value as its class and message, for the request log. */
export interface DescribedError {
  /** `error.name` (e.g. `CilRequestError`), or the type of a non-Error value. */
  readonly errorClass: string;
  /** The message, or the value as text. */
  readonly message: string;
}

/** Describes anything that was thrown or rejected, never throwing itself. */
export function describeError(error: unknown): DescribedError {
  let errorClass: string = typeof error;
  try {
    if (error instanceof Error) errorClass = String(error.name);
  } catch {
    errorClass = 'unknown';
  }
  return { errorClass, message: describeThrown(error) };
}
