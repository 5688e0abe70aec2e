/**
 * The one way the state's bounded lists (recent errors, diagnostic examples) grow.
 *
 * @module
 */

/**
 * A new list: `list` with `item` appended, keeping only the last `max` entries
 * (`max <= 0` keeps nothing, and an empty `list` then comes back as it is, so nothing
 * changes identity).
 */
export function appendBounded<T>(list: readonly T[], item: T, max: number): readonly T[] {
  if (max <= 0) return list.length === 0 ? list : [];
  const kept = list.length >= max ? list.slice(list.length - max + 1) : list;
  return [...kept, item];
}
