/**
 * Finds the b+s Connects Integration API on the page: a ready `cil` global, or the
 * `ConnectsIntegrationLibrary` that has to be initialised first (used directly, as the
 * ServiceNow custom integrations do, or instantiated, as other products do). The
 * library may load after the wallboard, so discovery polls with one timer until it
 * appears or the time runs out. Only `globalThis` (or an injected object) is read:
 * no DOM.
 *
 * @module
 */
import type { CilApi } from '../cil/cil-api.js';
import { REGISTRATION_METHODS } from '../cil/enums.js';
import { resolveOption } from './resolve-option.js';

/** Options of {@link discoverCil}. */
export interface DiscoverCilOptions {
  /** Where to look for `cil` and `ConnectsIntegrationLibrary`; default `globalThis`. Tests pass a fresh object. */
  globalObject?: object;
  /** How long to wait for the API to appear and initialise, in ms; default 30000. */
  timeoutMs?: number;
  /** Interval between two looks, in ms; default 250. */
  pollMs?: number;
  /** Stops discovery; the result is then `undefined` with reason `'aborted'`. */
  signal?: AbortSignal;
  /**
   * Called synchronously once the API is usable — for the library, inside its
   * `initIntegration` callback, where b+s registers events — before the promise
   * resolves. An exception thrown here is reported, not propagated.
   */
  onFound?: (cil: CilApi) => void;
  /**
   * Called, at most once and synchronously, when a library whose `initIntegration` was
   * under way completes after discovery already gave up with `'timeout'` (a slow
   * start must not leave the wallboard blind for good). Not called after an abort.
   * An exception thrown here is reported, not propagated.
   */
  onLateFound?: (cil: CilApi) => void;
}

/** Why discovery ended without an API. */
export type CilNotFoundReason =
  /** Nothing appeared (or initialisation never completed) before `timeoutMs`. */
  | 'timeout'
  /** The `signal` aborted. */
  | 'aborted'
  /** `initIntegration` threw or its promise rejected. */
  | 'init-failed'
  /** The library initialised but exposes no `on*` registration functions. */
  | 'not-a-cil';

/** Outcome of {@link discoverCilResult}. */
export type CilDiscovery =
  | {
      /** The API, ready for registration. */
      readonly cil: CilApi;
      /** Where it came from: the `cil` global, or the library used directly or instantiated. */
      readonly source: 'cil' | 'library-object' | 'library-class';
    }
  | {
      /** No API. */
      readonly cil: undefined;
      /** Why. */
      readonly reason: CilNotFoundReason;
      /** The exception behind `'init-failed'`, if any. */
      readonly error?: unknown;
    };

/** Default of {@link DiscoverCilOptions.timeoutMs}. */
export const DEFAULT_DISCOVERY_TIMEOUT_MS = 30_000;
/** Default of {@link DiscoverCilOptions.pollMs}. */
export const DEFAULT_DISCOVERY_POLL_MS = 250;

const REGISTRATION_METHOD_NAMES = Object.values(REGISTRATION_METHODS);

/** Whether `value` can carry properties: an object or a function (a library class). */
function isObjectLike(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

/** Whether `value` has a method `name`; a throwing getter (or proxy trap) counts as none. */
function hasMethod(value: unknown, name: string): boolean {
  try {
    return isObjectLike(value) && typeof value[name] === 'function';
  } catch {
    return false;
  }
}

/** Type guard: does `value` have every `on*` registration function of a `cil`? */
export function looksLikeCil(value: unknown): value is CilApi {
  return REGISTRATION_METHOD_NAMES.every((name) => hasMethod(value, name));
}

/**
 * Resolves with the Integration API once it is usable, or `undefined` when it does
 * not appear within `timeoutMs` (or initialisation fails, or `signal` aborts).
 * Looks for `cil` first, then `ConnectsIntegrationLibrary`. Never rejects.
 */
export async function discoverCil(options: DiscoverCilOptions = {}): Promise<CilApi | undefined> {
  return (await discoverCilResult(options)).cil;
}

/** Like {@link discoverCil}, but also says where the API came from, or why none was found. */
export function discoverCilResult(options: DiscoverCilOptions = {}): Promise<CilDiscovery> {
  return new Promise<CilDiscovery>((resolve) => {
    const globalObject = options.globalObject ?? globalThis;
    const timeoutMs = resolveOption(options.timeoutMs, DEFAULT_DISCOVERY_TIMEOUT_MS, 0);
    const pollMs = resolveOption(options.pollMs, DEFAULT_DISCOVERY_POLL_MS, 1);
    const { signal, onFound, onLateFound } = options;
    const startedAt = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    /**
     * Whether a late initialisation may still be delivered to `onLateFound`: after a
     * timeout, until delivered or aborted. Only an `initIntegration` under way can
     * still report, so nothing else ever arrives late.
     */
    let lateWelcome = false;

    const finish = (result: CilDiscovery): void => {
      if (settled) {
        if (!lateWelcome || result.cil === undefined || signal?.aborted) return;
        lateWelcome = false;
        try {
          onLateFound?.(result.cil);
        } catch (error) {
          reportError(error);
        }
        return;
      }
      settled = true;
      lateWelcome = result.cil === undefined && result.reason === 'timeout';
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      signal?.removeEventListener('abort', onAbort);
      if (result.cil !== undefined && onFound) {
        try {
          onFound(result.cil);
        } catch (error) {
          reportError(error);
        }
      }
      resolve(result);
    };
    const onAbort = (): void => {
      lateWelcome = false;
      finish({ cil: undefined, reason: 'aborted' });
    };

    const look = (): void => {
      timer = undefined;
      if (settled) return;
      const found = readGlobals(globalObject);
      if (found.cil) {
        finish({ cil: found.cil, source: 'cil' });
        return;
      }
      if (found.library) {
        initialise(found.library, finish);
        if (settled) return;
        // Initialisation is under way: from now on only the deadline is watched.
        timer = setTimeout(() => finish({ cil: undefined, reason: 'timeout' }), remaining());
        return;
      }
      if (remaining() <= 0) {
        finish({ cil: undefined, reason: 'timeout' });
        return;
      }
      timer = setTimeout(look, Math.min(pollMs, remaining()));
    };
    const remaining = (): number => Math.max(0, startedAt + timeoutMs - Date.now());

    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    look();
  });
}

/** What a look at the globals found. */
interface GlobalsFound {
  cil?: CilApi;
  library?: { target: LibraryTarget; source: 'library-object' | 'library-class' };
}

/** An object with `initIntegration`, used directly or obtained by instantiation. */
interface LibraryTarget {
  initIntegration(callback: (...args: unknown[]) => void): unknown;
}

/** Reads `cil` and `ConnectsIntegrationLibrary`; a throwing getter counts as absent. */
function readGlobals(globalObject: object): GlobalsFound {
  const record = globalObject as Record<string, unknown>;
  const cil = safeRead(record, 'cil');
  if (looksLikeCil(cil)) return { cil };
  const library = safeRead(record, 'ConnectsIntegrationLibrary');
  if (
    typeof library === 'function' &&
    hasInitIntegration(safeRead(library as unknown as Record<string, unknown>, 'prototype'))
  ) {
    return { library: { target: library as unknown as LibraryTarget, source: 'library-class' } };
  }
  if (hasInitIntegration(library))
    return { library: { target: library, source: 'library-object' } };
  return {};
}

/**
 * Runs `initIntegration` once and reports the outcome through `finish`. The API is
 * ready when the callback runs or the returned promise fulfils, whichever comes first.
 */
function initialise(
  found: NonNullable<GlobalsFound['library']>,
  finish: (result: CilDiscovery) => void,
): void {
  const { source } = found;
  let target: LibraryTarget;
  try {
    target =
      source === 'library-class'
        ? new (found.target as unknown as new () => LibraryTarget)()
        : found.target;
  } catch (error) {
    finish({ cil: undefined, reason: 'init-failed', error });
    return;
  }
  // `fromCallback`: the callback is the documented signal, so its verdict is final; a
  // fulfilled promise only counts when the API is already there.
  const ready = (args: readonly unknown[], fromCallback: boolean): void => {
    // Some builds hand the API to the callback instead of decorating the library.
    const candidate = looksLikeCil(target) ? target : args.find((arg) => looksLikeCil(arg));
    if (looksLikeCil(candidate)) finish({ cil: candidate, source });
    else if (fromCallback) finish({ cil: undefined, reason: 'not-a-cil' });
  };
  let returned: unknown;
  try {
    returned = target.initIntegration((...args: unknown[]) => ready(args, true));
  } catch (error) {
    finish({ cil: undefined, reason: 'init-failed', error });
    return;
  }
  if (isThenable(returned)) {
    returned.then(
      (value) => ready([value], false),
      (error: unknown) => finish({ cil: undefined, reason: 'init-failed', error }),
    );
  }
}

function hasInitIntegration(value: unknown): value is LibraryTarget {
  return hasMethod(value, 'initIntegration');
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return hasMethod(value, 'then');
}

function safeRead(record: Record<string, unknown>, key: string): unknown {
  try {
    return record[key];
  } catch {
    return undefined;
  }
}

/** Surfaces a callback's exception without breaking discovery. */
function reportError(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}
