/**
 * The one rule for numeric options (limits, intervals, timeouts): a missing or
 * non-finite value takes the default, anything else is clamped into range. A `NaN`
 * limit would otherwise disable a bound for good (`size >= NaN` is never true).
 *
 * @module
 */

/** `value` clamped to `[min, max]`; `fallback` when it is not a finite number. */
export function resolveOption(
  value: unknown,
  fallback: number,
  min: number,
  max: number = Number.POSITIVE_INFINITY,
): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, value))
    : fallback;
}
