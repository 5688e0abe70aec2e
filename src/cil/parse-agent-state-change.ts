/**
 * The parser of the `agentStateChange` event.
 *
 * @module
 */
import { AGENT_STATES, CHANNEL_TYPES } from './enums.js';
import type { AgentStateChange, ParseResult } from './model.js';
import { fail, guarded, notAnObject, ok } from './parse-outcome.js';
import {
  type ProblemLog,
  asRecord,
  extraFields,
  readEnum,
  readId,
  readReasonCode,
  readText,
  readTime,
} from './parse-primitives.js';

const AGENT_STATE_CHANGE_FIELDS = new Set([
  'event',
  'version',
  'requestId',
  'channelType',
  'channelId',
  'newState',
  'newReasonCode',
  'newReasonCodeLabel',
  'newStateChangeTime',
  'oldState',
  'oldReasonCode',
  'oldReasonCodeLabel',
  'oldStateChangeTime',
]);

/** Parses an `agentStateChange` event. A missing `channelId` or `newState` rejects it. */
export function parseAgentStateChange(input: unknown): ParseResult<AgentStateChange> {
  return guarded('agentStateChange', input, agentStateChangeBody);
}

function agentStateChangeBody(log: ProblemLog, input: unknown): ParseResult<AgentStateChange> {
  const record = asRecord(input);
  if (!record) return notAnObject(log, input);
  const channelId = readId(record.channelId, log, 'channelId');
  if (channelId === undefined) {
    return fail(log, { path: 'channelId', reason: 'missing-field', detail: 'no channelId' });
  }
  if (record.newState === undefined || record.newState === null || record.newState === '') {
    return fail(log, { path: 'newState', reason: 'missing-field', detail: 'no newState' });
  }
  const newState = readEnum(AGENT_STATES, record.newState, log, 'newState') ?? 'Unknown';
  const oldState = readEnum(AGENT_STATES, record.oldState, log, 'oldState') ?? 'Unknown';
  const channelType = readEnum(CHANNEL_TYPES, record.channelType, log, 'channelType');
  const version = readText(record.version, log, 'version');
  const requestId = readId(record.requestId, log, 'requestId');
  const extra = extraFields(record, AGENT_STATE_CHANGE_FIELDS, log, '');
  return ok(
    {
      channelId,
      ...(channelType ? { channelType } : {}),
      ...(version !== undefined ? { version } : {}),
      ...(requestId !== undefined ? { requestId } : {}),
      newState,
      newReasonCode: readReasonCode(record.newReasonCode, log, 'newReasonCode'),
      newReasonCodeLabel: readText(record.newReasonCodeLabel, log, 'newReasonCodeLabel') ?? '',
      newStateChangeTime: readTime(record.newStateChangeTime, log, 'newStateChangeTime'),
      oldState,
      oldReasonCode: readReasonCode(record.oldReasonCode, log, 'oldReasonCode'),
      oldReasonCodeLabel: readText(record.oldReasonCodeLabel, log, 'oldReasonCodeLabel') ?? '',
      oldStateChangeTime: readTime(record.oldStateChangeTime, log, 'oldStateChangeTime'),
      ...(extra ? { extra } : {}),
    },
    log,
  );
}
