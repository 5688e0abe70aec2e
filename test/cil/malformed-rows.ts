/**
 * The table of malformed payloads: what is wrong with each, the event it is parsed as,
 * and the outcome the parsers must give. test/cil/malformed.test.ts checks every row;
 * the whole-stack fuzzing (test/hardening) feeds them through a cil into the elements.
 */
import {
  MAX_COUNT,
  MAX_KEYS,
  MAX_LIST_LENGTH,
  MAX_TEXT_LENGTH,
  type PayloadKind,
  type ProblemReason,
} from '../../src/cil/index.js';
import { fromJson } from './helpers.js';
import {
  changeOf,
  channelInfoOf,
  errorOf,
  firstQueueOf,
  queuesOf,
  reasonCodesOf,
  updateOf,
  workitemOf,
} from './parse-any.js';
import {
  AGENT_STATE_CHANGE,
  ERROR_EVENT,
  GET_CHANNEL,
  QUEUE_BILLING,
  QUEUE_DELETED,
  QUEUE_DISABLED,
  QUEUE_ENABLED,
  QUEUE_SALES,
  QUEUE_SUPPORT,
  QUEUE_UPDATED,
  REASON_CODE_LIST,
  WORKITEM_CONNECT,
} from './samples.js';

/** A problem as a row expects it. */
export interface Expected {
  readonly path: string;
  readonly reason: ProblemReason;
}

export interface RowBase {
  /** What is wrong with the payload. */
  readonly name: string;
  /** The event (or request result) it is parsed as. */
  readonly kind: PayloadKind;
  /** The payload; a function when it must be built fresh (hostile objects). */
  readonly payload: unknown;
}

/** The payload is rejected with `rejected`, after the listed warnings (default: none checked). */
export interface RejectedRow extends RowBase {
  readonly rejected: Expected;
  readonly warnings?: readonly Expected[];
}

/** The payload is accepted with exactly `warnings`, and `value(parsed)` deep-equals `equals`. */
export interface AcceptedRow extends RowBase {
  readonly warnings: readonly Expected[];
  readonly value: (parsed: unknown) => unknown;
  readonly equals: unknown;
}

export type Row = RejectedRow | AcceptedRow;

export const XSS = '<img src=x onerror=alert(1)>';
const ONE_MB = 'x'.repeat(1024 * 1024);

const rejected = (path: string, reason: ProblemReason): Expected => ({ path, reason });
const warn = rejected;

export function workitem(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...WORKITEM_CONNECT, ...changes };
}
function workitemWithout(key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...WORKITEM_CONNECT };
  delete copy[key];
  return copy;
}
function change(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...AGENT_STATE_CHANGE, ...changes };
}
function changeWithout(key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...AGENT_STATE_CHANGE };
  delete copy[key];
  return copy;
}
export function updated(queue: Record<string, unknown>): Record<string, unknown> {
  return { ...QUEUE_UPDATED, queueData: [queue] };
}
export function salesWith(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...QUEUE_SALES, ...changes };
}
function salesCounting(callsInQueue: unknown): Record<string, unknown> {
  return updated(salesWith({ statistics: { ...QUEUE_SALES.statistics, callsInQueue } }));
}
function salesWaitingSince(startTimeOfLongestCallInQueue: unknown): Record<string, unknown> {
  return updated(
    salesWith({ statistics: { ...QUEUE_SALES.statistics, startTimeOfLongestCallInQueue } }),
  );
}

const callsInQueue = (parsed: unknown): unknown => firstQueueOf(parsed).statistics.callsInQueue;
const hasCallsInQueue = (parsed: unknown): boolean =>
  'callsInQueue' in firstQueueOf(parsed).statistics;
const longestWait = (parsed: unknown): unknown =>
  firstQueueOf(parsed).statistics.startTimeOfLongestCallInQueue;
const connectedAt = (parsed: unknown): unknown => workitemOf(parsed).connectedAt;

export function throwingGetter(key: string, thrown: unknown): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...WORKITEM_CONNECT };
  Object.defineProperty(payload, key, {
    enumerable: true,
    get() {
      throw thrown;
    },
  });
  return payload;
}

export function throwingProxy(
  trap: 'get' | 'ownKeys' | 'has',
  target: object = { ...QUEUE_ENABLED },
): unknown {
  return new Proxy(target, {
    [trap]() {
      throw new Error(`hostile ${trap}`);
    },
  });
}

export function revokedProxy(): unknown {
  const { proxy, revoke } = Proxy.revocable({ ...AGENT_STATE_CHANGE }, {});
  revoke();
  return proxy;
}

export const ROWS: readonly Row[] = [
  // --- Not an object at all -------------------------------------------------------
  { name: 'null', kind: 'queueDataUpdate', payload: null, rejected: rejected('', 'not-an-object') },
  {
    name: 'undefined',
    kind: 'workitemCreate',
    payload: undefined,
    rejected: rejected('', 'not-an-object'),
  },
  {
    name: 'an empty array',
    kind: 'agentStateChange',
    payload: [],
    rejected: rejected('', 'not-an-object'),
  },
  {
    name: 'the queueData array instead of the event',
    kind: 'queueDataUpdate',
    payload: [QUEUE_SALES],
    rejected: rejected('', 'not-an-object'),
  },
  {
    name: 'a number',
    kind: 'workitemConnect',
    payload: 42,
    rejected: rejected('', 'not-an-object'),
  },
  {
    name: 'NaN',
    kind: 'queueDataUpdate',
    payload: Number.NaN,
    rejected: rejected('', 'not-an-object'),
  },
  {
    name: 'a string',
    kind: 'workitemEnd',
    payload: JSON.stringify(WORKITEM_CONNECT),
    rejected: rejected('', 'not-an-object'),
  },
  {
    name: 'a boolean',
    kind: 'agentStateChange',
    payload: true,
    rejected: rejected('', 'not-an-object'),
  },
  {
    name: 'an error as a number',
    kind: 'error',
    payload: 500,
    rejected: rejected('', 'not-an-object'),
  },
  {
    name: 'getChannel as null',
    kind: 'getChannel',
    payload: null,
    rejected: rejected('', 'not-an-object'),
  },
  {
    name: 'getReasonCodeList as an object',
    kind: 'getReasonCodeList',
    payload: { 12: 'Lunch' },
    rejected: rejected('', 'wrong-type'),
  },
  {
    name: 'enabled as "yes"',
    kind: 'enabled',
    payload: 'yes',
    rejected: rejected('', 'wrong-type'),
  },
  { name: 'enabled as 1', kind: 'enabled', payload: 1, rejected: rejected('', 'wrong-type') },

  // --- Missing identifiers --------------------------------------------------------
  {
    name: 'workitem without id',
    kind: 'workitemCreate',
    payload: workitemWithout('id'),
    rejected: rejected('id', 'missing-field'),
  },
  {
    name: 'workitem with a blank id',
    kind: 'workitemConnect',
    payload: workitem({ id: '   ' }),
    rejected: rejected('id', 'missing-field'),
  },
  {
    name: 'workitem with an object as id',
    kind: 'workitemPause',
    payload: workitem({ id: { value: 16777321 } }),
    rejected: rejected('id', 'missing-field'),
    warnings: [warn('id', 'wrong-type')],
  },
  {
    name: 'agentStateChange without channelId',
    kind: 'agentStateChange',
    payload: changeWithout('channelId'),
    rejected: rejected('channelId', 'missing-field'),
  },
  {
    name: 'agentStateChange with an empty channelId',
    kind: 'agentStateChange',
    payload: change({ channelId: '' }),
    rejected: rejected('channelId', 'missing-field'),
  },
  {
    name: 'agentStateChange without newState',
    kind: 'agentStateChange',
    payload: changeWithout('newState'),
    rejected: rejected('newState', 'missing-field'),
  },
  {
    name: 'UPDATED whose only queue has no id',
    kind: 'queueDataUpdate',
    payload: updated(salesWith({ id: undefined })),
    rejected: rejected('queueData', 'missing-field'),
    warnings: [warn('queueData[0].id', 'missing-field')],
  },
  {
    name: 'ENABLED containing a queue without id: dropped, others kept',
    kind: 'queueDataUpdate',
    payload: {
      ...QUEUE_ENABLED,
      queueData: [QUEUE_SALES, { ...QUEUE_SUPPORT, id: '' }, QUEUE_BILLING],
    },
    warnings: [warn('queueData[1].id', 'missing-field')],
    value: (parsed) => queuesOf(parsed).map((queue) => queue.id),
    equals: ['5001', '5003'],
  },
  {
    name: 'ENABLED containing null and a string among queues',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_ENABLED, queueData: [null, QUEUE_SALES, 'Support'] },
    warnings: [warn('queueData[0]', 'not-an-object'), warn('queueData[2]', 'not-an-object')],
    value: (parsed) => queuesOf(parsed).map((queue) => queue.id),
    equals: ['5001'],
  },
  {
    name: 'DELETED without id',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_DELETED, queueData: [{}] },
    rejected: rejected('queueData', 'missing-field'),
    warnings: [warn('queueData[0].id', 'missing-field')],
  },
  {
    name: 'DELETED with an empty array',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_DELETED, queueData: [] },
    rejected: rejected('queueData', 'missing-field'),
  },
  {
    name: 'DELETED with extra fields besides the id: only the id counts',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_DELETED, queueData: [QUEUE_SALES] },
    warnings: [],
    value: (parsed) => updateOf(parsed),
    equals: { dataState: 'DELETED', version: '1.0', deletedIds: ['5001'] },
  },
  {
    name: 'DELETED with bare ids instead of objects',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_DELETED, queueData: ['5001', 5002] },
    warnings: [],
    value: (parsed) => updateOf(parsed),
    equals: { dataState: 'DELETED', version: '1.0', deletedIds: ['5001', '5002'] },
  },
  {
    name: 'getChannel whose channel has no id',
    kind: 'getChannel',
    payload: { ...GET_CHANNEL, channel: { ...GET_CHANNEL.channel, id: undefined } },
    rejected: rejected('channel', 'missing-field'),
  },
  {
    name: 'getChannel with a workitem without id: dropped, channel kept',
    kind: 'getChannel',
    payload: {
      ...GET_CHANNEL,
      channel: { ...GET_CHANNEL.channel, workitems: [workitemWithout('id'), WORKITEM_CONNECT] },
    },
    warnings: [warn('channel.workitems[0]', 'missing-field')],
    value: (parsed) => channelInfoOf(parsed).channel.workitems.map((item) => item.id),
    equals: ['16777321'],
  },
  {
    name: 'getReasonCodeList with an entry without id',
    kind: 'getReasonCodeList',
    payload: [{ label: 'Lunch' }, ...REASON_CODE_LIST],
    warnings: [warn('[0]', 'missing-field')],
    value: (parsed) => reasonCodesOf(parsed).map((code) => code.id),
    equals: ['12', '13', '14'],
  },

  // --- Missing optional fields: defaults, no noise --------------------------------
  {
    name: 'agentStateChange with only channelId and newState',
    kind: 'agentStateChange',
    payload: { channelId: 'voice_-1', newState: 'Ready' },
    warnings: [],
    value: (parsed) => changeOf(parsed),
    equals: {
      channelId: 'voice_-1',
      newState: 'Ready',
      newReasonCode: null,
      newReasonCodeLabel: '',
      newStateChangeTime: null,
      oldState: 'Unknown',
      oldReasonCode: null,
      oldReasonCodeLabel: '',
      oldStateChangeTime: null,
    },
  },
  {
    name: 'workitem with only id and state',
    kind: 'workitemCreate',
    payload: { id: 7, state: 'Offered' },
    warnings: [],
    value: (parsed) => workitemOf(parsed),
    equals: {
      id: '7',
      state: 'Offered',
      associations: [],
      capabilities: [],
      classification: 'Unknown',
      connectedAt: null,
      ctiData: {},
      participants: [],
      participantLookupResult: [],
    },
  },
  {
    name: 'workitem without channelId: accepted (optional in the model)',
    kind: 'workitemConnect',
    payload: workitemWithout('channelId'),
    warnings: [],
    value: (parsed) => workitemOf(parsed).channelId,
    equals: undefined,
  },
  {
    name: 'workitem without state',
    kind: 'workitemConnect',
    payload: workitemWithout('state'),
    warnings: [warn('state', 'missing-field')],
    value: (parsed) => workitemOf(parsed).state,
    equals: 'Unknown',
  },
  {
    name: 'a queue without name: shown as its id',
    kind: 'queueDataUpdate',
    payload: updated(salesWith({ name: undefined })),
    warnings: [warn('queueData[0].name', 'missing-field')],
    value: (parsed) => firstQueueOf(parsed).name,
    equals: '5001',
  },
  {
    name: 'a queue without statistics',
    kind: 'queueDataUpdate',
    payload: updated({ id: '5001', name: 'Sales' }),
    warnings: [warn('queueData[0].statistics', 'missing-field')],
    value: (parsed) => firstQueueOf(parsed),
    equals: { id: '5001', name: 'Sales', statistics: { startTimeOfLongestCallInQueue: null } },
  },
  {
    name: 'a queue channel other than Voice: kept as text',
    kind: 'queueDataUpdate',
    payload: updated(salesWith({ channel: 'Chat' })),
    warnings: [],
    value: (parsed) => firstQueueOf(parsed).channel,
    equals: 'Chat',
  },
  {
    name: 'an ENABLED with no queues at all',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_ENABLED, queueData: [] },
    warnings: [],
    value: (parsed) => queuesOf(parsed),
    equals: [],
  },

  // --- Wrong field types ----------------------------------------------------------
  {
    name: 'participants as a string',
    kind: 'workitemConnect',
    payload: workitem({ participants: '+41445551234' }),
    warnings: [warn('participants', 'wrong-type')],
    value: (parsed) => workitemOf(parsed).participants,
    equals: [],
  },
  {
    name: 'ctiData as an array',
    kind: 'callVariableChanged',
    payload: workitem({ ctiData: ['callVariable1'] }),
    warnings: [warn('ctiData', 'wrong-type')],
    value: (parsed) => workitemOf(parsed).ctiData,
    equals: {},
  },
  {
    name: 'a ctiData value that is an object',
    kind: 'callVariableChanged',
    payload: workitem({ ctiData: { callVariable1: { nested: true }, callVariable2: 'Gold' } }),
    warnings: [warn('ctiData.callVariable1', 'wrong-type')],
    value: (parsed) => workitemOf(parsed).ctiData,
    equals: { callVariable2: 'Gold' },
  },
  {
    name: 'capabilities as an object',
    kind: 'workitemConnect',
    payload: workitem({ capabilities: { Hold: true } }),
    warnings: [warn('capabilities', 'wrong-type')],
    value: (parsed) => workitemOf(parsed).capabilities,
    equals: [],
  },
  {
    name: 'associatedParticipant without id',
    kind: 'workitemConnect',
    payload: workitem({ associatedParticipant: { name: 'Abel Tuter', recordType: 'contact' } }),
    warnings: [warn('associatedParticipant.id', 'missing-field')],
    value: (parsed) => workitemOf(parsed).associatedParticipant,
    equals: undefined,
  },
  {
    name: 'queueData as an object',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_UPDATED, queueData: QUEUE_SALES },
    rejected: rejected('queueData', 'wrong-type'),
  },
  {
    name: 'statistics as null',
    kind: 'queueDataUpdate',
    payload: updated(salesWith({ statistics: null })),
    warnings: [warn('queueData[0].statistics', 'wrong-type')],
    value: (parsed) => firstQueueOf(parsed).statistics,
    equals: { startTimeOfLongestCallInQueue: null },
  },
  {
    name: 'a queue name that is an object: shown as its id',
    kind: 'queueDataUpdate',
    payload: updated(salesWith({ name: { de: 'Verkauf' } })),
    warnings: [warn('queueData[0].name', 'wrong-type'), warn('queueData[0].name', 'missing-field')],
    value: (parsed) => firstQueueOf(parsed).name,
    equals: '5001',
  },

  // --- Queue counters -------------------------------------------------------------
  {
    name: 'a negative count',
    kind: 'queueDataUpdate',
    payload: salesCounting(-5),
    warnings: [warn('queueData[0].statistics.callsInQueue', 'out-of-range')],
    value: hasCallsInQueue,
    equals: false,
  },
  {
    name: 'a NaN count',
    kind: 'queueDataUpdate',
    payload: salesCounting(Number.NaN),
    warnings: [warn('queueData[0].statistics.callsInQueue', 'out-of-range')],
    value: hasCallsInQueue,
    equals: false,
  },
  {
    name: 'an Infinity count',
    kind: 'queueDataUpdate',
    payload: salesCounting(Number.POSITIVE_INFINITY),
    warnings: [warn('queueData[0].statistics.callsInQueue', 'out-of-range')],
    value: hasCallsInQueue,
    equals: false,
  },
  {
    name: 'a huge count',
    kind: 'queueDataUpdate',
    payload: salesCounting(MAX_COUNT + 1),
    warnings: [warn('queueData[0].statistics.callsInQueue', 'out-of-range')],
    value: hasCallsInQueue,
    equals: false,
  },
  {
    name: 'the largest plausible count',
    kind: 'queueDataUpdate',
    payload: salesCounting(MAX_COUNT),
    warnings: [],
    value: callsInQueue,
    equals: MAX_COUNT,
  },
  {
    name: 'a fractional count',
    kind: 'queueDataUpdate',
    payload: salesCounting(2.5),
    warnings: [warn('queueData[0].statistics.callsInQueue', 'out-of-range')],
    value: hasCallsInQueue,
    equals: false,
  },
  {
    name: 'a numeric-string count',
    kind: 'queueDataUpdate',
    payload: salesCounting('12'),
    warnings: [],
    value: callsInQueue,
    equals: 12,
  },
  {
    name: 'a "-1" string count: not available, silently',
    kind: 'queueDataUpdate',
    payload: salesCounting('-1'),
    warnings: [],
    value: hasCallsInQueue,
    equals: false,
  },
  {
    name: 'a word as count',
    kind: 'queueDataUpdate',
    payload: salesCounting('many'),
    warnings: [warn('queueData[0].statistics.callsInQueue', 'wrong-type')],
    value: hasCallsInQueue,
    equals: false,
  },
  {
    name: 'a 400-digit string count (overflows to Infinity)',
    kind: 'queueDataUpdate',
    payload: salesCounting('9'.repeat(400)),
    warnings: [warn('queueData[0].statistics.callsInQueue', 'out-of-range')],
    value: hasCallsInQueue,
    equals: false,
  },
  {
    name: 'a boolean count',
    kind: 'queueDataUpdate',
    payload: salesCounting(true),
    warnings: [warn('queueData[0].statistics.callsInQueue', 'wrong-type')],
    value: hasCallsInQueue,
    equals: false,
  },

  // --- dataState ------------------------------------------------------------------
  {
    name: 'an unknown dataState',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_UPDATED, dataState: 'REMOVED' },
    rejected: rejected('dataState', 'unknown-value'),
  },
  {
    name: 'a lower-case dataState',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_ENABLED, dataState: 'enabled' },
    rejected: rejected('dataState', 'unknown-value'),
  },
  {
    name: 'no dataState',
    kind: 'queueDataUpdate',
    payload: { event: 'queueDataUpdate', queueData: [QUEUE_SALES] },
    rejected: rejected('dataState', 'missing-field'),
  },
  {
    name: 'a null dataState',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_ENABLED, dataState: null },
    rejected: rejected('dataState', 'missing-field'),
  },
  {
    name: 'a numeric dataState',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_ENABLED, dataState: 2 },
    rejected: rejected('dataState', 'wrong-type'),
  },
  {
    name: 'DISABLED with a non-empty array: entries ignored',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_DISABLED, queueData: [QUEUE_SALES] },
    warnings: [warn('queueData', 'out-of-range')],
    value: (parsed) => updateOf(parsed),
    equals: { dataState: 'DISABLED', version: '1.0' },
  },
  {
    name: 'duplicate queue ids in ENABLED: the last one wins',
    kind: 'queueDataUpdate',
    payload: {
      ...QUEUE_ENABLED,
      queueData: [QUEUE_SALES, QUEUE_BILLING, { ...QUEUE_SALES, name: 'Sales (new)' }],
    },
    warnings: [warn('queueData[2]', 'out-of-range')],
    value: (parsed) => queuesOf(parsed).map((queue) => [queue.id, queue.name]),
    equals: [
      ['5001', 'Sales (new)'],
      ['5003', 'Billing'],
    ],
  },

  // --- Unknown enumerated values --------------------------------------------------
  {
    name: 'an unknown newState: Unknown',
    kind: 'agentStateChange',
    payload: change({ newState: 'Talking' }),
    warnings: [warn('newState', 'unknown-value')],
    value: (parsed) => changeOf(parsed).newState,
    equals: 'Unknown',
  },
  {
    name: 'a numeric oldState: Unknown',
    kind: 'agentStateChange',
    payload: change({ oldState: 3 }),
    warnings: [warn('oldState', 'wrong-type')],
    value: (parsed) => changeOf(parsed).oldState,
    equals: 'Unknown',
  },
  {
    name: 'an unknown workitem state: Unknown',
    kind: 'workitemConnect',
    payload: workitem({ state: 'Ringing' }),
    warnings: [warn('state', 'unknown-value')],
    value: (parsed) => workitemOf(parsed).state,
    equals: 'Unknown',
  },
  {
    name: 'a null workitem state: Unknown',
    kind: 'workitemConnect',
    payload: workitem({ state: null }),
    warnings: [warn('state', 'missing-field')],
    value: (parsed) => workitemOf(parsed).state,
    equals: 'Unknown',
  },
  {
    name: 'an unknown classification: Unknown',
    kind: 'workitemCreate',
    payload: workitem({ classification: 'VIP' }),
    warnings: [warn('classification', 'unknown-value')],
    value: (parsed) => workitemOf(parsed).classification,
    equals: 'Unknown',
  },
  {
    name: 'an unknown escalationLevel: absent (the reference has no Unknown level)',
    kind: 'queueDataUpdate',
    payload: updated(salesWith({ escalationLevel: 'Severe' })),
    warnings: [warn('queueData[0].escalationLevel', 'unknown-value')],
    value: (parsed) => 'escalationLevel' in firstQueueOf(parsed),
    equals: false,
  },
  {
    name: 'an unknown workitem channelType: absent',
    kind: 'workitemCreate',
    payload: workitem({ channelType: 'Video' }),
    warnings: [warn('channelType', 'unknown-value')],
    value: (parsed) => workitemOf(parsed).channelType,
    equals: undefined,
  },
  {
    name: 'an unknown agentStateChange channelType: absent',
    kind: 'agentStateChange',
    payload: change({ channelType: 'SMS' }),
    warnings: [warn('channelType', 'unknown-value')],
    value: (parsed) => changeOf(parsed).channelType,
    equals: undefined,
  },
  {
    name: 'an unknown outboundClassification: dropped from ctiData',
    kind: 'workitemCreate',
    payload: workitem({ ctiData: { outboundClassification: 'ROBOT', callType: 'OUT' } }),
    warnings: [warn('ctiData.outboundClassification', 'unknown-value')],
    value: (parsed) => workitemOf(parsed).ctiData,
    equals: { callType: 'OUT' },
  },
  {
    name: 'an unknown direction: absent',
    kind: 'workitemCreate',
    payload: workitem({ direction: 'Sideways' }),
    warnings: [warn('direction', 'unknown-value')],
    value: (parsed) => workitemOf(parsed).direction,
    equals: undefined,
  },
  {
    name: 'an unknown channel state in getChannel: Unknown',
    kind: 'getChannel',
    payload: { ...GET_CHANNEL, channel: { ...GET_CHANNEL.channel, state: 'Busy' } },
    warnings: [warn('channel.state', 'unknown-value')],
    value: (parsed) => channelInfoOf(parsed).channel.state,
    equals: 'Unknown',
  },

  // --- Reason codes ---------------------------------------------------------------
  {
    name: 'a "-1" string reason code: none',
    kind: 'agentStateChange',
    payload: change({ newReasonCode: '-1' }),
    warnings: [],
    value: (parsed) => changeOf(parsed).newReasonCode,
    equals: null,
  },
  {
    name: 'a fractional reason code',
    kind: 'agentStateChange',
    payload: change({ newReasonCode: 12.5 }),
    warnings: [warn('newReasonCode', 'out-of-range')],
    value: (parsed) => changeOf(parsed).newReasonCode,
    equals: null,
  },
  {
    name: 'a word as reason code',
    kind: 'agentStateChange',
    payload: change({ newReasonCode: 'Lunch' }),
    warnings: [warn('newReasonCode', 'wrong-type')],
    value: (parsed) => changeOf(parsed).newReasonCode,
    equals: null,
  },

  // --- Times ----------------------------------------------------------------------
  {
    name: "connectedAt 'yesterday'",
    kind: 'workitemConnect',
    payload: workitem({ connectedAt: 'yesterday' }),
    warnings: [warn('connectedAt', 'invalid-time')],
    value: connectedAt,
    equals: null,
  },
  {
    name: "connectedAt '2020-13-45T99:99:99Z'",
    kind: 'workitemConnect',
    payload: workitem({ connectedAt: '2020-13-45T99:99:99Z' }),
    warnings: [warn('connectedAt', 'invalid-time')],
    value: connectedAt,
    equals: null,
  },
  {
    name: "connectedAt '2020-02-30T10:00:00Z' (no rolling over to March)",
    kind: 'workitemConnect',
    payload: workitem({ connectedAt: '2020-02-30T10:00:00Z' }),
    warnings: [warn('connectedAt', 'invalid-time')],
    value: connectedAt,
    equals: null,
  },
  {
    name: "connectedAt '2020-07-28T25:00:00Z'",
    kind: 'workitemConnect',
    payload: workitem({ connectedAt: '2020-07-28T25:00:00Z' }),
    warnings: [warn('connectedAt', 'invalid-time')],
    value: connectedAt,
    equals: null,
  },
  {
    name: 'connectedAt with a +25:00 offset',
    kind: 'workitemConnect',
    payload: workitem({ connectedAt: '2020-07-28T09:51:17+25:00' }),
    warnings: [warn('connectedAt', 'invalid-time')],
    value: connectedAt,
    equals: null,
  },
  {
    name: "connectedAt '' (not connected yet): null, silently",
    kind: 'workitemConnect',
    payload: workitem({ connectedAt: '' }),
    warnings: [],
    value: connectedAt,
    equals: null,
  },
  {
    name: 'connectedAt 0',
    kind: 'workitemConnect',
    payload: workitem({ connectedAt: 0 }),
    warnings: [warn('connectedAt', 'invalid-time')],
    value: connectedAt,
    equals: null,
  },
  {
    name: 'connectedAt 1e20 (beyond what a Date holds)',
    kind: 'workitemConnect',
    payload: workitem({ connectedAt: 1e20 }),
    warnings: [warn('connectedAt', 'invalid-time')],
    value: connectedAt,
    equals: null,
  },
  {
    name: 'newStateChangeTime as a boolean',
    kind: 'agentStateChange',
    payload: change({ newStateChangeTime: true }),
    warnings: [warn('newStateChangeTime', 'invalid-time')],
    value: (parsed) => changeOf(parsed).newStateChangeTime,
    equals: null,
  },
  {
    name: "startTimeOfLongestCallInQueue 'yesterday'",
    kind: 'queueDataUpdate',
    payload: salesWaitingSince('yesterday'),
    warnings: [warn('queueData[0].statistics.startTimeOfLongestCallInQueue', 'invalid-time')],
    value: longestWait,
    equals: null,
  },
  {
    name: 'startTimeOfLongestCallInQueue as a number of seconds',
    kind: 'queueDataUpdate',
    payload: salesWaitingSince(-60),
    warnings: [warn('queueData[0].statistics.startTimeOfLongestCallInQueue', 'invalid-time')],
    value: longestWait,
    equals: null,
  },

  // --- Markup is text, kept verbatim ----------------------------------------------
  {
    name: 'markup in a queue name',
    kind: 'queueDataUpdate',
    payload: updated(salesWith({ name: XSS })),
    warnings: [],
    value: (parsed) => firstQueueOf(parsed).name,
    equals: XSS,
  },
  {
    name: 'markup in a CRM record name',
    kind: 'workitemConnect',
    payload: workitem({ associatedParticipant: { id: 'c1', name: XSS, recordType: 'contact' } }),
    warnings: [],
    value: (parsed) => workitemOf(parsed).associatedParticipant?.name,
    equals: XSS,
  },
  {
    name: 'markup in a lookup result name',
    kind: 'workitemCreate',
    payload: workitem({
      participantLookupResult: [{ id: 'c2', name: XSS, recordType: 'contact' }],
    }),
    warnings: [],
    value: (parsed) => workitemOf(parsed).participantLookupResult[0]?.name,
    equals: XSS,
  },
  {
    name: 'markup in an error message',
    kind: 'error',
    payload: { ...ERROR_EVENT, message: XSS },
    warnings: [],
    value: (parsed) => errorOf(parsed).message,
    equals: XSS,
  },
  {
    name: 'markup in a reason code label',
    kind: 'agentStateChange',
    payload: change({ newReasonCodeLabel: XSS }),
    warnings: [],
    value: (parsed) => changeOf(parsed).newReasonCodeLabel,
    equals: XSS,
  },
  {
    name: 'markup in an ECC variable',
    kind: 'callVariableChanged',
    payload: workitem({ ctiData: { 'user.Note': XSS } }),
    warnings: [],
    value: (parsed) => workitemOf(parsed).ctiData['user.Note'],
    equals: XSS,
  },

  // --- Runaway text ---------------------------------------------------------------
  {
    name: 'a 1 MB queue name',
    kind: 'queueDataUpdate',
    payload: updated(salesWith({ name: ONE_MB })),
    warnings: [warn('queueData[0].name', 'out-of-range')],
    value: (parsed) => firstQueueOf(parsed).name,
    equals: ONE_MB.slice(0, MAX_TEXT_LENGTH),
  },
  {
    name: 'a 1 MB error message',
    kind: 'error',
    payload: { ...ERROR_EVENT, message: ONE_MB },
    warnings: [warn('message', 'out-of-range')],
    value: (parsed) => errorOf(parsed).message.length,
    equals: MAX_TEXT_LENGTH,
  },
  {
    name: 'a 1 MB bare-string error',
    kind: 'error',
    payload: ONE_MB,
    warnings: [warn('message', 'out-of-range')],
    value: (parsed) => errorOf(parsed).message.length,
    equals: MAX_TEXT_LENGTH,
  },
  {
    name: 'a 1 MB call variable',
    kind: 'callVariableChanged',
    payload: workitem({ ctiData: { callVariable1: ONE_MB } }),
    warnings: [warn('ctiData.callVariable1', 'out-of-range')],
    value: (parsed) => workitemOf(parsed).ctiData.callVariable1?.length,
    equals: MAX_TEXT_LENGTH,
  },

  {
    name: 'a 1 MB unknown extra field on a workitem',
    kind: 'workitemConnect',
    payload: workitem({ futureField: ONE_MB }),
    warnings: [warn('futureField', 'out-of-range')],
    value: (parsed) => (workitemOf(parsed).extra?.futureField as string).length,
    equals: MAX_TEXT_LENGTH,
  },
  {
    name: '10,000 participants',
    kind: 'workitemConnect',
    payload: workitem({
      participants: Array.from({ length: 10_000 }, (_, i) => ({ address: `${i}` })),
    }),
    warnings: [warn('participants', 'out-of-range')],
    value: (parsed) => workitemOf(parsed).participants.length,
    equals: MAX_LIST_LENGTH,
  },
  {
    name: '5,000 ECC variables in ctiData',
    kind: 'callVariableChanged',
    payload: workitem({
      ctiData: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`user.v${i}`, 'x'])),
    }),
    warnings: [warn('ctiData', 'out-of-range')],
    value: (parsed) => Object.keys(workitemOf(parsed).ctiData).length,
    equals: MAX_KEYS,
  },
  {
    name: 'DELETED naming the same id twice: one id',
    kind: 'queueDataUpdate',
    payload: { ...QUEUE_DELETED, queueData: [{ id: 'q1' }, { id: 'q1' }] },
    warnings: [],
    value: (parsed) => (updateOf(parsed) as { deletedIds: readonly string[] }).deletedIds,
    equals: ['q1'],
  },

  // --- error payloads -------------------------------------------------------------
  {
    name: 'an error without message',
    kind: 'error',
    payload: { event: 'error', requestId: 'req-9' },
    warnings: [warn('message', 'missing-field')],
    value: (parsed) => errorOf(parsed),
    equals: { requestId: 'req-9', message: 'Unknown error' },
  },
  {
    name: 'an empty bare-string error',
    kind: 'error',
    payload: '',
    warnings: [warn('message', 'missing-field')],
    value: (parsed) => errorOf(parsed).message,
    equals: 'Unknown error',
  },
  {
    name: 'an error with a numeric message and requestId',
    kind: 'error',
    payload: { event: 'error', requestId: 17, message: 404 },
    warnings: [],
    value: (parsed) => errorOf(parsed),
    equals: { requestId: '17', message: '404' },
  },

  // --- Hostile objects: rejected, never thrown ------------------------------------
  {
    name: 'a getter on id that throws',
    kind: 'workitemConnect',
    payload: throwingGetter('id', new Error('boom')),
    rejected: rejected('', 'wrong-type'),
  },
  {
    name: 'a getter on ctiData that throws a non-Error',
    kind: 'callVariableChanged',
    payload: throwingGetter('ctiData', 'just a string'),
    rejected: rejected('', 'wrong-type'),
  },
  {
    name: 'a getter that throws an object whose toString throws',
    kind: 'workitemEnd',
    payload: throwingGetter('state', Object.create(null) as unknown),
    rejected: rejected('', 'wrong-type'),
  },
  {
    name: 'a Proxy whose get trap throws',
    kind: 'queueDataUpdate',
    payload: throwingProxy('get'),
    rejected: rejected('', 'wrong-type'),
  },
  {
    name: 'a Proxy whose ownKeys trap throws (a workitem keeps its extra fields)',
    kind: 'workitemConnect',
    payload: throwingProxy('ownKeys', { ...WORKITEM_CONNECT }),
    rejected: rejected('', 'wrong-type'),
  },
  {
    name: 'a revoked Proxy',
    kind: 'agentStateChange',
    payload: revokedProxy(),
    rejected: rejected('', 'wrong-type'),
  },
  {
    name: 'a throwing getter deep inside one queue of ENABLED',
    kind: 'queueDataUpdate',
    payload: {
      ...QUEUE_ENABLED,
      queueData: [
        QUEUE_BILLING,
        Object.defineProperty({ ...QUEUE_SALES }, 'statistics', {
          enumerable: true,
          get() {
            throw new Error('boom');
          },
        }),
      ],
    },
    rejected: rejected('', 'wrong-type'),
  },

  // --- Prototype pollution --------------------------------------------------------
  {
    name: '__proto__ object in ctiData',
    kind: 'callVariableChanged',
    payload: fromJson(
      '{"id":"1","state":"Active","ctiData":{"__proto__":{"polluted":"yes"},"callVariable1":"a"}}',
    ),
    warnings: [warn('ctiData.__proto__', 'wrong-type')],
    value: (parsed) => {
      const { ctiData } = workitemOf(parsed);
      return [Object.getPrototypeOf(ctiData) === Object.prototype, Object.keys(ctiData)];
    },
    equals: [true, ['callVariable1']],
  },
  {
    name: '__proto__ text in ctiData: kept as an own key, prototype untouched',
    kind: 'callVariableChanged',
    payload: fromJson('{"id":"1","state":"Active","ctiData":{"__proto__":"x","constructor":"y"}}'),
    warnings: [],
    value: (parsed) => {
      const { ctiData } = workitemOf(parsed);
      return [
        Object.getPrototypeOf(ctiData) === Object.prototype,
        Object.getOwnPropertyDescriptor(ctiData, '__proto__')?.value,
        ctiData.constructor,
      ];
    },
    equals: [true, 'x', 'y'],
  },
  {
    name: '__proto__ at the top of a workitem: an own key of extra, prototype untouched',
    kind: 'workitemConnect',
    payload: fromJson('{"id":"1","state":"Active","__proto__":{"polluted":"yes"}}'),
    warnings: [],
    value: (parsed) => {
      const extra = workitemOf(parsed).extra ?? {};
      return [
        Object.getPrototypeOf(extra) === Object.prototype,
        'polluted' in extra,
        Object.keys(extra),
      ];
    },
    equals: [true, false, ['__proto__']],
  },
  {
    name: '__proto__ in a queue',
    kind: 'queueDataUpdate',
    payload: fromJson(
      '{"dataState":"ADDED","queueData":[{"id":"q","name":"Q","statistics":{},"__proto__":{"polluted":"yes"}}]}',
    ),
    warnings: [],
    value: (parsed) => {
      const extra = firstQueueOf(parsed).extra ?? {};
      return [Object.getPrototypeOf(extra) === Object.prototype, 'polluted' in extra];
    },
    equals: [true, false],
  },
];
