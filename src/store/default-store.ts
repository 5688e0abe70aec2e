/**
 * The page's one store, for elements used without a provider: created on first use
 * (waiting), attached once discovery finds the Integration API, or marked not-found
 * when it does not appear in time. Memoised on `globalThis`, so even two bundled
 * copies of this library share it, and a `cil` never gets its callbacks twice.
 *
 * @module
 */
import type { CilApi } from '../cil/cil-api.js';
import { ConnectsStore, type ConnectsStoreOptions } from './connects-store.js';
import { discoverCilResult, type CilDiscovery } from './discover-cil.js';

/** Options of the default store; they take effect only before it is created. */
export interface DefaultStoreOptions {
  /** Use this API and skip discovery. */
  cil?: CilApi;
  /** How long discovery waits for the API, in ms; default 30000. */
  timeoutMs?: number;
  /** Discovery poll interval, in ms; default 250. */
  pollMs?: number;
  /** Where discovery looks; default `globalThis`. */
  globalObject?: object;
  /** Options for the store itself. */
  storeOptions?: ConnectsStoreOptions;
}

/** What the page keeps under {@link SLOT}. */
interface DefaultStoreSlot {
  config: DefaultStoreOptions;
  /** Told when {@link getDefaultStore} starts returning a different store. */
  changeListeners: Set<() => void>;
  created?: {
    readonly store: ConnectsStore;
    readonly discovery: Promise<CilDiscovery>;
    readonly abort: AbortController;
  };
}

const SLOT = Symbol.for('connects-wallboard/default-store');

function slot(): DefaultStoreSlot {
  const holder = globalThis as { [SLOT]?: DefaultStoreSlot };
  return (holder[SLOT] ??= { config: {}, changeListeners: new Set() });
}

/**
 * Sets the default store's options. Returns `false` (and changes nothing) when the
 * store already exists: configure before the first element connects.
 */
export function configureDefaultStore(options: DefaultStoreOptions): boolean {
  const current = slot();
  if (current.created) {
    console.warn(
      'connects-wallboard: configureDefaultStore() called after the default store was created; ignored',
    );
    return false;
  }
  current.config = { ...current.config, ...options };
  return true;
}

/**
 * The page's store. The first call creates it (options merged over
 * {@link configureDefaultStore}'s); later calls return the same store and ignore
 * `options`. Once that store is disposed, the next call creates a fresh one (which
 * takes over the `cil`'s callbacks without registering again).
 */
export function getDefaultStore(options?: DefaultStoreOptions): ConnectsStore {
  const current = slot();
  const disposed = current.created?.store.isDisposed === true;
  if (current.created && !disposed) return current.created.store;
  current.created?.abort.abort();
  // Kept, so a store made afresh after a dispose looks where the first one did.
  current.config = { ...current.config, ...options };
  current.created = create(current.config);
  if (disposed) notifyChange(current);
  return current.created.store;
}

/**
 * Calls `listener` whenever {@link getDefaultStore} starts returning another store
 * (the default store was disposed and made afresh, or the discovered `cil` already
 * fed a store of its own, which then becomes the default), so views that fell back
 * to the default can follow. Returns the function
 * that stops it; views hold it only while connected.
 */
export function onDefaultStoreChange(listener: () => void): () => void {
  const listeners = slot().changeListeners;
  const entry = (): void => listener();
  listeners.add(entry);
  return () => {
    listeners.delete(entry);
  };
}

/** Discovery behind the default store, once it exists (resolved at once for a configured `cil`). */
export function defaultStoreDiscovery(): Promise<CilDiscovery> | undefined {
  return slot().created?.discovery;
}

/**
 * Forgets the default store and its configuration, stopping a discovery in
 * progress. For tests only: callbacks already registered on a `cil` cannot be
 * removed, so use a fresh fake `cil` after a reset.
 */
export function resetDefaultStoreForTests(): void {
  const holder = globalThis as { [SLOT]?: DefaultStoreSlot };
  holder[SLOT]?.created?.abort.abort();
  delete holder[SLOT];
}

/**
 * A page's store usually attaches after the agent logged in, and b+s Connects repeats
 * no state: ask `getChannel` once so the agent's state and calls show at once.
 * (WxCC names its channel `telephony`; pass `storeOptions.initialChannel` there.)
 */
const DEFAULT_STORE_OPTIONS: ConnectsStoreOptions = { initialChannel: 'voice' };

function create(userConfig: DefaultStoreOptions): NonNullable<DefaultStoreSlot['created']> {
  const config = {
    ...userConfig,
    storeOptions: { ...DEFAULT_STORE_OPTIONS, ...userConfig.storeOptions },
  };
  const abort = new AbortController();
  if (config.cil) {
    return {
      store: ConnectsStore.for(config.cil, config.storeOptions),
      discovery: Promise.resolve({ cil: config.cil, source: 'cil' }),
      abort,
    };
  }
  // Filled once the store exists; discovery may report before that (synchronously).
  const late: { store?: ConnectsStore; foundAtOnce?: CilApi } = {};
  const discovery = discoverCilResult({
    globalObject: config.globalObject,
    timeoutMs: config.timeoutMs,
    pollMs: config.pollMs,
    signal: abort.signal,
    // Synchronous, so a library that wants events registered inside its
    // initIntegration callback gets them there.
    onFound: (cil) => {
      if (late.store) adopt(late.store, cil);
      else late.foundAtOnce = cil;
    },
    // A library that finished initialising after the timeout: attach after all
    // (the store goes from not-found to attached).
    onLateFound: (cil) => {
      if (late.store) adopt(late.store, cil);
    },
  });
  // The first look is synchronous: an API already on the page gets its own store
  // (shared with anyone else using ConnectsStore.for), never a waiting one.
  const store = late.foundAtOnce
    ? ConnectsStore.for(late.foundAtOnce, config.storeOptions)
    : new ConnectsStore(undefined, config.storeOptions);
  late.store = store;
  void discovery.then((result) => {
    if (result.cil || result.reason === 'aborted') return;
    if (result.reason !== 'timeout') {
      console.warn(
        `connects-wallboard: Integration API not usable (${result.reason})`,
        result.error ?? '',
      );
    }
    store.markSourceNotFound();
  });
  return { store, discovery, abort };
}

/**
 * Attaches the waiting default store to the discovered `cil`. If someone gave that
 * `cil` a store meanwhile (`ConnectsStore.for`), it cannot feed a second one: that
 * store becomes the default for every later caller, and the waiting one is told
 * its source will not come.
 */
function adopt(store: ConnectsStore, cil: CilApi): void {
  // Disposed while waiting: the next getDefaultStore() makes a store that looks again.
  if (store.isDisposed) return;
  try {
    store.attach(cil);
  } catch {
    const current = slot();
    const replaced = current.created?.store === store;
    if (current.created && replaced) {
      current.created = { ...current.created, store: ConnectsStore.for(cil) };
    }
    console.warn(
      'connects-wallboard: the discovered Integration API already feeds a store; the default store now is that one',
    );
    store.markSourceNotFound();
    if (replaced) notifyChange(current);
  }
}

/** Tells the views that fell back to the default store that it is another one now. */
function notifyChange(current: DefaultStoreSlot): void {
  for (const listener of [...current.changeListeners]) {
    try {
      listener();
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
