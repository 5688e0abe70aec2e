/**
 * One entry point over every parser, by payload kind, and typed narrowing of its
 * results, so table-driven tests can name a kind and a payload.
 *
 * @module
 */
import {
  CIL_EVENT_NAMES,
  parseAgentStateChange,
  parseChannelInfo,
  parseEnabled,
  parseError,
  parseEvent,
  parseQueueDataUpdate,
  parseReasonCodeList,
  parseWorkitem,
  WORKITEM_EVENT_NAMES,
  type AgentStateChange,
  type ChannelInfo,
  type CilError,
  type ParsedEvent,
  type ParseResult,
  type PayloadKind,
  type QueueData,
  type QueueDataUpdate,
  type ReasonCode,
  type Workitem,
} from '../../src/cil/index.js';

/** Every payload kind a parser exists for. */
export const PAYLOAD_KINDS: readonly PayloadKind[] = [
  ...CIL_EVENT_NAMES,
  'getChannel',
  'getReasonCodeList',
  'enabled',
];

/** Parses `payload` as `kind`: events through `parseEvent`, request results through their parser. */
export function parseAs(kind: PayloadKind, payload: unknown): ParseResult<unknown> {
  switch (kind) {
    case 'getChannel':
      return parseChannelInfo(payload);
    case 'getReasonCodeList':
      return parseReasonCodeList(payload);
    case 'enabled':
      return parseEnabled(payload);
    default:
      return parseEvent(kind, payload);
  }
}

/**
 * Every exported parser applied to `payload` (each event name through `parseEvent`, and
 * the specific parsers directly), for tests that must hold for all of them.
 */
export function parseWithEveryParser(payload: unknown): ParseResult<unknown>[] {
  return [
    ...PAYLOAD_KINDS.map((kind) => parseAs(kind, payload)),
    ...WORKITEM_EVENT_NAMES.map((event) => parseWorkitem(event, payload)),
    parseAgentStateChange(payload),
    parseQueueDataUpdate(payload),
    parseError(payload),
  ];
}

function eventOf(value: unknown): ParsedEvent {
  const event = value as ParsedEvent;
  if (typeof event !== 'object' || event === null || typeof event.name !== 'string') {
    throw new Error(`expected a parsed event, got ${JSON.stringify(value)}`);
  }
  return event;
}

/** The workitem of a parsed workitem event. */
export function workitemOf(value: unknown): Workitem {
  const event = eventOf(value);
  if (!('workitem' in event)) throw new Error(`expected a workitem event, got ${event.name}`);
  return event.workitem;
}

/** The change of a parsed `agentStateChange`. */
export function changeOf(value: unknown): AgentStateChange {
  const event = eventOf(value);
  if (event.name !== 'agentStateChange')
    throw new Error(`expected agentStateChange, got ${event.name}`);
  return event.change;
}

/** The update of a parsed `queueDataUpdate`. */
export function updateOf(value: unknown): QueueDataUpdate {
  const event = eventOf(value);
  if (event.name !== 'queueDataUpdate')
    throw new Error(`expected queueDataUpdate, got ${event.name}`);
  return event.update;
}

/** The queues of a parsed ENABLED, ADDED or UPDATED `queueDataUpdate`. */
export function queuesOf(value: unknown): readonly QueueData[] {
  const update = updateOf(value);
  if (update.dataState === 'DELETED' || update.dataState === 'DISABLED') {
    throw new Error(`expected queues, got ${update.dataState}`);
  }
  return update.queueData;
}

/** The first queue of a parsed `queueDataUpdate`. */
export function firstQueueOf(value: unknown): QueueData {
  const [queue] = queuesOf(value);
  if (!queue) throw new Error('expected at least one queue');
  return queue;
}

/** The error of a parsed `error` event. */
export function errorOf(value: unknown): CilError {
  const event = eventOf(value);
  if (event.name !== 'error') throw new Error(`expected error, got ${event.name}`);
  return event.error;
}

/** A parsed `getChannel` result. */
export function channelInfoOf(value: unknown): ChannelInfo {
  return value as ChannelInfo;
}

/** A parsed `getReasonCodeList` result. */
export function reasonCodesOf(value: unknown): readonly ReasonCode[] {
  return value as readonly ReasonCode[];
}
