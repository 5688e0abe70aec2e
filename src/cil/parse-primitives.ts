/**
 * Small, total readers for primitive fields. Each one takes `unknown`, never throws,
 * and records a {@link Problem} where it had to drop or adjust a value.
 *
 * @module
 */
import { isOneOf } from './enums.js';
import { isoToEpochMs } from './iso-time.js';
import type { EpochMs, ExtraFields, PayloadKind, Problem, ProblemReason } from './model.js';

/** Longest text kept from a payload; longer strings are cut (a guard against runaway payloads). */
export const MAX_TEXT_LENGTH = 4096;
/** Most entries kept from a list inside a payload (participants, associations...). */
export const MAX_LIST_LENGTH = 200;
/** Most keys kept from an open-ended object (ctiData, unknown extra fields). */
export const MAX_KEYS = 200;
/** Deepest nesting kept inside an unknown extra field (its top level is depth 1). */
export const MAX_EXTRA_DEPTH = 4;
/**
 * Most characters of unknown extra fields kept per payload (keys and text counted,
 * other values as 8): a queue update of 100 queues each carrying a 2 MB blob keeps
 * this much, not 200 MB.
 */
export const MAX_EXTRA_SIZE = 16_384;
/** Largest plausible queue counter; larger values are treated as corrupt. */
export const MAX_COUNT = 1_000_000;

/** Largest epoch time a `Date` can hold (ECMAScript: 8.64e15 ms). */
const MAX_EPOCH_MS = 8.64e15;

/** Collects the problems of one payload, each with its path. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  /** Characters of extra fields this payload may still keep (see {@link MAX_EXTRA_SIZE}). */
  extraLeft = MAX_EXTRA_SIZE;
  /** Whether cutting extra fields was reported for this payload (once per payload). */
  extraCutReported = false;
  constructor(readonly event: PayloadKind) {}

  add(path: string, reason: ProblemReason, detail: string): void {
    this.problems.push({ event: this.event, path, reason, detail });
  }

  /**
   * {@link add} for the field `key` of `parent`. Readers take the parent path and the
   * key and join them here, so the path string is built only when there is a problem.
   */
  addAt(
    parent: string,
    key: string | number | undefined,
    reason: ProblemReason,
    detail: string,
  ): void {
    this.add(key === undefined ? parent : pathOf(parent, key), reason, detail);
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

// Every reader below takes the path of the value, or, with `key`, the path of the
// record holding it (the problem path is then `pathOf(path, key)`, built lazily).

function clip(text: string, log: ProblemLog, path: string, key?: string | number): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  log.addAt(
    path,
    key,
    'out-of-range',
    `text of ${text.length} characters cut to ${MAX_TEXT_LENGTH}`,
  );
  return text.slice(0, MAX_TEXT_LENGTH);
}

/**
 * A text field. Numbers and booleans become their string form (ids arrive as numbers
 * from some systems); anything else is dropped with a problem. Absent is silent.
 */
export function readText(
  value: unknown,
  log: ProblemLog,
  path: string,
  key?: string | number,
): string | undefined {
  if (typeof value === 'string') return clip(value, log, path, key);
  if (value === undefined || value === null) return undefined;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
    return String(value);
  }
  log.addAt(path, key, 'wrong-type', `expected text, got ${typeName(value)}`);
  return undefined;
}

/** An identifier: non-empty text (numbers accepted). `undefined` when missing or unusable. */
export function readId(
  value: unknown,
  log: ProblemLog,
  path: string,
  key?: string | number,
): string | undefined {
  const text = readText(value, log, path, key);
  if (text === undefined || text.trim() === '') return undefined;
  return text;
}

/** A finite number; numeric strings are accepted. `undefined` when absent or unusable. */
export function readNumber(
  value: unknown,
  log: ProblemLog,
  path: string,
  key?: string | number,
): number | undefined {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    log.addAt(path, key, 'out-of-range', `expected a finite number, got ${String(value)}`);
    return undefined;
  }
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) {
    // A long digit string overflows to Infinity.
    const n = Number(value);
    if (Number.isFinite(n)) return n;
    log.addAt(
      path,
      key,
      'out-of-range',
      `expected a finite number, got ${value.trim().slice(0, 64)}`,
    );
    return undefined;
  }
  log.addAt(path, key, 'wrong-type', `expected a number, got ${typeName(value)}`);
  return undefined;
}

/**
 * A queue counter. `-1` is Finesse's "not available" and is absent without a problem;
 * other negatives, fractions, NaN and implausibly large values are absent with one.
 */
export function readCount(
  value: unknown,
  log: ProblemLog,
  path: string,
  key?: string | number,
): number | undefined {
  // Fast path: nearly every counter on the wire is already a plausible whole number.
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT) {
    return value;
  }
  const n = readNumber(value, log, path, key);
  if (n === undefined || n === -1) return undefined;
  if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) {
    log.addAt(path, key, 'out-of-range', `expected a count from 0 to ${MAX_COUNT}, got ${n}`);
    return undefined;
  }
  return n;
}

/** A reason code: negative means "no code available" and becomes `null`. */
export function readReasonCode(
  value: unknown,
  log: ProblemLog,
  path: string,
  key?: string | number,
): number | null {
  const n = readNumber(value, log, path, key);
  if (n === undefined || n < 0) return null;
  if (!Number.isInteger(n)) {
    log.addAt(path, key, 'out-of-range', `expected a whole reason code, got ${n}`);
    return null;
  }
  return n;
}

/**
 * An ISO 8601 UTC time as epoch milliseconds. Epoch-millisecond numbers are accepted;
 * empty means "none" and is silent; anything unparseable is `null` with a problem.
 */
export function readTime(
  value: unknown,
  log: ProblemLog,
  path: string,
  key?: string | number,
): EpochMs {
  if (typeof value === 'string' && value !== '') {
    const ms = isoToEpochMs(value);
    if (Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS) return ms;
    log.addAt(
      path,
      key,
      'invalid-time',
      `not an ISO 8601 time: ${JSON.stringify(value.slice(0, 64))}`,
    );
    return null;
  }
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0 && value <= MAX_EPOCH_MS) return value;
    log.addAt(path, key, 'invalid-time', `not a usable epoch time: ${String(value)}`);
    return null;
  }
  log.addAt(path, key, 'invalid-time', `expected an ISO 8601 time, got ${typeName(value)}`);
  return null;
}

/** One of an enumeration; `undefined` (with a problem when present) otherwise. */
export function readEnum<const T extends string>(
  allowed: readonly T[],
  value: unknown,
  log: ProblemLog,
  path: string,
  key?: string | number,
): T | undefined {
  if (isOneOf(allowed, value)) return value;
  if (value === undefined || value === null || value === '') return undefined;
  log.addAt(
    path,
    key,
    typeof value === 'string' ? 'unknown-value' : 'wrong-type',
    `expected one of ${allowed.join(', ')}, got ${JSON.stringify(typeof value === 'string' ? value.slice(0, 64) : typeName(value))}`,
  );
  return undefined;
}

/** An array field; absent gives `[]` silently, a non-array gives `[]` with a problem. */
export function readArray(
  value: unknown,
  log: ProblemLog,
  path: string,
  key?: string | number,
): readonly unknown[] {
  if (Array.isArray(value)) {
    if (value.length <= MAX_LIST_LENGTH) return value;
    log.addAt(
      path,
      key,
      'out-of-range',
      `list of ${value.length} entries cut to ${MAX_LIST_LENGTH}`,
    );
    return value.slice(0, MAX_LIST_LENGTH);
  }
  if (value === undefined || value === null) return [];
  log.addAt(path, key, 'wrong-type', `expected a list, got ${typeName(value)}`);
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
 * Sets `record[key]` as an own, enumerable, writable property. Plain assignment, except
 * for `__proto__`: assigning it would replace the prototype (and lose the key), as an
 * own `__proto__` key from `JSON.parse` would otherwise do.
 */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    record[key] = value;
  }
}

/**
 * Whether every key of `record` is in `known`. A `for…in` walk allocates nothing, unlike
 * `Object.keys`; an inherited enumerable key only sends the caller to its slow path.
 */
function onlyKnownKeys(record: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const key in record) if (!known.has(key)) return false;
  return true;
}

/** Size counted for a value that is not text (a number, a boolean, `null`...). */
const SCALAR_SIZE = 8;

/**
 * A copy of an unknown extra value within the payload's budget: text cut to
 * {@link MAX_TEXT_LENGTH}, lists to {@link MAX_LIST_LENGTH}, objects to {@link MAX_KEYS}
 * keys, nesting to {@link MAX_EXTRA_DEPTH}, everything to what is left of
 * {@link MAX_EXTRA_SIZE}. `undefined` when nothing of it fits; `cut` is set when
 * anything was left out. Functions and symbols are not data and are left out.
 */
function boundedExtra(
  value: unknown,
  depth: number,
  log: ProblemLog,
  cut: { cut: boolean },
): unknown {
  if (typeof value === 'string') {
    const text = value.length > MAX_TEXT_LENGTH ? value.slice(0, MAX_TEXT_LENGTH) : value;
    if (text.length !== value.length || text.length > log.extraLeft) {
      cut.cut = true;
      if (text.length > log.extraLeft) return undefined;
    }
    log.extraLeft -= text.length;
    return text;
  }
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value !== 'object' || value === null) {
    if (log.extraLeft < SCALAR_SIZE) {
      cut.cut = true;
      return undefined;
    }
    log.extraLeft -= SCALAR_SIZE;
    return value;
  }
  if (depth >= MAX_EXTRA_DEPTH || log.extraLeft < SCALAR_SIZE) {
    cut.cut = true;
    return undefined;
  }
  log.extraLeft -= 2;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    if (value.length > MAX_LIST_LENGTH) cut.cut = true;
    const length = Math.min(value.length, MAX_LIST_LENGTH);
    for (let i = 0; i < length; i += 1) {
      const item = boundedExtra(value[i], depth + 1, log, cut);
      if (item !== undefined) items.push(item);
      if (log.extraLeft <= 0) break;
    }
    return items;
  }
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS) cut.cut = true;
  for (const key of keys.slice(0, MAX_KEYS)) {
    if (key.length > log.extraLeft) {
      cut.cut = true;
      break;
    }
    log.extraLeft -= key.length;
    const item = boundedExtra((value as Record<string, unknown>)[key], depth + 1, log, cut);
    if (item !== undefined) setOwn(copy, key, item);
  }
  return copy;
}

/**
 * The fields of `record` not in `known`, or `undefined` when there are none. Kept as
 * received within bounds: at most {@link MAX_KEYS} fields, text cut to
 * {@link MAX_TEXT_LENGTH}, nesting to {@link MAX_EXTRA_DEPTH}, and all extra fields of
 * one payload together to {@link MAX_EXTRA_SIZE} characters; a cut is reported once
 * per payload as a warning.
 */
export function extraFields(
  record: Record<string, unknown>,
  known: ReadonlySet<string>,
  log: ProblemLog,
  path: string,
): ExtraFields | undefined {
  // The common case: a record with only the reference's fields has nothing extra.
  if (onlyKnownKeys(record, known)) return undefined;
  let extra: Record<string, unknown> | undefined;
  const cut = { cut: false };
  for (const key of boundedKeys(record, log, path)) {
    if (known.has(key)) continue;
    const raw = record[key];
    // Long text at the top is reported by clip, as for every other field.
    const value = typeof raw === 'string' ? clip(raw, log, path, key) : raw;
    if (key.length > log.extraLeft) {
      cut.cut = true;
      break;
    }
    log.extraLeft -= key.length;
    const kept = boundedExtra(value, 1, log, cut);
    if (kept === undefined && value !== undefined) continue;
    extra ??= {};
    setOwn(extra, key, kept);
  }
  if (cut.cut && !log.extraCutReported) {
    log.extraCutReported = true;
    log.add(
      path,
      'out-of-range',
      `unknown extra fields cut (at most ${MAX_EXTRA_DEPTH} levels, ${MAX_KEYS} keys and ${MAX_EXTRA_SIZE} characters per payload)`,
    );
  }
  return extra;
}
