/**
 * Small, total readers for primitive fields. Each one takes `unknown`, never throws,
 * and records a {@link Problem} where it had to drop or adjust a value.
 *
 * @module
 */
import { isOneOf } from './enums.js';
import type { EpochMs, ExtraFields, PayloadKind, Problem, ProblemReason } from './model.js';

/** Longest text kept from a payload; longer strings are cut (a guard against runaway payloads). */
export const MAX_TEXT_LENGTH = 4096;
/** Most entries kept from a list inside a payload (participants, associations...). */
export const MAX_LIST_LENGTH = 200;
/** Most keys kept from an open-ended object (ctiData, unknown extra fields). */
export const MAX_KEYS = 200;
/** Largest plausible queue counter; larger values are treated as corrupt. */
export const MAX_COUNT = 1_000_000;

/**
 * ISO 8601 date-time as b+s Connects sends it (`2020-07-28T09:51:17.696Z`), offset optional.
 * Groups: year, month, day, hour, minute, second, fraction, offset.
 */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Largest epoch time a `Date` can hold (ECMAScript: 8.64e15 ms). */
const MAX_EPOCH_MS = 8.64e15;

/**
 * Epoch ms of an ISO 8601 text, or `NaN`. Built from the parts rather than with
 * `Date.parse`, which reads a time without offset as local time (the reference says
 * UTC), rolls `2020-02-30` over to March, and differs between browsers for `+0200`
 * or a space separator.
 */
function isoToEpochMs(text: string): number {
  const parts = ISO_8601.exec(text);
  if (!parts) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset = 'Z'] = parts;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || minute > 59 || second > 59) return Number.NaN;
  // 24:00:00 is the end of the day in ISO 8601; any other hour past 23 is invalid.
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0 || ms > 0))) return Number.NaN;
  let offsetMinutes = 0;
  if (offset.toUpperCase() !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = Number(digits.slice(2) || '0');
    if (offsetHours > 23 || offsetMins > 59) return Number.NaN;
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return Number.NaN;
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime() - offsetMinutes * 60_000;
}

/** Collects the problems of one payload, each with its path. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  constructor(readonly event: PayloadKind) {}

  add(path: string, reason: ProblemReason, detail: string): void {
    this.problems.push({ event: this.event, path, reason, detail });
  }
}

/** A plain object (not null, not an array), as a record to read fields from. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Joins a parent path and a key: `queueData[0]` + `id` gives `queueData[0].id`. */
export function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** Describes a value's type for a problem's detail. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function clip(text: string, log: ProblemLog, path: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  log.add(path, 'out-of-range', `text of ${text.length} characters cut to ${MAX_TEXT_LENGTH}`);
  return text.slice(0, MAX_TEXT_LENGTH);
}

/**
 * A text field. Numbers and booleans become their string form (ids arrive as numbers
 * from some systems); anything else is dropped with a problem. Absent is silent.
 */
export function readText(value: unknown, log: ProblemLog, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return clip(value, log, path);
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
    return String(value);
  }
  log.add(path, 'wrong-type', `expected text, got ${typeName(value)}`);
  return undefined;
}

/** An identifier: non-empty text (numbers accepted). `undefined` when missing or unusable. */
export function readId(value: unknown, log: ProblemLog, path: string): string | undefined {
  const text = readText(value, log, path);
  if (text === undefined || text.trim() === '') return undefined;
  return text;
}

/** A finite number; numeric strings are accepted. `undefined` when absent or unusable. */
export function readNumber(value: unknown, log: ProblemLog, path: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    log.add(path, 'out-of-range', `expected a finite number, got ${String(value)}`);
    return undefined;
  }
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) {
    // A long digit string overflows to Infinity.
    const n = Number(value);
    if (Number.isFinite(n)) return n;
    log.add(path, 'out-of-range', `expected a finite number, got ${value.trim().slice(0, 64)}`);
    return undefined;
  }
  log.add(path, 'wrong-type', `expected a number, got ${typeName(value)}`);
  return undefined;
}

/**
 * A queue counter. `-1` is Finesse's "not available" and is absent without a problem;
 * other negatives, fractions, NaN and implausibly large values are absent with one.
 */
export function readCount(value: unknown, log: ProblemLog, path: string): number | undefined {
  const n = readNumber(value, log, path);
  if (n === undefined || n === -1) return undefined;
  if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) {
    log.add(path, 'out-of-range', `expected a count from 0 to ${MAX_COUNT}, got ${n}`);
    return undefined;
  }
  return n;
}

/** A reason code: negative means "no code available" and becomes `null`. */
export function readReasonCode(value: unknown, log: ProblemLog, path: string): number | null {
  const n = readNumber(value, log, path);
  if (n === undefined || n < 0) return null;
  if (!Number.isInteger(n)) {
    log.add(path, 'out-of-range', `expected a whole reason code, got ${n}`);
    return null;
  }
  return n;
}

/**
 * An ISO 8601 UTC time as epoch milliseconds. Epoch-millisecond numbers are accepted;
 * empty means "none" and is silent; anything unparseable is `null` with a problem.
 */
export function readTime(value: unknown, log: ProblemLog, path: string): EpochMs {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0 && value <= MAX_EPOCH_MS) return value;
    log.add(path, 'invalid-time', `not a usable epoch time: ${String(value)}`);
    return null;
  }
  if (typeof value !== 'string') {
    log.add(path, 'invalid-time', `expected an ISO 8601 time, got ${typeName(value)}`);
    return null;
  }
  const ms = isoToEpochMs(value.trim());
  if (Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS) return ms;
  log.add(path, 'invalid-time', `not an ISO 8601 time: ${JSON.stringify(value.slice(0, 64))}`);
  return null;
}

/** One of an enumeration; `undefined` (with a problem when present) otherwise. */
export function readEnum<const T extends string>(
  allowed: readonly T[],
  value: unknown,
  log: ProblemLog,
  path: string,
): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (isOneOf(allowed, value)) return value;
  log.add(
    path,
    typeof value === 'string' ? 'unknown-value' : 'wrong-type',
    `expected one of ${allowed.join(', ')}, got ${JSON.stringify(typeof value === 'string' ? value.slice(0, 64) : typeName(value))}`,
  );
  return undefined;
}

/** An array field; absent gives `[]` silently, a non-array gives `[]` with a problem. */
export function readArray(value: unknown, log: ProblemLog, path: string): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    if (value.length <= MAX_LIST_LENGTH) return value;
    log.add(path, 'out-of-range', `list of ${value.length} entries cut to ${MAX_LIST_LENGTH}`);
    return value.slice(0, MAX_LIST_LENGTH);
  }
  log.add(path, 'wrong-type', `expected a list, got ${typeName(value)}`);
  return [];
}

/**
 * The keys of an open-ended object, at most {@link MAX_KEYS} of them (with a problem
 * when more were sent), so a runaway payload cannot grow the state without bound.
 */
export function boundedKeys(
  record: Record<string, unknown>,
  log: ProblemLog,
  path: string,
): string[] {
  const keys = Object.keys(record);
  if (keys.length <= MAX_KEYS) return keys;
  log.add(path, 'out-of-range', `${keys.length} fields cut to ${MAX_KEYS}`);
  return keys.slice(0, MAX_KEYS);
}

/**
 * The fields of `record` not in `known`, or `undefined` when there are none. Kept as
 * received, except that text is cut to {@link MAX_TEXT_LENGTH} and at most
 * {@link MAX_KEYS} fields are kept.
 */
export function extraFields(
  record: Record<string, unknown>,
  known: ReadonlySet<string>,
  log: ProblemLog,
  path: string,
): ExtraFields | undefined {
  let extra: Record<string, unknown> | undefined;
  for (const key of boundedKeys(record, log, path)) {
    if (known.has(key)) continue;
    extra ??= {};
    const value = record[key];
    // defineProperty, not assignment: an own `__proto__` key (as JSON.parse makes) would
    // otherwise replace extra's prototype and be lost.
    Object.defineProperty(extra, key, {
      value: typeof value === 'string' ? clip(value, log, pathOf(path, key)) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return extra;
}
