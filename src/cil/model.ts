/**
 * The validated model the parsers produce from wire payloads. Names follow the
 * reference; what differs from the wire is on purpose:
 * - times are epoch milliseconds, or `null` when absent or invalid (never `NaN`);
 * - queue counters of `-1` ("not available", as Finesse sends for queues the user is
 *   not assigned to) or otherwise unusable are absent (no key), never a number;
 * - negative reason codes ("no code available") are `null`;
 * - unknown fields of a workitem, an agentStateChange and a queue survive in `extra`,
 *   so nothing a newer b+s version adds there is lost.
 *
 * Everything is `readonly`: the store shares these objects structurally.
 *
 * @module
 */
import type {
  AgentState,
  ChannelType,
  Classification,
  Direction,
  EscalationLevel,
  OutboundClassification,
  QueueCounter,
  WorkitemState,
  CilEventName,
} from './enums.js';

/** Epoch milliseconds, or `null` when the time was absent or not a valid date. */
export type EpochMs = number | null;

/** Fields a payload carried that the reference does not name, kept as received. */
export type ExtraFields = Readonly<Record<string, unknown>>;

/** Activity record: the phone call record. */
export interface ActivityRecord {
  /** Unique identifier of the phonecall record. */
  readonly id: string;
  /** Type of the activity record (`phonecall`). */
  readonly recordType: string;
}

/** A CRM record. */
export interface CrmRecord {
  /** Unique identifier of the CRM record. */
  readonly id: string;
  /** The name / subject of the record; plain text, never HTML. */
  readonly name: string;
  /** CRM table name of the record (e.g. `contact`). */
  readonly recordType: string;
}

/** One participant of a workitem. */
export interface Participant {
  /** The participant's address. */
  readonly address: string;
}

/** ctiData: known fields typed, ECC variables under `user.<variable>`, all strings. */
export interface CtiData {
  /** Unique number for the call routed that day (CCE only). */
  readonly callKeyCallId?: string;
  /** The day when the call was routed (CCE only). */
  readonly callKeyPrefix?: string;
  /** Type of the call. */
  readonly callType?: string;
  /** Peripheral variable 1. */
  readonly callVariable1?: string;
  /** Peripheral variable 2. */
  readonly callVariable2?: string;
  /** Peripheral variable 3. */
  readonly callVariable3?: string;
  /** Peripheral variable 4. */
  readonly callVariable4?: string;
  /** Peripheral variable 5. */
  readonly callVariable5?: string;
  /** Peripheral variable 6. */
  readonly callVariable6?: string;
  /** Peripheral variable 7. */
  readonly callVariable7?: string;
  /** Peripheral variable 8. */
  readonly callVariable8?: string;
  /** Peripheral variable 9. */
  readonly callVariable9?: string;
  /** Peripheral variable 10. */
  readonly callVariable10?: string;
  /** Dialed Number of the call. */
  readonly dialedNumber?: string;
  /** DNIS of the call. */
  readonly DNIS?: string;
  /** Media routing id. */
  readonly mediaId?: string;
  /** Outbound call classification; unknown values are dropped. */
  readonly outboundClassification?: OutboundClassification;
  /** Name of the queue. */
  readonly queueName?: string;
  /** Queue name id. */
  readonly queueNumber?: string;
  /** Currently set call wrap-up reason. */
  readonly wrapUpReason?: string;
  /** ECC variables (`user.<variable>`) and other string fields. */
  readonly [key: string]: string | undefined;
}

/** A work item (call) as carried by every workitem event. */
export interface Workitem {
  /** Call id or Task id. */
  readonly id: string;
  /** Current state; `Unknown` when the payload's state was not one the reference lists. */
  readonly state: WorkitemState;
  /** API version, when given. */
  readonly version?: string;
  /** Request that caused the event, when given. */
  readonly requestId?: string;
  /** The phone call record; may be absent on `workitemCreate`. */
  readonly activity?: ActivityRecord;
  /** Agent id. */
  readonly agentId?: string;
  /** The caller's (or, outgoing with one participant, the called) address. */
  readonly ani?: string;
  /** The assigned record of the participant lookup. */
  readonly associatedParticipant?: CrmRecord;
  /** Records assigned to the workitem. */
  readonly associations: readonly CrmRecord[];
  /** Actions that can be carried out. */
  readonly capabilities: readonly string[];
  /** Channel identifier. */
  readonly channelId?: string;
  /** Channel type. */
  readonly channelType?: ChannelType;
  /** Work item class; `Unknown` when absent or not listed. */
  readonly classification: Classification;
  /** When the call was established. */
  readonly connectedAt: EpochMs;
  /** CTI data. */
  readonly ctiData: CtiData;
  /** `Incoming` or `Outgoing`, when known. */
  readonly direction?: Direction;
  /** Participants. */
  readonly participants: readonly Participant[];
  /** The found participant lookup entries. */
  readonly participantLookupResult: readonly CrmRecord[];
  /** Unknown top-level fields, as received. */
  readonly extra?: ExtraFields;
}

/** An `agentStateChange` event. */
export interface AgentStateChange {
  /** Channel identifier (`voice_<peripheral_id>`, CCX `voice_-1`, WxCC `telephony`). */
  readonly channelId: string;
  /** Channel type, when given and known. */
  readonly channelType?: ChannelType;
  /** API version, when given. */
  readonly version?: string;
  /** Request that caused the change, when given. */
  readonly requestId?: string;
  /** New state. */
  readonly newState: AgentState;
  /** New reason code; `null` when none (negative on the wire). */
  readonly newReasonCode: number | null;
  /** New reason name. */
  readonly newReasonCodeLabel: string;
  /** New state change time. */
  readonly newStateChangeTime: EpochMs;
  /** Previous state; `Unknown` when absent. */
  readonly oldState: AgentState;
  /** Previous reason code; `null` when none. */
  readonly oldReasonCode: number | null;
  /** Previous reason name. */
  readonly oldReasonCodeLabel: string;
  /** Previous state change time. */
  readonly oldStateChangeTime: EpochMs;
  /** Unknown fields, as received. */
  readonly extra?: ExtraFields;
}

/** Queue statistics: each counter is absent when not available (`-1`) or unusable. */
export type QueueStatistics = {
  readonly [K in QueueCounter]?: number;
} & {
  /** Start of the longest call in queue; `null` when no call waits or unknown. */
  readonly startTimeOfLongestCallInQueue: EpochMs;
};

/** One queue. */
export interface QueueData {
  /** Unique identifier of the queue. */
  readonly id: string;
  /** Name of the queue (falls back to the id when missing); plain text. */
  readonly name: string;
  /** Type of channel the queue belongs to (currently only `Voice`). */
  readonly channel?: string;
  /** Threshold level, when given and known. */
  readonly escalationLevel?: EscalationLevel;
  /** Statistics. */
  readonly statistics: QueueStatistics;
  /** Unknown fields, as received. */
  readonly extra?: ExtraFields;
}

/** A `queueDataUpdate` event. For `DELETED`, only ids matter: see `deletedIds`. */
export type QueueDataUpdate =
  | {
      readonly dataState: 'ENABLED' | 'ADDED' | 'UPDATED';
      readonly version?: string;
      readonly queueData: readonly QueueData[];
    }
  | {
      readonly dataState: 'DELETED';
      readonly version?: string;
      readonly deletedIds: readonly string[];
    }
  | { readonly dataState: 'DISABLED'; readonly version?: string };

/** An `error` event. */
export interface CilError {
  /** Request that might have caused the error; `null` when unknown (empty on the wire). */
  readonly requestId: string | null;
  /** Short message describing the error; plain text. */
  readonly message: string;
  /** API version, when given. */
  readonly version?: string;
}

/** A reason code. */
export interface ReasonCode {
  /** Unique identifier (numbers are turned into strings). */
  readonly id: string;
  /** The descriptive reason name. */
  readonly label: string;
}

/** A channel as `getChannel` describes it. */
export interface Channel {
  /** Unique identifier. */
  readonly id: string;
  /** Channel type, when known. */
  readonly type?: ChannelType;
  /** Channel/agent state. */
  readonly state: AgentState;
  /** Selected reason code; `null` when none. */
  readonly reasonCode: number | null;
  /** The descriptive reason name. */
  readonly reasonCodeLabel: string;
  /** State change time. */
  readonly stateChangeTime: EpochMs;
  /** Work items on the channel. */
  readonly workitems: readonly Workitem[];
}

/** What `getChannel` resolves to. */
export interface ChannelInfo {
  /** Active device id (shared line). */
  readonly activeDeviceId?: string;
  /** The channel. */
  readonly channel: Channel;
  /** The extension the agent is working with. */
  readonly extension?: string;
  /** First name of the agent. */
  readonly firstName?: string;
  /** Identifier of the agent. */
  readonly agentId?: string;
  /** Last name of the agent. */
  readonly lastName?: string;
  /** Login name of the agent. */
  readonly loginName?: string;
  /** Team identifier. */
  readonly teamId?: string;
}

/** What a parser checked a payload as: an event name or a request's result. */
export type PayloadKind = CilEventName | 'getChannel' | 'getReasonCodeList' | 'enabled';

/** Why a payload (or part of it) was rejected or adjusted. */
export type ProblemReason =
  | 'not-an-object'
  | 'missing-field'
  | 'wrong-type'
  | 'unknown-value'
  | 'invalid-time'
  | 'out-of-range'
  | 'unknown-queue'
  | 'unknown-workitem'
  | 'out-of-order'
  | 'callback-threw';

/** One problem found in a payload: which event, where in it, and why. */
export interface Problem {
  /** The event (or request result) the payload was for. */
  readonly event: PayloadKind;
  /** Where in the payload, e.g. `queueData[2].statistics.callsInQueue`; `''` for the whole. */
  readonly path: string;
  /** Category, for counting. */
  readonly reason: ProblemReason;
  /** Human-readable detail. */
  readonly detail: string;
}

/**
 * A parse outcome. `ok: true` may still carry `warnings` for parts that were dropped
 * or normalised (an unknown state mapped to `Unknown`, a counter that was `"abc"`).
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problem: Problem; readonly warnings: readonly Problem[] };
