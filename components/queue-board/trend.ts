/**
 * The trend cue of a queue: are calls in queue rising, steady or falling over the last
 * few minutes? Read from the store's history (one sample per history interval), drawn
 * as a tiny SVG sparkline: no chart instance per row.
 *
 * @module
 */
import type { HistorySeries } from '../../src/store/index.js';

/** Direction of calls in queue over the window. */
export type TrendDirection = 'rising' | 'steady' | 'falling';

/** A queue's trend, ready to draw. */
export interface Trend {
  /** Direction over the window. */
  readonly direction: TrendDirection;
  /** Change the fitted line makes across the window, in calls (rounded to one decimal). */
  readonly change: number;
  /** Samples used. */
  readonly samples: number;
  /** SVG `points` of the sparkline in a `width` x `height` box (y grows downwards). */
  readonly points: string;
}

/** Options of {@link computeTrend}. */
export interface TrendOptions {
  /** Window, ms, ending at the latest sample; default five minutes. */
  readonly windowMs?: number;
  /** Smallest change across the window, in calls, that counts as rising or falling; default 1. */
  readonly minChange?: number;
  /** Sparkline box width; default 48. */
  readonly width?: number;
  /** Sparkline box height; default 16. */
  readonly height?: number;
}

/** Fewer samples than this make no trend: a line through two points says little. */
export const MIN_TREND_SAMPLES = 3;

/**
 * The trend of `series` (calls in queue) over the last `windowMs`; `null` when fewer
 * than {@link MIN_TREND_SAMPLES} known samples lie in the window. The direction comes
 * from a least-squares line, so one spike does not flip it; it is steady unless the
 * line changes by at least `minChange` calls across the window.
 */
export function computeTrend(
  series: HistorySeries | undefined,
  options: TrendOptions = {},
): Trend | null {
  if (!series || series.times.length === 0) return null;
  const windowMs = options.windowMs ?? 5 * 60_000;
  const minChange = options.minChange ?? 1;
  const width = options.width ?? 48;
  const height = options.height ?? 16;
  const last = series.times[series.times.length - 1] as number;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < series.times.length; i += 1) {
    const time = series.times[i] as number;
    const value = series.values[i];
    if (time < last - windowMs || value === null || value === undefined) continue;
    xs.push(time);
    ys.push(value);
  }
  if (xs.length < MIN_TREND_SAMPLES) return null;
  const n = xs.length;
  const first = xs[0] as number;
  const span = (xs[n - 1] as number) - first;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i += 1) {
    meanX += (xs[i] as number) - first;
    meanY += ys[i] as number;
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] as number) - first - meanX;
    sxy += dx * ((ys[i] as number) - meanY);
    sxx += dx * dx;
  }
  const change = sxx === 0 ? 0 : (sxy / sxx) * span;
  const direction: TrendDirection =
    change >= minChange ? 'rising' : change <= -minChange ? 'falling' : 'steady';
  let max = 0;
  for (const y of ys) if (y > max) max = y;
  // A flat line sits on the base; one pixel of margin keeps the stroke inside the box.
  const scaleY = max === 0 ? 0 : (height - 2) / max;
  const points = xs
    .map((x, i) => {
      const px = span === 0 ? 0 : ((x - first) / span) * width;
      const py = height - 1 - (ys[i] as number) * scaleY;
      return `${round(px)},${round(py)}`;
    })
    .join(' ');
  return { direction, change: Math.round(change * 10) / 10, samples: n, points };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
