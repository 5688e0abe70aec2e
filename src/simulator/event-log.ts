/**
 * The event log format shared by the recorder and the replay: JSON Lines, one event
 * per line as `{"t": <epoch ms>, "event": "<CilEventName>", "data": <payload>}`, with
 * an optional first header line
 * `{"format":"connects-wallboard-event-log","version":1,"recordedAt":"...","source":"..."}`.
 *
 * Payloads stay `unknown`: a log holds what a `cil` handed out, valid or not, so the
 * replay can feed the parsers exactly what they met in the field.
 *
 * @module
 */
import { describeThrown } from '../cil/describe-thrown.js';
import { CIL_EVENT_NAMES, WORKITEM_EVENT_NAMES, isOneOf } from '../cil/enums.js';
import type { CilEventName } from '../cil/enums.js';
import { asRecord, typeName } from '../cil/parse-primitives.js';

/** The `format` value of a header line. */
export const EVENT_LOG_FORMAT = 'connects-wallboard-event-log';
/** The header `version` this code writes and reads. */
export const EVENT_LOG_VERSION = 1;
/** Default cap on the entries {@link parseEventLog} keeps. */
export const DEFAULT_MAX_PARSED_ENTRIES = 1_000_000;
/** Default cap on the problems {@link parseEventLog} lists one by one. */
export const DEFAULT_MAX_PROBLEMS = 100;

/**
 * One event of a log: what the recorder captures, the replay plays and the simulator's
 * `eventLog()` lists.
 */
export interface RecordedEvent {
  /** When the event was dispatched, epoch ms (simulated time for the simulator). */
  readonly t: number;
  /** The event's name. */
  readonly event: CilEventName;
  /** The payload as the `cil` handed it to the callbacks (the recorder keeps a deep copy). */
  readonly data: unknown;
}

/** The optional first line of a log. */
export interface EventLogHeader {
  /** Always {@link EVENT_LOG_FORMAT}. */
  readonly format: typeof EVENT_LOG_FORMAT;
  /** Always {@link EVENT_LOG_VERSION}. */
  readonly version: typeof EVENT_LOG_VERSION;
  /** When the log was written, ISO 8601. */
  readonly recordedAt?: string;
  /** Free text naming where the events came from (a host name, `simulator`...). */
  readonly source?: string;
}

/** A line {@link parseEventLog} could not use. */
export interface EventLogProblem {
  /** 1-based line number in the text; 0 for a problem about the whole log. */
  readonly line: number;
  /** What is wrong with it. */
  readonly message: string;
}

/** What {@link parseEventLog} found. */
export interface ParsedEventLog {
  /** The header line, when the log has a valid one. */
  readonly header: EventLogHeader | undefined;
  /** The usable entries, in file order. */
  readonly entries: readonly RecordedEvent[];
  /** The lines that were skipped, with their numbers. */
  readonly problems: readonly EventLogProblem[];
}

/** Options of {@link serializeEventLog}. */
export interface SerializeEventLogOptions {
  /** Writes a header line first; its `format` and `version` are filled in. */
  readonly header?: { readonly recordedAt?: string; readonly source?: string };
}

/** Options of {@link parseEventLog}. */
export interface ParseEventLogOptions {
  /** Entries kept at most; later lines are skipped with one problem. */
  readonly maxEntries?: number;
  /** Problems listed one by one at most; the rest are summed up in a last problem. */
  readonly maxProblems?: number;
}

/**
 * A deep copy of a payload, so that later changes by the `cil` or by a consumer cannot
 * alter what was recorded. `structuredClone` first, a JSON round trip for what it
 * refuses (functions inside), and a string description for what neither can copy.
 * Never throws.
 */
export function clonePayload(payload: unknown): unknown {
  try {
    return structuredClone(payload);
  } catch {
    // fall through to JSON, which drops what structuredClone refuses
  }
  try {
    const json = JSON.stringify(payload);
    return json === undefined ? undefined : (JSON.parse(json) as unknown);
  } catch (error) {
    return `[uncloneable ${typeName(payload)}: ${describeThrown(error)}]`;
  }
}

/**
 * The log as JSON Lines, one entry per line and a final newline. A payload that JSON
 * cannot express (a cycle, a BigInt) is written as a string description instead.
 */
export function serializeEventLog(
  entries: readonly RecordedEvent[],
  options: SerializeEventLogOptions = {},
): string {
  const lines: string[] = [];
  if (options.header) {
    const header: EventLogHeader = {
      format: EVENT_LOG_FORMAT,
      version: EVENT_LOG_VERSION,
      ...(options.header.recordedAt !== undefined ? { recordedAt: options.header.recordedAt } : {}),
      ...(options.header.source !== undefined ? { source: options.header.source } : {}),
    };
    lines.push(JSON.stringify(header));
  }
  for (const entry of entries) lines.push(serializeEntry(entry));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function serializeEntry(entry: RecordedEvent): string {
  try {
    return JSON.stringify({ t: entry.t, event: entry.event, data: entry.data });
  } catch (error) {
    const data = `[unserializable ${typeName(entry.data)}: ${describeThrown(error)}]`;
    return JSON.stringify({ t: entry.t, event: entry.event, data });
  }
}

/**
 * Reads a JSON Lines log. Never throws: a line that is not JSON, not an entry, or
 * names an unknown event is skipped and reported with its 1-based line number. Blank
 * lines are ignored; a header is accepted only as the first non-blank line.
 */
export function parseEventLog(text: string, options: ParseEventLogOptions = {}): ParsedEventLog {
  const maxEntries = limitOr(options.maxEntries, DEFAULT_MAX_PARSED_ENTRIES);
  const maxProblems = limitOr(options.maxProblems, DEFAULT_MAX_PROBLEMS);
  const entries: RecordedEvent[] = [];
  const problems: EventLogProblem[] = [];
  let unlisted = 0;
  const report = (line: number, message: string): void => {
    if (problems.length < maxProblems) problems.push({ line, message });
    else unlisted += 1;
  };

  let header: EventLogHeader | undefined;
  let seenContent = false;
  let skippedForSize = 0;
  const lines = String(text)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '') return;
    const first = !seenContent;
    seenContent = true;

    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      report(lineNumber, `not JSON: ${describeThrown(error)}`);
      return;
    }
    const record = asRecord(value);
    if (!record) {
      report(lineNumber, `expected an object, got ${typeName(value)}`);
      return;
    }
    if ('format' in record) {
      const result = readHeader(record);
      if (typeof result === 'string') report(lineNumber, result);
      else if (!first) report(lineNumber, 'a header is only allowed on the first line');
      else header = result;
      return;
    }
    const entry = readEntry(record);
    if (typeof entry === 'string') {
      report(lineNumber, entry);
      return;
    }
    if (entries.length >= maxEntries) {
      skippedForSize += 1;
      return;
    }
    entries.push(entry);
  });

  if (skippedForSize > 0) {
    report(0, `${skippedForSize} entries after the first ${maxEntries} were skipped`);
  }
  if (unlisted > 0) problems.push({ line: 0, message: `${unlisted} more problems not listed` });
  return { header, entries, problems };
}

function readHeader(record: Record<string, unknown>): EventLogHeader | string {
  if (record.format !== EVENT_LOG_FORMAT) {
    return `unknown format ${JSON.stringify(record.format)}`;
  }
  if (record.version !== EVENT_LOG_VERSION) {
    return `unsupported version ${JSON.stringify(record.version)} (this code reads ${EVENT_LOG_VERSION})`;
  }
  const { recordedAt, source } = record;
  return {
    format: EVENT_LOG_FORMAT,
    version: EVENT_LOG_VERSION,
    ...(typeof recordedAt === 'string' ? { recordedAt } : {}),
    ...(typeof source === 'string' ? { source } : {}),
  };
}

function readEntry(record: Record<string, unknown>): RecordedEvent | string {
  const { t, event } = record;
  if (typeof t !== 'number' || !Number.isFinite(t)) {
    return `"t" must be a finite number (epoch ms), got ${typeName(t)}`;
  }
  if (!isOneOf(CIL_EVENT_NAMES, event)) {
    return `unknown event ${JSON.stringify(event)}`;
  }
  return { t, event, data: record.data };
}

// ---------------------------------------------------------------------------------
// Scrubbing

/** ctiData keys whose values are personal: the peripheral variables (ECC `user.*` too). */
const PERSONAL_CTI_KEY = /^(?:callVariable\d+|user\..*)$/;

/**
 * A copy of the log with the personal data of workitem payloads replaced by
 * placeholders: `ani` and participant `address`es by `address-N`, CRM record names
 * (`associatedParticipant`, `associations`, `participantLookupResult`) by `name-N`,
 * and `callVariable1..10` and `user.*` ctiData values by `value-N`. The same text gets
 * the same placeholder throughout the log (numbered by first appearance), so a caller
 * who calls twice still looks like one caller. Empty strings stay empty. Agent ids,
 * queue names and reason labels are kept: they describe the centre, not its callers.
 */
export function scrubEventLog(entries: readonly RecordedEvent[]): RecordedEvent[] {
  const addresses = new Placeholders('address');
  const names = new Placeholders('name');
  const values = new Placeholders('value');
  return entries.map((entry) => {
    if (!isOneOf(WORKITEM_EVENT_NAMES, entry.event)) return entry;
    const data = asRecord(clonePayload(entry.data));
    if (!data) return entry;
    if (typeof data.ani === 'string') data.ani = addresses.for(data.ani);
    forEachObject(data.participants, (participant) => {
      if (typeof participant.address === 'string') {
        participant.address = addresses.for(participant.address);
      }
    });
    const renameRecord = (crmRecord: Record<string, unknown>): void => {
      if (typeof crmRecord.name === 'string') crmRecord.name = names.for(crmRecord.name);
    };
    const participant = asRecord(data.associatedParticipant);
    if (participant) renameRecord(participant);
    forEachObject(data.associations, renameRecord);
    forEachObject(data.participantLookupResult, renameRecord);
    const ctiData = asRecord(data.ctiData);
    if (ctiData) {
      for (const [key, value] of Object.entries(ctiData)) {
        if (PERSONAL_CTI_KEY.test(key) && typeof value === 'string') {
          ctiData[key] = values.for(value);
        }
      }
    }
    return { t: entry.t, event: entry.event, data };
  });
}

/** Numbers distinct texts by first appearance: `prefix-1`, `prefix-2`... */
class Placeholders {
  private readonly seen = new Map<string, string>();
  constructor(private readonly prefix: string) {}

  for(text: string): string {
    if (text === '') return text;
    let placeholder = this.seen.get(text);
    if (placeholder === undefined) {
      placeholder = `${this.prefix}-${this.seen.size + 1}`;
      this.seen.set(text, placeholder);
    }
    return placeholder;
  }
}

// ---------------------------------------------------------------------------------
// Helpers

function forEachObject(list: unknown, visit: (item: Record<string, unknown>) => void): void {
  if (!Array.isArray(list)) return;
  for (const item of list as unknown[]) {
    const record = asRecord(item);
    if (record) visit(record);
  }
}

/**
 * A size limit from an option: a number of at least 1 (rounded down), else `fallback`.
 * Lenient on purpose: a console user's typo must not lose a recording to an exception.
 */
export function limitOr(value: number | undefined, fallback: number): number {
  return value !== undefined && value >= 1 ? Math.floor(value) : fallback;
}
