/**
 * ISO 8601 times to epoch milliseconds, UTC unless an offset says otherwise.
 *
 * Built from the parts rather than with `Date.parse`, which reads a time without offset
 * as local time (the reference says UTC), rolls `2020-02-30` over to March, and differs
 * between browsers for `+0200` or a space separator. Computed by arithmetic, not with a
 * `Date`: a queue update carries a time, and a `Date` per time cost more than the rest
 * of the queue's validation.
 *
 * @module
 */

/**
 * ISO 8601 date-time as b+s Connects sends it (`2020-07-28T09:51:17.696Z`), offset optional.
 * Groups: year, month, day, hour, minute, second, fraction, offset.
 */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Days in each month of a common year, January first. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MS_PER_DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (as `Date` counts
 * them). Counts years from March, so the leap day is the last day of a (shifted) year.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Epoch ms at midnight UTC of a date, or `NaN` for a date that does not exist (`2020-02-30`). */
function dateMs(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > monthDays) return Number.NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY;
}

/**
 * Ms since midnight, or `NaN` when a part is out of range. 24:00:00 is the end of the
 * day in ISO 8601; any other hour past 23 is invalid.
 */
function timeOfDayMs(hour: number, minute: number, second: number, ms: number): number {
  if (minute > 59 || second > 59 || hour > 24) return Number.NaN;
  if (hour === 24 && (minute > 0 || second > 0 || ms > 0)) return Number.NaN;
  return hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
}

/** The number written by `count` ASCII digits of `text` at `start`, or -1 if one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    // Unsigned: a character below '0' wraps to a large number, so one test covers both ends.
    if (digit >>> 0 > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

// Character codes of the canonical form's separators, compared with `charCodeAt`.
const DASH = 45;
const COLON = 58;
const DOT = 46;
const T = 84;
const Z = 90;

/**
 * The last date read in canonical form and its epoch ms at midnight. The times of one
 * payload, and of consecutive ones, nearly always fall on the same day, so a repeated
 * date skips its validation and day count. One entry: bounded by design.
 */
const lastDate = { year: -1, month: -1, day: -1, ms: 0 };

/**
 * Epoch ms of the form b+s Connects (and `toISOString`) sends, `2020-07-28T09:51:17.696Z`
 * (fraction optional, 1 to 9 digits), scanned without a regular expression. `undefined`
 * for any other form, and for a date or time out of range, which {@link isoToEpochMs}
 * then reads (and rejects) with the full grammar. Whatever it accepts starts with a digit
 * and ends with `Z`, so it needs no trimming first.
 */
function canonicalIsoToEpochMs(text: string): number | undefined {
  const length = text.length;
  if (length < 20 || length > 30 || text.charCodeAt(length - 1) !== Z) return undefined;
  if (
    text.charCodeAt(4) !== DASH ||
    text.charCodeAt(7) !== DASH ||
    text.charCodeAt(10) !== T ||
    text.charCodeAt(13) !== COLON ||
    text.charCodeAt(16) !== COLON
  ) {
    return undefined;
  }
  let ms = 0;
  if (length > 20) {
    // A fraction: a dot and 1 to 9 digits, of which the first 3 are milliseconds.
    const fractionDigits = length - 21;
    if (text.charCodeAt(19) !== DOT || fractionDigits < 1) return undefined;
    ms = digitsAt(text, 20, Math.min(3, fractionDigits));
    if (ms < 0 || (fractionDigits > 3 && digitsAt(text, 23, fractionDigits - 3) < 0)) {
      return undefined;
    }
    if (fractionDigits < 3) ms *= fractionDigits === 1 ? 100 : 10;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if ((year | month | day | hour | minute | second) < 0) return undefined;
  const time = timeOfDayMs(hour, minute, second, ms);
  if (Number.isNaN(time)) return undefined;
  if (year !== lastDate.year || month !== lastDate.month || day !== lastDate.day) {
    const midnight = dateMs(year, month, day);
    if (Number.isNaN(midnight)) return undefined;
    lastDate.year = year;
    lastDate.month = month;
    lastDate.day = day;
    lastDate.ms = midnight;
  }
  return lastDate.ms + time;
}

/**
 * Epoch ms of an ISO 8601 time (surrounding white space allowed), or `NaN` when it is
 * not one or names a date or time that does not exist.
 */
export function isoToEpochMs(text: string): number {
  // The form nearly every payload uses, first; the full grammar for the rest.
  const canonical = canonicalIsoToEpochMs(text);
  if (canonical !== undefined) return canonical;
  const parts = ISO_8601.exec(text.trim());
  if (!parts) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset = 'Z'] = parts;
  let offsetMinutes = 0;
  if (offset.toUpperCase() !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = Number(digits.slice(2) || '0');
    if (offsetHours > 23 || offsetMins > 59) return Number.NaN;
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const time = timeOfDayMs(Number(h), Number(mi), Number(s), ms);
  return dateMs(Number(y), Number(mo), Number(d)) + time - offsetMinutes * 60_000;
}
