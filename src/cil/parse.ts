/**
 * Validation at the edge: one parser per event (and per request result) turning an
 * `unknown` payload into the typed model of `./model.ts`, or into a {@link Problem}.
 * Each lives in its own `parse-*.ts` file; this module gathers them and adds
 * {@link parseEvent}, the one entry for any named event.
 *
 * Lenient where real systems vary (numeric strings, extra fields, unknown states
 * mapped to `Unknown`, missing optional fields); strict where meaning breaks (no
 * queue id, no workitem id, no channel id, a non-object payload, an unknown
 * `dataState`). Parsers never throw, whatever the input.
 *
 * @module
 */
import type { CilEventName, WorkitemEventName } from './enums.js';
import type {
  AgentStateChange,
  CilError,
  ParseResult,
  Problem,
  QueueDataUpdate,
  Workitem,
} from './model.js';
import { parseAgentStateChange } from './parse-agent-state-change.js';
import { parseError } from './parse-error.js';
import { parseQueueDataUpdate } from './parse-queue-data-update.js';
import { parseWorkitem } from './parse-workitem.js';

export { parseAgentStateChange, parseError, parseQueueDataUpdate, parseWorkitem };
export { parseChannelInfo, parseEnabled, parseReasonCodeList } from './parse-request-results.js';

/** A validated event, tagged by name. */
export type ParsedEvent =
  | { readonly name: WorkitemEventName; readonly workitem: Workitem }
  | { readonly name: 'agentStateChange'; readonly change: AgentStateChange }
  | { readonly name: 'queueDataUpdate'; readonly update: QueueDataUpdate }
  | { readonly name: 'error'; readonly error: CilError };

/** Parses the payload of any named event. */
export function parseEvent(name: CilEventName, input: unknown): ParseResult<ParsedEvent> {
  // A switch of direct calls, not a callback per event: this is the entry of every event.
  switch (name) {
    case 'agentStateChange': {
      const result = parseAgentStateChange(input);
      return result.ok ? tagged({ name, change: result.value }, result) : result;
    }
    case 'queueDataUpdate': {
      const result = parseQueueDataUpdate(input);
      return result.ok ? tagged({ name, update: result.value }, result) : result;
    }
    case 'error': {
      const result = parseError(input);
      return result.ok ? tagged({ name, error: result.value }, result) : result;
    }
    default: {
      const result = parseWorkitem(name, input);
      return result.ok ? tagged({ name, workitem: result.value }, result) : result;
    }
  }
}

/** The accepted result of a parser, its value replaced by the tagged event. */
function tagged(
  event: ParsedEvent,
  result: { readonly warnings: readonly Problem[] },
): ParseResult<ParsedEvent> {
  return { ok: true, value: event, warnings: result.warnings };
}
