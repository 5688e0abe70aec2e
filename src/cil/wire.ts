/**
 * The Integration API's payloads as the reference documents them on the wire:
 * what a `cil` hands to callbacks and what its requests resolve to. Times are
 * ISO 8601 strings in UTC, counters are numbers, unknown fields may appear.
 *
 * Nothing here is trusted: the store only ever sees these after a parser in
 * `./parse.ts` has turned them into the model of `./model.ts`.
 *
 * @module
 */
import type {
  AgentState,
  ChannelType,
  Classification,
  DataState,
  Direction,
  EscalationLevel,
  OutboundClassification,
  QueueChannel,
  WorkitemState,
} from './enums.js';

/** Activity record: the phone call record b+s Connects created (reference: Activity record). */
export interface WireActivityRecord {
  /** Unique identifier of the phonecall record. */
  id: string;
  /** Type of the activity record, which is `phonecall`. */
  recordType: string;
}

/** A CRM record (reference: CRM record). */
export interface WireCrmRecord {
  /** Unique identifier of the CRM record. */
  id: string;
  /** The name / subject of the record. */
  name: string;
  /** CRM table name of the record (e.g. `contact`). */
  recordType: string;
}

/** One participant of a workitem ("List of participants with their address"). */
export interface WireParticipant {
  /** The participant's address (phone number or extension). */
  address: string;
  [extra: string]: unknown;
}

/**
 * ctiData (reference: ctiData). Availability depends on the Finesse version;
 * ECC variables arrive as `user.<variable>` keys.
 */
export interface WireCtiData {
  /** Unique number for the call routed on that particular day (CCE only). */
  callKeyCallId?: string;
  /** The day when the call was routed (CCE only). */
  callKeyPrefix?: string;
  /** Type of the call. */
  callType?: string;
  /** Peripheral variable 1. */
  callVariable1?: string;
  /** Peripheral variable 2. */
  callVariable2?: string;
  /** Peripheral variable 3. */
  callVariable3?: string;
  /** Peripheral variable 4. */
  callVariable4?: string;
  /** Peripheral variable 5. */
  callVariable5?: string;
  /** Peripheral variable 6. */
  callVariable6?: string;
  /** Peripheral variable 7. */
  callVariable7?: string;
  /** Peripheral variable 8. */
  callVariable8?: string;
  /** Peripheral variable 9. */
  callVariable9?: string;
  /** Peripheral variable 10. */
  callVariable10?: string;
  /** Dialed Number of the call. */
  dialedNumber?: string;
  /** DNIS of the call. */
  DNIS?: string;
  /** Media routing id. */
  mediaId?: string;
  /** Outbound call classification. */
  outboundClassification?: OutboundClassification;
  /** Name of the queue. */
  queueName?: string;
  /** Queue name id. */
  queueNumber?: string;
  /** Currently set call wrap-up reason. */
  wrapUpReason?: string;
  /** ECC variables (`user.<variable>`) and fields of other Finesse versions. */
  [key: string]: string | undefined;
}

/** The `data` of every workitem event (reference: Workitem). */
export interface WireWorkitem {
  /** Name of the event. */
  event: string;
  /** API version. */
  version: string;
  /** Identifier to match this event to a request (for future use). */
  requestId?: string;
  /** The phone call record; may be undefined for `workitemCreate`. */
  activity?: WireActivityRecord;
  /** Agent id. */
  agentId: string;
  /** toAddress when one participant and outgoing, otherwise fromAddress. */
  ani: string;
  /** The assigned record of the participant lookup; may be undefined. */
  associatedParticipant?: WireCrmRecord;
  /** All records assigned to the workitem (currently only the phone call record). */
  associations: WireCrmRecord[];
  /** Actions that can be carried out. */
  capabilities: string[];
  /** Channel identifier (`voice_<peripheral_id>`; CCX: `voice_-1`). */
  channelId: string;
  /** Channel type. */
  channelType: ChannelType;
  /** Work item class. */
  classification: Classification;
  /** When the call was established, ISO 8601 UTC; absent until connected. */
  connectedAt?: string;
  /** CTI data of the call. */
  ctiData: WireCtiData;
  /** `Incoming` or `Outgoing`. */
  direction: Direction;
  /** Call id or Task id of the work item. */
  id: string;
  /** Participants with their address. */
  participants: WireParticipant[];
  /** The found participant lookup entries. */
  participantLookupResult: WireCrmRecord[];
  /** Current state. */
  state: WorkitemState;
}

/** The `agentStateChange` event (reference: agentStateChange). */
export interface WireAgentStateChange {
  /** Event name `agentStateChange`. */
  event: 'agentStateChange';
  /** API version. */
  version: string;
  /** Identifier to match this event to a request. */
  requestId?: string;
  /** Channel type. */
  channelType: ChannelType;
  /** Channel identifier (`voice_<peripheral_id>`; CCX: `voice_-1`). */
  channelId: string;
  /** New state. */
  newState: AgentState;
  /** New reason code; negative values indicate no code available. */
  newReasonCode: number;
  /** New reason name. */
  newReasonCodeLabel: string;
  /** New state change time, ISO 8601 UTC. */
  newStateChangeTime: string;
  /** Previous state. */
  oldState: AgentState;
  /** Previously selected reason code; negative values indicate no code available. */
  oldReasonCode: number;
  /** Previously selected reason name. */
  oldReasonCodeLabel: string;
  /** Previous state change time, ISO 8601 UTC. */
  oldStateChangeTime: string;
}

/** Queue statistics (reference: statistics). Finesse sends `-1` for "not available". */
export interface WireQueueStatistics {
  /** Amount of agents in state Not Ready. */
  agentsNotReady: number;
  /** Amount of agents in state Ready. */
  agentsReady: number;
  /** Amount of agents in state Talking having an inbound call. */
  agentsTalkingInbound: number;
  /** Amount of agents in state Talking having an agent-to-agent call. */
  agentsTalkingInternal: number;
  /** Amount of agents in state Talking having an outbound call. */
  agentsTalkingOutbound: number;
  /** Amount of agents in Wrapup with follow-up state Not Ready. */
  agentsWrapUpNotReady: number;
  /** Amount of agents in Wrapup with follow-up state Ready. */
  agentsWrapUpReady: number;
  /** Amount of calls in queue. */
  callsInQueue: number;
  /** Start date and time of the longest call in queue; empty when none. */
  startTimeOfLongestCallInQueue: string;
}

/** One queue (reference: queueData). */
export interface WireQueueData {
  /** Unique identifier of the queue. */
  id: string;
  /** Name of the queue. */
  name: string;
  /** Type of channel the queue belongs to. Currently only `Voice`. */
  channel: QueueChannel;
  /** Threshold of the queue, calculated based on the configuration. */
  escalationLevel: EscalationLevel;
  /** Statistic values for this queue. */
  statistics: WireQueueStatistics;
}

/** For `DELETED`, "the array contains only one item with only the id property". */
export interface WireDeletedQueue {
  /** Unique identifier of the removed queue. */
  id: string;
}

/** The `queueDataUpdate` event (reference: queueDataUpdate). Not available on CCX. */
export interface WireQueueDataUpdate {
  /** Event name `queueDataUpdate`. */
  event: 'queueDataUpdate';
  /** API version. */
  version: string;
  /** What `queueData` means. */
  dataState: DataState;
  /** The queues for which the event was fired. */
  queueData: Array<WireQueueData | WireDeletedQueue>;
}

/** The `error` event (reference: error). */
export interface WireError {
  /** Event name `error`. */
  event: 'error';
  /** API version. */
  version: string;
  /** Request that might have caused the error; empty if the source cannot be detected. */
  requestId: string;
  /** Short message describing the encountered error. */
  message: string;
}

/** A reason code (reference: getReasonCodeList). */
export interface WireReasonCode {
  /** The descriptive reason name. */
  label: string;
  /** Unique identifier for the reason. */
  id: string | number;
}

/** A channel (reference: Channel). */
export interface WireChannel {
  /** Unique identifier for the channel. */
  id: string;
  /** Channel type. */
  type: ChannelType;
  /** Channel/agent state. */
  state: AgentState;
  /** Selected reason code; negative values indicate no code available. */
  reasonCode: number;
  /** The descriptive reason name. */
  reasonCodeLabel: string;
  /** State change time, ISO 8601 UTC. */
  stateChangeTime: string;
  /** Work items on the channel. */
  workitems: WireWorkitem[];
}

/** What `getChannel` resolves to (reference: getChannel). */
export interface WireGetChannel {
  /** Active device id for agents using the shared line feature. */
  activeDeviceId?: string;
  /** The channel. */
  channel: WireChannel;
  /** The extension the agent is working with. */
  extension: string;
  /** First name of the agent. */
  firstName: string;
  /** Identifier of the agent. */
  agentId: string;
  /** Last name of the agent. */
  lastName: string;
  /** Login name of the agent. */
  loginName: string;
  /** The identifier of the team the user belongs to. */
  teamId: string;
}

/**
 * The result envelope some b+s versions resolve requests with
 * (`{ success, response, error }`), instead of the bare value the reference documents.
 */
export interface CilEnvelope<T> {
  /** Whether the request succeeded. */
  success: boolean;
  /** The request's value, when it has one. */
  response?: T;
  /** Error text when `success` is false. */
  error?: string;
}

/** A request result: the bare value the reference documents, or an envelope around it. */
export type CilResult<T> = T | CilEnvelope<T>;
