/**
 * What a reducer needs besides the state and the event: the clock reading, the
 * bounds, and where to report problems it notices.
 *
 * @module
 */
import type { Problem } from '../cil/index.js';
import { resolveOption } from './resolve-option.js';
import type { DiagnosticSeverity } from './state.js';

/** Bounds on every growing part of the state. */
export interface StoreLimits {
  /** Recent errors kept (default 20). */
  readonly maxErrors: number;
  /** Diagnostic examples kept (default 10). */
  readonly maxDiagnosticExamples: number;
  /** Workitems kept; beyond, the oldest ended (else oldest) is dropped (default 50). */
  readonly maxWorkitems: number;
  /** Channels kept (default 16). */
  readonly maxChannels: number;
  /** Queues kept; further queues are ignored with an anomaly (default 2000). */
  readonly maxQueues: number;
  /** Recent requests kept in `state.requests` (default 20). */
  readonly maxRequests: number;
  /** Ended workitem ids remembered, so late events do not revive them (default 64). */
  readonly maxEndedWorkitems: number;
}

/** The default bounds. */
export const DEFAULT_LIMITS: StoreLimits = Object.freeze({
  maxErrors: 20,
  maxDiagnosticExamples: 10,
  maxWorkitems: 50,
  maxChannels: 16,
  maxQueues: 2000,
  maxRequests: 20,
  maxEndedWorkitems: 64,
});

/** Context of one reduction. */
export interface ReduceContext {
  /** Store clock, epoch ms, for this event. */
  readonly now: number;
  /**
   * The skew-corrected server clock for this event (store clock + estimated offset);
   * default `now`. Times compared with the contact centre's times (a state's start
   * without `newStateChangeTime`, when a call was held...) are taken from it.
   */
  readonly serverNow?: number;
  /** Bounds; defaults to {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<StoreLimits>;
  /** Told about every problem counted into the diagnostics (the store forwards it to `onDiagnostic`). */
  readonly report?: (severity: DiagnosticSeverity, problem: Problem) => void;
}

/** The limits of a context, defaults filled in and nonsense values corrected. */
export function resolveLimits(limits: Partial<StoreLimits> | undefined): StoreLimits {
  if (!limits) return DEFAULT_LIMITS;
  const pick = (key: keyof StoreLimits, min: number): number =>
    Math.floor(resolveOption(limits[key], DEFAULT_LIMITS[key], min));
  return {
    maxErrors: pick('maxErrors', 0),
    maxDiagnosticExamples: pick('maxDiagnosticExamples', 0),
    maxWorkitems: pick('maxWorkitems', 1),
    maxChannels: pick('maxChannels', 1),
    maxQueues: pick('maxQueues', 1),
    maxRequests: pick('maxRequests', 0),
    maxEndedWorkitems: pick('maxEndedWorkitems', 0),
  };
}

/** A context with its limits resolved, as the reducers use it. */
export interface ResolvedContext {
  /** Store clock, epoch ms. */
  readonly now: number;
  /** Skew-corrected server clock, epoch ms. */
  readonly serverNow: number;
  /** Bounds. */
  readonly limits: StoreLimits;
  /** Problem sink, if any. */
  readonly report?: (severity: DiagnosticSeverity, problem: Problem) => void;
}

/** Resolves a context's limits; a non-finite clock reading becomes 0 so no NaN enters the state. */
export function resolveContext(context: ReduceContext): ResolvedContext {
  const now = Number.isFinite(context.now) ? context.now : 0;
  const serverNow = context.serverNow;
  return {
    now,
    serverNow: serverNow !== undefined && Number.isFinite(serverNow) ? serverNow : now,
    limits: resolveLimits(context.limits),
    ...(context.report ? { report: context.report } : {}),
  };
}
