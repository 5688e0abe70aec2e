/**
 * {@link StoreController} wired to the wallboard's store: the store from
 * `<connects-store-provider>` (context), else the page's default store.
 *
 * @module
 */
import type { ConnectsStore } from '../store/connects-store.js';
import { getDefaultStore } from '../store/default-store.js';
import type { StoreState } from '../store/state.js';
import { connectsStoreContext } from './context.js';
import {
  StoreController,
  type StoreControllerHost,
  type StoreControllerOptions,
} from './store-controller.js';

/** Options of {@link ConnectsStoreController}: the slice to select, and optionally a store. */
export type ConnectsStoreControllerOptions<T> = Omit<
  StoreControllerOptions<StoreState, T, ConnectsStore>,
  'context' | 'fallback'
>;

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
    super(host, { ...options, context: connectsStoreContext, fallback: () => getDefaultStore() });
  }
}
