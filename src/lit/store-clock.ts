/**
 * Keeps a store's clock running while something on the page shows it: the store's
 * history takes a sample when a bucket boundary passes, even without events, only if
 * its `tick()` is called. One ticker subscription per store, however many views hold
 * it, released when the last view leaves.
 *
 * @module
 */
import { sharedTicker, type Ticker } from '../store/ticker.js';

/** Something that advances with the clock (`ConnectsStore.tick` samples history). */
export interface Tickable {
  /** Called once a second; reads its own clock (a simulated store has its own time). */
  tick(): void;
}

interface Drive {
  holders: number;
  readonly stop: () => void;
}

const drives = new WeakMap<Ticker, WeakMap<Tickable, Drive>>();

/**
 * Calls `target.tick()` on every tick of `ticker` until every holder has released
 * it. Returns the release function; calling it twice is harmless.
 */
export function driveStoreClock(target: Tickable, ticker: Ticker = sharedTicker): () => void {
  let perTicker = drives.get(ticker);
  if (!perTicker) {
    perTicker = new WeakMap();
    drives.set(ticker, perTicker);
  }
  let drive = perTicker.get(target);
  if (!drive) {
    drive = { holders: 0, stop: ticker.subscribe(() => target.tick()) };
    perTicker.set(target, drive);
  }
  drive.holders += 1;
  const held = drive;
  const table = perTicker;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.holders -= 1;
    if (held.holders > 0) return;
    held.stop();
    table.delete(target);
  };
}
