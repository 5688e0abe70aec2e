/**
 * Text for what was thrown (by a `cil`, a listener, a hook, a payload's getter...), for
 * diagnostics, request errors and logs: the one such helper of the project.
 *
 * @module
 */

/**
 * `value`'s message when it is an `Error` or a string, else its type. Never throws:
 * a thrown value may be hostile too (a throwing `message` getter, a `toString` that
 * throws), so nothing but `message` is ever read from it.
 */
export function describeThrown(value: unknown): string {
  try {
    if (value instanceof Error) return String(value.message);
    if (typeof value === 'string') return value;
  } catch {
    // fall through to the generic text
  }
  return `a non-Error value (${typeof value})`;
}
