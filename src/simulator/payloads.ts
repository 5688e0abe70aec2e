/**
 * Builds the `Wire*` payloads the simulator dispatches, exactly in the shape the
 * reference documents (ISO 8601 UTC times, negative reason codes for "none",
 * `{ id }` only for DELETED queues).
 *
 * @module
 */
import type {
  AgentState,
  Classification,
  Direction,
  EscalationLevel,
  WireActivityRecord,
  WireAgentStateChange,
  WireCrmRecord,
  WireError,
  WireQueueData,
  WireWorkitem,
  WorkitemEventName,
  WorkitemState,
} from '../cil/index.js';
import type { Happening } from './clock.js';
import { oldestWaiting, type AgentBucket, type SimQueue } from './contact-centre.js';
import type { EscalationThresholds } from './options.js';
import type { SimReasonCode } from './reason-codes.js';

/** The API version the simulator reports. */
export const API_VERSION = '1.0';

/** Epoch ms as ISO 8601 UTC (`2020-07-28T09:51:17.696Z`). */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** A work item as the simulator keeps it; {@link workitemPayload} turns it into the wire shape. */
export interface SimWorkitem {
  /** Call id. */
  readonly id: string;
  /** Current state. */
  state: WorkitemState;
  /** Work item class. */
  classification: Classification;
  /** `Incoming` or `Outgoing`. */
  readonly direction: Direction;
  /** The other party's address. */
  readonly remote: string;
  /** Participant addresses. */
  participants: string[];
  /** ctiData, all strings. */
  readonly ctiData: Record<string, string>;
  /** The phone call record; may be absent until the call connects. */
  activity: WireActivityRecord | undefined;
  /** The name of the phone call record (for `associations`). */
  readonly activityName: string;
  /** The CRM record the lookup assigned, if exactly one matched. */
  readonly associatedParticipant: WireCrmRecord | undefined;
  /** The CRM lookup matches. */
  readonly participantLookupResult: WireCrmRecord[];
  /** When the call was established. */
  connectedAt: number | undefined;
  /** Where the agent counts in queue statistics while on this call. */
  readonly bucket: AgentBucket;
  /** Whether ending it leads to wrap-up (when wrap-up is enabled). */
  readonly wrapupAfter: boolean;
  /** Autopilot / remote-party happening for this call (answer, hang-up...). */
  timer: Happening | undefined;
}

/** Who the workitems belong to. */
export interface WorkitemOwner {
  /** Agent id. */
  readonly agentId: string;
  /** The agent's extension. */
  readonly extension: string;
  /** Channel id of the flavour. */
  readonly channelId: string;
}

function capabilitiesOf(item: SimWorkitem, hasConsultation: boolean): string[] {
  switch (item.state) {
    case 'Offered':
      return ['ANSWER'];
    case 'Initiated':
      return ['DROP'];
    case 'Active': {
      const actions = [
        'HOLD',
        'DROP',
        'TRANSFER_SST',
        'CONFERENCE_SST',
        'SEND_DTMF',
        'UPDATE_CALL_DATA',
      ];
      if (item.classification === 'Consultation') actions.push('TRANSFER', 'CONFERENCE');
      else if (!hasConsultation) actions.push('CONSULT_CALL');
      return actions;
    }
    case 'Paused':
      return ['RETRIEVE', 'DROP', 'UPDATE_CALL_DATA'];
    case 'Wrapup':
      return ['UPDATE_CALL_DATA', 'UPDATE_WRAP_UP'];
    default:
      return [];
  }
}

/** The reference's ani rule: toAddress when one participant and outgoing, otherwise fromAddress. */
function aniOf(item: SimWorkitem, owner: WorkitemOwner): string {
  const fromAddress = item.direction === 'Incoming' ? item.remote : owner.extension;
  const toAddress = item.direction === 'Incoming' ? owner.extension : item.remote;
  return item.participants.length === 1 && item.direction === 'Outgoing' ? toAddress : fromAddress;
}

/** The `data` of a workitem event. */
export function workitemPayload(
  event: WorkitemEventName | 'getChannel',
  item: SimWorkitem,
  owner: WorkitemOwner,
  options: { requestId?: string | undefined; hasConsultation?: boolean } = {},
): WireWorkitem {
  const payload: WireWorkitem = {
    event,
    version: API_VERSION,
    agentId: owner.agentId,
    ani: aniOf(item, owner),
    associations: item.activity
      ? [{ id: item.activity.id, name: item.activityName, recordType: 'phonecall' }]
      : [],
    capabilities: capabilitiesOf(item, options.hasConsultation ?? false),
    channelId: owner.channelId,
    channelType: 'Voice',
    classification: item.classification,
    ctiData: { ...item.ctiData },
    direction: item.direction,
    id: item.id,
    participants: item.participants.map((address) => ({ address })),
    participantLookupResult: item.participantLookupResult.map((record) => ({ ...record })),
    state: item.state,
  };
  if (options.requestId) payload.requestId = options.requestId;
  if (item.activity) payload.activity = { ...item.activity };
  if (item.associatedParticipant) payload.associatedParticipant = { ...item.associatedParticipant };
  if (item.connectedAt !== undefined) payload.connectedAt = iso(item.connectedAt);
  return payload;
}

/** One side of an agent state (for {@link agentStateChangePayload}). */
export interface AgentStateSnapshot {
  /** The state. */
  readonly state: AgentState;
  /** Its reason code (negative id when none). */
  readonly reason: SimReasonCode;
  /** When it began, epoch ms. */
  readonly since: number;
}

/** The `agentStateChange` event. */
export function agentStateChangePayload(
  channelId: string,
  from: AgentStateSnapshot,
  to: AgentStateSnapshot,
  requestId: string | undefined,
): WireAgentStateChange {
  const payload: WireAgentStateChange = {
    event: 'agentStateChange',
    version: API_VERSION,
    channelType: 'Voice',
    channelId,
    newState: to.state,
    newReasonCode: to.reason.id,
    newReasonCodeLabel: to.reason.label,
    newStateChangeTime: iso(to.since),
    oldState: from.state,
    oldReasonCode: from.reason.id,
    oldReasonCodeLabel: from.reason.label,
    oldStateChangeTime: iso(from.since),
  };
  if (requestId) payload.requestId = requestId;
  return payload;
}

/** The `error` event; `requestId` empty when the source cannot be detected. */
export function errorPayload(requestId: string | undefined, message: string): WireError {
  return { event: 'error', version: API_VERSION, requestId: requestId ?? '', message };
}

/** Threshold of a queue from its calls in queue and the oldest wait. */
export function escalationLevelOf(
  callsInQueue: number,
  oldestWaitMs: number,
  thresholds: EscalationThresholds,
): EscalationLevel {
  if (
    callsInQueue >= thresholds.criticalCallsInQueue ||
    oldestWaitMs >= thresholds.criticalWaitSeconds * 1000
  ) {
    return 'Critical';
  }
  if (
    callsInQueue >= thresholds.warnCallsInQueue ||
    oldestWaitMs >= thresholds.warnWaitSeconds * 1000
  ) {
    return 'Warn';
  }
  return 'Normal';
}

/** One queue's `queueData` entry at `now`. */
export function queuePayload(
  queue: SimQueue,
  now: number,
  thresholds: EscalationThresholds,
): WireQueueData {
  if (queue.notAssigned) {
    // Finesse reports -1 ("not available") for a queue the user is not assigned to.
    return {
      id: queue.id,
      name: queue.name,
      channel: 'Voice',
      escalationLevel: 'Normal',
      statistics: {
        agentsNotReady: -1,
        agentsReady: -1,
        agentsTalkingInbound: -1,
        agentsTalkingInternal: -1,
        agentsTalkingOutbound: -1,
        agentsWrapUpNotReady: -1,
        agentsWrapUpReady: -1,
        callsInQueue: -1,
        startTimeOfLongestCallInQueue: '',
      },
    };
  }
  const oldest = oldestWaiting(queue)?.arrivedAt;
  const callsInQueue = queue.waiting.size;
  return {
    id: queue.id,
    name: queue.name,
    channel: 'Voice',
    escalationLevel: escalationLevelOf(
      callsInQueue,
      oldest === undefined ? 0 : now - oldest,
      thresholds,
    ),
    statistics: {
      ...queue.counts,
      callsInQueue,
      startTimeOfLongestCallInQueue: oldest === undefined ? '' : iso(oldest),
    },
  };
}
