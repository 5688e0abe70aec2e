/**
 * {@link StoreController} wired to the wallboard's store: the store from
 * `<connects-store-provider>` (context), else the page's default store, whose
 * history clock it keeps running while connected.
 *
 * @module
 */
import type { CilApi } from '../cil/cil-api.js';
import { ConnectsStore } from '../store/connects-store.js';
import { getDefaultStore, onDefaultStoreChange } from '../store/default-store.js';
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
  'context' | 'fallback' | 'fallbackChanges' | 'retain'
> {
  /**
   * An Integration API to read the store of (`ConnectsStore.for(cil)`, so its callbacks
   * are registered once however many elements name it); `store` wins over it. An
   * element's own `cil` property is forwarded here through the controller's `cil` setter.
   */
  cil?: CilApi;
  /**
   * Ticker that calls the store's `tick()` while the host is connected, so its history
   * advances without events; default the page's shared ticker. One subscription per
   * store, however many hosts show it.
   */
  ticker?: Ticker;
}

/**
 * Selects a slice of the wallboard's state for a Lit element. The store is, in
 * order: `store` (option or setter), the store of `cil` (option or setter), the
 * nearest `<connects-store-provider>`'s store, then {@link getDefaultStore} (which
 * looks for `globalThis.cil`, then `ConnectsIntegrationLibrary`).
 *
 * ```ts
 * private readonly queues = new ConnectsStoreController(this, { selector: (s) => s.queues });
 * ```
 */
export class ConnectsStoreController<T> extends StoreController<StoreState, T, ConnectsStore> {
  /** The element's `store` and `cil`, kept apart so that clearing one falls back to the other. */
  private ownStore: ConnectsStore | undefined;
  private ownCil: CilApi | undefined;

  /** Adds itself to `host`; nothing is subscribed (or discovered) until the host connects. */
  constructor(host: StoreControllerHost, options: ConnectsStoreControllerOptions<T>) {
    const { ticker, cil, store, ...rest } = options;
    const explicit = storeOf(store, cil);
    super(host, {
      ...rest,
      ...(explicit ? { store: explicit } : {}),
      context: connectsStoreContext,
      fallback: () => getDefaultStore(),
      fallbackChanges: onDefaultStoreChange,
      retain: (retained) => driveStoreClock(retained, ticker),
    });
    this.ownStore = store;
    this.ownCil = cil;
  }

  /** The store in use (see {@link StoreController.store}); setting it wins over `cil`. */
  override get store(): ConnectsStore | undefined {
    return super.store;
  }

  override set store(store: ConnectsStore | undefined) {
    this.ownStore = store;
    this.applyOwn();
  }

  /** The Integration API whose store is read, when no `store` is set; `undefined` returns to context and default. */
  get cil(): CilApi | undefined {
    return this.ownCil;
  }

  set cil(cil: CilApi | undefined) {
    this.ownCil = cil;
    this.applyOwn();
  }

  private applyOwn(): void {
    this.setExplicitStore(storeOf(this.ownStore, this.ownCil));
  }
}

/** The element's own store: `store`, else the one store of `cil` (registered once per `cil`). */
function storeOf(
  store: ConnectsStore | undefined,
  cil: CilApi | undefined,
): ConnectsStore | undefined {
  return store ?? (cil ? ConnectsStore.for(cil) : undefined);
}
