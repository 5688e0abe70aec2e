/**
 * "The types cover the reference": every field name of every table of the b+s Connects
 * Integration API reference, checked at compile time against the `Wire*` type AND the
 * model type in both directions (nothing missing, nothing invented), and at run time
 * against the samples and their parsed form. Every enumerated value and every `cil`
 * method the reference lists is checked against `src/cil/enums.ts` and `CilApi`.
 *
 * The lists below are copied from the reference by hand, on purpose: they are the
 * second, independent reading the code is compared with.
 */
import { expect } from '@open-wc/testing';
import {
  AGENT_STATES,
  CHANNEL_TYPES,
  CIL_EVENT_NAMES,
  CIL_REQUEST_NAMES,
  CLASSIFICATIONS,
  DATA_STATES,
  DIRECTIONS,
  ESCALATION_LEVELS,
  OUTBOUND_CLASSIFICATIONS,
  QUEUE_CHANNELS,
  QUEUE_COUNTERS,
  REASON_TYPES,
  REGISTRATION_METHODS,
  REQUESTED_AGENT_STATES,
  WORKITEM_EVENT_NAMES,
  WORKITEM_STATES,
  parseAgentStateChange,
  parseChannelInfo,
  parseError,
  parseQueueDataUpdate,
  parseReasonCodeList,
  parseWorkitem,
  type ActivityRecord,
  type AgentStateChange,
  type Channel,
  type ChannelInfo,
  type CilApi,
  type CilResult,
  type CilError,
  type CrmRecord,
  type CtiData,
  type Participant,
  type QueueData,
  type QueueDataUpdate,
  type QueueStatistics,
  type ReasonCodeArgument,
  type ReasonCode,
  type ReasonType,
  type RequestedAgentState,
  type WireActivityRecord,
  type WireAgentStateChange,
  type WireChannel,
  type WireCrmRecord,
  type WireCtiData,
  type WireDeletedQueue,
  type WireError,
  type WireGetChannel,
  type WireParticipant,
  type WireQueueData,
  type WireQueueDataUpdate,
  type WireQueueStatistics,
  type WireReasonCode,
  type WireWorkitem,
  type Workitem,
} from '../../src/cil/index.js';
import { expectOk } from './helpers.js';
import {
  AGENT_STATE_CHANGE,
  ERROR_EVENT,
  GET_CHANNEL,
  QUEUE_DELETED,
  QUEUE_ENABLED,
  QUEUE_SALES,
  REASON_CODE_LIST,
  SAMPLE_CTI_DATA,
  WORKITEM_CONNECT,
} from './samples.js';

// ---------------------------------------------------------------------------------
// Type-level tools

/** The declared keys of `T`, without index signatures (`[key: string]: …`). */
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};
/** Known keys of any member of a union. */
type KeysOfUnion<T> = T extends unknown ? KnownKeys<T> : never;
/** `true` when `A` and `B` are the same set of names, else `false`. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The names of a `const` list. */
type Names<L extends readonly string[]> = L[number];

// ---------------------------------------------------------------------------------
// The reference's tables

/** Workitem ("Work item events have a field called data…"). */
const WORKITEM_FIELDS = [
  'event',
  'version',
  'requestId',
  'activity',
  'agentId',
  'ani',
  'associatedParticipant',
  'associations',
  'capabilities',
  'channelId',
  'channelType',
  'classification',
  'connectedAt',
  'ctiData',
  'direction',
  'id',
  'participants',
  'participantLookupResult',
  'state',
] as const satisfies readonly (keyof WireWorkitem)[];

/** ctiData; `user.<variable>` ECC variables are the index signature, checked separately. */
const CTI_DATA_FIELDS = [
  'callKeyCallId',
  'callKeyPrefix',
  'callType',
  'callVariable1',
  'callVariable2',
  'callVariable3',
  'callVariable4',
  'callVariable5',
  'callVariable6',
  'callVariable7',
  'callVariable8',
  'callVariable9',
  'callVariable10',
  'dialedNumber',
  'DNIS',
  'mediaId',
  'outboundClassification',
  'queueName',
  'queueNumber',
  'wrapUpReason',
] as const satisfies readonly KnownKeys<WireCtiData>[];

/** Activity record. */
const ACTIVITY_RECORD_FIELDS = [
  'id',
  'recordType',
] as const satisfies readonly (keyof WireActivityRecord)[];

/** CRM record. */
const CRM_RECORD_FIELDS = [
  'id',
  'name',
  'recordType',
] as const satisfies readonly (keyof WireCrmRecord)[];

/** "List of participants with their address". */
const PARTICIPANT_FIELDS = ['address'] as const satisfies readonly KnownKeys<WireParticipant>[];

/** getChannel. */
const GET_CHANNEL_FIELDS = [
  'activeDeviceId',
  'channel',
  'extension',
  'firstName',
  'agentId',
  'lastName',
  'loginName',
  'teamId',
] as const satisfies readonly (keyof WireGetChannel)[];

/** Channel. */
const CHANNEL_FIELDS = [
  'id',
  'type',
  'state',
  'reasonCode',
  'reasonCodeLabel',
  'stateChangeTime',
  'workitems',
] as const satisfies readonly (keyof WireChannel)[];

/** getReasonCodeList. */
const REASON_CODE_FIELDS = ['label', 'id'] as const satisfies readonly (keyof WireReasonCode)[];

/** queueData. */
const QUEUE_DATA_FIELDS = [
  'id',
  'name',
  'channel',
  'escalationLevel',
  'statistics',
] as const satisfies readonly (keyof WireQueueData)[];

/** statistics. */
const STATISTICS_FIELDS = [
  'agentsNotReady',
  'agentsReady',
  'agentsTalkingInbound',
  'agentsTalkingInternal',
  'agentsTalkingOutbound',
  'agentsWrapUpNotReady',
  'agentsWrapUpReady',
  'callsInQueue',
  'startTimeOfLongestCallInQueue',
] as const satisfies readonly (keyof WireQueueStatistics)[];

/** agentStateChange. */
const AGENT_STATE_CHANGE_FIELDS = [
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
] as const satisfies readonly (keyof WireAgentStateChange)[];

/** queueDataUpdate. */
const QUEUE_DATA_UPDATE_FIELDS = [
  'event',
  'version',
  'dataState',
  'queueData',
] as const satisfies readonly (keyof WireQueueDataUpdate)[];

/** DELETED: "the array contains only one item with only the id property". */
const DELETED_QUEUE_FIELDS = ['id'] as const satisfies readonly (keyof WireDeletedQueue)[];

/** error. */
const ERROR_FIELDS = [
  'event',
  'version',
  'requestId',
  'message',
] as const satisfies readonly (keyof WireError)[];

// ---------------------------------------------------------------------------------
// Compile time: the wire types have exactly the reference's fields

const _wireWorkitem: Same<Names<typeof WORKITEM_FIELDS>, KnownKeys<WireWorkitem>> = true;
const _wireCtiData: Same<Names<typeof CTI_DATA_FIELDS>, KnownKeys<WireCtiData>> = true;
const _wireActivity: Same<Names<typeof ACTIVITY_RECORD_FIELDS>, keyof WireActivityRecord> = true;
const _wireCrmRecord: Same<Names<typeof CRM_RECORD_FIELDS>, keyof WireCrmRecord> = true;
const _wireParticipant: Same<Names<typeof PARTICIPANT_FIELDS>, KnownKeys<WireParticipant>> = true;
const _wireGetChannel: Same<Names<typeof GET_CHANNEL_FIELDS>, keyof WireGetChannel> = true;
const _wireChannel: Same<Names<typeof CHANNEL_FIELDS>, keyof WireChannel> = true;
const _wireReasonCode: Same<Names<typeof REASON_CODE_FIELDS>, keyof WireReasonCode> = true;
const _wireQueueData: Same<Names<typeof QUEUE_DATA_FIELDS>, keyof WireQueueData> = true;
const _wireStatistics: Same<Names<typeof STATISTICS_FIELDS>, keyof WireQueueStatistics> = true;
const _wireAgentStateChange: Same<
  Names<typeof AGENT_STATE_CHANGE_FIELDS>,
  keyof WireAgentStateChange
> = true;
const _wireQueueDataUpdate: Same<
  Names<typeof QUEUE_DATA_UPDATE_FIELDS>,
  keyof WireQueueDataUpdate
> = true;
const _wireDeletedQueue: Same<Names<typeof DELETED_QUEUE_FIELDS>, keyof WireDeletedQueue> = true;
const _wireError: Same<Names<typeof ERROR_FIELDS>, keyof WireError> = true;
// ECC variables: any `user.<variable>` key is text.
const _wireEcc: WireCtiData['user.anything'] extends string | undefined ? true : false = true;

// ---------------------------------------------------------------------------------
// Compile time: the model types have the same fields, with these deliberate differences:
// - `event` is not repeated in the model: a parsed event is tagged `ParsedEvent.name`;
// - `extra` holds the fields the reference does not name;
// - a DELETED update carries `deletedIds` instead of `queueData` (only ids matter).

/** Model-only field names. */
type ModelOnly = 'extra';

const _modelWorkitem: Same<
  Exclude<Names<typeof WORKITEM_FIELDS>, 'event'> | ModelOnly,
  KnownKeys<Workitem>
> = true;
const _modelCtiData: Same<Names<typeof CTI_DATA_FIELDS>, KnownKeys<CtiData>> = true;
const _modelActivity: Same<Names<typeof ACTIVITY_RECORD_FIELDS>, keyof ActivityRecord> = true;
const _modelCrmRecord: Same<Names<typeof CRM_RECORD_FIELDS>, keyof CrmRecord> = true;
const _modelParticipant: Same<Names<typeof PARTICIPANT_FIELDS>, keyof Participant> = true;
const _modelGetChannel: Same<Names<typeof GET_CHANNEL_FIELDS>, keyof ChannelInfo> = true;
const _modelChannel: Same<Names<typeof CHANNEL_FIELDS>, keyof Channel> = true;
const _modelReasonCode: Same<Names<typeof REASON_CODE_FIELDS>, keyof ReasonCode> = true;
const _modelQueueData: Same<Names<typeof QUEUE_DATA_FIELDS> | ModelOnly, keyof QueueData> = true;
const _modelStatistics: Same<Names<typeof STATISTICS_FIELDS>, keyof QueueStatistics> = true;
const _modelAgentStateChange: Same<
  Exclude<Names<typeof AGENT_STATE_CHANGE_FIELDS>, 'event'> | ModelOnly,
  keyof AgentStateChange
> = true;
const _modelQueueDataUpdate: Same<
  Exclude<Names<typeof QUEUE_DATA_UPDATE_FIELDS>, 'event'> | 'deletedIds',
  KeysOfUnion<QueueDataUpdate>
> = true;
const _modelError: Same<Exclude<Names<typeof ERROR_FIELDS>, 'event'>, keyof CilError> = true;
const _modelEcc: CtiData['user.anything'] extends string | undefined ? true : false = true;
// The statistics counters of enums.ts are the reference's Number fields.
const _counters: Same<
  (typeof QUEUE_COUNTERS)[number],
  Exclude<Names<typeof STATISTICS_FIELDS>, 'startTimeOfLongestCallInQueue'>
> = true;

// ---------------------------------------------------------------------------------
// The `cil` surface

/** The reference's events, by their sample code's registration method. */
const REFERENCE_REGISTRATIONS = [
  'onWorkitemCreate',
  'onWorkitemConnect',
  'onWorkitemPause',
  'onWorkitemResume',
  'onWorkitemWrapup',
  'onWorkitemEnd',
  'onCallVariableChanged',
  'onWrapupDataChanged',
  'onAgentStateChange',
  'onQueueDataUpdate',
  'onError',
] as const satisfies readonly (keyof CilApi)[];

/** The reference's requests. */
const REFERENCE_REQUESTS = [
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
] as const satisfies readonly (keyof CilApi)[];

const _cilApi: Same<
  Names<typeof REFERENCE_REGISTRATIONS> | Names<typeof REFERENCE_REQUESTS>,
  keyof CilApi
> = true;

/** What a registration's callback receives. */
type Payload<M extends keyof CilApi> = CilApi[M] extends (callback: (data: infer T) => void) => void
  ? T
  : never;
/** What a request's promise resolves to. */
type Resolved<M extends keyof CilApi> = Awaited<ReturnType<CilApi[M]>>;

// Each workitem event hands a workitem; the others hand their own payload.
const _registrations: Same<
  | Payload<'onWorkitemCreate'>
  | Payload<'onWorkitemConnect'>
  | Payload<'onWorkitemPause'>
  | Payload<'onWorkitemResume'>
  | Payload<'onWorkitemWrapup'>
  | Payload<'onWorkitemEnd'>
  | Payload<'onCallVariableChanged'>
  | Payload<'onWrapupDataChanged'>,
  WireWorkitem
> &
  Same<Payload<'onAgentStateChange'>, WireAgentStateChange> &
  Same<Payload<'onQueueDataUpdate'>, WireQueueDataUpdate> &
  Same<Payload<'onError'>, WireError> = true;

// Each request's arguments in the order of the reference's sample call (its field
// table where the sample passes a literal), optional where the table says so.
const _requestArguments: Same<
  Parameters<CilApi['setAgentState']>,
  [
    channelId: string,
    state: RequestedAgentState,
    reasonCode?: ReasonCodeArgument,
    requestId?: string,
  ]
> &
  Same<
    Parameters<CilApi['directTransfer']>,
    [channelId: string, address: string, workitemId?: string, requestId?: string]
  > &
  Same<
    Parameters<CilApi['singleStepConference']>,
    [channelId: string, address: string, workitemId?: string, requestId?: string]
  > &
  Same<
    Parameters<CilApi['dialOrConsult']>,
    [channelId: string, address: string, requestId?: string]
  > &
  Same<Parameters<CilApi['getReasonCodeList']>, [channelId: string, reasonType: ReasonType]> &
  Same<Parameters<CilApi['getChannel']>, [channelId: string]> &
  Same<Parameters<CilApi['sendDtmf']>, [dtmf: string, requestId?: string]> &
  Same<Parameters<CilApi['isSendDtmfEnabled']>, []> &
  Same<
    Parameters<CilApi['updateWorkitemData']>,
    [
      channelId: string,
      workitemId: string,
      updatedData: Readonly<Record<string, string>>,
      requestId?: string,
    ]
  > &
  Same<Parameters<CilApi['isUpdateWorkitemDataEnabled']>, [channelId: string, workitemId: string]> &
  Same<
    Parameters<CilApi['setWrapupReason']>,
    [channelId: string, workitemId: string, wrapUpReason: string, requestId?: string]
  > = true;

// "Returns a promise which has no value" / "resolves to …", bare or in the envelope
// some b+s versions use.
const _requestResults: Same<
  | Resolved<'setAgentState'>
  | Resolved<'directTransfer'>
  | Resolved<'singleStepConference'>
  | Resolved<'dialOrConsult'>
  | Resolved<'sendDtmf'>
  | Resolved<'updateWorkitemData'>
  | Resolved<'setWrapupReason'>,
  CilResult<void>
> &
  Same<Resolved<'getReasonCodeList'>, CilResult<WireReasonCode[]>> &
  Same<Resolved<'getChannel'>, CilResult<WireGetChannel>> &
  Same<Resolved<'isSendDtmfEnabled'>, CilResult<boolean | { enabled: boolean }>> &
  Same<Resolved<'isUpdateWorkitemDataEnabled'>, CilResult<boolean | { enabled: boolean }>> = true;

/** The reference's event names (the headings of its Events chapter). */
const REFERENCE_EVENTS = [
  'workitemCreate',
  'workitemConnect',
  'workitemPause',
  'workitemResume',
  'workitemWrapup',
  'workitemEnd',
  'callVariableChanged',
  'wrapupDataChanged',
  'agentStateChange',
  'queueDataUpdate',
  'error',
] as const;

/** The events that say "Please see workitem reference". */
const REFERENCE_WORKITEM_EVENTS = REFERENCE_EVENTS.slice(0, 8);

/**
 * The compile-time checks: the type check is the test (`npm run typecheck` fails on any
 * mismatch with the reference). This list only keeps them referenced; no runtime test
 * asserts over it, as one over values typed `true` could not fail.
 */
export const _COMPILE_TIME_CHECKS: readonly true[] = [
  _wireWorkitem,
  _wireCtiData,
  _wireActivity,
  _wireCrmRecord,
  _wireParticipant,
  _wireGetChannel,
  _wireChannel,
  _wireReasonCode,
  _wireQueueData,
  _wireStatistics,
  _wireAgentStateChange,
  _wireQueueDataUpdate,
  _wireDeletedQueue,
  _wireError,
  _wireEcc,
  _modelWorkitem,
  _modelCtiData,
  _modelActivity,
  _modelCrmRecord,
  _modelParticipant,
  _modelGetChannel,
  _modelChannel,
  _modelReasonCode,
  _modelQueueData,
  _modelStatistics,
  _modelAgentStateChange,
  _modelQueueDataUpdate,
  _modelError,
  _modelEcc,
  _counters,
  _cilApi,
  _registrations,
  _requestArguments,
  _requestResults,
];

const sorted = (names: Iterable<string>): string[] => [...names].sort();

describe('the types cover the reference', () => {
  describe('the samples carry every field of the reference', () => {
    const cases: readonly [string, object, readonly string[]][] = [
      ['workitem', WORKITEM_CONNECT, WORKITEM_FIELDS],
      ['ctiData', SAMPLE_CTI_DATA, CTI_DATA_FIELDS],
      ['activity record', WORKITEM_CONNECT.activity ?? {}, ACTIVITY_RECORD_FIELDS],
      ['CRM record', WORKITEM_CONNECT.associatedParticipant ?? {}, CRM_RECORD_FIELDS],
      ['participant', WORKITEM_CONNECT.participants[0] ?? {}, PARTICIPANT_FIELDS],
      ['getChannel', GET_CHANNEL, GET_CHANNEL_FIELDS],
      ['channel', GET_CHANNEL.channel, CHANNEL_FIELDS],
      ['getReasonCodeList entry', REASON_CODE_LIST[0] ?? {}, REASON_CODE_FIELDS],
      ['queueData', QUEUE_SALES, QUEUE_DATA_FIELDS],
      ['statistics', QUEUE_SALES.statistics, STATISTICS_FIELDS],
      ['agentStateChange', AGENT_STATE_CHANGE, AGENT_STATE_CHANGE_FIELDS],
      ['queueDataUpdate', QUEUE_ENABLED, QUEUE_DATA_UPDATE_FIELDS],
      ['DELETED entry', QUEUE_DELETED.queueData[0] ?? {}, DELETED_QUEUE_FIELDS],
      ['error', ERROR_EVENT, ERROR_FIELDS],
    ];
    for (const [name, sample, fields] of cases) {
      it(name, () => {
        const ownKeys = Object.keys(sample).filter((key) => !key.startsWith('user.'));
        expect(sorted(ownKeys)).to.deep.equal(sorted(fields));
      });
    }
    it('ctiData has ECC `user.*` variables', () => {
      expect(Object.keys(SAMPLE_CTI_DATA).filter((key) => key.startsWith('user.'))).to.not.be.empty;
    });
  });

  describe('the parsed samples have every field of the model', () => {
    const workitem = expectOk(
      parseWorkitem('workitemConnect', { ...WORKITEM_CONNECT, requestId: 'req-1' }),
    );
    const info = expectOk(parseChannelInfo(GET_CHANNEL));
    const [queue] = (() => {
      const update = expectOk(parseQueueDataUpdate(QUEUE_ENABLED));
      return update.dataState === 'ENABLED' ? update.queueData : [];
    })();
    const cases: readonly [string, object | undefined, readonly string[]][] = [
      ['workitem', workitem, WORKITEM_FIELDS.filter((field) => field !== 'event')],
      ['ctiData', workitem.ctiData, CTI_DATA_FIELDS],
      ['activity record', workitem.activity, ACTIVITY_RECORD_FIELDS],
      ['CRM record', workitem.associatedParticipant, CRM_RECORD_FIELDS],
      ['participant', workitem.participants[0], PARTICIPANT_FIELDS],
      ['getChannel', info, GET_CHANNEL_FIELDS],
      ['channel', info.channel, CHANNEL_FIELDS],
      ['reason code', expectOk(parseReasonCodeList(REASON_CODE_LIST))[0], REASON_CODE_FIELDS],
      ['queueData', queue, QUEUE_DATA_FIELDS],
      ['statistics', queue?.statistics, STATISTICS_FIELDS],
      [
        'agentStateChange',
        expectOk(parseAgentStateChange(AGENT_STATE_CHANGE)),
        AGENT_STATE_CHANGE_FIELDS.filter((field) => field !== 'event'),
      ],
      [
        'queueDataUpdate',
        expectOk(parseQueueDataUpdate(QUEUE_ENABLED)),
        QUEUE_DATA_UPDATE_FIELDS.filter((field) => field !== 'event'),
      ],
      [
        'DELETED',
        expectOk(parseQueueDataUpdate(QUEUE_DELETED)),
        ['dataState', 'version', 'deletedIds'],
      ],
      [
        'error',
        expectOk(parseError(ERROR_EVENT)),
        ERROR_FIELDS.filter((field) => field !== 'event'),
      ],
    ];
    for (const [name, parsed, fields] of cases) {
      it(name, () => {
        const keys = Object.keys(parsed ?? {}).filter((key) => !key.startsWith('user.'));
        expect(sorted(keys)).to.deep.equal(sorted(fields));
      });
    }
  });

  describe('enumerated values equal the reference', () => {
    const cases: readonly [string, readonly string[], readonly string[]][] = [
      [
        'agent states',
        AGENT_STATES,
        ['Logout', 'Offline', 'Ready', 'NotReady', 'Active', 'Wrapup', 'Unknown'],
      ],
      ['requested agent states', REQUESTED_AGENT_STATES, ['Ready', 'NotReady', 'Logout']],
      ['channel types', CHANNEL_TYPES, ['Voice', 'Mail', 'Chat', 'Task', 'Federation']],
      [
        'workitem states',
        WORKITEM_STATES,
        [
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
        ],
      ],
      [
        'classifications',
        CLASSIFICATIONS,
        ['Customer', 'Consultation', 'Conference', 'Transfer', 'Internal', 'Unknown'],
      ],
      ['directions', DIRECTIONS, ['Incoming', 'Outgoing']],
      [
        'outbound classifications',
        OUTBOUND_CLASSIFICATIONS,
        ['VOICE', 'FAX', 'ANS_MACHINE', 'INVALID', 'DO_NOT_CALL', 'BUSY'],
      ],
      ['escalation levels', ESCALATION_LEVELS, ['Normal', 'Warn', 'Critical']],
      ['data states', DATA_STATES, ['ENABLED', 'ADDED', 'UPDATED', 'DELETED', 'DISABLED']],
      ['reason types', REASON_TYPES, ['Logout', 'NotReady', 'Wrapup']],
      ['queue channels', QUEUE_CHANNELS, ['Voice']],
      [
        'queue counters',
        QUEUE_COUNTERS,
        STATISTICS_FIELDS.filter((field) => field.startsWith('agents') || field === 'callsInQueue'),
      ],
    ];
    for (const [name, actual, reference] of cases) {
      it(name, () => {
        expect([...actual]).to.deep.equal([...reference]);
      });
    }
  });

  describe('the cil surface equals the reference', () => {
    it('event names', () => {
      expect([...CIL_EVENT_NAMES]).to.deep.equal([...REFERENCE_EVENTS]);
      expect([...WORKITEM_EVENT_NAMES]).to.deep.equal([...REFERENCE_WORKITEM_EVENTS]);
    });

    it('one registration method per event, named as in the samples', () => {
      expect(REFERENCE_EVENTS.map((event) => REGISTRATION_METHODS[event])).to.deep.equal([
        ...REFERENCE_REGISTRATIONS,
      ]);
    });

    it('request names', () => {
      expect([...CIL_REQUEST_NAMES]).to.deep.equal([...REFERENCE_REQUESTS]);
    });
  });
});
