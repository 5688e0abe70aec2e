/**
 * The simulated `cil`: a living contact centre behind the whole Integration API
 * surface, plus scenario controls for demos and tests. It is the project's embedded
 * default when no real b+s Connects is present.
 *
 * Requests act synchronously: their events are dispatched before the returned promise
 * settles (unless `requestLatencyMs` is set), and failures are `error` events carrying
 * the requestId while the promise still resolves with no value, as the reference says.
 *
 * @module
 */
import type {
  CilApi,
  CilCallback,
  CilEventName,
  CilResult,
  ReasonCodeArgument,
  ReasonType,
  RequestedAgentState,
  WireGetChannel,
  WireQueueDataUpdate,
  WireReasonCode,
} from '../cil/index.js';
import { Agenda, ManualClock, RealTimeClock, type ClockDriver } from './clock.js';
import {
  COUNTER_OF_BUCKET,
  ContactCentre,
  emptyCounts,
  type AgentCounter,
  type SimQueue,
} from './contact-centre.js';
import { LoggedInAgent, type Failure } from './logged-in-agent.js';
import { malformedPayloads, type MalformedKind } from './malformed.js';
import {
  channelIdOf,
  resolveOptions,
  type Flavour,
  type ResolvedOptions,
  type SimulatorOptions,
} from './options.js';
import { errorPayload, queuePayload } from './payloads.js';
import { Prng } from './prng.js';
import { QueueFeed } from './queue-feed.js';
import { CilRegistrations } from './cil-registrations.js';
import type { RecordedEvent } from './event-log.js';

/** A queue's population, recounted from its agents (not from the incremental counters). */
export interface QueueInspection {
  /** Queue name. */
  readonly name: string;
  /** Whether the queue is subscribed (sent in queueDataUpdate). */
  readonly subscribed: boolean;
  /** Agents assigned to the queue (the logged-in agent included when it serves it). */
  readonly assignedAgents: number;
  /** Of those, the logged-in ones. */
  readonly loggedInAgents: number;
  /** Each agent counter, recounted. */
  readonly counts: Readonly<Record<AgentCounter, number>>;
  /** Calls waiting. */
  readonly callsWaiting: number;
  /** Arrival time of the oldest waiting call, epoch ms (the earliest of `waitingSince`). */
  readonly oldestArrival: number | undefined;
  /** Arrival time of every waiting call, epoch ms, in queue order. */
  readonly waitingSince: readonly number[];
}

/** The simulated `cil` with its scenario controls. */
export interface SimulatedCil extends CilApi {
  /** The product flavour simulated. */
  readonly flavour: Flavour;
  /** The simulated clock, epoch ms. */
  now(): number;
  /** Runs the simulation forward by `ms`, dispatching events synchronously. Throws a `RangeError` for `ms` below 0. */
  advance(ms: number): void;
  /**
   * Real-time clock: simulated seconds per real second (0 pauses; a negative or infinite
   * factor throws a `RangeError`). Ignored by the manual clock.
   */
  setSpeed(factor: number): void;
  /** Logs the agent in: agentStateChange, ENABLED, call recovery. */
  login(): void;
  /** Logs the agent out (forced): agentStateChange, DISABLED. */
  logout(): void;
  /** Subscribes a queue: ADDED (not on CCX). Throws for an unknown id. */
  subscribeQueue(queueId: string): void;
  /** Unsubscribes a queue: DELETED with only the id. Throws for an unknown id. */
  unsubscribeQueue(queueId: string): void;
  /** ENABLED again, as a hidden integration sees it when a visible one registers. */
  repeatEnabled(): void;
  /** `calls` callers arrive in the queue now. Throws for an unknown id. */
  burst(queueId: string, calls: number): void;
  /** A call alerts at the agent (workitemCreate, Offered); returns the workitem id. */
  offerCall(options?: { queueId?: string; ani?: string }): string;
  /** Answers the given (or the first alerting) call. Throws for an unknown workitem id. */
  answer(workitemId?: string): void;
  /** Puts the given (or the first Active) call on hold. Throws for an unknown workitem id. */
  hold(workitemId?: string): void;
  /** Resumes the given (or the first held) call. Throws for an unknown workitem id. */
  resume(workitemId?: string): void;
  /**
   * Hangs up the given call, or else the first Active, Paused, Initiated, Offered or Wrapup
   * one, in that order. Throws for an unknown workitem id.
   */
  hangUp(workitemId?: string): void;
  /**
   * Dispatches one malformed payload of that kind through the real callbacks (on CCX the
   * queue kinds dispatch nothing: there is no queueDataUpdate on CCX).
   */
  injectMalformed(kind: MalformedKind): void;
  /** Every queue id of the centre (subscribed or not). */
  queueIds(): readonly string[];
  /**
   * The last dispatched events, oldest first (bounded by `eventLogLimit`), `t` in simulated
   * time: the event log format, so `serializeEventLog` and `createReplayCil` take it as is.
   */
  eventLog(): readonly RecordedEvent[];
  /** The population of a queue, counted afresh from its agents and calls (for tests and tools). */
  inspectQueue(queueId: string): QueueInspection;
  /** Stops the clock and drops every callback; no further events. */
  dispose(): void;
}

/** Creates a simulated `cil` (see {@link SimulatorOptions} for the defaults; a bad option throws a `RangeError`). */
export function createSimulatedCil(options?: SimulatorOptions): SimulatedCil {
  return new SimulatedConnects(resolveOptions(options));
}

class SimulatedConnects extends CilRegistrations implements SimulatedCil {
  readonly flavour: Flavour;
  private log: RecordedEvent[] = [];
  private muted = false;
  private disposed = false;
  private readonly agenda: Agenda;
  private readonly centre: ContactCentre;
  private readonly feed: QueueFeed;
  private readonly agent: LoggedInAgent;
  private readonly clock: ClockDriver;

  constructor(private readonly options: ResolvedOptions) {
    super();
    this.flavour = options.flavour;
    const prng = new Prng(options.seed);
    const centrePrng = prng.fork();
    const agentPrng = prng.fork();
    this.agenda = new Agenda(options.startTime - options.warmupSeconds * 1000);
    this.centre = new ContactCentre(options, this.agenda, centrePrng, {
      queueChanged: (queue) => this.feed.changed(queue),
      offerToUser: (call) => {
        this.agent.offer(call.queue, call.ani, call.callerName, call);
      },
    });
    this.feed = new QueueFeed(options, this.agenda, (payload, only) =>
      this.emit('queueDataUpdate', payload, only as CilCallback<unknown> | undefined),
    );
    for (const queue of this.centre.queues) this.feed.add(queue);
    this.agent = new LoggedInAgent({
      options,
      agenda: this.agenda,
      prng: agentPrng,
      centre: this.centre,
      emit: (event, payload) => this.emit(event, payload),
      loggedIn: () => this.feed.enable(),
      loggedOut: () => this.feed.disable(),
    });
    // Warm-up: the centre runs silently so the wallboard starts on a busy floor.
    this.muted = true;
    this.centre.start();
    this.agenda.runUntil(options.startTime);
    this.muted = false;
    this.clock =
      options.clock === 'manual'
        ? new ManualClock(this.agenda)
        : new RealTimeClock(this.agenda, options.clock.speed);
    if (options.autoLogin) this.agent.login();
  }

  // -- registrations -------------------------------------------------------------

  override onQueueDataUpdate(callback: CilCallback<WireQueueDataUpdate>): void {
    super.onQueueDataUpdate(callback);
    // Registered while logged in: every registered callback gets the current queues
    // ("the hidden integration will also receive an event with ENABLED each time the
    // visible integration is registered for queue updates").
    if (typeof callback === 'function') this.feed.emitEnabled();
  }

  private emit(event: CilEventName, data: unknown, only?: CilCallback<unknown>): void {
    if (this.disposed || this.muted) return;
    this.log.push({ t: this.agenda.time, event, data });
    // Trimmed in one go when twice the limit, not shifted on every event.
    const limit = this.options.eventLogLimit;
    if (this.log.length >= limit * 2) this.log = this.log.slice(-limit);
    this.dispatch(event, data, only);
  }

  // -- requests ------------------------------------------------------------------

  setAgentState(
    channelId: string,
    state: RequestedAgentState,
    reasonCode?: ReasonCodeArgument,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.act(
      requestId,
      () => this.checkChannel(channelId) ?? this.agent.setAgentState(state, reasonCode, requestId),
    );
  }

  directTransfer(
    channelId: string,
    address: string,
    workitemId?: string,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.act(
      requestId,
      () =>
        this.checkChannel(channelId) ?? this.agent.directTransfer(address, workitemId, requestId),
    );
  }

  singleStepConference(
    channelId: string,
    address: string,
    workitemId?: string,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.act(
      requestId,
      () => this.checkChannel(channelId) ?? this.agent.singleStepConference(address, workitemId),
    );
  }

  dialOrConsult(channelId: string, address: string, requestId?: string): Promise<CilResult<void>> {
    return this.act(
      requestId,
      () => this.checkChannel(channelId) ?? this.agent.dialOrConsult(address, requestId),
    );
  }

  getReasonCodeList(
    channelId: string,
    reasonType: ReasonType,
  ): Promise<CilResult<WireReasonCode[]>> {
    return this.read(() => {
      const failure = this.checkChannel(channelId);
      if (failure) return { failure };
      const codes = this.agent.reasonCodes(reasonType);
      return codes ? { value: codes } : { failure: `Unknown reason type: ${String(reasonType)}` };
    });
  }

  getChannel(channelId: string): Promise<CilResult<WireGetChannel>> {
    return this.read(() => {
      const failure = this.checkChannel(channelId);
      return failure ? { failure } : { value: this.agent.channel() };
    });
  }

  sendDtmf(dtmf: string, requestId?: string): Promise<CilResult<void>> {
    return this.act(requestId, () => this.agent.sendDtmf(dtmf));
  }

  isSendDtmfEnabled(): Promise<CilResult<boolean | { enabled: boolean }>> {
    return this.readEnabled(() => ({ value: this.agent.isSendDtmfEnabled() }));
  }

  updateWorkitemData(
    channelId: string,
    workitemId: string,
    updatedData: Readonly<Record<string, string>>,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.act(
      requestId,
      () =>
        this.checkChannel(channelId) ??
        this.agent.updateWorkitemData(workitemId, updatedData, requestId),
    );
  }

  isUpdateWorkitemDataEnabled(
    channelId: string,
    workitemId: string,
  ): Promise<CilResult<boolean | { enabled: boolean }>> {
    return this.readEnabled(() => {
      const failure = this.checkChannel(channelId);
      return failure ? { failure } : { value: this.agent.isUpdateWorkitemDataEnabled(workitemId) };
    });
  }

  setWrapupReason(
    channelId: string,
    workitemId: string,
    wrapUpReason: string,
    requestId?: string,
  ): Promise<CilResult<void>> {
    return this.act(
      requestId,
      () =>
        this.checkChannel(channelId) ??
        this.agent.setWrapupReason(workitemId, wrapUpReason, requestId),
    );
  }

  private checkChannel(channelId: string): Failure {
    if (channelId === 'voice' || channelId === channelIdOf(this.flavour)) return undefined;
    return `Unknown channel: ${String(channelId)}`;
  }

  /** A request with effects and no value. */
  private act(requestId: string | undefined, body: () => Failure): Promise<CilResult<void>> {
    if (this.disposed) return Promise.resolve(this.envelope(undefined, 'disposed'));
    this.clock.catchUp();
    if (this.options.requestLatencyMs > 0) {
      this.agenda.after(this.options.requestLatencyMs, () => this.fail(requestId, body()));
      return Promise.resolve(this.envelope(undefined, undefined));
    }
    const failure = body();
    this.fail(requestId, failure);
    this.settle();
    return Promise.resolve(this.envelope(undefined, failure));
  }

  /** A request that returns a value (none of them takes a requestId). */
  private read<T>(body: () => { value?: T; failure?: string }): Promise<CilResult<T>> {
    if (this.disposed) return Promise.resolve(this.envelope(undefined, 'disposed') as CilResult<T>);
    this.clock.catchUp();
    const { value, failure } = body();
    this.fail(undefined, failure);
    return Promise.resolve(this.envelope(value, failure) as CilResult<T>);
  }

  private readEnabled(
    body: () => { value?: boolean; failure?: string },
  ): Promise<CilResult<boolean | { enabled: boolean }>> {
    return this.read<boolean | { enabled: boolean }>(() => {
      const { value, failure } = body();
      if (failure) return { failure };
      const enabled = value ?? false;
      return { value: this.options.resultShape === 'envelope' ? { enabled } : enabled };
    });
  }

  private fail(requestId: string | undefined, failure: Failure): void {
    if (failure !== undefined) this.emit('error', errorPayload(requestId, failure));
  }

  /**
   * The result as the configured shape. Plain failures resolve with no value, as the
   * reference says (the `error` event carries the failure).
   */
  private envelope<T>(value: T | undefined, failure: Failure): CilResult<T> {
    if (this.options.resultShape === 'envelope') {
      return failure === undefined
        ? { success: true, ...(value === undefined ? {} : { response: value }) }
        : { success: false, error: failure };
    }
    return value as CilResult<T>;
  }

  /** Runs whatever became due now (e.g. a throttled UPDATED) before control returns. */
  private settle(): void {
    if (!this.disposed) this.clock.catchUp();
  }

  // -- scenario controls -----------------------------------------------------------

  now(): number {
    return this.clock.now();
  }

  advance(ms: number): void {
    if (this.disposed) return;
    this.clock.advance(ms);
  }

  setSpeed(factor: number): void {
    if (this.disposed) return;
    this.clock.setSpeed(factor);
  }

  login(): void {
    this.control(() => this.agent.login());
  }

  logout(): void {
    this.control(() => this.agent.logout());
  }

  subscribeQueue(queueId: string): void {
    const queue = this.queue(queueId);
    this.control(() => this.feed.add(queue));
  }

  unsubscribeQueue(queueId: string): void {
    const queue = this.queue(queueId);
    this.control(() => this.feed.remove(queue));
  }

  repeatEnabled(): void {
    this.control(() => this.feed.emitEnabled());
  }

  burst(queueId: string, calls: number): void {
    const queue = this.queue(queueId);
    this.control(() => {
      for (let i = 0; i < calls; i += 1) this.centre.arrive(queue);
    });
  }

  offerCall(options: { queueId?: string; ani?: string } = {}): string {
    const queue =
      options.queueId !== undefined
        ? this.queue(options.queueId)
        : (this.centre.user.queues[0] ?? this.centre.queues[0]);
    let id = '';
    this.control(() => {
      id = this.agent.offer(queue, options.ani).id;
    });
    return id;
  }

  answer(workitemId?: string): void {
    this.control(() => this.agent.answer(workitemId));
  }

  hold(workitemId?: string): void {
    this.control(() => this.agent.hold(workitemId));
  }

  resume(workitemId?: string): void {
    this.control(() => this.agent.resume(workitemId));
  }

  hangUp(workitemId?: string): void {
    this.control(() => this.agent.hangUp(workitemId));
  }

  injectMalformed(kind: MalformedKind): void {
    this.control(() => {
      const [first] = this.feed.subscribed;
      const queue = first ?? this.centre.queues[0];
      if (kind === 'double-delete' && first && this.flavour !== 'CCX') this.feed.remove(first);
      const payloads = malformedPayloads(kind, {
        queue: queue ? queuePayload(queue, this.agenda.time, this.options.thresholds) : undefined,
        channelId: channelIdOf(this.flavour),
        now: this.agenda.time,
      });
      for (const { event, data } of payloads) {
        // On CCX b+s Connects never sends queueDataUpdate, not even a broken one.
        if (event === 'queueDataUpdate' && this.flavour === 'CCX') continue;
        this.emit(event, data);
      }
    });
  }

  queueIds(): readonly string[] {
    return this.centre.queues.map((queue) => queue.id);
  }

  eventLog(): readonly RecordedEvent[] {
    return this.log.slice(-this.options.eventLogLimit);
  }

  inspectQueue(queueId: string): QueueInspection {
    const queue = this.queue(queueId);
    const counts = emptyCounts();
    let loggedInAgents = 0;
    for (const agent of queue.agents) {
      if (agent.bucket === 'loggedOut') continue;
      loggedInAgents += 1;
      counts[COUNTER_OF_BUCKET[agent.bucket]] += 1;
    }
    // Recounted from every waiting call, not from the queue order the payloads rely on.
    const waitingSince = [...queue.waiting.values()].map((call) => call.arrivedAt);
    return {
      name: queue.name,
      subscribed: this.feed.subscribed.has(queue),
      assignedAgents: queue.agents.length,
      loggedInAgents,
      counts,
      callsWaiting: waitingSince.length,
      oldestArrival: waitingSince.length > 0 ? Math.min(...waitingSince) : undefined,
      waitingSince,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.closeRegistrations();
    this.clock.dispose();
    this.agent.dispose();
    this.centre.stop();
    this.agenda.clear();
  }

  private control(body: () => void): void {
    if (this.disposed) return;
    this.clock.catchUp();
    body();
    this.settle();
  }

  private queue(queueId: string): SimQueue {
    const queue = this.centre.queuesById.get(queueId);
    if (!queue) throw new Error(`Unknown queue: ${queueId}`);
    return queue;
  }
}
