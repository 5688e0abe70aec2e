/**
 * Formatters for what the elements show: timers, relative ages, numbers and clock
 * times. None returns a negative, `NaN` or "undefined": what cannot be shown is
 * `null`, which {@link renderValue} turns into a dash that says "not available".
 *
 * @module
 */
import { formatDistanceStrict, formatDuration as formatDurationWords } from 'date-fns';
import { html, type TemplateResult } from 'lit';
import type { ElementLocale } from './i18n/catalogue.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What is shown for a value that is not available. */
export const DASH = '–';

/** Milliseconds as a non-negative finite number, or `null` when not a time at all. */
function clampMs(ms: number | null | undefined): number | null {
  if (typeof ms !== 'number' || Number.isNaN(ms)) return null;
  if (ms === Infinity) return null;
  return ms > 0 ? ms : 0;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A timer's text: `0:42`, `12:05`, `1:02:03`, and from one day on `2 d 3 h` (units
 * from the catalogue: `2 T 3 Std.` in German). Negative durations show `0:00` (a
 * clock a little behind the server's must not count backwards); `NaN`, infinite or
 * missing give `null`.
 */
export function formatTimer(ms: number | null | undefined, locale: ElementLocale): string | null {
  const clamped = clampMs(ms);
  if (clamped === null) return null;
  const totalSeconds = Math.floor(clamped / SECOND);
  if (clamped >= DAY) {
    const days = Math.floor(clamped / DAY);
    const hours = Math.floor((clamped % DAY) / HOUR);
    return `${days} ${locale.t.unitDays} ${hours} ${locale.t.unitHours}`;
  }
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/**
 * The same duration in words, for screen readers and tooltips: "1 hour 2 minutes 3
 * seconds", "2 Tage 3 Stunden" (date-fns, in the locale's language). Zero is "0
 * seconds"; `null` when not a time.
 */
export function formatDurationLong(
  ms: number | null | undefined,
  locale: ElementLocale,
): string | null {
  const clamped = clampMs(ms);
  if (clamped === null) return null;
  const total = Math.floor(clamped / SECOND);
  const options = { locale: locale.dateLocale };
  if (total === 0) return formatDurationWords({ seconds: 0 }, { ...options, zero: true });
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  // Days and hours from a day on (as in the compact form); zero parts are left out.
  if (days > 0) return formatDurationWords({ days, hours }, options);
  return formatDurationWords(
    { hours, minutes: Math.floor((total % 3600) / 60), seconds: total % 60 },
    options,
  );
}

/**
 * How long ago `then` was, seen at `now`, with the suffix: "3 minutes ago", "vor 3
 * Minuten". A `then` after `now` (clock skew) reads as now; `null` when either is not a time.
 */
export function formatAgo(
  then: number | null | undefined,
  now: number,
  locale: ElementLocale,
): string | null {
  if (typeof then !== 'number' || !Number.isFinite(then) || !Number.isFinite(now)) return null;
  return formatDistanceStrict(Math.min(then, now), now, {
    addSuffix: true,
    locale: locale.dateLocale,
    roundingMethod: 'floor',
  });
}

/**
 * An age without suffix, for "no update for 3 minutes": at least a second, whole
 * units (date-fns, in the locale's language); `null` when not a time.
 */
export function formatAge(ms: number | null | undefined, locale: ElementLocale): string | null {
  const clamped = clampMs(ms);
  if (clamped === null) return null;
  return formatDistanceStrict(0, Math.max(clamped, SECOND), {
    locale: locale.dateLocale,
    roundingMethod: 'floor',
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A count or statistic in the locale's digits and grouping (`1,234`, `1.234`); `null` when not a finite number. */
export function formatNumber(
  value: number | null | undefined,
  locale: ElementLocale,
): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  let format = numberFormats.get(locale.tag);
  if (!format) {
    format = new Intl.NumberFormat(locale.tag, { maximumFractionDigits: 1 });
    numberFormats.set(locale.tag, format);
  }
  return format.format(value);
}

/** A clock time (epoch ms) in the viewer's time zone, hours and minutes (`14:05`, `2:05 PM`); `null` when not a time. */
export function formatClockTime(
  epochMs: number | null | undefined,
  locale: ElementLocale,
): string | null {
  if (typeof epochMs !== 'number' || !Number.isFinite(epochMs)) return null;
  let format = timeFormats.get(locale.tag);
  if (!format) {
    format = new Intl.DateTimeFormat(locale.tag, { hour: 'numeric', minute: '2-digit' });
    timeFormats.set(locale.tag, format);
  }
  return format.format(epochMs);
}

/**
 * Renders a formatted value, or for `null` a dash that assistive technology reads as
 * "not available" (the dash itself is hidden from it).
 */
export function renderValue(text: string | null, locale: ElementLocale): TemplateResult {
  return text === null
    ? html`<span class="na"
        ><span aria-hidden="true">${DASH}</span
        ><span class="visually-hidden">${locale.t.notAvailable}</span></span
      >`
    : html`${text}`;
}
