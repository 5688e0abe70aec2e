/**
 * Assertions shared by the parser tests.
 *
 * @module
 */
import type { ParseResult, Problem } from '../../src/cil/index.js';

/** The value of a successful parse; fails the test with the problem otherwise. */
export function expectOk<T>(result: ParseResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected the payload to be accepted, got ${JSON.stringify(result.problem)}`);
  }
  return result.value;
}

/** The problem of a rejected parse; fails the test when the payload was accepted. */
export function expectRejected<T>(result: ParseResult<T>): Problem {
  if (result.ok) {
    throw new Error(`expected the payload to be rejected, got ${JSON.stringify(result.value)}`);
  }
  return result.problem;
}

/** `path` and `reason` of each problem, for compact comparisons. */
export function brief(problems: readonly Problem[]): { path: string; reason: string }[] {
  return problems.map(({ path, reason }) => ({ path, reason }));
}

/**
 * Paths inside `value` where a NaN (or ±Infinity) sits. Walks own enumerable keys,
 * guarding against cycles. `extra` is skipped: it holds unknown fields as received.
 */
export function nonFiniteNumbers(value: unknown, path = '', seen = new Set<object>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path || '(root)'];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const found: string[] = [];
  for (const key of Object.keys(value)) {
    if (key === 'extra') continue;
    found.push(
      ...nonFiniteNumbers((value as Record<string, unknown>)[key], `${path}.${key}`, seen),
    );
  }
  return found;
}

/** Builds a payload from JSON text, so keys like `__proto__` become own properties. */
export function fromJson(text: string): unknown {
  return JSON.parse(text) as unknown;
}
