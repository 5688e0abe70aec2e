/**
 * The reactive store: listens to one `cil`, validates every payload at the edge,
 * reduces events into an immutable {@link StoreState}, and notifies subscribers once
 * per batch.
 *
 * How a batch works: each event is applied at once to a copy-on-write draft (see
 * `./draft.ts`); the draft is published as a snapshot at flush (a microtask, or an
 * animation frame with `batch: 'frame'`), where totals and history are updated once
 * and subscribers are told. `getState()` between an event and the flush publishes the
 * pending events first, so it is always up to date; the notification still comes at
 * flush.
 *
 * The reference gives no way to unregister a callback, so one `cil` object gets
 * exactly one set of registrations, ever, and feeds one live store at a time:
 * `ConnectsStore.for(cil)` returns it, and attaching a second live store to the same
 * `cil` throws. The callbacks reach the store through a binding kept per `cil`
 * (`./cil-binding.ts`), so a disposed store is let go and a later store for the
 * same `cil` takes the binding over without registering again.
 *
 * @module
 */
import {
  CIL_EVENT_NAMES,
  isOneOf,
  parseEvent,
  type AgentStateChange,
  type ChannelInfo,
  type CilApi,
  type CilEventName,
  type Flavour,
  type ParsedEvent,
  type Problem,
  type ReasonCode,
  type ReasonCodeArgument,
  type ReasonType,
  type RequestedAgentState,
  type Workitem,
} from '../cil/index.js';
import { claimCil, cilOwner, releaseCil, type CilBinding } from './cil-binding.js';
import { describeThrown } from '../cil/describe-thrown.js';
import { recordProblem } from './diagnostics.js';
import { StateDraft } from './draft.js';
import { QueueHistory, type HistoryCounter, type HistorySeries } from './history.js';
import { applyChannelSnapshot } from './reduce-channel-snapshot.js';
import { resolveLimits, type ResolvedContext, type StoreLimits } from './reduce-context.js';
import { applyEvent, applyResult } from './reducer.js';
import { RequestTracker, type RequestTrackerOptions, type TrackedRequest } from './requests.js';
import { ClockOffsetEstimator } from './clock-offset.js';
import {
  createInitialState,
  type DiagnosticSeverity,
  type RequestEntry,
  type StoreState,
} from './state.js';
import type { Subscribable } from './subscribable.js';

/** Options of a {@link ConnectsStore}. */
export interface ConnectsStoreOptions extends Partial<StoreLimits> {
  /** Store clock, epoch ms; default `Date.now`. */
  now?: () => number;
  /** When subscribers are told: after the current task (`microtask`, default) or once per animation frame. */
  batch?: 'microtask' | 'frame';
  /** Platform, when known; `CCX` makes queue data `unavailable` from the start. */
  flavour?: Flavour;
  /** History sampling interval, ms; default 10,000. */
  historyIntervalMs?: number;
  /** Samples kept per queue; default 360 (one hour at 10 s). */
  historyLength?: number;
  /** Told about every problem counted into the diagnostics (rejections, warnings, anomalies). */
  onDiagnostic?: (problem: Problem) => void;
  /** Options of the request tracker. */
  requests?: RequestTrackerOptions;
  /**
   * When set (e.g. `'voice'`), {@link ConnectsStore.loadChannel} runs on attach, so a
   * store attached after login knows the agent's state and calls at once. A failure
   * is counted as a diagnostic. Default: not set (no request is made on attach).
   */
  initialChannel?: string;
}

/** Schedules `flush` per the batch mode; `requestAnimationFrame` only where it exists. */
function scheduler(batch: 'microtask' | 'frame'): (flush: () => void) => void {
  if (batch === 'frame') {
    const raf = (globalThis as { requestAnimationFrame?: (callback: () => void) => unknown })
      .requestAnimationFrame;
    if (typeof raf === 'function') return (flush) => void raf.call(globalThis, flush);
    return (flush) => void setTimeout(flush, 16);
  }
  return (flush) => queueMicrotask(flush);
}

/** The reactive store of one Integration API. */
export class ConnectsStore implements Subscribable<StoreState> {
  /**
   * The store of `cil`, created (and attached) on first use; never registers twice.
   * `options` apply only when this call creates the store.
   */
  static for(cil: CilApi, options?: ConnectsStoreOptions): ConnectsStore {
    return cilOwner<ConnectsStore>(cil) ?? new ConnectsStore(cil, options);
  }

  private cil: CilApi | undefined;
  private state: StoreState;
  private notified: StoreState;
  private readonly draft: StateDraft;
  /** One entry per subscription, so one function may subscribe twice. */
  private readonly listeners = new Set<{ readonly listener: (state: StoreState) => void }>();
  private readonly clock: () => number;
  /** One reduce context for every event, only `now` rewritten: nothing allocated per event. */
  private readonly context: {
    now: number;
    serverNow: number;
    limits: StoreLimits;
    report: ResolvedContext['report'];
  };
  private readonly clockOffset = new ClockOffsetEstimator();
  private readonly schedule: (flush: () => void) => void;
  private readonly history: QueueHistory;
  private readonly tracker: RequestTracker;
  private readonly onDiagnostic: ((problem: Problem) => void) | undefined;
  private readonly initialChannel: string | undefined;
  private flushScheduled = false;
  /** The scheduled flush only publishes errors thrown by listeners in the previous one. */
  private followUpFlush = false;
  private disposed = false;
  /** How the `cil`'s callbacks reach this store; released on dispose. */
  private binding: CilBinding<ConnectsStore> | undefined;

  /**
   * Creates a store; with `cil` it is attached at once (and throws if that `cil`
   * already feeds another store: use {@link ConnectsStore.for}). Without, its source
   * is `waiting` until {@link attach} or {@link markSourceNotFound}.
   */
  constructor(cil?: CilApi, options: ConnectsStoreOptions = {}) {
    this.clock = options.now ?? Date.now;
    this.onDiagnostic = options.onDiagnostic;
    this.context = {
      now: 0,
      serverNow: 0,
      limits: resolveLimits(options),
      report: (severity, problem) => this.forwardDiagnostic(severity, problem),
    };
    this.schedule = scheduler(options.batch ?? 'microtask');
    this.history = new QueueHistory(options.historyIntervalMs, options.historyLength);
    this.state = this.notified = createInitialState(
      options.flavour ? { flavour: options.flavour } : {},
    );
    this.draft = new StateDraft(this.state);
    this.tracker = new RequestTracker(() => this.cil, options.requests, {
      now: () => this.now(),
      onEntry: (entry) => this.noteRequest(entry),
    });
    this.initialChannel = options.initialChannel;
    if (cil) this.attach(cil);
  }

  /**
   * Feeds this store from `cil`. Its callbacks are registered once per `cil` object,
   * ever: a `cil` whose store was disposed feeds this one through the callbacks it
   * already has. Attaching the same `cil` again is a no-op; attaching a `cil` that
   * feeds another live store, a second `cil` to this store, or any `cil` to a
   * disposed store throws an `Error` (callbacks cannot be unregistered, so anything
   * else would double every event).
   */
  attach(cil: CilApi): void {
    if (this.cil === cil) return;
    if (this.disposed) throw new Error('ConnectsStore.attach: this store is disposed');
    if (this.cil) {
      throw new Error('ConnectsStore.attach: this store already listens to another cil');
    }
    // This store feeds from no cil yet, so any owner of `cil` is another store.
    if (cilOwner(cil) !== undefined) {
      throw new Error(
        'ConnectsStore.attach: this cil already feeds another ConnectsStore ' +
          '(callbacks cannot be unregistered); use ConnectsStore.for(cil)',
      );
    }
    this.cil = cil;
    this.stamp();
    this.binding = claimCil<ConnectsStore>(
      cil,
      this,
      (store, name, data) => store.receive(name, data),
      (name, method, error) => this.noteRegistrationFailure(name, method, error),
    );
    this.draft.set('sourceStatus', 'attached');
    this.requestFlush();
    if (this.initialChannel !== undefined) {
      this.loadChannel(this.initialChannel).catch((error: unknown) => {
        this.noteThrow('getChannel', error);
        this.requestFlush();
      });
    }
  }

  /**
   * Asks the `cil` for a channel (`getChannel`) and takes its state and workitems into
   * the store: how a store attached after login learns what no event has said yet. A
   * state change that arrived while the request was under way wins over the snapshot;
   * known workitems are left as they are. Resolves with what `getChannel` returned;
   * rejects as the request does.
   */
  async loadChannel(channelId = 'voice'): Promise<ChannelInfo> {
    const before = this.getState().channels;
    const info = await this.tracker.getChannel(channelId);
    if (this.disposed) return info;
    const id = info.channel.id;
    const changedMeanwhile = this.getState().channels.get(id) !== before.get(id);
    try {
      this.stamp();
      applyChannelSnapshot(this.draft, info.channel, this.context, changedMeanwhile);
      if (this.draft.changed) this.requestFlush();
    } catch (error) {
      this.noteThrow('getChannel', error);
    }
    return info;
  }

  /** Marks the source as not found (discovery gave up); ignored once attached. */
  markSourceNotFound(): void {
    if (this.cil || this.disposed) return;
    this.draft.set('sourceStatus', 'not-found');
    this.requestFlush();
  }

  /**
   * Applies an event that is already validated (a replay, a test, a benchmark), as
   * if a `cil` callback had received it: reduced at once, notified at flush, and seen
   * by the request tracker. Never throws.
   */
  dispatch(event: ParsedEvent): void {
    if (this.disposed) return;
    try {
      this.stamp();
      this.sampleClock(event);
      applyEvent(this.draft, event, this.context);
      this.observe(event);
      if (this.draft.changed) this.requestFlush();
    } catch (error) {
      this.noteThrow('dispatch', error);
    }
  }

  /**
   * The contact centre's clock as the store estimates it: the store clock plus
   * `state.clock.offsetMs` (see {@link StoreState.clock}). Every timer on the wallboard
   * ("now minus a time from the contact centre") should use it.
   */
  serverNow(): number {
    return this.now() + this.clockOffset.correction.offsetMs;
  }

  /** The up-to-date state: events received since the last flush are included. */
  getState(): StoreState {
    this.publish();
    return this.state;
  }

  /**
   * Calls `listener` with the new state after each batch of changes (never inside
   * `subscribe`). A throwing listener is counted as a diagnostic and does not stop
   * the others. Returns the function that unsubscribes.
   */
  subscribe(listener: (state: StoreState) => void): () => void {
    const entry = { listener };
    if (!this.disposed) this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  /**
   * Calls `listener` only when `selector(state)` changed according to `equals`
   * (default `Object.is`, which suits the store's structural sharing).
   */
  select<T>(
    selector: (state: StoreState) => T,
    listener: (slice: T) => void,
    equals: (a: T, b: T) => boolean = Object.is,
  ): () => void {
    // A selector that throws on the current state is counted like a throwing
    // listener; its first successful selection is then delivered.
    let current: { readonly slice: T } | undefined;
    try {
      current = { slice: selector(this.getState()) };
    } catch (error) {
      this.noteThrow('subscriber', error);
    }
    return this.subscribe((state) => {
      const next = selector(state);
      if (current && equals(current.slice, next)) return;
      current = { slice: next };
      listener(next);
    });
  }

  /**
   * Takes a history sample if a bucket boundary was crossed since the last one; the
   * page's shared ticker calls this so history advances without events. Notifies (at
   * the next flush) when a sample was taken.
   */
  tick(now: number = this.now()): void {
    if (this.disposed) return;
    try {
      this.publish();
      if (this.sample(Number.isFinite(now) ? now : this.now())) this.requestFlush();
    } catch (error) {
      this.noteThrow('tick', error);
    }
  }

  /** A queue's history of one counter, oldest first; `undefined` if the queue has none. */
  getHistory(queueId: string, counter: HistoryCounter): HistorySeries | undefined {
    return this.history.read(queueId, counter);
  }

  /**
   * The history of a total across queues, oldest first. `callsInQueue` is a true
   * total; an agent counter is a sum over queues, not a head count.
   */
  getTotalsHistory(counter: HistoryCounter): HistorySeries {
    return this.history.readTotals(counter);
  }

  /** History sampling interval, ms. */
  get historyIntervalMs(): number {
    return this.history.intervalMs;
  }

  /** Samples kept per queue. */
  get historyLength(): number {
    return this.history.length;
  }

  /**
   * Stops notifying, rejects pending requests and drops the history. The `cil`'s
   * callbacks (which cannot be unregistered) stop reaching this store, which can then
   * be garbage-collected; `ConnectsStore.for(cil)` makes a new store that takes them
   * over. Calling it twice is harmless.
   */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.listeners.clear();
    this.tracker.dispose();
    this.history.clear();
    if (this.binding) releaseCil(this.binding, this);
    this.binding = undefined;
  }

  /** Subscriptions alive right now (`subscribe` and `select`): a leak shows here. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Whether {@link dispose} was called. */
  get isDisposed(): boolean {
    return this.disposed;
  }

  // --- Requests (delegated to the RequestTracker) ----------------------------------

  /**
   * Sets the agent state; resolves with the `agentStateChange` it caused. Like every
   * request that acts on the contact centre, the returned promise carries the
   * `requestId` of its entry in `state.requests`.
   */
  setAgentState(
    channelId: string,
    state: RequestedAgentState,
    reasonCode?: ReasonCodeArgument,
  ): TrackedRequest<AgentStateChange> {
    return this.tracker.setAgentState(channelId, state, reasonCode);
  }

  /** Direct (blind) transfer of a workitem. */
  directTransfer(channelId: string, address: string, workitemId?: string): TrackedRequest<void> {
    return this.tracker.directTransfer(channelId, address, workitemId);
  }

  /** Single step conference of a new party. */
  singleStepConference(
    channelId: string,
    address: string,
    workitemId?: string,
  ): TrackedRequest<void> {
    return this.tracker.singleStepConference(channelId, address, workitemId);
  }

  /** New call, or consultation when a call exists; resolves with the created workitem. */
  dialOrConsult(channelId: string, address: string): TrackedRequest<Workitem> {
    return this.tracker.dialOrConsult(channelId, address);
  }

  /** Reason codes of a type. */
  getReasonCodeList(channelId: string, reasonType: ReasonType): Promise<readonly ReasonCode[]> {
    return this.tracker.getReasonCodeList(channelId, reasonType);
  }

  /** Information about a channel and its agent. */
  getChannel(channelId: string): Promise<ChannelInfo> {
    return this.tracker.getChannel(channelId);
  }

  /** Sends DTMF to the active call. */
  sendDtmf(dtmf: string): TrackedRequest<void> {
    return this.tracker.sendDtmf(dtmf);
  }

  /** Whether DTMF can be sent. */
  isSendDtmfEnabled(): Promise<boolean> {
    return this.tracker.isSendDtmfEnabled();
  }

  /** Updates call variables and the Wrap-Up reason. */
  updateWorkitemData(
    channelId: string,
    workitemId: string,
    updatedData: Readonly<Record<string, string>>,
  ): TrackedRequest<void> {
    return this.tracker.updateWorkitemData(channelId, workitemId, updatedData);
  }

  /** Whether the data of a workitem can be updated. */
  isUpdateWorkitemDataEnabled(channelId: string, workitemId: string): Promise<boolean> {
    return this.tracker.isUpdateWorkitemDataEnabled(channelId, workitemId);
  }

  /** Sets the Wrap-Up reason of a call. */
  setWrapupReason(
    channelId: string,
    workitemId: string,
    wrapUpReason: string,
  ): TrackedRequest<void> {
    return this.tracker.setWrapupReason(channelId, workitemId, wrapUpReason);
  }

  // --- Internals --------------------------------------------------------------------

  /** Reads both clocks into the one reduce context. */
  private stamp(): void {
    this.context.now = this.now();
    this.context.serverNow = this.context.now + this.clockOffset.correction.offsetMs;
  }

  /**
   * Takes a clock sample from a fresh event: an agentStateChange's `newStateChangeTime`
   * or the `connectedAt` of a workitemConnect that is the connect itself (both close to
   * the server's now on arrival). A connect is fresh only when the store saw the
   * workitem ring or dial first: a call recovered at login (the reference's
   * workitemCreate "when the agent logs in while a call is on the phone") or
   * re-announced after a reconnect carries the `connectedAt` of long ago, and as the
   * first sample it would move `serverNow()` back by the call's age.
   */
  private sampleClock(event: ParsedEvent): void {
    let serverTime: number | null = null;
    if (event.name === 'agentStateChange') serverTime = event.change.newStateChangeTime;
    else if (event.name === 'workitemConnect' && this.isFreshConnect(event.workitem.id)) {
      serverTime = event.workitem.connectedAt;
    }
    if (serverTime === null) return;
    const correction = this.clockOffset.add(serverTime, this.context.now);
    this.draft.set('clock', correction);
    this.context.serverNow = this.context.now + correction.offsetMs;
  }

  /** Whether a workitemConnect for `id` now is the connect itself: the workitem was ringing or dialling. */
  private isFreshConnect(id: string): boolean {
    const known = this.draft.state.workitems.get(id);
    return known !== undefined && (known.state === 'Offered' || known.state === 'Initiated');
  }

  /** Keeps a request's new or changed entry in `state.requests` (bounded, oldest first). */
  private noteRequest(entry: RequestEntry): void {
    if (this.disposed) return;
    const requests = this.draft.state.requests;
    const index = requests.findIndex((known) => known.requestId === entry.requestId);
    let next: RequestEntry[];
    if (index >= 0) {
      next = requests.slice();
      next[index] = entry;
    } else {
      next = [...requests, entry];
      const max = this.context.limits.maxRequests;
      if (next.length > max) next = next.slice(next.length - max);
    }
    this.draft.set('requests', next);
    this.requestFlush();
  }

  private now(): number {
    try {
      const now = this.clock();
      return Number.isFinite(now) ? now : Date.now();
    } catch {
      return Date.now();
    }
  }

  private noteRegistrationFailure(name: CilEventName, method: string, error: unknown): void {
    recordProblem(
      this.draft,
      'anomaly',
      {
        event: name,
        path: method,
        reason: 'callback-threw',
        detail: `registering ${method} failed: ${describeThrown(error)}`,
      },
      this.context,
    );
  }

  /** The callback behind every registration: nothing ever throws out of it. */
  private receive(name: CilEventName, data: unknown): void {
    if (this.disposed) return;
    try {
      this.stamp();
      const result = parseEvent(name, data);
      if (result.ok) this.sampleClock(result.value);
      applyResult(this.draft, result, this.context);
      if (result.ok) this.observe(result.value);
      if (this.draft.changed) this.requestFlush();
    } catch (error) {
      this.noteThrow(name, error);
    }
  }

  private observe(event: ParsedEvent): void {
    try {
      this.tracker.observe(event);
    } catch (error) {
      this.noteThrow(event.name, error);
    }
  }

  private noteThrow(where: string, error: unknown): void {
    try {
      recordProblem(
        this.draft,
        'anomaly',
        {
          event: isOneOf(CIL_EVENT_NAMES, where) ? where : 'error',
          path: where,
          reason: 'callback-threw',
          detail: describeThrown(error),
        },
        this.context,
      );
    } catch {
      // Nothing left to report to; never throw out of a callback.
    }
  }

  private forwardDiagnostic(_severity: DiagnosticSeverity, problem: Problem): void {
    if (!this.onDiagnostic) return;
    try {
      this.onDiagnostic(problem);
    } catch {
      // A failing diagnostic hook must not disturb the store.
    }
  }

  private requestFlush(): void {
    if (this.flushScheduled || this.disposed) return;
    this.flushScheduled = true;
    this.schedule(() => this.flush());
  }

  /** Publishes pending draft changes as the current snapshot. */
  private publish(): void {
    if (!this.draft.changed) return;
    const previous = this.state;
    this.state = this.draft.commit();
    if (this.state.queues !== previous.queues) this.history.retain(this.state.queues);
    if (this.state.queueDataGeneration !== previous.queueDataGeneration) {
      // Logged out (even if logged in again within the batch): trends from before
      // must not be drawn as if they were current.
      this.history.clear();
      this.draft.set('history', { revision: this.state.history.revision + 1, lastSampleAt: null });
      this.state = this.draft.commit();
    }
  }

  /** Samples the history when due; returns whether a sample was taken. */
  private sample(now: number): boolean {
    const state = this.state;
    const offset = this.clockOffset.correction.offsetMs;
    if (!this.history.sample(now, state.queues, state.totals, now + offset)) return false;
    this.draft.set('history', {
      revision: state.history.revision + 1,
      lastSampleAt: this.history.lastSampleAt,
    });
    this.publish();
    return true;
  }

  private flush(): void {
    this.flushScheduled = false;
    const followUp = this.followUpFlush;
    this.followUpFlush = false;
    if (this.disposed) return;
    try {
      this.publish();
      this.sample(this.now());
    } catch (error) {
      this.noteThrow('tick', error);
    }
    const state = this.state;
    if (state === this.notified) return;
    this.notified = state;
    let threw = false;
    for (const entry of [...this.listeners]) {
      if (!this.listeners.has(entry)) continue;
      try {
        entry.listener(state);
      } catch (error) {
        threw = true;
        this.noteThrow('subscriber', error);
      }
    }
    // The counted errors are published by one follow-up flush; a listener that
    // always throws must not cause an endless chain of notifications.
    if (threw && !followUp && !this.flushScheduled) {
      this.followUpFlush = true;
      this.requestFlush();
    }
  }
}
