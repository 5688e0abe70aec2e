/**
 * The parser of the `error` event.
 *
 * @module
 */
import type { CilError, ParseResult } from './model.js';
import { guarded, notAnObject, ok } from './parse-outcome.js';
import { type ProblemLog, asRecord, readId, readText } from './parse-primitives.js';

/** Parses an `error` event. A bare string is taken as the message. */
export function parseError(input: unknown): ParseResult<CilError> {
  return guarded('error', input, errorBody);
}

function errorBody(log: ProblemLog, input: unknown): ParseResult<CilError> {
  // A bare string is read as the message of an error object: same bounds, same fallback.
  const record = typeof input === 'string' ? { message: input } : asRecord(input);
  if (!record) return notAnObject(log, input);
  let message = readText(record.message, log, 'message');
  if (message === undefined || message === '') {
    log.add('message', 'missing-field', 'error without message');
    message = 'Unknown error';
  }
  const version = readText(record.version, log, 'version');
  return ok(
    {
      requestId: readId(record.requestId, log, 'requestId') ?? null,
      message,
      ...(version !== undefined ? { version } : {}),
    },
    log,
  );
}
