/**
 * {@link StoreController} wired to the wallboard's store: the store from
 * `<connects-store-provider>` (context), else the page's default store, whose
 * history clock it keeps running while connected.
 *
 * @module
 */
import type { ConnectsStore } from '../store/connects-store.js';
import { getDefaultStore } from '../store/default-store.js';
import type { StoreState } from '../store/state.js';
import type { Ticker } from '../store/ticker.js';
import { connectsStoreContext } from './context.js';
import { driveStoreClock } from './store-clock.js';
import {
  StoreController,
  type StoreControllerHost,
  type StoreControllerOptions,
} from './store-controller.js';

/** Options of {@link ConnectsStoreController}: the slice to select, and optionally a store. */
export interface ConnectsStoreControllerOptions<T> extends Omit<
  StoreControllerOptions<StoreState, T, ConnectsStore>,
  'context' | 'fallback' | 'retain'
> {
  /**
   * Ticker that calls the store's `tick()` while the host is connected, so its history
   * advances without events; default the page's shared ticker. One subscription per
   * store, however many hosts show it.
   */
  ticker?: Ticker;
}

/**
 * Selects a slice of the wallboard's state for a Lit element. The store is, in
 * order: `store` (option or setter), the nearest `<connects-store-provider>`'s
 * store, then {@link getDefaultStore}.
 *
 * ```ts
 * private readonly queues = new ConnectsStoreController(this, { selector: (s) => s.queues });
 * ```
 */
export class ConnectsStoreController<T> extends StoreController<StoreState, T, ConnectsStore> {
  /** Adds itself to `host`; nothing is subscribed (or discovered) until the host connects. */
  constructor(host: StoreControllerHost, options: ConnectsStoreControllerOptions<T>) {
    const { ticker, ...rest } = options;
    super(host, {
      ...rest,
      context: connectsStoreContext,
      fallback: () => getDefaultStore(),
      retain: (store) => driveStoreClock(store, ticker),
    });
  }
}
