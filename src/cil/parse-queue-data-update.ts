/**
 * The parser of the `queueDataUpdate` event: its `dataState`, and the queues and
 * statistics of its `queueData`.
 *
 * @module
 */
import { DATA_STATES, ESCALATION_LEVELS, QUEUE_COUNTERS, type QueueCounter } from './enums.js';
import type { ParseResult, QueueData, QueueDataUpdate, QueueStatistics } from './model.js';
import { fail, guarded, notAnObject, ok } from './parse-outcome.js';
import {
  type ProblemLog,
  asRecord,
  extraFields,
  pathOf,
  readCount,
  readEnum,
  readId,
  readText,
  readTime,
  typeName,
} from './parse-primitives.js';

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
