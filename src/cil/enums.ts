/**
 * Every enumerated value the b+s Connects Integration API reference lists, as
 * `const` arrays (for validation) and string unions (for types).
 *
 * @module
 */

/** Channel type (reference: agentStateChange, workitem, channel). */
export const CHANNEL_TYPES = ['Voice', 'Mail', 'Chat', 'Task', 'Federation'] as const;
/** Channel type: `Voice`, `Mail`, `Chat`, `Task` or `Federation`. */
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** Agent (channel) state (reference: agentStateChange `newState`/`oldState`, channel `state`). */
export const AGENT_STATES = [
  'Logout',
  'Offline',
  'Ready',
  'NotReady',
  'Active',
  'Wrapup',
  'Unknown',
] as const;
/** Agent state on a channel. */
export type AgentState = (typeof AGENT_STATES)[number];

/** States a `setAgentState` request may ask for. */
export const REQUESTED_AGENT_STATES = ['Ready', 'NotReady', 'Logout'] as const;
/** State a `setAgentState` request may ask for: `Ready`, `NotReady` or `Logout`. */
export type RequestedAgentState = (typeof REQUESTED_AGENT_STATES)[number];

/** Reason types for `getReasonCodeList`. */
export const REASON_TYPES = ['Logout', 'NotReady', 'Wrapup'] as const;
/** Reason type for `getReasonCodeList`: `Logout`, `NotReady` or `Wrapup`. */
export type ReasonType = (typeof REASON_TYPES)[number];

/** Work item states (reference: workitem `state`). */
export const WORKITEM_STATES = [
  'Unknown',
  'Initiated',
  'Offered',
  'Active',
  'Paused',
  'Wrapup',
  'Ended',
  'EndedAbandoned',
  'EndedTransferred',
  'EndedUnknown',
] as const;
/** Work item state. */
export type WorkitemState = (typeof WORKITEM_STATES)[number];

/** Work item classes (reference: workitem `classification`). */
export const CLASSIFICATIONS = [
  'Customer',
  'Consultation',
  'Conference',
  'Transfer',
  'Internal',
  'Unknown',
] as const;
/** Work item class. */
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Call directions (reference: workitem `direction`). */
export const DIRECTIONS = ['Incoming', 'Outgoing'] as const;
/** Call direction: `Incoming` or `Outgoing`. */
export type Direction = (typeof DIRECTIONS)[number];

/** Outbound call classifications (reference: ctiData `outboundClassification`). */
export const OUTBOUND_CLASSIFICATIONS = [
  'VOICE',
  'FAX',
  'ANS_MACHINE',
  'INVALID',
  'DO_NOT_CALL',
  'BUSY',
] as const;
/** Outbound call classification. */
export type OutboundClassification = (typeof OUTBOUND_CLASSIFICATIONS)[number];

/** Queue escalation levels (reference: queueData `escalationLevel`). */
export const ESCALATION_LEVELS = ['Normal', 'Warn', 'Critical'] as const;
/** Queue threshold level: `Normal`, `Warn` or `Critical`. */
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/**
 * The contact-centre platforms b+s Connects runs on (the reference's "CCE", "CCX" and
 * WxCC, whose voice channel is `telephony`).
 */
export const FLAVOURS = ['CCE', 'CCX', 'WxCC'] as const;
/** Contact-centre platform b+s Connects runs on: the project's one flavour type. */
export type Flavour = (typeof FLAVOURS)[number];

/** Queue data states (reference: dataState). */
export const DATA_STATES = ['ENABLED', 'ADDED', 'UPDATED', 'DELETED', 'DISABLED'] as const;
/** What a `queueDataUpdate` event's `queueData` array means. */
export type DataState = (typeof DATA_STATES)[number];

/** Queue channels (reference: queueData `channel`, "Currently only Voice"). */
export const QUEUE_CHANNELS = ['Voice'] as const;
/** Type of channel a queue belongs to. */
export type QueueChannel = (typeof QUEUE_CHANNELS)[number];

/** The queue statistics counters (reference: statistics, every `Number` field). */
export const QUEUE_COUNTERS = [
  'agentsNotReady',
  'agentsReady',
  'agentsTalkingInbound',
  'agentsTalkingInternal',
  'agentsTalkingOutbound',
  'agentsWrapUpNotReady',
  'agentsWrapUpReady',
  'callsInQueue',
] as const;
/** Name of one numeric queue statistic. */
export type QueueCounter = (typeof QUEUE_COUNTERS)[number];
/**
 * The counters about agents: every statistic but `callsInQueue`. Summed over queues
 * they are not a head count (an agent in three queues counts in each).
 */
export type AgentCounter = Exclude<QueueCounter, 'callsInQueue'>;

/** The events that carry a workitem (reference: "Please see workitem reference"). */
export const WORKITEM_EVENT_NAMES = [
  'workitemCreate',
  'workitemConnect',
  'workitemPause',
  'workitemResume',
  'workitemWrapup',
  'workitemEnd',
  'callVariableChanged',
  'wrapupDataChanged',
] as const;
/** Name of an event whose payload is a workitem. */
export type WorkitemEventName = (typeof WORKITEM_EVENT_NAMES)[number];

/** Names of the events a `cil` dispatches, in the reference's order. */
export const CIL_EVENT_NAMES = [
  ...WORKITEM_EVENT_NAMES,
  'agentStateChange',
  'queueDataUpdate',
  'error',
] as const;
/** Name of one Integration API event. */
export type CilEventName = (typeof CIL_EVENT_NAMES)[number];

/** Names of the promise-returning requests of a `cil`. */
export const CIL_REQUEST_NAMES = [
  'setAgentState',
  'directTransfer',
  'singleStepConference',
  'dialOrConsult',
  'getReasonCodeList',
  'getChannel',
  'sendDtmf',
  'isSendDtmfEnabled',
  'updateWorkitemData',
  'isUpdateWorkitemDataEnabled',
  'setWrapupReason',
] as const;
/** Name of one Integration API request. */
export type CilRequestName = (typeof CIL_REQUEST_NAMES)[number];

/** The `on*` registration method for each event. */
export const REGISTRATION_METHODS = {
  workitemCreate: 'onWorkitemCreate',
  workitemConnect: 'onWorkitemConnect',
  workitemPause: 'onWorkitemPause',
  workitemResume: 'onWorkitemResume',
  workitemWrapup: 'onWorkitemWrapup',
  workitemEnd: 'onWorkitemEnd',
  callVariableChanged: 'onCallVariableChanged',
  wrapupDataChanged: 'onWrapupDataChanged',
  agentStateChange: 'onAgentStateChange',
  queueDataUpdate: 'onQueueDataUpdate',
  error: 'onError',
} as const satisfies Record<CilEventName, `on${string}`>;
/** Name of one `on*` registration method. */
export type RegistrationMethod = (typeof REGISTRATION_METHODS)[CilEventName];

/** Type guard: is `value` one of `allowed`? */
export function isOneOf<const T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
