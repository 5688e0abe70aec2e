/**
 * Counting input problems: rejected payloads (once each, by reason), warnings on
 * accepted ones, and anomalies (accepted events that do not fit the state). A
 * problem touches only `diagnostics`, never the rest of the state.
 *
 * @module
 */
import type { Problem, ProblemReason } from '../cil/index.js';
import { appendBounded } from './append-bounded.js';
import type { StateDraft } from './draft.js';
import type { ResolvedContext } from './reduce-context.js';
import type { DiagnosticSeverity, Diagnostics, ReasonCounts } from './state.js';

function increment(counts: ReasonCounts, reason: ProblemReason, by = 1): ReasonCounts {
  return { ...counts, [reason]: (counts[reason] ?? 0) + by };
}

/** Counts one problem, keeps it as an example (except warnings) and reports it. */
export function recordProblem(
  draft: StateDraft,
  severity: DiagnosticSeverity,
  problem: Problem,
  context: ResolvedContext,
): void {
  const current = draft.state.diagnostics;
  let next: Diagnostics;
  if (severity === 'warning') {
    next = {
      ...current,
      warnings: increment(current.warnings, problem.reason),
      warningsTotal: current.warningsTotal + 1,
    };
  } else {
    const examples = appendBounded(
      current.examples,
      { severity, problem, at: context.now },
      context.limits.maxDiagnosticExamples,
    );
    next =
      severity === 'rejected'
        ? {
            ...current,
            rejected: increment(current.rejected, problem.reason),
            rejectedTotal: current.rejectedTotal + 1,
            examples,
          }
        : {
            ...current,
            anomalies: increment(current.anomalies, problem.reason),
            anomaliesTotal: current.anomaliesTotal + 1,
            examples,
          };
  }
  draft.set('diagnostics', next);
  context.report?.(severity, problem);
}

/** Counts the warnings of an accepted payload. */
export function recordWarnings(
  draft: StateDraft,
  warnings: readonly Problem[],
  context: ResolvedContext,
): void {
  for (const warning of warnings) recordProblem(draft, 'warning', warning, context);
}
