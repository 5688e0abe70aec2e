/**
 * Plays an event log (see `./event-log.ts`) back through the `CilApi` surface, with the
 * recorded spacing divided by a speed factor, so the wallboard can run on a recording
 * of a real b+s Connects session as if it were live.
 *
 * One timer at most: only the next event is ever scheduled. With the manual clock no
 * timer exists at all and time moves only with `advance(ms)`, which tests rely on.
 *
 * @module
 */
import type { ReasonType } from '../cil/enums.js';
import type { CilApi } from '../cil/cil-api.js';
import type { CilResult, WireError, WireGetChannel, WireReasonCode } from '../cil/wire.js';
import { asRecord } from '../cil/parse-primitives.js';
import { clonePayload, parseEventLog } from './event-log.js';
import type { EventLogProblem, RecordedEvent } from './event-log.js';
import { CilRegistrations } from './cil-registrations.js';
import { PlayedChannel, collectReasonCodes } from './replay-channel.js';

/** The `message` of the `error` event a request on a replay dispatches. */
export const REPLAY_READ_ONLY_MESSAGE = 'Replay is read-only';
/** Default recorded-time pause between two passes of a looping replay. */
export const DEFAULT_LOOP_GAP_MS = 1000;

/** How deep `rebaseTimes` looks into a payload. */
const MAX_REBASE_DEPTH = 16;
/** `setTimeout` misbehaves beyond this; a longer wait is taken in several steps. */
const MAX_TIMER_DELAY = 2 ** 31 - 1;
/** An ISO 8601 date-time with a zone, as b+s Connects writes times. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Options of {@link createReplayCil}. */
export interface ReplayOptions {
  /** Playback speed: recorded gaps are divided by it. Default 1. */
  readonly speed?: number;
  /** `'real'` (default) plays on timers; `'manual'` moves only with `advance(ms)`. */
  readonly clock?: 'manual' | 'real';
  /** Starts over after the end (after {@link loopGapMs}). Default false. */
  readonly loop?: boolean;
  /** Recorded-time pause between passes when looping. Default {@link DEFAULT_LOOP_GAP_MS}. */
  readonly loopGapMs?: number;
  /** Starts paused: nothing plays until `play()`. Default false. */
  readonly startPaused?: boolean;
  /**
   * Rewrites ISO 8601 date-times in payloads so that their age at dispatch is the
   * recorded age divided by the speed, relative to the replay clock: a call that had
   * waited 60 s when the event was recorded has waited 6 s at speed 10. Without it
   * payloads are dispatched exactly as recorded. Default false.
   */
  readonly rebaseTimes?: boolean;
  /** Manual clock only: epoch ms the replay clock starts at. Default `Date.now()`. */
  readonly startTime?: number;
}

/** A `cil` that plays back a recorded event log. */
export interface ReplayCil extends CilApi {
  /** The entries being played, in order. */
  readonly entries: readonly RecordedEvent[];
  /** Lines of a text log that were skipped (empty for an array log). */
  readonly problems: readonly EventLogProblem[];
  /** Recorded length, ms from the first to the last entry. */
  readonly duration: number;
  /** Resolves when playback has finished for good: the end without `loop`, or `dispose()`. */
  readonly done: Promise<void>;
  /** Whether the replay is playing (not paused, not finished, not disposed). */
  readonly playing: boolean;
  /** Current speed factor. */
  readonly speed: number;
  /** Recorded ms since the first entry that has been played in the current pass. */
  position(): number;
  /** Passes completed so far (a looping replay counts up). */
  passes(): number;
  /** The replay clock, epoch ms: wall time on the real clock, start time + advanced ms on the manual one. */
  now(): number;
  /** Resumes playback (after `startPaused`, `pause()` or the end, which starts over). */
  play(): void;
  /** Pauses playback; `position()` stays where it is. */
  pause(): void;
  /** Jumps to a recorded position; events before it are skipped, not dispatched. */
  seek(positionMs: number): void;
  /** Changes the speed from now on. Ignored unless a finite number above 0. */
  setSpeed(speed: number): void;
  /** Manual clock: moves time forward by `ms`, dispatching what falls due, synchronously. */
  advance(ms: number): void;
  /** Calls `listener` each time playback reaches the end of the log. Returns the unsubscriber. */
  onEnd(listener: () => void): () => void;
  /** Stops for good: no timer, no more events, `done` resolves. */
  dispose(): void;
}

/**
 * A `ReplayCil` for a log: the JSON Lines text (its bad lines end up in `problems`)
 * or the entries themselves. Events due at the start are dispatched on the first
 * timer turn (real clock) or the first `advance` (manual clock), so callbacks
 * registered right after creation see them; a callback registered later sees only
 * the events after its registration, like on the real `cil`.
 *
 * Requests are read-only: the actions (`setAgentState`, `directTransfer`,
 * `singleStepConference`, `dialOrConsult`, `sendDtmf`, `updateWorkitemData`,
 * `setWrapupReason`) resolve with no value, as the reference says, and dispatch an
 * `error` event with their requestId and {@link REPLAY_READ_ONLY_MESSAGE}. The
 * queries answer from the log (see `./replay-channel.ts`): `getChannel` from the last
 * `agentStateChange` played (before the first, from that one's `old*` fields) and the
 * workitems open so far; `getReasonCodeList` from the reason codes seen anywhere in the
 * log (wrap-up reasons from `ctiData.wrapUpReason`); `isSendDtmfEnabled` whether an open
 * workitem is `Active`; `isUpdateWorkitemDataEnabled` always false.
 */
export function createReplayCil(
  log: string | readonly RecordedEvent[],
  options: ReplayOptions = {},
): ReplayCil {
  return new Replay(log, options);
}

class Replay extends CilRegistrations implements ReplayCil {
  readonly entries: readonly RecordedEvent[];
  readonly problems: readonly EventLogProblem[];
  readonly duration: number;
  readonly done: Promise<void>;

  /** Recorded offset of each entry; never decreasing, so a clock step back is a 0 gap. */
  private readonly offsets: number[];
  private readonly manual: boolean;
  private readonly loop: boolean;
  private readonly period: number;
  private readonly rebaseTimes: boolean;
  private readonly endListeners = new Set<() => void>();
  private resolveDone: () => void = () => undefined;

  private currentSpeed: number;
  private isPlaying: boolean;
  private disposed = false;
  private finished = false;
  /** Recorded position at the anchor; with the real clock it runs on from `anchorWall`. */
  private pos = 0;
  private anchorWall = 0;
  private nextIndex = 0;
  private endNotified = false;
  private passCount = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by play, pause, seek and dispose, so a running dispatch loop stops. */
  private generation = 0;
  private running = false;
  private pendingMs = 0;
  private manualNow: number;

  private readonly played = new PlayedChannel();
  private reasonCodeCache: Map<ReasonType, WireReasonCode[]> | undefined;

  constructor(log: string | readonly RecordedEvent[], options: ReplayOptions) {
    super();
    if (typeof log === 'string') {
      const parsed = parseEventLog(log);
      this.entries = parsed.entries;
      this.problems = parsed.problems;
    } else {
      this.entries = [...log];
      this.problems = [];
    }
    this.offsets = [];
    const first = this.entries[0]?.t ?? 0;
    let last = 0;
    for (const entry of this.entries) {
      last = Math.max(last, entry.t - first);
      this.offsets.push(last);
    }
    this.duration = last;
    this.manual = options.clock === 'manual';
    this.loop = options.loop === true;
    const gap = options.loopGapMs;
    this.period =
      this.duration +
      (gap !== undefined && gap >= 1 && Number.isFinite(gap) ? gap : DEFAULT_LOOP_GAP_MS);
    this.rebaseTimes = options.rebaseTimes === true;
    this.currentSpeed = validSpeed(options.speed) ?? 1;
    this.manualNow =
      options.startTime !== undefined && Number.isFinite(options.startTime)
        ? options.startTime
        : Date.now();
    this.done = new Promise<void>((resolve) => {
      this.resolveDone = resolve;
    });
    this.isPlaying = options.startPaused !== true;
    this.anchorWall = wallNow();
    this.schedule();
  }

  // -------------------------------------------------------------------------------
  // Playback control

  get playing(): boolean {
    return this.isPlaying;
  }

  get speed(): number {
    return this.currentSpeed;
  }

  position(): number {
    return this.livePosition();
  }

  passes(): number {
    return this.passCount;
  }

  now(): number {
    return this.manual ? this.manualNow : Date.now();
  }

  play(): void {
    if (this.disposed || this.isPlaying) return;
    if (this.finished) {
      this.finished = false;
      this.restartPass();
    }
    this.generation += 1;
    this.isPlaying = true;
    this.anchorWall = wallNow();
    this.schedule();
  }

  pause(): void {
    if (!this.isPlaying) return;
    this.pos = this.livePosition();
    this.generation += 1;
    this.isPlaying = false;
    this.clearTimer();
  }

  seek(positionMs: number): void {
    if (this.disposed || !Number.isFinite(positionMs)) return;
    const limit = this.loop ? this.period : this.duration;
    const target = Math.min(Math.max(0, positionMs), limit);
    this.generation += 1;
    this.finished = false;
    this.pos = target;
    this.anchorWall = wallNow();
    this.nextIndex = this.offsets.findIndex((offset) => offset >= target);
    if (this.nextIndex === -1) this.nextIndex = this.entries.length;
    this.endNotified = this.nextIndex === this.entries.length && target > this.duration;
    this.schedule();
  }

  setSpeed(speed: number): void {
    const valid = validSpeed(speed);
    if (valid === undefined || this.disposed) return;
    this.pos = this.livePosition();
    this.anchorWall = wallNow();
    this.currentSpeed = valid;
    this.schedule();
  }

  advance(ms: number): void {
    if (!this.manual || this.disposed || !(ms >= 0) || !Number.isFinite(ms)) return;
    this.pendingMs += ms;
    // A callback that advances gets its time added to the running loop, not a nested one.
    if (this.running) return;
    do {
      const step = this.pendingMs;
      this.pendingMs = 0;
      this.manualNow += step;
      if (this.isPlaying) this.runTo(this.pos + step * this.currentSpeed);
    } while (this.pendingMs > 0 && !this.disposed);
  }

  onEnd(listener: () => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.isPlaying = false;
    this.generation += 1;
    this.clearTimer();
    this.closeRegistrations();
    this.endListeners.clear();
    this.resolveDone();
  }

  // -------------------------------------------------------------------------------
  // The clock

  private livePosition(): number {
    // While dispatching, `pos` is the event being played; the anchor moves after the run.
    if (!this.isPlaying || this.manual || this.running) return this.pos;
    const limit = this.loop ? this.period : this.duration;
    return Math.min(limit, this.pos + (wallNow() - this.anchorWall) * this.currentSpeed);
  }

  /** Recorded offset at which something next happens in this pass. */
  private nextDue(): number {
    const offset = this.offsets[this.nextIndex];
    if (offset !== undefined) return offset;
    return this.endNotified ? this.period : this.duration;
  }

  private schedule(): void {
    this.clearTimer();
    if (this.manual || !this.isPlaying || this.disposed) return;
    const delay = Math.max(0, (this.nextDue() - this.livePosition()) / this.currentSpeed);
    this.timer = setTimeout(() => this.tick(), Math.min(MAX_TIMER_DELAY, delay));
  }

  private tick(): void {
    this.timer = undefined;
    if (!this.isPlaying || this.disposed) return;
    const now = wallNow();
    const target = this.pos + (now - this.anchorWall) * this.currentSpeed;
    this.runTo(target);
    if (this.isPlaying && !this.disposed) {
      this.anchorWall = now;
      this.schedule();
    }
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Dispatches every event due up to recorded position `target`, wrapping when looping. */
  private runTo(target: number): void {
    const generation = this.generation;
    const current = (): boolean =>
      generation === this.generation && this.isPlaying && !this.disposed;
    this.running = true;
    try {
      let goal = target;
      while (current()) {
        const entry = this.entries[this.nextIndex];
        const offset = this.offsets[this.nextIndex];
        if (entry !== undefined && offset !== undefined) {
          if (offset > goal) break;
          this.pos = offset;
          this.nextIndex += 1;
          this.dispatchEntry(entry);
          continue;
        }
        if (!this.endNotified) {
          this.endNotified = true;
          this.pos = this.duration;
          this.passCount += 1;
          this.notifyEnd();
          if (!this.loop) {
            if (current()) this.finish();
            return;
          }
          continue;
        }
        if (goal < this.period) break;
        goal -= this.period;
        this.restartPass();
      }
      if (current())
        this.pos = Math.max(this.pos, Math.min(goal, this.loop ? this.period : this.duration));
    } finally {
      this.running = false;
    }
  }

  private restartPass(): void {
    this.pos = 0;
    this.nextIndex = 0;
    this.endNotified = false;
  }

  private finish(): void {
    this.finished = true;
    this.isPlaying = false;
    this.clearTimer();
    this.resolveDone();
  }

  private notifyEnd(): void {
    for (const listener of [...this.endListeners]) {
      try {
        listener();
      } catch (error) {
        // Like a throwing cil callback: logged, and playback goes on.
        console.error('an onEnd listener threw', error);
      }
    }
  }

  // -------------------------------------------------------------------------------
  // Events

  private dispatchEntry(entry: RecordedEvent): void {
    const data = this.copyForNow(entry.data, entry.t);
    this.played.track(entry.event, data);
    this.dispatch(entry.event, data);
  }

  // -------------------------------------------------------------------------------
  // CilApi: requests

  setAgentState(
    _channelId: string,
    _state: string,
    _reasonCode?: string | number,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.refuse(requestId);
  }

  directTransfer(
    _channelId: string,
    _address: string,
    _workitemId?: string,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.refuse(requestId);
  }

  singleStepConference(
    _channelId: string,
    _address: string,
    _workitemId?: string,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.refuse(requestId);
  }

  dialOrConsult(
    _channelId: string,
    _address: string,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.refuse(requestId);
  }

  sendDtmf(_dtmf: string, requestId?: string): Promise<CilResult<void>> {
    return this.refuse(requestId);
  }

  updateWorkitemData(
    _channelId: string,
    _workitemId: string,
    _updatedData: Readonly<Record<string, string>>,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.refuse(requestId);
  }

  setWrapupReason(
    _channelId: string,
    _workitemId: string,
    _wrapUpReason: string,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.refuse(requestId);
  }

  getReasonCodeList(
    _channelId: string,
    reasonType: ReasonType,
  ): Promise<CilResult<WireReasonCode[]>> {
    this.reasonCodeCache ??= collectReasonCodes(this.entries);
    return Promise.resolve([...(this.reasonCodeCache.get(reasonType) ?? [])]);
  }

  getChannel(channelId: string): Promise<CilResult<WireGetChannel>> {
    const startTime = this.entries[0]?.t ?? this.now();
    return Promise.resolve(
      this.played.channel(channelId, () => this.upcomingAgentState(channelId), startTime),
    );
  }

  /** The next agentStateChange to play (for `channelId` if there is one), as it will be dispatched. */
  private upcomingAgentState(channelId: string): Record<string, unknown> | undefined {
    let found: RecordedEvent | undefined;
    for (let index = this.nextIndex; index < this.entries.length; index += 1) {
      const entry = this.entries[index];
      if (entry?.event !== 'agentStateChange' || !asRecord(entry.data)) continue;
      found ??= entry;
      if (asRecord(entry.data)?.channelId === channelId) {
        found = entry;
        break;
      }
    }
    if (!found) return undefined;
    const recordedNow = (this.entries[0]?.t ?? 0) + this.livePosition();
    return asRecord(this.copyForNow(found.data, recordedNow));
  }

  /**
   * A fresh copy of a recorded payload (a consumer may change what it gets), its times
   * rebased when asked as if recorded time `recordedNow` were the replay clock's now.
   */
  private copyForNow(data: unknown, recordedNow: number): unknown {
    const copy = clonePayload(data);
    if (!this.rebaseTimes) return copy;
    const shift = (epochMs: number): number =>
      this.now() - (recordedNow - epochMs) / this.currentSpeed;
    return rebase(copy, shift, 0);
  }

  isSendDtmfEnabled(): Promise<CilResult<boolean>> {
    return Promise.resolve(this.played.hasActiveWorkitem());
  }

  isUpdateWorkitemDataEnabled(
    _channelId: string,
    _workitemId: string,
  ): Promise<CilResult<boolean>> {
    return Promise.resolve(false);
  }

  /** Resolves with no value and reports the refusal as the reference's `error` event. */
  private refuse(requestId: string | undefined): Promise<CilResult<void>> {
    if (!this.disposed) {
      const error: WireError = {
        event: 'error',
        version: this.played.version,
        requestId: requestId ?? '',
        message: REPLAY_READ_ONLY_MESSAGE,
      };
      // Queued before the promise settles, so an awaiting caller already has the error.
      queueMicrotask(() => {
        if (!this.disposed) this.dispatch('error', error);
      });
    }
    return Promise.resolve(undefined);
  }
}

// ---------------------------------------------------------------------------------
// Helpers

function validSpeed(speed: number | undefined): number | undefined {
  return speed !== undefined && Number.isFinite(speed) && speed > 0 ? speed : undefined;
}

function wallNow(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/** Rewrites ISO date-times in a freshly cloned payload, in place. */
function rebase(value: unknown, shift: (epochMs: number) => number, depth: number): unknown {
  if (typeof value === 'string') {
    if (!ISO_DATE_TIME.test(value)) return value;
    const epoch = Date.parse(value);
    if (!Number.isFinite(epoch)) return value;
    const shifted = shift(epoch);
    return Number.isFinite(shifted) ? new Date(shifted).toISOString() : value;
  }
  if (depth >= MAX_REBASE_DEPTH || typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = rebase(record[key], shift, depth + 1);
  return value;
}
