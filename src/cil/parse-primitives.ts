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
/** Largest plausible queue counter; larger values are treated as corrupt. */
export const MAX_COUNT = 1_000_000;

/** ISO 8601 date-time as b+s Connects sends it (`2020-07-28T09:51:17.696Z`), offset optional. */
const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

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
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
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
    if (Number.isFinite(value) && value > 0) return value;
    log.add(path, 'invalid-time', `not a usable epoch time: ${String(value)}`);
    return null;
  }
  if (typeof value !== 'string') {
    log.add(path, 'invalid-time', `expected an ISO 8601 time, got ${typeName(value)}`);
    return null;
  }
  const trimmed = value.trim();
  const ms = ISO_8601.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isFinite(ms)) return ms;
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
  if (Array.isArray(value)) return value;
  log.add(path, 'wrong-type', `expected a list, got ${typeName(value)}`);
  return [];
}

/** The fields of `record` not in `known`, or `undefined` when there are none. */
export function extraFields(
  record: Record<string, unknown>,
  known: ReadonlySet<string>,
): ExtraFields | undefined {
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    if (known.has(key)) continue;
    extra ??= {};
    extra[key] = record[key];
  }
  return extra;
}
