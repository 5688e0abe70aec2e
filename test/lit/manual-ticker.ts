import type { Ticker, TickListener } from '../../src/store/ticker.js';

/** A ticker driven by hand: `tick(now)` calls every subscriber. */
export class ManualTicker implements Ticker {
  time = 60_000;
  private readonly listeners = new Set<TickListener>();

  /** Subscriptions right now. */
  get subscribers(): number {
    return this.listeners.size;
  }

  now(): number {
    return this.time;
  }

  subscribe(listener: TickListener): () => void {
    const entry: TickListener = (now) => listener(now);
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  tick(now: number = this.time + 1000): void {
    this.time = now;
    for (const listener of [...this.listeners]) listener(now);
  }
}
