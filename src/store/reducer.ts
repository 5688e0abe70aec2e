/**
 * The pure reducer: from a state and a validated event to the next state. It never
 * mutates its input; unchanged parts keep their identity. The store uses the same
 * `apply*` functions on one draft per batch (see `./draft.ts`).
 *
 * @module
 */
import type { CilError, ParseResult, ParsedEvent } from '../cil/index.js';
import { appendBounded } from './append-bounded.js';
import { recordProblem, recordWarnings } from './diagnostics.js';
import { StateDraft } from './draft.js';
import { applyAgentStateChange } from './reduce-agent.js';
import { resolveContext, type ReduceContext, type ResolvedContext } from './reduce-context.js';
import { applyQueueDataUpdate } from './reduce-queues.js';
import { applyWorkitemEvent } from './reduce-workitems.js';
import type { StoreState } from './state.js';

function applyError(draft: StateDraft, error: CilError, context: ResolvedContext): void {
  draft.set(
    'errors',
    appendBounded(
      draft.state.errors,
      { requestId: error.requestId, message: error.message, at: context.now },
      context.limits.maxErrors,
    ),
  );
}

/** Applies one validated event to a draft. */
export function applyEvent(draft: StateDraft, event: ParsedEvent, context: ResolvedContext): void {
  switch (event.name) {
    case 'queueDataUpdate':
      applyQueueDataUpdate(draft, event.update, context);
      return;
    case 'agentStateChange':
      applyAgentStateChange(draft, event.change, context);
      return;
    case 'error':
      applyError(draft, event.error, context);
      return;
    default:
      applyWorkitemEvent(draft, event.name, event.workitem, context);
  }
}

/**
 * Applies a parse outcome to a draft: a rejected payload is counted once and touches
 * nothing else; an accepted one has its warnings counted and is applied.
 */
export function applyResult(
  draft: StateDraft,
  result: ParseResult<ParsedEvent>,
  context: ResolvedContext,
): void {
  if (!result.ok) {
    recordProblem(draft, 'rejected', result.problem, context);
    return;
  }
  if (result.warnings.length > 0) recordWarnings(draft, result.warnings, context);
  applyEvent(draft, result.value, context);
}

/** The state after `event`. Pure: `state` is left as it was. */
export function reduce(state: StoreState, event: ParsedEvent, context: ReduceContext): StoreState {
  const draft = new StateDraft(state);
  applyEvent(draft, event, resolveContext(context));
  return draft.commit();
}

/** The state after all `events`, in order, with totals computed once at the end. */
export function reduceAll(
  state: StoreState,
  events: Iterable<ParsedEvent>,
  context: ReduceContext,
): StoreState {
  const draft = new StateDraft(state);
  const resolved = resolveContext(context);
  for (const event of events) applyEvent(draft, event, resolved);
  return draft.commit();
}

/** The state after a parse outcome (rejections and warnings go to the diagnostics). */
export function reduceResult(
  state: StoreState,
  result: ParseResult<ParsedEvent>,
  context: ReduceContext,
): StoreState {
  const draft = new StateDraft(state);
  applyResult(draft, result, resolveContext(context));
  return draft.commit();
}
