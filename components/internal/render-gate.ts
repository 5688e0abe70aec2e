/**
 * At most a few renders per second, whatever the event rate: the first change after a
 * quiet spell renders at once, later ones within the same interval are coalesced into
 * one render at its end.
 *
 * @module
 */

/** Timer functions the gate uses; tests pass a manual clock. */
export interface GateTimers {
  /** Monotonic clock, ms. */
  now(): number;
  /** Schedules `callback` after `ms`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels what `setTimeout` returned. */
  clearTimeout(handle: unknown): void;
}

const browserTimers: GateTimers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The render rate used when the one asked for is not a positive number. */
export const DEFAULT_MAX_UPDATES_PER_SECOND = 4;

/** Decides whether a render may happen now, and calls `wake` once when a held one may. */
export class RenderGate {
  private lastRender = Number.NEGATIVE_INFINITY;
  private handle: unknown;
  private held = false;
  private rate = DEFAULT_MAX_UPDATES_PER_SECOND;

  /** `wake` asks for the held render (e.g. the element's `requestUpdate`). */
  constructor(
    private readonly wake: () => void,
    private readonly timers: GateTimers = browserTimers,
  ) {}

  /** Renders per second allowed; a value that is not a positive number means the default. */
  set maxPerSecond(value: number) {
    this.rate = value > 0 ? value : DEFAULT_MAX_UPDATES_PER_SECOND;
  }

  get maxPerSecond(): number {
    return this.rate;
  }

  /** Whether a render is waiting for the end of the interval. */
  get isHolding(): boolean {
    return this.held;
  }

  /**
   * Whether a render may happen now. When it may not, the render is held and `wake`
   * is called once when the interval ends. A render let through must be reported
   * with {@link rendered}.
   */
  admit(): boolean {
    const wait = this.lastRender + 1000 / this.rate - this.timers.now();
    // Timers may fire a little early; a millisecond is no reason for another interval.
    if (wait <= 1) return true;
    if (!this.held) {
      this.held = true;
      this.handle = this.timers.setTimeout(() => {
        this.handle = undefined;
        this.held = false;
        this.wake();
      }, wait);
    }
    return false;
  }

  /** Notes that a render happened now (a held render is then no longer needed). */
  rendered(): void {
    this.lastRender = this.timers.now();
  }

  /** Cancels a held render (the element left the page). */
  cancel(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
    this.held = false;
  }
}
