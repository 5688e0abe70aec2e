/**
 * Records what a `cil` dispatches, with timestamps, into a bounded buffer that can be
 * saved as an event log (see `./event-log.ts`) and replayed with `createReplayCil`.
 *
 * The reference offers no way to unregister a callback, so a recorder registers one
 * callback per event on its `cil` once and for all; {@link recordCil} hands out the
 * same recorder for the same `cil` object.
 *
 * @module
 */
import { CIL_EVENT_NAMES, REGISTRATION_METHODS } from '../cil/enums.js';
import type { CilEventName } from '../cil/enums.js';
import type { CilApi } from '../cil/cil-api.js';
import { clonePayload, limitOr, scrubEventLog, serializeEventLog } from './event-log.js';
import type { RecordedEvent } from './event-log.js';

/** Default number of entries a recorder keeps before it drops the oldest. */
export const DEFAULT_MAX_RECORDED_ENTRIES = 100_000;

/** Options of {@link recordCil}. Only the first call for a `cil` applies them. */
export interface RecordCilOptions {
  /** Clock for the entries' `t`, epoch ms; default `Date.now`. */
  readonly now?: () => number;
  /** Entries kept at most; the oldest are dropped beyond. Default {@link DEFAULT_MAX_RECORDED_ENTRIES}. */
  readonly maxEntries?: number;
  /** `source` written in the log header; default the page's host name. */
  readonly source?: string;
  /** Starts paused: nothing is captured until `start()`. Default false. */
  readonly startPaused?: boolean;
}

/** Options of {@link CilRecorder.toJsonLines} and {@link CilRecorder.download}. */
export interface EventLogExportOptions {
  /** Replaces callers' personal data with placeholders first (see `scrubEventLog`). Default false. */
  readonly scrub?: boolean;
}

/** A running recording of one `cil`. */
export interface CilRecorder {
  /**
   * A `CilApi` that forwards every `on*` registration and every request to the
   * recorded `cil`, so an application can run on it while it is recorded.
   */
  readonly cil: CilApi;
  /** Whether events are being captured (false after `stop()`). */
  readonly recording: boolean;
  /** Entries currently held. */
  readonly size: number;
  /** Entries dropped because the buffer was full (reset by `clear()`). */
  readonly dropped: number;
  /** The captured entries, oldest first (a copy of the list; entries are shared). */
  entries(): RecordedEvent[];
  /** The captured entries as a JSON Lines event log with a header line. */
  toJsonLines(options?: EventLogExportOptions): string;
  /** Forgets every captured entry and the dropped count. */
  clear(): void;
  /** Pauses capturing; events are still forwarded to the application. */
  stop(): void;
  /** Resumes capturing. */
  start(): void;
  /**
   * Browser only: saves {@link toJsonLines} as a file through a temporary link.
   * The default name is `connects-events-<time>.jsonl`.
   */
  download(filename?: string, options?: EventLogExportOptions): void;
}

const recorders = new WeakMap<CilApi, CilRecorder>();

/**
 * Starts recording `cil`, or returns the recorder already attached to it (then
 * `options` are ignored): registering a second set of callbacks could never be undone.
 * Events the `cil` lacks a registration method for are skipped.
 */
export function recordCil(cil: CilApi, options: RecordCilOptions = {}): CilRecorder {
  const existing = recorders.get(cil);
  if (existing) return existing;
  const recorder = new Recorder(cil, options);
  recorders.set(cil, recorder);
  // Recording the pass-through would register on `cil` a second time.
  recorders.set(recorder.cil, recorder);
  return recorder;
}

class Recorder implements CilRecorder {
  readonly cil: CilApi;
  private readonly now: () => number;
  private readonly maxEntries: number;
  private readonly source: string | undefined;
  // A ring: `buffer` grows to `maxEntries`, then `head` marks the oldest entry.
  private buffer: RecordedEvent[] = [];
  private head = 0;
  private droppedCount = 0;
  private capturing: boolean;

  constructor(
    private readonly target: CilApi,
    options: RecordCilOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.maxEntries = limitOr(options.maxEntries, DEFAULT_MAX_RECORDED_ENTRIES);
    this.source = options.source ?? globalThis.location?.hostname;
    this.capturing = !options.startPaused;
    this.cil = forwardingCil(target);
    for (const event of CIL_EVENT_NAMES) this.listen(event);
  }

  get recording(): boolean {
    return this.capturing;
  }

  get size(): number {
    return this.buffer.length;
  }

  get dropped(): number {
    return this.droppedCount;
  }

  entries(): RecordedEvent[] {
    return [...this.buffer.slice(this.head), ...this.buffer.slice(0, this.head)];
  }

  toJsonLines(options: EventLogExportOptions = {}): string {
    const header = {
      recordedAt: isoTime(this.now()),
      ...(this.source ? { source: this.source } : {}),
    };
    const entries = options.scrub ? scrubEventLog(this.entries()) : this.entries();
    return serializeEventLog(entries, { header });
  }

  clear(): void {
    this.buffer = [];
    this.head = 0;
    this.droppedCount = 0;
  }

  stop(): void {
    this.capturing = false;
  }

  start(): void {
    this.capturing = true;
  }

  download(filename = defaultFilename(this.now()), options: EventLogExportOptions = {}): void {
    const blob = new Blob([this.toJsonLines(options)], { type: 'application/x-ndjson' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.style.display = 'none';
    document.body.append(link);
    try {
      link.click();
    } finally {
      link.remove();
      // Revoking inside the click handler's turn can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
  }

  private listen(event: CilEventName): void {
    const register = this.target[REGISTRATION_METHODS[event]] as unknown;
    if (typeof register !== 'function') return;
    const callback = (data: unknown): void => this.capture(event, data);
    (register as (callback: (data: unknown) => void) => void).call(this.target, callback);
  }

  private capture(event: CilEventName, data: unknown): void {
    if (!this.capturing) return;
    let t: number;
    try {
      t = this.now();
    } catch {
      t = Date.now();
    }
    const entry: RecordedEvent = { t, event, data: clonePayload(data) };
    if (this.buffer.length < this.maxEntries) {
      this.buffer.push(entry);
      return;
    }
    this.buffer[this.head] = entry;
    this.head = (this.head + 1) % this.maxEntries;
    this.droppedCount += 1;
  }
}

/** A `CilApi` whose every method calls the same method of `target`. */
function forwardingCil(target: CilApi): CilApi {
  return {
    onWorkitemCreate: (callback) => target.onWorkitemCreate(callback),
    onWorkitemConnect: (callback) => target.onWorkitemConnect(callback),
    onWorkitemPause: (callback) => target.onWorkitemPause(callback),
    onWorkitemResume: (callback) => target.onWorkitemResume(callback),
    onWorkitemWrapup: (callback) => target.onWorkitemWrapup(callback),
    onWorkitemEnd: (callback) => target.onWorkitemEnd(callback),
    onCallVariableChanged: (callback) => target.onCallVariableChanged(callback),
    onWrapupDataChanged: (callback) => target.onWrapupDataChanged(callback),
    onAgentStateChange: (callback) => target.onAgentStateChange(callback),
    onQueueDataUpdate: (callback) => target.onQueueDataUpdate(callback),
    onError: (callback) => target.onError(callback),
    setAgentState: (...args) => target.setAgentState(...args),
    directTransfer: (...args) => target.directTransfer(...args),
    singleStepConference: (...args) => target.singleStepConference(...args),
    dialOrConsult: (...args) => target.dialOrConsult(...args),
    getReasonCodeList: (...args) => target.getReasonCodeList(...args),
    getChannel: (...args) => target.getChannel(...args),
    sendDtmf: (...args) => target.sendDtmf(...args),
    isSendDtmfEnabled: () => target.isSendDtmfEnabled(),
    updateWorkitemData: (...args) => target.updateWorkitemData(...args),
    isUpdateWorkitemDataEnabled: (...args) => target.isUpdateWorkitemDataEnabled(...args),
    setWrapupReason: (...args) => target.setWrapupReason(...args),
  };
}

/** ISO 8601, with the wall clock for a `now` option that returned no usable time. */
function isoTime(epochMs: number): string {
  return new Date(Number.isFinite(epochMs) ? epochMs : Date.now()).toISOString();
}

function defaultFilename(now: number): string {
  const stamp = isoTime(now).replace(/[:.]/g, '-');
  return `connects-events-${stamp}.jsonl`;
}
