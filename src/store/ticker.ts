/**
 * One clock for every live timer on the page ("waiting 3:05"): a single timeout chain
 * aligned to whole seconds, running only while someone listens and the page is
 * visible. A hundred tiles cost one timer, and they all change digits together.
 *
 * @module
 */
import { resolveOption } from './resolve-option.js';

/** Receives the tick's time, epoch ms. */
export type TickListener = (now: number) => void;

/** A shared one-second clock. */
export interface Ticker {
  /**
   * Calls `listener` on every whole second while the page is visible (and once at
   * once when it becomes visible again). Returns the function that unsubscribes;
   * calling it twice is harmless.
   */
  subscribe(listener: TickListener): () => void;
  /** The ticker's current time, epoch ms (the clock ticks are read from). */
  now(): number;
}

/**
 * A ticker that can say how many subscriptions it holds: a read-only diagnostic (a view
 * that forgets to unsubscribe shows here), like the store's `listenerCount`.
 */
export interface CountingTicker extends Ticker {
  /** Subscriptions alive right now. */
  readonly listenerCount: number;
}

/** Whether the page is visible, and news when that changes. */
export interface VisibilitySource {
  /** True while the page is hidden (ticks are paused). */
  isHidden(): boolean;
  /** Calls `listener` when visibility changes; returns the function that stops it. */
  onChange(listener: () => void): () => void;
}

/** Options of {@link createTicker}; every field defaults to the real browser facility. */
export interface TickerOptions {
  /** Clock, epoch ms; default `Date.now`. */
  now?: () => number;
  /** Schedules one callback; default `globalThis.setTimeout`. */
  setTimeout?: (callback: () => void, ms: number) => unknown;
  /** Cancels what `setTimeout` returned; default `globalThis.clearTimeout`. */
  clearTimeout?: (handle: unknown) => void;
  /** Page visibility; default `globalThis.document` when it exists, else always visible. */
  visibility?: VisibilitySource;
  /** Tick period in ms; default 1000. */
  periodMs?: number;
  /** Told about a listener's exception; default: rethrown in a microtask (an uncaught error). */
  reportError?: (error: unknown) => void;
}

/**
 * A timer that fires this close before its boundary counts as that boundary: browsers
 * may fire a little early, and the next tick must not follow a millisecond later.
 */
const EARLY_TOLERANCE_MS = 20;

/** Creates a ticker; the page uses {@link sharedTicker}, tests inject a fake clock. */
export function createTicker(options: TickerOptions = {}): CountingTicker {
  const now = options.now ?? (() => Date.now());
  const schedule =
    options.setTimeout ??
    ((callback: () => void, ms: number) => globalThis.setTimeout(callback, ms));
  const cancel =
    options.clearTimeout ??
    ((handle: unknown) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));
  const periodMs = resolveOption(options.periodMs, 1000, 1);
  const report =
    options.reportError ??
    ((error: unknown) =>
      queueMicrotask(() => {
        throw error;
      }));
  // Each subscription is its own entry, so one listener may subscribe twice.
  const listeners = new Set<{ readonly listener: TickListener }>();
  let visibility: VisibilitySource | undefined;
  let stopWatchingVisibility: (() => void) | undefined;
  let timer: { handle: unknown } | undefined;

  const delayToNextBoundary = (): number => {
    const delay = periodMs - (((now() % periodMs) + periodMs) % periodMs);
    return delay < EARLY_TOLERANCE_MS ? delay + periodMs : delay;
  };
  const arm = (): void => {
    if (timer) return;
    timer = { handle: schedule(fire, delayToNextBoundary()) };
  };
  const disarm = (): void => {
    if (!timer) return;
    cancel(timer.handle);
    timer = undefined;
  };
  const tick = (): void => {
    const time = now();
    for (const entry of [...listeners]) {
      // A listener that left during this tick is not called.
      if (!listeners.has(entry)) continue;
      try {
        entry.listener(time);
      } catch (error) {
        // One broken view must not stop the clock for the others.
        report(error);
      }
    }
  };
  function fire(): void {
    timer = undefined;
    if (listeners.size === 0 || visibility?.isHidden()) return;
    tick();
    if (listeners.size > 0 && !visibility?.isHidden()) arm();
  }
  const onVisibilityChange = (): void => {
    if (visibility?.isHidden()) {
      disarm();
    } else if (!timer) {
      // Back from hidden: show the right time now, not at the next boundary.
      tick();
      if (listeners.size > 0) arm();
    }
  };
  const start = (): void => {
    visibility = options.visibility ?? documentVisibility();
    stopWatchingVisibility = visibility?.onChange(onVisibilityChange);
    if (!visibility?.isHidden()) arm();
  };
  const stop = (): void => {
    disarm();
    stopWatchingVisibility?.();
    stopWatchingVisibility = undefined;
    visibility = undefined;
  };

  return {
    now,
    get listenerCount() {
      return listeners.size;
    },
    subscribe(listener) {
      const entry = { listener };
      listeners.add(entry);
      if (listeners.size === 1) start();
      return () => {
        if (!listeners.delete(entry)) return;
        if (listeners.size === 0) stop();
      };
    },
  };
}

/** The part of a DOM document the ticker reads: the store itself stays free of DOM types. */
interface VisibilityDocument {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Visibility of `globalThis.document`, read when the ticker starts (not at import). */
function documentVisibility(): VisibilitySource | undefined {
  const doc = (globalThis as { document?: VisibilityDocument }).document;
  if (!doc || typeof doc.addEventListener !== 'function') return undefined;
  return {
    isHidden: () => doc.hidden === true,
    onChange(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}

const SHARED_TICKER_KEY = Symbol.for('connects-wallboard/ticker');

/**
 * The page's ticker: one timer for every live timer. Kept on `globalThis`, so two
 * bundled copies of this library still share one timer. (A copy from a version without
 * `listenerCount` would lack it: read it as a diagnostic, not a contract.)
 */
export const sharedTicker: CountingTicker = ((
  globalThis as { [SHARED_TICKER_KEY]?: CountingTicker }
)[SHARED_TICKER_KEY] ??= createTicker());
