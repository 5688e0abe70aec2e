/**
 * Why a request made through the `RequestTracker` failed. Every rejection is a
 * {@link CilRequestFailure}, so callers can tell request failures from bugs with one
 * `instanceof`, then pick the case they care about.
 *
 * @module
 */
import type { CilError, CilRequestName, Problem } from '../cil/index.js';

/** The common base of every request failure. */
export abstract class CilRequestFailure extends Error {
  /** The request that failed, e.g. `setAgentState`. */
  readonly requestName: CilRequestName;
  /**
   * The id the tracker generated for the request. It is passed to the `cil` only where
   * the reference has a `requestId` argument; the other requests use it for tracking.
   */
  readonly requestId: string | undefined;

  /** @param message says what happened; the request name is prefixed. */
  constructor(
    requestName: CilRequestName,
    requestId: string | undefined,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${requestName} failed: ${message}`, options);
    this.requestName = requestName;
    this.requestId = requestId;
  }
}

/** b+s Connects dispatched an `error` event with this request's `requestId`. */
export class CilRequestError extends CilRequestFailure {
  override readonly name = 'CilRequestError';
  /** The `error` event, as parsed. */
  readonly cilError: CilError;

  constructor(requestName: CilRequestName, requestId: string, cilError: CilError) {
    super(requestName, requestId, cilError.message);
    this.cilError = cilError;
  }
}

/** Neither the outcome nor an error arrived in time. */
export class CilRequestTimeoutError extends CilRequestFailure {
  override readonly name = 'CilRequestTimeoutError';
  /** How long the tracker waited, in milliseconds. */
  readonly timeoutMs: number;

  constructor(requestName: CilRequestName, requestId: string, timeoutMs: number) {
    super(requestName, requestId, `no outcome within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The `cil` call itself failed: it threw, its promise rejected, it lacks the method,
 * or it resolved with an envelope saying `success: false`. `cause` holds what was thrown.
 */
export class CilCallError extends CilRequestFailure {
  override readonly name = 'CilCallError';
}

/** No `cil` is attached yet, so the request was not sent. */
export class CilUnavailableError extends CilRequestFailure {
  override readonly name = 'CilUnavailableError';

  constructor(requestName: CilRequestName, requestId?: string) {
    super(requestName, requestId, 'no b+s Connects integration (cil) is attached');
  }
}

/** The `cil` resolved with a value that failed validation. */
export class CilResponseError extends CilRequestFailure {
  override readonly name = 'CilResponseError';
  /** What was wrong with the value. */
  readonly problem: Problem;

  constructor(requestName: CilRequestName, requestId: string, problem: Problem) {
    const where = problem.path === '' ? '' : ` at ${problem.path}`;
    super(requestName, requestId, `invalid response${where}: ${problem.detail}`);
    this.problem = problem;
  }
}

/** An argument was unusable, so the request was not sent (e.g. a non-string call variable). */
export class CilArgumentError extends CilRequestFailure {
  override readonly name = 'CilArgumentError';
  /** The offending argument, e.g. `updatedData.callVariable1`. */
  readonly argument: string;

  constructor(requestName: CilRequestName, argument: string, message: string, requestId?: string) {
    super(requestName, requestId, `${argument}: ${message}`);
    this.argument = argument;
  }
}

/** Why a pending request was given up without an outcome. */
export type CancelReason = 'disposed' | 'overflow';

/**
 * The tracker gave up on the request: it was disposed, or too many requests were
 * pending and this was the oldest.
 */
export class CilRequestCancelledError extends CilRequestFailure {
  override readonly name = 'CilRequestCancelledError';
  /** Why the request was given up. */
  readonly reason: CancelReason;

  constructor(requestName: CilRequestName, requestId: string | undefined, reason: CancelReason) {
    super(
      requestName,
      requestId,
      reason === 'disposed'
        ? 'the request tracker was disposed'
        : 'too many requests pending; the oldest was dropped',
    );
    this.reason = reason;
  }
}
