/**
 * Validation at the edge: one parser per event (and per request result) turning an
 * `unknown` payload into the typed model of `./model.ts`, or into a {@link Problem}.
 *
 * Lenient where real systems vary (numeric strings, extra fields, unknown states
 * mapped to `Unknown`, missing optional fields); strict where meaning breaks (no
 * queue id, no workitem id, no channel id, a non-object payload, an unknown
 * `dataState`). Parsers never throw, whatever the input.
 *
 * @module
 */
import {
  AGENT_STATES,
  CHANNEL_TYPES,
  CLASSIFICATIONS,
  DATA_STATES,
  DIRECTIONS,
  ESCALATION_LEVELS,
  OUTBOUND_CLASSIFICATIONS,
  QUEUE_COUNTERS,
  WORKITEM_STATES,
  type CilEventName,
  type QueueCounter,
  type WorkitemEventName,
} from './enums.js';
import type {
  ActivityRecord,
  AgentStateChange,
  Channel,
  ChannelInfo,
  CilError,
  CrmRecord,
  CtiData,
  ParseResult,
  Participant,
  PayloadKind,
  Problem,
  QueueData,
  QueueDataUpdate,
  QueueStatistics,
  ReasonCode,
  Workitem,
} from './model.js';
import {
  ProblemLog,
  asRecord,
  boundedKeys,
  extraFields,
  pathOf,
  readArray,
  readCount,
  readEnum,
  readId,
  readReasonCode,
  readText,
  readTime,
  setOwn,
  typeName,
} from './parse-primitives.js';

function ok<T>(value: T, log: ProblemLog): ParseResult<T> {
  return { ok: true, value, warnings: log.problems };
}

function fail<T>(log: ProblemLog, problem: Omit<Problem, 'event'>): ParseResult<T> {
  return { ok: false, problem: { event: log.event, ...problem }, warnings: log.problems };
}

/**
 * Runs a parser body, turning any unexpected exception into a problem. The bodies are
 * written not to throw; this is the guarantee, even for hostile getters or proxies.
 * The body gets the input as an argument, so an event parser's body is a plain function
 * rather than a closure allocated per event.
 */
function guarded<T>(
  event: PayloadKind,
  input: unknown,
  body: (log: ProblemLog, input: unknown) => ParseResult<T>,
): ParseResult<T> {
  const log = new ProblemLog(event);
  try {
    return body(log, input);
  } catch (error) {
    return fail(log, {
      path: '',
      reason: 'wrong-type',
      detail: `payload could not be read: ${describeThrown(error)}`,
    });
  }
}

/** What was thrown, as text; itself never throws (a thrown value may be hostile too). */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'an unreadable value was thrown';
  }
}

function notAnObject<T>(log: ProblemLog, input: unknown): ParseResult<T> {
  return fail(log, {
    path: '',
    reason: 'not-an-object',
    detail: `expected an object, got ${typeName(input)}`,
  });
}

// ---------------------------------------------------------------------------------
// Records

// Record readers take the record's own path; its fields' paths are built lazily.

function readCrmRecord(value: unknown, log: ProblemLog, path: string): CrmRecord | undefined {
  const record = asRecord(value);
  if (!record) {
    if (value !== undefined && value !== null) {
      log.add(path, 'wrong-type', `expected a CRM record, got ${typeName(value)}`);
    }
    return undefined;
  }
  const id = readId(record.id, log, path, 'id');
  if (id === undefined) {
    log.addAt(path, 'id', 'missing-field', 'CRM record without id dropped');
    return undefined;
  }
  return {
    id,
    name: readText(record.name, log, path, 'name') ?? '',
    recordType: readText(record.recordType, log, path, 'recordType') ?? '',
  };
}

function readCrmRecords(value: unknown, log: ProblemLog, path: string): readonly CrmRecord[] {
  const records: CrmRecord[] = [];
  const items = readArray(value, log, path);
  for (let index = 0; index < items.length; index += 1) {
    if (!(index in items)) continue; // a hole of a sparse array
    const record = readCrmRecord(items[index], log, pathOf(path, index));
    if (record) records.push(record);
  }
  return records;
}

function readActivity(value: unknown, log: ProblemLog, path: string): ActivityRecord | undefined {
  const record = asRecord(value);
  if (!record) {
    if (value !== undefined && value !== null) {
      log.add(path, 'wrong-type', `expected an activity record, got ${typeName(value)}`);
    }
    return undefined;
  }
  const id = readId(record.id, log, path, 'id');
  if (id === undefined) {
    log.addAt(path, 'id', 'missing-field', 'activity record without id dropped');
    return undefined;
  }
  return { id, recordType: readText(record.recordType, log, path, 'recordType') ?? '' };
}

function readParticipants(value: unknown, log: ProblemLog, path: string): readonly Participant[] {
  const participants: Participant[] = [];
  const items = readArray(value, log, path);
  for (let index = 0; index < items.length; index += 1) {
    if (!(index in items)) continue; // a hole of a sparse array
    const item = items[index];
    // Some systems list bare addresses; the reference says "participants with their address".
    const address =
      typeof item === 'string' || typeof item === 'number'
        ? readText(item, log, path, index)
        : readText(asRecord(item)?.address, log, pathOf(path, index), 'address');
    if (address === undefined) {
      log.addAt(path, index, 'missing-field', 'participant without address dropped');
      continue;
    }
    participants.push({ address });
  }
  return participants;
}

function readStrings(value: unknown, log: ProblemLog, path: string): readonly string[] {
  const strings: string[] = [];
  const items = readArray(value, log, path);
  for (let index = 0; index < items.length; index += 1) {
    if (!(index in items)) continue; // a hole of a sparse array
    const text = readText(items[index], log, path, index);
    if (text !== undefined) strings.push(text);
  }
  return strings;
}

function readCtiData(value: unknown, log: ProblemLog, path: string): CtiData {
  const record = asRecord(value);
  if (!record) {
    if (value !== undefined && value !== null) {
      log.add(path, 'wrong-type', `expected ctiData to be an object, got ${typeName(value)}`);
    }
    return {};
  }
  const ctiData: Record<string, string> = {};
  for (const key of boundedKeys(record, log, path)) {
    const raw = record[key];
    if (key === 'outboundClassification') {
      const classification = readEnum(OUTBOUND_CLASSIFICATIONS, raw, log, path, key);
      if (classification) ctiData[key] = classification;
      continue;
    }
    const text = readText(raw, log, path, key);
    if (text !== undefined) setOwn(ctiData, key, text);
  }
  return ctiData;
}

// ---------------------------------------------------------------------------------
// Workitem

const WORKITEM_FIELDS = new Set([
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
]);

/** A workitem while it is being read: every field optional and writable. */
type WorkitemDraft = { -readonly [K in keyof Workitem]?: Workitem[K] };

function readWorkitem(
  record: Record<string, unknown>,
  log: ProblemLog,
  path: string,
): Workitem | undefined {
  const id = readId(record.id, log, path, 'id');
  if (id === undefined) return undefined;
  let state = readEnum(WORKITEM_STATES, record.state, log, path, 'state');
  if (state === undefined) {
    if (record.state === undefined || record.state === null || record.state === '')
      log.addAt(path, 'state', 'missing-field', 'no state; using Unknown');
    state = 'Unknown';
  }
  const extra = extraFields(record, WORKITEM_FIELDS, log, path);
  // Fields are read (and their problems logged) in the order of the result's keys, and
  // an absent optional field gets no key: assigned one by one rather than spread from
  // a temporary object per field, so every workitem of the same form shares one shape.
  const workitem: WorkitemDraft = { id, state };
  const version = readText(record.version, log, path, 'version');
  if (version !== undefined) workitem.version = version;
  const requestId = readId(record.requestId, log, path, 'requestId');
  if (requestId !== undefined) workitem.requestId = requestId;
  const activity = readActivity(record.activity, log, pathOf(path, 'activity'));
  if (activity !== undefined) workitem.activity = activity;
  const agentId = readText(record.agentId, log, path, 'agentId');
  if (agentId !== undefined) workitem.agentId = agentId;
  const ani = readText(record.ani, log, path, 'ani');
  if (ani !== undefined) workitem.ani = ani;
  const associatedParticipant = readCrmRecord(
    record.associatedParticipant,
    log,
    pathOf(path, 'associatedParticipant'),
  );
  if (associatedParticipant !== undefined) workitem.associatedParticipant = associatedParticipant;
  workitem.associations = readCrmRecords(record.associations, log, pathOf(path, 'associations'));
  workitem.capabilities = readStrings(record.capabilities, log, pathOf(path, 'capabilities'));
  const channelId = readId(record.channelId, log, path, 'channelId');
  if (channelId !== undefined) workitem.channelId = channelId;
  const channelType = readEnum(CHANNEL_TYPES, record.channelType, log, path, 'channelType');
  if (channelType !== undefined) workitem.channelType = channelType;
  workitem.classification =
    readEnum(CLASSIFICATIONS, record.classification, log, path, 'classification') ?? 'Unknown';
  workitem.connectedAt = readTime(record.connectedAt, log, path, 'connectedAt');
  workitem.ctiData = readCtiData(record.ctiData, log, pathOf(path, 'ctiData'));
  const direction = readEnum(DIRECTIONS, record.direction, log, path, 'direction');
  if (direction !== undefined) workitem.direction = direction;
  workitem.participants = readParticipants(record.participants, log, pathOf(path, 'participants'));
  workitem.participantLookupResult = readCrmRecords(
    record.participantLookupResult,
    log,
    pathOf(path, 'participantLookupResult'),
  );
  if (extra !== undefined) workitem.extra = extra;
  // Every required field was assigned above.
  return workitem as Workitem;
}

/** Parses the `data` of any workitem event (`workitemCreate` … `wrapupDataChanged`). */
export function parseWorkitem(event: WorkitemEventName, input: unknown): ParseResult<Workitem> {
  return guarded(event, input, workitemBody);
}

function workitemBody(log: ProblemLog, input: unknown): ParseResult<Workitem> {
  const record = asRecord(input);
  if (!record) return notAnObject(log, input);
  const workitem = readWorkitem(record, log, '');
  if (!workitem) {
    return fail(log, { path: 'id', reason: 'missing-field', detail: 'workitem without id' });
  }
  return ok(workitem, log);
}

// ---------------------------------------------------------------------------------
// agentStateChange

const AGENT_STATE_CHANGE_FIELDS = new Set([
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
]);

/** Parses an `agentStateChange` event. A missing `channelId` or `newState` rejects it. */
export function parseAgentStateChange(input: unknown): ParseResult<AgentStateChange> {
  return guarded('agentStateChange', input, agentStateChangeBody);
}

function agentStateChangeBody(log: ProblemLog, input: unknown): ParseResult<AgentStateChange> {
  const record = asRecord(input);
  if (!record) return notAnObject(log, input);
  const channelId = readId(record.channelId, log, 'channelId');
  if (channelId === undefined) {
    return fail(log, { path: 'channelId', reason: 'missing-field', detail: 'no channelId' });
  }
  if (record.newState === undefined || record.newState === null || record.newState === '') {
    return fail(log, { path: 'newState', reason: 'missing-field', detail: 'no newState' });
  }
  const newState = readEnum(AGENT_STATES, record.newState, log, 'newState') ?? 'Unknown';
  const oldState = readEnum(AGENT_STATES, record.oldState, log, 'oldState') ?? 'Unknown';
  const channelType = readEnum(CHANNEL_TYPES, record.channelType, log, 'channelType');
  const version = readText(record.version, log, 'version');
  const requestId = readId(record.requestId, log, 'requestId');
  const extra = extraFields(record, AGENT_STATE_CHANGE_FIELDS, log, '');
  return ok(
    {
      channelId,
      ...(channelType ? { channelType } : {}),
      ...(version !== undefined ? { version } : {}),
      ...(requestId !== undefined ? { requestId } : {}),
      newState,
      newReasonCode: readReasonCode(record.newReasonCode, log, 'newReasonCode'),
      newReasonCodeLabel: readText(record.newReasonCodeLabel, log, 'newReasonCodeLabel') ?? '',
      newStateChangeTime: readTime(record.newStateChangeTime, log, 'newStateChangeTime'),
      oldState,
      oldReasonCode: readReasonCode(record.oldReasonCode, log, 'oldReasonCode'),
      oldReasonCodeLabel: readText(record.oldReasonCodeLabel, log, 'oldReasonCodeLabel') ?? '',
      oldStateChangeTime: readTime(record.oldStateChangeTime, log, 'oldStateChangeTime'),
      ...(extra ? { extra } : {}),
    },
    log,
  );
}

// ---------------------------------------------------------------------------------
// queueDataUpdate

const QUEUE_FIELDS = new Set(['id', 'name', 'channel', 'escalationLevel', 'statistics']);

/** A statistics record with every counter, before the absent ones are left out. */
type ReadStatistics = {
  [K in QueueCounter]: number | undefined;
} & { startTimeOfLongestCallInQueue: QueueStatistics['startTimeOfLongestCallInQueue'] };

function readStatistics(value: unknown, log: ProblemLog, path: string): QueueStatistics {
  const record = asRecord(value);
  if (!record) {
    log.add(
      path,
      value === undefined ? 'missing-field' : 'wrong-type',
      value === undefined ? 'no statistics' : `expected statistics, got ${typeName(value)}`,
    );
    return { startTimeOfLongestCallInQueue: null };
  }
  // Named reads in one literal, not a loop over QUEUE_COUNTERS: this runs for every
  // queue of every update, and fixed property names keep both objects' shapes stable.
  const statistics: ReadStatistics = {
    agentsNotReady: readCount(record.agentsNotReady, log, path, 'agentsNotReady'),
    agentsReady: readCount(record.agentsReady, log, path, 'agentsReady'),
    agentsTalkingInbound: readCount(record.agentsTalkingInbound, log, path, 'agentsTalkingInbound'),
    agentsTalkingInternal: readCount(
      record.agentsTalkingInternal,
      log,
      path,
      'agentsTalkingInternal',
    ),
    agentsTalkingOutbound: readCount(
      record.agentsTalkingOutbound,
      log,
      path,
      'agentsTalkingOutbound',
    ),
    agentsWrapUpNotReady: readCount(record.agentsWrapUpNotReady, log, path, 'agentsWrapUpNotReady'),
    agentsWrapUpReady: readCount(record.agentsWrapUpReady, log, path, 'agentsWrapUpReady'),
    callsInQueue: readCount(record.callsInQueue, log, path, 'callsInQueue'),
    startTimeOfLongestCallInQueue: readTime(
      record.startTimeOfLongestCallInQueue,
      log,
      path,
      'startTimeOfLongestCallInQueue',
    ),
  };
  if (
    statistics.agentsNotReady !== undefined &&
    statistics.agentsReady !== undefined &&
    statistics.agentsTalkingInbound !== undefined &&
    statistics.agentsTalkingInternal !== undefined &&
    statistics.agentsTalkingOutbound !== undefined &&
    statistics.agentsWrapUpNotReady !== undefined &&
    statistics.agentsWrapUpReady !== undefined &&
    statistics.callsInQueue !== undefined
  ) {
    return statistics;
  }
  // A counter not available: it has no key at all, so no code can add it up as a number.
  const present: { [K in QueueCounter]?: number } = {};
  for (const counter of QUEUE_COUNTERS) {
    const count = statistics[counter];
    if (count !== undefined) present[counter] = count;
  }
  return { ...present, startTimeOfLongestCallInQueue: statistics.startTimeOfLongestCallInQueue };
}

/** Reads one queue of a `queueData` array; `undefined` (with a problem) when it has no id. */
function readQueueData(value: unknown, log: ProblemLog, path: string): QueueData | undefined {
  const record = asRecord(value);
  if (!record) {
    log.add(path, 'not-an-object', `expected a queue, got ${typeName(value)}`);
    return undefined;
  }
  const id = readId(record.id, log, path, 'id');
  if (id === undefined) {
    log.addAt(path, 'id', 'missing-field', 'queue without id dropped');
    return undefined;
  }
  let name = readText(record.name, log, path, 'name');
  if (name === undefined) {
    log.addAt(path, 'name', 'missing-field', 'queue without name; showing its id');
    name = id;
  }
  const channel = readText(record.channel, log, path, 'channel');
  const escalationLevel = readEnum(
    ESCALATION_LEVELS,
    record.escalationLevel,
    log,
    path,
    'escalationLevel',
  );
  const extra = extraFields(record, QUEUE_FIELDS, log, path);
  const statistics = readStatistics(record.statistics, log, pathOf(path, 'statistics'));
  // The common case in one literal (one shape for every queue); otherwise only the
  // fields present become keys.
  if (channel !== undefined && escalationLevel !== undefined && extra === undefined) {
    return { id, name, channel, escalationLevel, statistics };
  }
  return {
    id,
    name,
    ...(channel !== undefined ? { channel } : {}),
    ...(escalationLevel ? { escalationLevel } : {}),
    statistics,
    ...(extra ? { extra } : {}),
  };
}

/**
 * Parses a `queueDataUpdate` event. Unknown `dataState`s are rejected. Within
 * `queueData`, entries without an id are dropped with a problem; an ADDED, UPDATED
 * or DELETED left with no usable entry is rejected, since it says nothing.
 */
export function parseQueueDataUpdate(input: unknown): ParseResult<QueueDataUpdate> {
  return guarded('queueDataUpdate', input, queueDataUpdateBody);
}

function queueDataUpdateBody(log: ProblemLog, input: unknown): ParseResult<QueueDataUpdate> {
  const record = asRecord(input);
  if (!record) return notAnObject(log, input);
  const dataState = readEnum(DATA_STATES, record.dataState, log, 'dataState');
  if (dataState === undefined) {
    // Without a dataState the queueData array means nothing, so the event is rejected
    // for the problem readEnum just logged (the only one yet), or for having none.
    const problem = log.problems.pop();
    return fail(log, {
      path: 'dataState',
      reason: problem?.reason ?? 'missing-field',
      detail: problem?.detail ?? 'no dataState',
    });
  }
  const version = readText(record.version, log, 'version');
  if (dataState === 'DISABLED') {
    if (Array.isArray(record.queueData) && record.queueData.length > 0) {
      log.add('queueData', 'out-of-range', 'DISABLED carries an empty array; entries ignored');
    }
    return ok(version !== undefined ? { dataState, version } : { dataState }, log);
  }
  if (!Array.isArray(record.queueData)) {
    return fail(log, {
      path: 'queueData',
      reason: record.queueData === undefined ? 'missing-field' : 'wrong-type',
      detail: `expected a queueData list, got ${typeName(record.queueData)}`,
    });
  }
  const entries = record.queueData as readonly unknown[];
  if (dataState === 'DELETED') {
    const deletedIds = readDeletedIds(entries, log);
    if (deletedIds.length === 0) {
      return fail(log, {
        path: 'queueData',
        reason: 'missing-field',
        detail: 'DELETED without an id',
      });
    }
    return ok(
      version !== undefined ? { dataState, version, deletedIds } : { dataState, deletedIds },
      log,
    );
  }
  const queueData = readQueueList(entries, log);
  if (dataState !== 'ENABLED' && queueData.length === 0) {
    return fail(log, {
      path: 'queueData',
      reason: 'missing-field',
      detail: `${dataState} without a usable queue`,
    });
  }
  return ok(
    version !== undefined ? { dataState, version, queueData } : { dataState, queueData },
    log,
  );
}

function readDeletedIds(entries: readonly unknown[], log: ProblemLog): readonly string[] {
  const deletedIds: string[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    if (!(index in entries)) continue; // a hole of a sparse array, as forEach skips it
    const entry = entries[index];
    const path = pathOf('queueData', index);
    // Lenient: a bare id string is as clear as `{ id }`.
    const id =
      typeof entry === 'string' || typeof entry === 'number'
        ? readId(entry, log, path)
        : readId(asRecord(entry)?.id, log, path, 'id');
    if (id === undefined) log.addAt(path, 'id', 'missing-field', 'DELETED entry without id');
    else if (!deletedIds.includes(id)) deletedIds.push(id);
  }
  return deletedIds;
}

/** The queues of `queueData`, without those lacking an id; a queue listed twice: last wins. */
function readQueueList(entries: readonly unknown[], log: ProblemLog): readonly QueueData[] {
  // UPDATED and ADDED carry a single queue: no map needed to find duplicates.
  if (entries.length === 1 && 0 in entries) {
    const queue = readQueueData(entries[0], log, 'queueData[0]');
    return queue ? [queue] : [];
  }
  const byId = new Map<string, QueueData>();
  for (let index = 0; index < entries.length; index += 1) {
    if (!(index in entries)) continue; // a hole of a sparse array, as forEach skips it
    const path = pathOf('queueData', index);
    const queue = readQueueData(entries[index], log, path);
    if (!queue) continue;
    if (byId.has(queue.id)) {
      log.add(path, 'out-of-range', `queue ${queue.id} listed twice; last wins`);
    }
    byId.set(queue.id, queue);
  }
  return [...byId.values()];
}

// ---------------------------------------------------------------------------------
// error

/** Parses an `error` event. A bare string is taken as the message. */
export function parseError(input: unknown): ParseResult<CilError> {
  return guarded('error', input, errorBody);
}

function errorBody(log: ProblemLog, input: unknown): ParseResult<CilError> {
  // A bare string is read as the message of an error object: same bounds, same fallback.
  const record = typeof input === 'string' ? { message: input } : asRecord(input);
  if (!record) return notAnObject(log, input);
  let message = readText(record.message, log, 'message');
  if (message === undefined || message === '') {
    log.add('message', 'missing-field', 'error without message');
    message = 'Unknown error';
  }
  const version = readText(record.version, log, 'version');
  return ok(
    {
      requestId: readId(record.requestId, log, 'requestId') ?? null,
      message,
      ...(version !== undefined ? { version } : {}),
    },
    log,
  );
}

// ---------------------------------------------------------------------------------
// Request results

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

// ---------------------------------------------------------------------------------
// Any event

/** A validated event, tagged by name. */
export type ParsedEvent =
  | { readonly name: WorkitemEventName; readonly workitem: Workitem }
  | { readonly name: 'agentStateChange'; readonly change: AgentStateChange }
  | { readonly name: 'queueDataUpdate'; readonly update: QueueDataUpdate }
  | { readonly name: 'error'; readonly error: CilError };

/** Parses the payload of any named event. */
export function parseEvent(name: CilEventName, input: unknown): ParseResult<ParsedEvent> {
  // A switch of direct calls, not a callback per event: this is the entry of every event.
  switch (name) {
    case 'agentStateChange': {
      const result = parseAgentStateChange(input);
      return result.ok ? tagged({ name, change: result.value }, result) : result;
    }
    case 'queueDataUpdate': {
      const result = parseQueueDataUpdate(input);
      return result.ok ? tagged({ name, update: result.value }, result) : result;
    }
    case 'error': {
      const result = parseError(input);
      return result.ok ? tagged({ name, error: result.value }, result) : result;
    }
    default: {
      const result = parseWorkitem(name, input);
      return result.ok ? tagged({ name, workitem: result.value }, result) : result;
    }
  }
}

/** The accepted result of a parser, its value replaced by the tagged event. */
function tagged(
  event: ParsedEvent,
  result: { readonly warnings: readonly Problem[] },
): ParseResult<ParsedEvent> {
  return { ok: true, value: event, warnings: result.warnings };
}
