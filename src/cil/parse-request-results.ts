/**
 * Parsers of what requests resolve to: `getReasonCodeList`, `getChannel`, and the
 * booleans of `isSendDtmfEnabled` and `isUpdateWorkitemDataEnabled`.
 *
 * @module
 */
import { AGENT_STATES, CHANNEL_TYPES } from './enums.js';
import type { Channel, ChannelInfo, ParseResult, ReasonCode, Workitem } from './model.js';
import { fail, guarded, notAnObject, ok } from './parse-outcome.js';
import {
  type ProblemLog,
  asRecord,
  pathOf,
  readArray,
  readEnum,
  readId,
  readReasonCode,
  readText,
  readTime,
  typeName,
} from './parse-primitives.js';
import { readWorkitem } from './parse-workitem.js';

/** Parses what `getReasonCodeList` resolves to; entries without id are dropped. */
export function parseReasonCodeList(input: unknown): ParseResult<readonly ReasonCode[]> {
  return guarded('getReasonCodeList', input, (log) => {
    if (!Array.isArray(input)) {
      return fail(log, {
        path: '',
        reason: 'wrong-type',
        detail: `expected a list, got ${typeName(input)}`,
      });
    }
    const codes: ReasonCode[] = [];
    (input as readonly unknown[]).forEach((item, index) => {
      const path = pathOf('', index);
      const record = asRecord(item);
      const id = readId(record?.id, log, pathOf(path, 'id'));
      if (!record || id === undefined) {
        log.add(path, 'missing-field', 'reason code without id dropped');
        return;
      }
      codes.push({ id, label: readText(record.label, log, pathOf(path, 'label')) ?? id });
    });
    return ok(codes, log);
  });
}

function readChannel(value: unknown, log: ProblemLog, path: string): Channel | undefined {
  const record = asRecord(value);
  const id = readId(record?.id, log, pathOf(path, 'id'));
  if (!record || id === undefined) return undefined;
  const type = readEnum(CHANNEL_TYPES, record.type, log, pathOf(path, 'type'));
  const workitems: Workitem[] = [];
  readArray(record.workitems, log, pathOf(path, 'workitems')).forEach((item, index) => {
    const itemPath = pathOf(pathOf(path, 'workitems'), index);
    const itemRecord = asRecord(item);
    const workitem = itemRecord ? readWorkitem(itemRecord, log, itemPath) : undefined;
    if (workitem) workitems.push(workitem);
    else log.add(itemPath, 'missing-field', 'workitem without id dropped');
  });
  return {
    id,
    ...(type ? { type } : {}),
    state: readEnum(AGENT_STATES, record.state, log, pathOf(path, 'state')) ?? 'Unknown',
    reasonCode: readReasonCode(record.reasonCode, log, pathOf(path, 'reasonCode')),
    reasonCodeLabel: readText(record.reasonCodeLabel, log, pathOf(path, 'reasonCodeLabel')) ?? '',
    stateChangeTime: readTime(record.stateChangeTime, log, pathOf(path, 'stateChangeTime')),
    workitems,
  };
}

/** Parses what `getChannel` resolves to. A missing channel (or channel id) rejects it. */
export function parseChannelInfo(input: unknown): ParseResult<ChannelInfo> {
  return guarded('getChannel', input, (log) => {
    const record = asRecord(input);
    if (!record) return notAnObject(log, input);
    const channel = readChannel(record.channel, log, 'channel');
    if (!channel) {
      return fail(log, {
        path: 'channel',
        reason: 'missing-field',
        detail: 'no channel with an id',
      });
    }
    const info: { -readonly [K in keyof ChannelInfo]: ChannelInfo[K] } = { channel };
    for (const key of [
      'activeDeviceId',
      'extension',
      'firstName',
      'agentId',
      'lastName',
      'loginName',
      'teamId',
    ] as const) {
      const text = readText(record[key], log, key);
      if (text !== undefined) info[key] = text;
    }
    return ok(info, log);
  });
}

/**
 * Parses the boolean result of `isSendDtmfEnabled` / `isUpdateWorkitemDataEnabled`:
 * `true`, `{ enabled: true }` (as some b+s versions resolve) or `"true"`.
 */
export function parseEnabled(input: unknown): ParseResult<boolean> {
  return guarded('enabled', input, (log) => {
    const value = asRecord(input)?.enabled ?? input;
    if (typeof value === 'boolean') return ok(value, log);
    if (value === 'true' || value === 'false') return ok(value === 'true', log);
    return fail(log, {
      path: '',
      reason: 'wrong-type',
      detail: `expected a boolean, got ${typeName(value)}`,
    });
  });
}
