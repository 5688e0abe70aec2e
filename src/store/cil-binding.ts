/**
 * One set of registrations per `cil` object, ever. The reference gives no way to
 * unregister a callback, so a `cil`'s callbacks are registered once and reach their
 * store through a binding: the store that claims the `cil` is fed, a disposed store
 * releases it (and can be garbage-collected), and a later store claims it again
 * without registering anything.
 *
 * @module
 */
import {
  CIL_EVENT_NAMES,
  REGISTRATION_METHODS,
  type CilApi,
  type CilEventName,
} from '../cil/index.js';

/** What a `cil`'s callbacks reach: the owner they feed now, if any. */
export interface CilBinding<T> {
  /** The owner fed now; `undefined` while released. */
  owner: T | undefined;
}

/** Hands one payload from a callback to the owner of the moment. */
export type CilDelivery<T> = (owner: T, name: CilEventName, data: unknown) => void;

/** Told when a `cil` refuses a registration (it throws, or has no such method). */
export type RegistrationFailure = (name: CilEventName, method: string, error: unknown) => void;

type Registration = (callback: (data: unknown) => void) => void;

const REGISTRY_KEY = Symbol.for('connects-wallboard/cil-bindings');

/**
 * cil → binding, shared through `globalThis` so that two bundled copies of this
 * library still never register twice on the same `cil`.
 */
function registry(): WeakMap<object, CilBinding<unknown>> {
  const holder = globalThis as { [REGISTRY_KEY]?: WeakMap<object, CilBinding<unknown>> };
  return (holder[REGISTRY_KEY] ??= new WeakMap());
}

/** The owner `cil` feeds now, if any. */
export function cilOwner<T>(cil: CilApi): T | undefined {
  return registry().get(cil)?.owner as T | undefined;
}

/**
 * Makes `owner` the one `cil`'s callbacks feed: on first use the callbacks are
 * registered (one per event, each calling `deliver`), later a released binding is
 * taken over. Returns `undefined`, changing nothing, when `cil` feeds another owner.
 */
export function claimCil<T>(
  cil: CilApi,
  owner: T,
  deliver: CilDelivery<T>,
  onFailure: RegistrationFailure,
): CilBinding<T> | undefined {
  const bindings = registry();
  const existing = bindings.get(cil) as CilBinding<T> | undefined;
  if (existing) {
    if (existing.owner !== undefined && existing.owner !== owner) return undefined;
    existing.owner = owner;
    return existing;
  }
  const binding: CilBinding<T> = { owner };
  bindings.set(cil, binding);
  for (const name of CIL_EVENT_NAMES) register(cil, name, binding, deliver, onFailure);
  return binding;
}

/** Lets go of `binding` if `owner` holds it: the callbacks then reach no one. */
export function releaseCil<T>(binding: CilBinding<T>, owner: T): void {
  if (binding.owner === owner) binding.owner = undefined;
}

/** Registers one callback; it holds the binding, never the owner. */
function register<T>(
  cil: CilApi,
  name: CilEventName,
  binding: CilBinding<T>,
  deliver: CilDelivery<T>,
  onFailure: RegistrationFailure,
): void {
  const method = REGISTRATION_METHODS[name];
  try {
    const registration = cil[method] as unknown;
    if (typeof registration !== 'function') throw new Error(`cil.${method} is not a function`);
    (registration as Registration).call(cil, (data: unknown) => {
      const owner = binding.owner;
      if (owner === undefined) return;
      try {
        deliver(owner, name, data);
      } catch {
        // The owner guards itself; this only catches a broken one: nothing throws out.
      }
    });
  } catch (error) {
    onFailure(name, method, error);
  }
}
