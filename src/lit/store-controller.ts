/**
 * The reactive controller through which a Lit element reads a store: it holds one
 * slice, `selector(state)`, and asks the host to update only when that slice changed.
 *
 * @module
 */
import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscribable } from '../store/subscribable.js';

/** A host the controller can serve: a reactive element (it dispatches the context request). */
export type StoreControllerHost = ReactiveControllerHost & HTMLElement;

/** Options of {@link StoreController}. */
export interface StoreControllerOptions<S, T, Store extends Subscribable<S> = Subscribable<S>> {
  /**
   * The store to read. When set it wins over `context` and `fallback`; it can be
   * swapped later through the controller's `store` setter.
   */
  store?: Store;
  /**
   * Picks the slice the host renders. Must be pure and cheap: it runs on every store
   * notification. Return parts of the state as they are (they are shared
   * structurally), so that an unchanged slice is the same object.
   */
  selector: (state: S) => T;
  /**
   * Decides whether two slices are the same, so no update is needed; default
   * `Object.is`. Pass a shallow comparison when the selector builds a new array or
   * object each time.
   */
  equals?: (a: T, b: T) => boolean;
  /**
   * A context carrying the store, asked for (with `subscribe: true`) when `store` is
   * not set: the nearest provider above the host, across shadow roots, answers.
   */
  context?: Context<unknown, Store | undefined>;
  /**
   * Last resort when neither `store` nor `context` gives a store. Called only when a
   * store is needed (the host connects, or `value` is read while disconnected), never
   * at construction; it should return the same store every time.
   */
  fallback?: () => Store;
  /**
   * Tells the controller when `fallback()` would now return another store; subscribed
   * only while the host is connected. The controller then follows the new store if it
   * was using the fallback.
   */
  fallbackChanges?: (onChange: () => void) => () => void;
  /**
   * Called each time the controller subscribes to a store; the function it returns
   * is called when that subscription ends (disconnect or swap). For resources that
   * should live exactly as long as a view of the store.
   */
  retain?: (store: Store) => () => void;
}

/**
 * Subscribes its host to a store while the host is connected, keeps
 * `selector(state)` in {@link value}, and calls `host.requestUpdate()` only when
 * that slice changed by `equals`.
 *
 * The store is, in order: the explicit `store` (option or setter), the store from
 * `context`, then `fallback()`. A different store re-subscribes.
 *
 * ```ts
 * class QueueCount extends LitElement {
 *   private readonly queues = new StoreController(this, {
 *     store,
 *     selector: (state) => state.queues,
 *   });
 *   render() { return html`${this.queues.value.size}`; }
 * }
 * ```
 */
export class StoreController<
  S,
  T,
  Store extends Subscribable<S> = Subscribable<S>,
> implements ReactiveController {
  /** The host, updated when the slice changes. */
  protected readonly host: StoreControllerHost;
  private readonly selector: (state: S) => T;
  private readonly equals: (a: T, b: T) => boolean;
  private readonly fallback: (() => Store) | undefined;
  private readonly retain: ((store: Store) => () => void) | undefined;
  private readonly fallbackChanges: ((onChange: () => void) => () => void) | undefined;
  private stopFallbackChanges: (() => void) | undefined;
  private explicitStore: Store | undefined;
  private contextStore: Store | undefined;
  /** The store subscribed to while connected; after a disconnect, the last one used. */
  private current: Store | undefined;
  /** Ends the subscription to `current` and what was retained with it; set while subscribed. */
  private stop: (() => void) | undefined;
  private connected = false;
  private hasSlice = false;
  private slice: T | undefined;

  /** Adds itself to `host`; nothing is subscribed until the host connects. */
  constructor(host: StoreControllerHost, options: StoreControllerOptions<S, T, Store>) {
    this.host = host;
    this.selector = options.selector;
    this.equals = options.equals ?? Object.is;
    this.fallback = options.fallback;
    this.retain = options.retain;
    this.fallbackChanges = options.fallbackChanges;
    this.explicitStore = options.store;
    if (options.context) {
      // Added before this controller, so its request is answered before hostConnected here.
      new ContextConsumer(host, {
        context: options.context,
        subscribe: true,
        callback: (store) => this.onContextStore(store),
      });
    }
    host.addController(this);
  }

  /**
   * The store in use: the subscribed one while connected, else the last one used (or
   * the explicit one). Setting it overrides context and fallback; `undefined` returns
   * to them.
   */
  get store(): Store | undefined {
    return this.current ?? this.explicitStore;
  }

  set store(store: Store | undefined) {
    this.setExplicitStore(store);
  }

  /** Sets the explicit store (what the `store` setter does), for subclasses that derive it. */
  protected setExplicitStore(store: Store | undefined): void {
    this.explicitStore = store;
    if (this.connected) this.refresh();
    else if (store) this.current = store;
  }

  /**
   * The selected slice. While connected it is kept current by the subscription;
   * otherwise it is read at once from the last store used (an update pending at
   * removal still renders), or, before the first connection, from the store that
   * would be used (which may call `fallback`). Throws when there is no store at all.
   */
  get value(): T {
    if (this.connected && this.hasSlice) return this.slice as T;
    const store = this.current ?? this.resolve();
    if (!store)
      throw new Error('StoreController: no store (set `store`, provide a context, or a fallback)');
    return this.selector(store.getState());
  }

  /** Subscribes to the resolved store. */
  hostConnected(): void {
    this.connected = true;
    this.stopFallbackChanges ??= this.fallbackChanges?.(() => this.refresh());
    this.refresh();
  }

  /** Unsubscribes; the context answer is forgotten, as the host may be moved elsewhere. */
  hostDisconnected(): void {
    this.connected = false;
    this.end();
    this.stopFallbackChanges?.();
    this.stopFallbackChanges = undefined;
    this.contextStore = undefined;
  }

  private onContextStore(store: Store | undefined): void {
    this.contextStore = store;
    this.refresh();
  }

  private resolve(): Store | undefined {
    return this.explicitStore ?? this.contextStore ?? this.fallback?.();
  }

  /**
   * Whatever changed (explicit store, provider, fallback), the store to use is
   * resolved again in order; following the same store is a no-op.
   */
  private refresh(): void {
    if (this.connected) this.follow(this.resolve());
  }

  /** Subscribes to `store`, leaving the previous one (no-op when already subscribed to it). */
  private follow(store: Store | undefined): void {
    if (store === this.current && this.stop) return;
    this.end();
    this.current = store;
    if (!store) return;
    const unsubscribe = store.subscribe((state) => this.take(state));
    const release = this.retain?.(store);
    this.stop = () => {
      unsubscribe();
      release?.();
    };
    // Subscribers are not called at subscription: read the state now.
    this.take(store.getState());
  }

  private end(): void {
    this.stop?.();
    this.stop = undefined;
  }

  private take(state: S): void {
    const next = this.selector(state);
    if (this.hasSlice && this.equals(this.slice as T, next)) return;
    this.slice = next;
    this.hasSlice = true;
    this.host.requestUpdate();
  }
}
