/**
 * Redraws its host once a second while connected, for live timers ("waiting 3:05"):
 * every host shares the page's one ticker.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedTicker, type Ticker } from '../store/ticker.js';

/** Options of {@link TickController}. */
export interface TickControllerOptions {
  /** The ticker to follow; default {@link sharedTicker}. Tests inject a fake one. */
  ticker?: Ticker;
}

/**
 * Subscribes its host to the shared ticker from `hostConnected` to
 * `hostDisconnected`, and requests an update on every tick. Render durations from
 * {@link now}, so that every timer on the page shows the same second.
 */
export class TickController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly ticker: Ticker;
  private unsubscribe: (() => void) | undefined;
  private lastTick: number | undefined;

  /** Adds itself to `host`; the ticker runs only while some host is connected. */
  constructor(host: ReactiveControllerHost, options: TickControllerOptions = {}) {
    this.host = host;
    this.ticker = options.ticker ?? sharedTicker;
    host.addController(this);
  }

  /** The time of the last tick, epoch ms; the ticker's clock before the first tick. */
  get now(): number {
    return this.lastTick ?? this.ticker.now();
  }

  /** Starts following the ticker. */
  hostConnected(): void {
    this.unsubscribe ??= this.ticker.subscribe((now) => {
      this.lastTick = now;
      this.host.requestUpdate();
    });
  }

  /** Stops following; a stale tick time is dropped, the clock is read again on return. */
  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.lastTick = undefined;
  }
}
