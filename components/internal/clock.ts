/**
 * The one place elements read the time for timers from.
 *
 * @module
 */
import type { ConnectsStore } from '../../src/store/connects-store.js';

/**
 * The store's clock, epoch ms: what every timer ("waiting 3:05") subtracts from.
 * Elements call it on each tick of the shared ticker, so every timer on the page
 * shows the same second.
 */
export function storeNow(store: ConnectsStore | undefined): number {
  // The store's skew-corrected clock (`serverNow()`) replaces this once it lands;
  // until then the store's clock is the page's, which is what it defaults to.
  void store;
  return Date.now();
}
