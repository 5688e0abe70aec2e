/**
 * What every parser returns, and the guard that makes every parser total: whatever a
 * payload does (a throwing getter, a revoked proxy), the caller gets a result.
 *
 * @module
 */
import { describeThrown } from './describe-thrown.js';
import type { ParseResult, PayloadKind, Problem } from './model.js';
import { ProblemLog, typeName } from './parse-primitives.js';

/** An accepted payload, with the warnings logged while reading it. */
export function ok<T>(value: T, log: ProblemLog): ParseResult<T> {
  return { ok: true, value, warnings: log.problems };
}

/** A rejected payload: `problem` is why, `warnings` what was logged before. */
export function fail<T>(log: ProblemLog, problem: Omit<Problem, 'event'>): ParseResult<T> {
  return { ok: false, problem: { event: log.event, ...problem }, warnings: log.problems };
}

/**
 * Runs a parser body, turning any unexpected exception into a problem. The bodies are
 * written not to throw; this is the guarantee, even for hostile getters or proxies.
 * The body gets the input as an argument, so an event parser's body is a plain function
 * rather than a closure allocated per event.
 */
export function guarded<T>(
  event: PayloadKind,
  input: unknown,
  body: (log: ProblemLog, input: unknown) => ParseResult<T>,
): ParseResult<T> {
  const log = new ProblemLog(event);
  try {
    return body(log, input);
  } catch (error) {
    return fail(log, {
      path: '',
      reason: 'wrong-type',
      detail: `payload could not be read: ${describeThrown(error)}`,
    });
  }
}

/** The rejection of a payload that is not an object. */
export function notAnObject<T>(log: ProblemLog, input: unknown): ParseResult<T> {
  return fail(log, {
    path: '',
    reason: 'not-an-object',
    detail: `expected an object, got ${typeName(input)}`,
  });
}
