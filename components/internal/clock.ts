/**
 * The one place elements read the time from.
 *
 * @module
 */
import type { ConnectsStore } from '../../src/store/connects-store.js';

/**
 * The contact centre's clock as the store estimates it (`store.serverNow()`), epoch
 * ms: what every timer subtracts a time from the contact centre from ("waiting 3:05").
 * Elements call it on each tick of the shared ticker, so every timer on the page shows
 * the same second. Without a store, the page's clock.
 */
export function serverNow(store: ConnectsStore | undefined): number {
  return store ? store.serverNow() : Date.now();
}

/**
 * The store's own clock, uncorrected, epoch ms: for ages of things the store stamped
 * itself (`state.lastQueueEventAt`, a queue's `updatedAt`), which are on that clock.
 */
export function storeClockNow(store: ConnectsStore | undefined): number {
  return store ? store.serverNow() - store.getState().clock.offsetMs : Date.now();
}
