/**
 * The parser of every workitem event (`workitemCreate` … `wrapupDataChanged`), and the
 * readers of the records a workitem carries (activity, CRM records, participants, ctiData).
 *
 * @module
 */
import {
  CHANNEL_TYPES,
  CLASSIFICATIONS,
  DIRECTIONS,
  OUTBOUND_CLASSIFICATIONS,
  WORKITEM_STATES,
  type WorkitemEventName,
} from './enums.js';
import type {
  ActivityRecord,
  CrmRecord,
  CtiData,
  ParseResult,
  Participant,
  Workitem,
} from './model.js';
import { fail, guarded, notAnObject, ok } from './parse-outcome.js';
import {
  type ProblemLog,
  asRecord,
  boundedKeys,
  extraFields,
  pathOf,
  readArray,
  readEnum,
  readId,
  readText,
  readTime,
  setOwn,
  typeName,
} from './parse-primitives.js';

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

/** Reads a workitem record; `undefined` when it has no id (the caller says why). */
export function readWorkitem(
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
