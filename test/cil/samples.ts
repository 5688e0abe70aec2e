/**
 * Realistic payloads for every event and request result of the b+s Connects
 * Integration API reference, as a CCE system sends them. Typed with the `Wire*`
 * types so the compiler checks them against the reference's tables.
 *
 * Every sample is deep-frozen: tests share them. To vary one, copy it first
 * (`structuredClone(WORKITEM_CONNECT)`), or spread it into a new object.
 *
 * Times are fixed (late November 2026, UTC); `SAMPLE_TIMES` holds their epoch ms.
 *
 * @module
 */
import type {
  CilEventName,
  DataState,
  WireAgentStateChange,
  WireCrmRecord,
  WireCtiData,
  WireError,
  WireGetChannel,
  WireQueueData,
  WireQueueDataUpdate,
  WireReasonCode,
  WireWorkitem,
  WorkitemEventName,
} from '../../src/cil/index.js';

/** Freezes `value` and everything reachable from it, so a test cannot change a shared sample. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The wire times used by the samples, and their epoch ms (computed independently with `Date.UTC`). */
export const SAMPLE_TIMES = deepFreeze({
  offered: { wire: '2026-11-25T08:14:58.120Z', ms: Date.UTC(2026, 10, 25, 8, 14, 58, 120) },
  connected: { wire: '2026-11-25T08:15:03.696Z', ms: Date.UTC(2026, 10, 25, 8, 15, 3, 696) },
  readySince: { wire: '2026-11-25T07:58:41.000Z', ms: Date.UTC(2026, 10, 25, 7, 58, 41) },
  notReadySince: { wire: '2026-11-25T08:21:09.250Z', ms: Date.UTC(2026, 10, 25, 8, 21, 9, 250) },
  longestWaitSales: { wire: '2026-11-25T08:12:30.000Z', ms: Date.UTC(2026, 10, 25, 8, 12, 30) },
  longestWaitSupport: {
    wire: '2026-11-25T08:09:02.500Z',
    ms: Date.UTC(2026, 10, 25, 8, 9, 2, 500),
  },
});

/** The peripheral (CCE) voice channel every sample uses. */
export const SAMPLE_CHANNEL_ID = 'voice_5000';
/** The logged-in agent of the samples. */
export const SAMPLE_AGENT_ID = '1001';
/** The call of the workitem samples (a Finesse dialog id). */
export const SAMPLE_WORKITEM_ID = '16777321';

const PHONECALL: WireCrmRecord = {
  id: '9d3c5e1a1b2f4c10a7e0c2a4d5f6b7c8',
  name: 'PHN0012345',
  recordType: 'phonecall',
};

const CONTACT: WireCrmRecord = {
  id: '62826bf03710200044e0bfc8bcbe5df1',
  name: 'Abel Tuter',
  recordType: 'contact',
};

const OTHER_CONTACT: WireCrmRecord = {
  id: '46c6f4e5a9fe198101bb2ef4cb6b27a5',
  name: 'Bow Ruggeri',
  recordType: 'contact',
};

/** ctiData with every field of the reference's table plus two ECC variables. */
export const SAMPLE_CTI_DATA: WireCtiData = deepFreeze({
  callKeyCallId: '1234567',
  callKeyPrefix: '152000',
  callType: 'PREROUTE_ACD_IN',
  callVariable1: 'CUST-0042',
  callVariable2: 'Gold',
  callVariable3: 'DE',
  callVariable4: '',
  callVariable5: 'IVR-MAIN',
  callVariable6: '3',
  callVariable7: 'billing',
  callVariable8: 'callback-offered',
  callVariable9: '0',
  callVariable10: 'last',
  dialedNumber: '8000',
  DNIS: '8000',
  mediaId: '1',
  outboundClassification: 'VOICE',
  queueName: 'Sales',
  queueNumber: '5001',
  'user.CustomerId': '4711',
  'user.Language': 'de-CH',
  wrapUpReason: '',
});

function workitem(
  event: WorkitemEventName,
  state: WireWorkitem['state'],
  changes: Partial<WireWorkitem> = {},
): WireWorkitem {
  return deepFreeze({
    event,
    version: '1.0',
    requestId: '',
    activity: { id: PHONECALL.id, recordType: 'phonecall' },
    agentId: SAMPLE_AGENT_ID,
    ani: '+41445551234',
    associatedParticipant: { ...CONTACT },
    associations: [{ ...PHONECALL }],
    capabilities: ['Answer', 'Hold', 'Release', 'Transfer', 'Conference', 'SendDtmf'],
    channelId: SAMPLE_CHANNEL_ID,
    channelType: 'Voice',
    classification: 'Customer',
    connectedAt: SAMPLE_TIMES.connected.wire,
    ctiData: { ...SAMPLE_CTI_DATA },
    direction: 'Incoming',
    id: SAMPLE_WORKITEM_ID,
    participants: [{ address: '+41445551234' }, { address: '1001' }],
    participantLookupResult: [{ ...CONTACT }, { ...OTHER_CONTACT }],
    state,
    ...changes,
  });
}

/** `workitemCreate`: the call is alerting (Offered), not yet connected. */
export const WORKITEM_CREATE = workitem('workitemCreate', 'Offered', {
  connectedAt: '',
  capabilities: ['Answer', 'Release'],
});
/** `workitemConnect`: the call was answered. */
export const WORKITEM_CONNECT = workitem('workitemConnect', 'Active');
/** `workitemPause`: the call is on hold. */
export const WORKITEM_PAUSE = workitem('workitemPause', 'Paused', {
  capabilities: ['Resume', 'Release'],
});
/** `workitemResume`: the call is back from hold. */
export const WORKITEM_RESUME = workitem('workitemResume', 'Active');
/** `callVariableChanged`: callVariable1 and an ECC variable were updated. */
export const CALL_VARIABLE_CHANGED = workitem('callVariableChanged', 'Active', {
  ctiData: { ...SAMPLE_CTI_DATA, callVariable1: 'CUST-0043', 'user.CustomerId': '4712' },
});
/** `workitemWrapup`: the call ended and the agent is in wrap-up. */
export const WORKITEM_WRAPUP = workitem('workitemWrapup', 'Wrapup', { capabilities: [] });
/** `wrapupDataChanged`: a wrap-up reason was chosen. */
export const WRAPUP_DATA_CHANGED = workitem('wrapupDataChanged', 'Wrapup', {
  capabilities: [],
  ctiData: { ...SAMPLE_CTI_DATA, wrapUpReason: 'Documentation' },
});
/** `workitemEnd`: the work item disappeared after wrap-up. */
export const WORKITEM_END = workitem('workitemEnd', 'Ended', {
  capabilities: [],
  ctiData: { ...SAMPLE_CTI_DATA, wrapUpReason: 'Documentation' },
});

/** One sample per workitem event, keyed by event name. */
export const WORKITEM_SAMPLES: Readonly<Record<WorkitemEventName, WireWorkitem>> = deepFreeze({
  workitemCreate: WORKITEM_CREATE,
  workitemConnect: WORKITEM_CONNECT,
  workitemPause: WORKITEM_PAUSE,
  workitemResume: WORKITEM_RESUME,
  workitemWrapup: WORKITEM_WRAPUP,
  workitemEnd: WORKITEM_END,
  callVariableChanged: CALL_VARIABLE_CHANGED,
  wrapupDataChanged: WRAPUP_DATA_CHANGED,
});

/** `agentStateChange`: Ready (no reason code) to NotReady with reason "Lunch". */
export const AGENT_STATE_CHANGE: WireAgentStateChange = deepFreeze({
  event: 'agentStateChange',
  version: '1.0',
  requestId: 'req-7',
  channelType: 'Voice',
  channelId: SAMPLE_CHANNEL_ID,
  newState: 'NotReady',
  newReasonCode: 12,
  newReasonCodeLabel: 'Lunch',
  newStateChangeTime: SAMPLE_TIMES.notReadySince.wire,
  oldState: 'Ready',
  oldReasonCode: -1,
  oldReasonCodeLabel: '',
  oldStateChangeTime: SAMPLE_TIMES.readySince.wire,
});

/** Queue "Sales": calls waiting, escalation Warn. */
export const QUEUE_SALES: WireQueueData = deepFreeze({
  id: '5001',
  name: 'Sales',
  channel: 'Voice',
  escalationLevel: 'Warn',
  statistics: {
    agentsNotReady: 2,
    agentsReady: 1,
    agentsTalkingInbound: 4,
    agentsTalkingInternal: 0,
    agentsTalkingOutbound: 1,
    agentsWrapUpNotReady: 0,
    agentsWrapUpReady: 1,
    callsInQueue: 3,
    startTimeOfLongestCallInQueue: SAMPLE_TIMES.longestWaitSales.wire,
  },
});

/** Queue "Support": critical. */
export const QUEUE_SUPPORT: WireQueueData = deepFreeze({
  id: '5002',
  name: 'Support',
  channel: 'Voice',
  escalationLevel: 'Critical',
  statistics: {
    agentsNotReady: 5,
    agentsReady: 0,
    agentsTalkingInbound: 6,
    agentsTalkingInternal: 1,
    agentsTalkingOutbound: 0,
    agentsWrapUpNotReady: 2,
    agentsWrapUpReady: 0,
    callsInQueue: 11,
    startTimeOfLongestCallInQueue: SAMPLE_TIMES.longestWaitSupport.wire,
  },
});

/** Queue "Billing": nobody waits (empty start time). */
export const QUEUE_BILLING: WireQueueData = deepFreeze({
  id: '5003',
  name: 'Billing',
  channel: 'Voice',
  escalationLevel: 'Normal',
  statistics: {
    agentsNotReady: 0,
    agentsReady: 3,
    agentsTalkingInbound: 0,
    agentsTalkingInternal: 0,
    agentsTalkingOutbound: 0,
    agentsWrapUpNotReady: 0,
    agentsWrapUpReady: 0,
    callsInQueue: 0,
    startTimeOfLongestCallInQueue: '',
  },
});

/** Queue "Back Office": the user is not assigned, so Finesse sends -1 ("not available"). */
export const QUEUE_BACK_OFFICE: WireQueueData = deepFreeze({
  id: '5004',
  name: 'Back Office',
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
});

/** Queue "After Hours", subscribed later (ADDED). */
export const QUEUE_AFTER_HOURS: WireQueueData = deepFreeze({
  id: '5005',
  name: 'After Hours',
  channel: 'Voice',
  escalationLevel: 'Normal',
  statistics: {
    agentsNotReady: 1,
    agentsReady: 2,
    agentsTalkingInbound: 0,
    agentsTalkingInternal: 0,
    agentsTalkingOutbound: 0,
    agentsWrapUpNotReady: 0,
    agentsWrapUpReady: 0,
    callsInQueue: 0,
    startTimeOfLongestCallInQueue: '',
  },
});

/** `queueDataUpdate` ENABLED: every queue currently available. */
export const QUEUE_ENABLED: WireQueueDataUpdate = deepFreeze({
  event: 'queueDataUpdate',
  version: '1.0',
  dataState: 'ENABLED',
  queueData: [QUEUE_SALES, QUEUE_SUPPORT, QUEUE_BILLING, QUEUE_BACK_OFFICE],
});

/** `queueDataUpdate` ADDED: one new subscription. */
export const QUEUE_ADDED: WireQueueDataUpdate = deepFreeze({
  event: 'queueDataUpdate',
  version: '1.0',
  dataState: 'ADDED',
  queueData: [QUEUE_AFTER_HOURS],
});

/** `queueDataUpdate` UPDATED: Sales got one more call and is now Critical. */
export const QUEUE_UPDATED: WireQueueDataUpdate = deepFreeze({
  event: 'queueDataUpdate',
  version: '1.0',
  dataState: 'UPDATED',
  queueData: [
    {
      ...QUEUE_SALES,
      escalationLevel: 'Critical',
      statistics: { ...QUEUE_SALES.statistics, agentsReady: 0, callsInQueue: 4 },
    },
  ],
});

/** `queueDataUpdate` DELETED: "only one item with only the id property". */
export const QUEUE_DELETED: WireQueueDataUpdate = deepFreeze({
  event: 'queueDataUpdate',
  version: '1.0',
  dataState: 'DELETED',
  queueData: [{ id: QUEUE_AFTER_HOURS.id }],
});

/** `queueDataUpdate` DISABLED: logged out, the array is empty. */
export const QUEUE_DISABLED: WireQueueDataUpdate = deepFreeze({
  event: 'queueDataUpdate',
  version: '1.0',
  dataState: 'DISABLED',
  queueData: [],
});

/** One `queueDataUpdate` sample per dataState. */
export const QUEUE_DATA_UPDATE_SAMPLES: Readonly<Record<DataState, WireQueueDataUpdate>> =
  deepFreeze({
    ENABLED: QUEUE_ENABLED,
    ADDED: QUEUE_ADDED,
    UPDATED: QUEUE_UPDATED,
    DELETED: QUEUE_DELETED,
    DISABLED: QUEUE_DISABLED,
  });

/** `error`: a failed setAgentState request. */
export const ERROR_EVENT: WireError = deepFreeze({
  event: 'error',
  version: '1.0',
  requestId: 'req-8',
  message: 'setAgentState failed: reason code 99 is not configured',
});

/** `error` whose source could not be detected (empty requestId). */
export const ERROR_EVENT_WITHOUT_REQUEST: WireError = deepFreeze({
  event: 'error',
  version: '1.0',
  requestId: '',
  message: 'Finesse connection lost',
});

/** What `getChannel('voice')` resolves to while a call is connected. */
export const GET_CHANNEL: WireGetChannel = deepFreeze({
  activeDeviceId: 'SEP00AABBCCDDEE',
  channel: {
    id: SAMPLE_CHANNEL_ID,
    type: 'Voice',
    state: 'Active',
    reasonCode: -1,
    reasonCodeLabel: '',
    stateChangeTime: SAMPLE_TIMES.connected.wire,
    workitems: [WORKITEM_CONNECT],
  },
  extension: '1001',
  firstName: 'Fred',
  agentId: SAMPLE_AGENT_ID,
  lastName: 'Luddy',
  loginName: 'fred.luddy',
  teamId: '5000',
});

/** What `getReasonCodeList('voice', 'NotReady')` resolves to (ids as numbers and strings). */
export const REASON_CODE_LIST: readonly WireReasonCode[] = deepFreeze([
  { label: 'Lunch', id: 12 },
  { label: 'Meeting', id: '13' },
  { label: 'Training', id: 14 },
]);

/** What `isSendDtmfEnabled()` resolves to during a connected call. */
export const IS_SEND_DTMF_ENABLED: boolean = true;

/** Every event sample with its name, in the order a real call would produce them. */
export const EVENT_SAMPLES: readonly { readonly name: CilEventName; readonly data: unknown }[] =
  deepFreeze([
    { name: 'queueDataUpdate', data: QUEUE_ENABLED },
    { name: 'agentStateChange', data: AGENT_STATE_CHANGE },
    { name: 'workitemCreate', data: WORKITEM_CREATE },
    { name: 'workitemConnect', data: WORKITEM_CONNECT },
    { name: 'queueDataUpdate', data: QUEUE_UPDATED },
    { name: 'workitemPause', data: WORKITEM_PAUSE },
    { name: 'workitemResume', data: WORKITEM_RESUME },
    { name: 'callVariableChanged', data: CALL_VARIABLE_CHANGED },
    { name: 'workitemWrapup', data: WORKITEM_WRAPUP },
    { name: 'wrapupDataChanged', data: WRAPUP_DATA_CHANGED },
    { name: 'workitemEnd', data: WORKITEM_END },
    { name: 'queueDataUpdate', data: QUEUE_ADDED },
    { name: 'queueDataUpdate', data: QUEUE_DELETED },
    { name: 'error', data: ERROR_EVENT },
    { name: 'queueDataUpdate', data: QUEUE_DISABLED },
  ]);
