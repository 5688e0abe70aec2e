/**
 * Malformed payloads, one per kind, for testing how consumers cope with what a real
 * system may send: missing ids, unknown states, wrong types, HTML in names...
 *
 * @module
 */
import type { CilEventName, WireQueueData } from '../cil/index.js';
import { emptyCounts } from './contact-centre.js';
import { API_VERSION, iso } from './payloads.js';

/** The kinds of malformed payload `injectMalformed` can send. */
export const MALFORMED_KINDS = [
  'missing-queue-id',
  'unknown-data-state',
  'string-counts',
  'negative-counts',
  'invalid-time',
  'html-in-name',
  'not-an-object',
  'unknown-workitem',
  'double-delete',
  'wrong-types',
  'unknown-agent-state',
  'missing-workitem-id',
  'huge-counts',
] as const;

/** One kind of malformed payload. */
export type MalformedKind = (typeof MALFORMED_KINDS)[number];

/** A payload to dispatch as if it came from b+s Connects. */
export interface MalformedPayload {
  /** The event whose callbacks receive it. */
  readonly event: CilEventName;
  /** The (malformed) payload. */
  readonly data: unknown;
}

/** What the builders may base a payload on. */
export interface MalformedContext {
  /** A real queue's current payload, if any queue exists. */
  readonly queue: WireQueueData | undefined;
  /** The channel id of the flavour. */
  readonly channelId: string;
  /** Simulated time now, epoch ms. */
  readonly now: number;
}

function updated(queue: unknown): unknown {
  return {
    event: 'queueDataUpdate',
    version: API_VERSION,
    dataState: 'UPDATED',
    queueData: [queue],
  };
}

const FALLBACK_QUEUE: WireQueueData = {
  id: '5001',
  name: 'Sales',
  channel: 'Voice',
  escalationLevel: 'Normal',
  statistics: {
    ...emptyCounts(),
    callsInQueue: 0,
    startTimeOfLongestCallInQueue: '',
  },
};

/**
 * The payloads of one malformed kind (usually one; `double-delete` gives the second
 * DELETED only: the simulator sends the real first one itself).
 */
export function malformedPayloads(kind: MalformedKind, ctx: MalformedContext): MalformedPayload[] {
  const queue = ctx.queue ?? FALLBACK_QUEUE;
  const stats = queue.statistics;
  switch (kind) {
    case 'missing-queue-id': {
      const { id: _id, ...rest } = queue;
      return [{ event: 'queueDataUpdate', data: updated(rest) }];
    }
    case 'unknown-data-state':
      return [
        {
          event: 'queueDataUpdate',
          data: {
            event: 'queueDataUpdate',
            version: API_VERSION,
            dataState: 'REFRESHED',
            queueData: [queue],
          },
        },
      ];
    case 'string-counts':
      return [
        {
          event: 'queueDataUpdate',
          data: updated({
            ...queue,
            statistics: { ...stats, agentsReady: String(stats.agentsReady), callsInQueue: 'many' },
          }),
        },
      ];
    case 'negative-counts':
      return [
        {
          event: 'queueDataUpdate',
          data: updated({ ...queue, statistics: { ...stats, agentsReady: -5, callsInQueue: -3 } }),
        },
      ];
    case 'huge-counts':
      return [
        {
          event: 'queueDataUpdate',
          data: updated({
            ...queue,
            statistics: { ...stats, callsInQueue: 1e12, agentsReady: 2.5 },
          }),
        },
      ];
    case 'invalid-time':
      return [
        {
          event: 'queueDataUpdate',
          data: updated({
            ...queue,
            statistics: { ...stats, startTimeOfLongestCallInQueue: 'yesterday at noon' },
          }),
        },
      ];
    case 'html-in-name':
      return [
        {
          event: 'queueDataUpdate',
          data: updated({ ...queue, name: `<img src=x onerror="alert(1)"><b>${queue.name}</b>` }),
        },
      ];
    case 'not-an-object':
      return [{ event: 'queueDataUpdate', data: 'queueDataUpdate: not an object' }];
    case 'unknown-workitem':
      return [
        {
          event: 'workitemEnd',
          data: {
            event: 'workitemEnd',
            version: API_VERSION,
            id: 'no-such-workitem-0',
            state: 'Ended',
            channelId: ctx.channelId,
            channelType: 'Voice',
            classification: 'Customer',
            direction: 'Incoming',
            ani: '+41440000000',
            agentId: '1042',
            associations: [],
            capabilities: [],
            ctiData: {},
            participants: [],
            participantLookupResult: [],
          },
        },
      ];
    case 'missing-workitem-id':
      return [
        {
          event: 'workitemCreate',
          data: {
            event: 'workitemCreate',
            version: API_VERSION,
            state: 'Offered',
            channelId: ctx.channelId,
          },
        },
      ];
    case 'double-delete':
      return [
        {
          event: 'queueDataUpdate',
          data: {
            event: 'queueDataUpdate',
            version: API_VERSION,
            dataState: 'DELETED',
            queueData: [{ id: queue.id }],
          },
        },
      ];
    case 'wrong-types':
      return [
        {
          event: 'agentStateChange',
          data: {
            event: 'agentStateChange',
            version: 1,
            channelType: 42,
            channelId: ctx.channelId,
            newState: 'Ready',
            newReasonCode: 'none',
            newReasonCodeLabel: { label: 'Ready' },
            newStateChangeTime: true,
            oldState: 'NotReady',
            oldReasonCode: [],
            oldReasonCodeLabel: null,
            oldStateChangeTime: iso(ctx.now),
          },
        },
      ];
    case 'unknown-agent-state':
      return [
        {
          event: 'agentStateChange',
          data: {
            event: 'agentStateChange',
            version: API_VERSION,
            channelType: 'Voice',
            channelId: ctx.channelId,
            newState: 'Reserved',
            newReasonCode: -1,
            newReasonCodeLabel: '',
            newStateChangeTime: iso(ctx.now),
            oldState: 'Ready',
            oldReasonCode: -1,
            oldReasonCodeLabel: '',
            oldStateChangeTime: iso(ctx.now),
          },
        },
      ];
  }
}
