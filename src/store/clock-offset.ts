/**
 * The offset between the contact centre's clock and the store clock. Every timer on a
 * wallboard is "now minus a time from the contact centre"; a PC clock a minute off
 * would show every call a minute longer. Fresh events carry a server time close to the
 * server's now (an `agentStateChange`'s `newStateChangeTime`, the `connectedAt` of a
 * `workitemConnect` for a call the store saw ring), so `serverTime - storeClock` at
 * arrival samples the offset (minus the delivery delay). A recovered or re-announced
 * call's old `connectedAt` is not sampled at all (the store decides, see
 * `ConnectsStore`); some samples are still off, a state whose time is not the change's,
 * so the estimate is
 * the median of the recent samples that lie near the median of all of them.
 *
 * @module
 */
import { NO_CLOCK_CORRECTION, type ClockCorrection } from './state.js';

/** Samples kept: the estimate follows a clock that is reset within this many events. */
export const CLOCK_SAMPLE_WINDOW = 15;
/** Samples within this distance of the median always count, ms (delivery jitter). */
const MIN_TOLERANCE_MS = 2_000;
/** Beyond this many median absolute deviations from the median, a sample is an outlier. */
const MAD_FACTOR = 3;
/** A sample further than this from the store clock is not a clock difference but a stale time. */
const MAX_PLAUSIBLE_OFFSET_MS = 24 * 60 * 60 * 1000;

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A robust running estimate of server time minus store clock. */
export class ClockOffsetEstimator {
  private readonly window: number[] = [];
  private next = 0;
  private current: ClockCorrection = NO_CLOCK_CORRECTION;

  /** The estimate so far (`offsetMs` 0 and `samples` 0 before the first sample). */
  get correction(): ClockCorrection {
    return this.current;
  }

  /**
   * Adds the sample `serverTime - storeNow`; returns the new estimate, which is the
   * same object as before when neither the offset nor the sample count changed.
   */
  add(serverTime: number, storeNow: number): ClockCorrection {
    const sample = serverTime - storeNow;
    if (!Number.isFinite(sample) || Math.abs(sample) > MAX_PLAUSIBLE_OFFSET_MS) return this.current;
    if (this.window.length < CLOCK_SAMPLE_WINDOW) this.window.push(sample);
    else this.window[this.next] = sample;
    this.next = (this.next + 1) % CLOCK_SAMPLE_WINDOW;
    const sorted = [...this.window].sort((a, b) => a - b);
    const center = median(sorted);
    const deviation = median(sorted.map((x) => Math.abs(x - center)).sort((a, b) => a - b));
    const tolerance = Math.max(MIN_TOLERANCE_MS, MAD_FACTOR * deviation);
    const kept = sorted.filter((x) => Math.abs(x - center) <= tolerance);
    const offsetMs = Math.round(median(kept)) + 0; // never -0
    if (offsetMs !== this.current.offsetMs || kept.length !== this.current.samples) {
      this.current = Object.freeze({ offsetMs, samples: kept.length });
    }
    return this.current;
  }

  /** Forgets every sample. */
  reset(): void {
    this.window.length = 0;
    this.next = 0;
    this.current = NO_CLOCK_CORRECTION;
  }
}
