/**
 * One request for many asking at once: several `<connects-agent-state>` on a page
 * (a toolbar and a panel) start together and see each login together, and b+s
 * Connects should get one `getChannel` and one `getReasonCodeList` per list, not one
 * per element.
 *
 * @module
 */

const inFlight = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * The promise of `load()`, shared by every caller asking with the same `owner` and
 * `key` while it is under way; forgotten once it settles, so a later call loads afresh.
 */
export function shared<T>(owner: object, key: string, load: () => Promise<T>): Promise<T> {
  let perOwner = inFlight.get(owner);
  if (!perOwner) {
    perOwner = new Map();
    inFlight.set(owner, perOwner);
  }
  const known = perOwner.get(key);
  if (known) return known as Promise<T>;
  const table = perOwner;
  const promise = load().finally(() => {
    if (table.get(key) === promise) table.delete(key);
  });
  table.set(key, promise);
  return promise;
}
