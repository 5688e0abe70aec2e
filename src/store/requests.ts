/**
 * Requests with their real outcome. A `cil` request's promise "has no value": success
 * is an event (`agentStateChange`, `workitemCreate`, `workitemEnd`) and failure an
 * `error` event, both matched by the `requestId` the request carried. The tracker
 * generates that id, calls the `cil`, watches the events the store feeds to
 * {@link RequestTracker.observe}, and settles each request's promise once:
 *
 * - event requests (`setAgentState`, `dialOrConsult`, `directTransfer`) resolve with
 *   their success event, with a lenient fallback for systems that do not echo ids;
 * - requests without a success event (`singleStepConference`, `sendDtmf`,
 *   `updateWorkitemData`, `setWrapupReason`) resolve once the `cil` resolved and no
 *   `error` event for them arrived within a grace period;
 * - value requests (`getReasonCodeList`, `getChannel`, `is…Enabled`) resolve with the
 *   validated value.
 *
 * Every pending request holds at most one timer; everything is bounded.
 *
 * @module
 */
import {
  REASON_TYPES,
  REQUESTED_AGENT_STATES,
  isOneOf,
  parseChannelInfo,
  parseEnabled,
  parseReasonCodeList,
  type AgentStateChange,
  type ChannelInfo,
  type CilApi,
  type CilRequestName,
  type ParseResult,
  type ParsedEvent,
  type ReasonCode,
  type ReasonCodeArgument,
  type ReasonType,
  type RequestedAgentState,
  type Workitem,
  type WorkitemState,
} from '../cil/index.js';
import { unwrapCilResult } from './cil-result.js';
import { describeThrown } from '../cil/describe-thrown.js';
import {
  CilArgumentError,
  CilCallError,
  CilRequestCancelledError,
  CilRequestError,
  CilRequestTimeoutError,
  CilResponseError,
  CilUnavailableError,
  type CilRequestFailure,
} from './request-errors.js';
import { resolveOption } from './resolve-option.js';
import type { RequestEntry, RequestStatus, TrackedRequestName } from './state.js';

/**
 * The promise a request method returns, carrying the `requestId` the store generated,
 * so an element finds its request in `state.requests` at once (even before it settles).
 */
export type TrackedRequest<T> = Promise<T> & { readonly requestId: string };

/** The timer functions the tracker uses; injectable so tests control time. */
export interface RequestScheduler {
  /** Runs `callback` once after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer started by `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** Options of a {@link RequestTracker}. */
export interface RequestTrackerOptions {
  /** How long a request may wait for its outcome, in ms. Default 10,000. */
  timeoutMs?: number;
  /**
   * For requests without a success event: how long after the `cil` resolved an
   * `error` event may still fail them, in ms. Default 1,000.
   */
  errorGraceMs?: number;
  /** Generates request ids; default `cw-<random base36>-<counter>`. Must be unique. */
  createRequestId?: () => string;
  /** Timer functions; default the global `setTimeout`/`clearTimeout`. */
  scheduler?: RequestScheduler;
  /** Most requests pending at once; the oldest is rejected beyond it. Default 1,000. */
  maxPending?: number;
  /**
   * How long after a request was `sent` (no success event, the `cil` resolved) an
   * `error` event carrying its id still marks it `failed` in `state.requests`, in ms.
   * Default 60,000.
   */
  lateErrorWindowMs?: number;
}

/** What the store gives its tracker besides the options: its clock and where entries go. */
export interface RequestTrackerHooks {
  /** Store clock, epoch ms. */
  readonly now?: () => number;
  /** Told about every new entry and every change of one (the store keeps the last few). */
  readonly onEntry?: (entry: RequestEntry) => void;
}

/** Default of {@link RequestTrackerOptions.timeoutMs}. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Default of {@link RequestTrackerOptions.errorGraceMs}. */
export const DEFAULT_ERROR_GRACE_MS = 1_000;
/** Default of {@link RequestTrackerOptions.maxPending}. */
export const DEFAULT_MAX_PENDING = 1_000;
/** Default of {@link RequestTrackerOptions.lateErrorWindowMs}. */
export const DEFAULT_LATE_ERROR_WINDOW_MS = 60_000;
/** Most `sent` requests remembered for late errors. */
const MAX_LATE_ERROR_WATCH = 100;
/** The requests that act on the contact centre, listed in `state.requests`. */
const TRACKED_NAMES: ReadonlySet<CilRequestName> = new Set<TrackedRequestName>([
  'setAgentState',
  'dialOrConsult',
  'directTransfer',
  'singleStepConference',
  'sendDtmf',
  'updateWorkitemData',
  'setWrapupReason',
]);
/** Most workitems remembered for `directTransfer`'s "the one in Active state". */
const MAX_TRACKED_WORKITEMS = 256;

const globalScheduler: RequestScheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * How a request learns its outcome:
 * - `event`: from a success event (see `matches`);
 * - `grace`: from the `cil` resolving, then no `error` event within the grace period;
 * - `value`: from the value the `cil` resolved with.
 */
type Kind = 'event' | 'grace' | 'value';

/**
 * What an event says about an event request: nothing, or its outcome; `sent` when
 * the outcome is only "handed over" (a transferred call in wrap-up), so a late error
 * may still fail it.
 */
type Match = { readonly value: unknown; readonly sent?: boolean } | undefined;

/** The request fields an entry shows besides id, name and status. */
type EntryDetails = Partial<
  Pick<RequestEntry, 'channelId' | 'workitemId' | 'requestedState' | 'reasonCode' | 'address'>
>;

interface Pending {
  readonly requestId: string;
  readonly name: CilRequestName;
  readonly kind: Kind;
  /** The only timer of this request: its timeout, then (grace requests) its grace period. */
  timer: unknown;
  /** Event requests: the outcome an event gives, given whether it carries this request's id. */
  readonly matches?: (event: ParsedEvent, ownId: boolean) => Match;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: CilRequestFailure) => void;
  /** Its entry in `state.requests` (tracked requests only). */
  entry: RequestEntry | undefined;
  /**
   * `setAgentState` asked for during a call: the channel whose call must end first.
   * No timer runs until then (status `pending-after-call`).
   */
  afterCall: string | undefined;
}

/**
 * Whether an event's channel is the one a request named. `voice` names every voice
 * channel on every platform: `voice_<peripheral_id>` (CCE, CCX `voice_-1`), WxCC's
 * `telephony`, and any channel of type Voice. An event without a channel is not held
 * against it.
 */
function channelMatches(
  requested: string,
  actual: string | undefined,
  actualType?: string,
): boolean {
  if (actual === undefined || actual === requested) return true;
  if (requested !== 'voice') return false;
  return actual.startsWith('voice_') || actual === 'telephony' || actualType === 'Voice';
}

/** The state a workitem event implies when its payload says `Unknown`. */
const IMPLIED_STATE: Readonly<Partial<Record<ParsedEvent['name'], WorkitemState>>> = {
  workitemCreate: 'Offered',
  workitemConnect: 'Active',
  workitemPause: 'Paused',
  workitemResume: 'Active',
  workitemWrapup: 'Wrapup',
};

/** Workitem states in which the agent "has a call": a state change waits until it ends. */
const ON_A_CALL: ReadonlySet<WorkitemState> = new Set(['Offered', 'Initiated', 'Active', 'Paused']);
/** Workitem states that keep a pending state change waiting (wrap-up comes before it). */
const CALL_NOT_DONE: ReadonlySet<WorkitemState> = new Set([...ON_A_CALL, 'Wrapup']);

/** A number of a reason code argument; `undefined` for none (empty, negative, not a number). */
function reasonCodeOf(reasonCode: ReasonCodeArgument): number | undefined {
  if (reasonCode === undefined || String(reasonCode).trim() === '') return undefined;
  const code = Number(reasonCode);
  return Number.isFinite(code) && code >= 0 ? code : undefined;
}

/** An address with the characters people put in for readability taken out. */
function normaliseAddress(address: string): string {
  return address.replace(/[\s\-().\/]/g, '').toLowerCase();
}

/**
 * Whether a created workitem was dialled to `address`, as far as its payload shows
 * it: the dialled number, DNIS, ani or a participant. `true` when it shows none.
 */
function dialledTo(workitem: Workitem, address: string): boolean {
  const shown = [
    workitem.ctiData.dialedNumber,
    workitem.ctiData.DNIS,
    workitem.ani,
    ...workitem.participants.map((participant) => participant.address),
  ].filter((value): value is string => typeof value === 'string' && value !== '');
  if (shown.length === 0) return true;
  const wanted = normaliseAddress(address);
  return shown.some((value) => normaliseAddress(value) === wanted);
}

/** Whether an outcome value is a workitem (what `dialOrConsult` resolves with). */
function isWorkitem(value: unknown): value is Workitem {
  return typeof value === 'object' && value !== null && typeof (value as Workitem).id === 'string';
}

/** The `requestId` an event carries, if any. */
function requestIdOf(event: ParsedEvent): string | undefined {
  switch (event.name) {
    case 'agentStateChange':
      return event.change.requestId;
    case 'error':
      return event.error.requestId ?? undefined;
    case 'queueDataUpdate':
      return undefined;
    default:
      return event.workitem.requestId;
  }
}

/** Tracks the `cil` requests of one store and settles each on its real outcome. */
export class RequestTracker {
  private readonly getCil: () => CilApi | undefined;
  private readonly timeoutMs: number;
  private readonly errorGraceMs: number;
  private readonly maxPending: number;
  private readonly scheduler: RequestScheduler;
  private readonly customRequestId: (() => string) | undefined;
  private readonly idPrefix = `cw-${Math.random().toString(36).slice(2, 10)}`;
  private idCounter = 0;
  /** Pending requests by id, oldest first (insertion order). */
  private readonly pending = new Map<string, Pending>();
  /** Last known state and channel of each workitem, for `directTransfer` without an id. */
  private readonly workitems = new Map<
    string,
    { state: WorkitemState; channelId?: string; channelType?: string }
  >();
  /** Requests `sent` within the late-error window, oldest first: id -> entry. */
  private readonly sent = new Map<string, RequestEntry>();
  private readonly lateErrorWindowMs: number;
  private readonly clock: () => number;
  private readonly onEntry: ((entry: RequestEntry) => void) | undefined;
  private disposed = false;

  /**
   * @param getCil returns the attached `cil`, or `undefined` while none is attached.
   * @param options timeouts, id generator and scheduler.
   */
  constructor(
    getCil: () => CilApi | undefined,
    options: RequestTrackerOptions = {},
    hooks: RequestTrackerHooks = {},
  ) {
    this.getCil = getCil;
    this.clock = hooks.now ?? Date.now;
    this.onEntry = hooks.onEntry;
    this.lateErrorWindowMs = resolveOption(
      options.lateErrorWindowMs,
      DEFAULT_LATE_ERROR_WINDOW_MS,
      0,
    );
    this.timeoutMs = resolveOption(options.timeoutMs, DEFAULT_REQUEST_TIMEOUT_MS, 0);
    this.errorGraceMs = resolveOption(options.errorGraceMs, DEFAULT_ERROR_GRACE_MS, 0);
    this.maxPending = Math.floor(resolveOption(options.maxPending, DEFAULT_MAX_PENDING, 1));
    this.scheduler = options.scheduler ?? globalScheduler;
    this.customRequestId = options.createRequestId;
  }

  /** Number of requests still waiting for their outcome. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Feeds one successfully parsed event; the store calls this for every event. */
  observe(event: ParsedEvent): void {
    if (this.disposed || event.name === 'queueDataUpdate') return;
    if (event.name === 'error') {
      const requestId = event.error.requestId;
      if (requestId === null) return;
      const pending = this.pending.get(requestId);
      if (pending) {
        this.settle(pending, {
          error: new CilRequestError(pending.name, pending.requestId, event.error),
        });
      } else this.lateError(requestId, event.error.message);
      return;
    }
    if (event.name !== 'agentStateChange') this.trackWorkitem(event.name, event.workitem);
    else if (event.change.newState === 'Logout') this.forgetChannel(event.change.channelId);
    this.correlate(event);
    this.startAfterCall();
  }

  /** Sets the agent state; resolves with the `agentStateChange` it caused. */
  setAgentState(
    channelId: string,
    state: RequestedAgentState,
    reasonCode?: ReasonCodeArgument,
  ): TrackedRequest<AgentStateChange> {
    const details: EntryDetails = {
      channelId,
      requestedState: String(state),
      ...(typeof reasonCode === 'number' && Number.isFinite(reasonCode) ? { reasonCode } : {}),
    };
    if (!isOneOf(REQUESTED_AGENT_STATES, state)) {
      return this.invalid(
        'setAgentState',
        'state',
        `expected one of ${REQUESTED_AGENT_STATES.join(', ')}`,
        details,
      );
    }
    const code = reasonCode === undefined ? undefined : reasonCodeOf(reasonCode);
    // Finesse applies NotReady or Logout asked for during a call when the call ends.
    const afterCall =
      (state === 'NotReady' || state === 'Logout') && this.hasCall(channelId, ON_A_CALL)
        ? channelId
        : undefined;
    return this.request<AgentStateChange>(
      'setAgentState',
      'event',
      details,
      (cil, requestId) => cil.setAgentState(channelId, state, reasonCode, requestId),
      (event, ownId) => {
        if (event.name !== 'agentStateChange') return undefined;
        const { change } = event;
        if (ownId) return { value: change };
        // Systems that do not echo ids: only the outcome asked for confirms it, the
        // same state and, when one was given, the same reason code.
        return change.requestId === undefined &&
          change.newState === state &&
          (code === undefined || change.newReasonCode === code) &&
          channelMatches(channelId, change.channelId, change.channelType)
          ? { value: change }
          : undefined;
      },
      undefined,
      afterCall,
    );
  }

  /**
   * Direct (blind) transfer. Resolves when the workitem leaves the agent: its
   * `workitemEnd`, or its `workitemWrapup` (with wrap-up enabled `workitemEnd` only
   * follows when wrap-up ends). Without `workitemId`, the workitem is the one that was
   * Active when the request was made.
   */
  directTransfer(channelId: string, address: string, workitemId?: string): TrackedRequest<void> {
    const active = workitemId === undefined ? this.activeWorkitems(channelId) : [];
    const target = workitemId ?? (active.length === 1 ? active[0] : undefined);
    // Several Active calls and no id: only an event carrying this request's id tells
    // which call went, never some call ending. With none known, any call on the channel.
    const anyCall = workitemId === undefined && active.length === 0;
    return this.request<void>(
      'directTransfer',
      'event',
      { channelId, address, ...(target !== undefined ? { workitemId: target } : {}) },
      (cil, requestId) => cil.directTransfer(channelId, address, workitemId, requestId),
      (event, ownId) => {
        if (event.name !== 'workitemEnd' && event.name !== 'workitemWrapup') return undefined;
        const { workitem } = event;
        // In wrap-up the call left the agent, but the transfer may still fail.
        const outcome = { value: undefined, sent: event.name === 'workitemWrapup' };
        if (ownId || (target !== undefined && workitem.id === target)) return outcome;
        return anyCall &&
          workitem.requestId === undefined &&
          channelMatches(channelId, workitem.channelId, workitem.channelType)
          ? outcome
          : undefined;
      },
    );
  }

  /** Single step conference; resolves when no `error` event followed within the grace period. */
  singleStepConference(
    channelId: string,
    address: string,
    workitemId?: string,
  ): TrackedRequest<void> {
    return this.request<void>(
      'singleStepConference',
      'grace',
      { channelId, address, ...(workitemId !== undefined ? { workitemId } : {}) },
      (cil, requestId) => cil.singleStepConference(channelId, address, workitemId, requestId),
    );
  }

  /**
   * New call or consultation; resolves with the created workitem: the `workitemCreate`
   * with this request's id or, since workitems' `requestId` is "for future use", the
   * first outgoing `workitemCreate` on the channel, to the dialled address where the
   * payload shows it, after the request.
   */
  dialOrConsult(channelId: string, address: string): TrackedRequest<Workitem> {
    return this.request<Workitem>(
      'dialOrConsult',
      'event',
      { channelId, address },
      (cil, requestId) => cil.dialOrConsult(channelId, address, requestId),
      (event, ownId) => {
        if (event.name !== 'workitemCreate') return undefined;
        const { workitem } = event;
        if (ownId) return { value: workitem };
        // Not echoed: an outgoing call the agent placed (never a call or consultation
        // a colleague offers, which is incoming), to the dialled address where shown.
        return workitem.requestId === undefined &&
          workitem.direction === 'Outgoing' &&
          dialledTo(workitem, address) &&
          channelMatches(channelId, workitem.channelId, workitem.channelType)
          ? { value: workitem }
          : undefined;
      },
    );
  }

  /** The reason codes of a type, validated. */
  getReasonCodeList(channelId: string, reasonType: ReasonType): Promise<readonly ReasonCode[]> {
    if (!isOneOf(REASON_TYPES, reasonType)) {
      return this.invalid(
        'getReasonCodeList',
        'reasonType',
        `expected one of ${REASON_TYPES.join(', ')}`,
        {},
      );
    }
    return this.request(
      'getReasonCodeList',
      'value',
      {},
      (cil) => cil.getReasonCodeList(channelId, reasonType),
      undefined,
      parseReasonCodeList,
    );
  }

  /** Information about a channel and its agent, validated. */
  getChannel(channelId: string): Promise<ChannelInfo> {
    return this.request(
      'getChannel',
      'value',
      {},
      (cil) => cil.getChannel(channelId),
      undefined,
      parseChannelInfo,
    );
  }

  /** Sends DTMF; resolves when no `error` event followed within the grace period. */
  sendDtmf(dtmf: string): TrackedRequest<void> {
    return this.request<void>('sendDtmf', 'grace', {}, (cil, requestId) =>
      cil.sendDtmf(dtmf, requestId),
    );
  }

  /** Whether DTMF can be sent (`true`, `{ enabled: true }` or an envelope around either). */
  isSendDtmfEnabled(): Promise<boolean> {
    return this.request(
      'isSendDtmfEnabled',
      'value',
      {},
      (cil) => cil.isSendDtmfEnabled(),
      undefined,
      parseEnabled,
    );
  }

  /**
   * Updates call variables and the Wrap-Up reason. Values "have to be of type string":
   * anything else rejects with {@link CilArgumentError} without calling the `cil`.
   */
  updateWorkitemData(
    channelId: string,
    workitemId: string,
    updatedData: Readonly<Record<string, string>>,
  ): TrackedRequest<void> {
    const details: EntryDetails = { channelId, workitemId };
    const unusable = this.unusableData(updatedData);
    if (unusable) {
      return this.invalid('updateWorkitemData', unusable.argument, unusable.message, details);
    }
    return this.request<void>('updateWorkitemData', 'grace', details, (cil, requestId) =>
      cil.updateWorkitemData(channelId, workitemId, updatedData, requestId),
    );
  }

  /** Whether the data of a workitem can be updated. */
  isUpdateWorkitemDataEnabled(channelId: string, workitemId: string): Promise<boolean> {
    return this.request(
      'isUpdateWorkitemDataEnabled',
      'value',
      {},
      (cil) => cil.isUpdateWorkitemDataEnabled(channelId, workitemId),
      undefined,
      parseEnabled,
    );
  }

  /** Sets the Wrap-Up reason; resolves when no `error` event followed within the grace period. */
  setWrapupReason(
    channelId: string,
    workitemId: string,
    wrapUpReason: string,
  ): TrackedRequest<void> {
    return this.request<void>(
      'setWrapupReason',
      'grace',
      { channelId, workitemId },
      (cil, requestId) => cil.setWrapupReason(channelId, workitemId, wrapUpReason, requestId),
    );
  }

  /** Rejects every pending request and clears its timer; later requests reject at once. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const pending of [...this.pending.values()]) {
      this.settle(pending, {
        error: new CilRequestCancelledError(pending.name, pending.requestId, 'disposed'),
      });
    }
    this.workitems.clear();
    this.sent.clear();
  }

  // -------------------------------------------------------------------------------

  /**
   * Sends one request: registers it (before calling, since a `cil` may dispatch the
   * outcome synchronously inside the call), calls the `cil`, and settles on the outcome.
   */
  private request<T>(
    name: CilRequestName,
    kind: Kind,
    details: EntryDetails,
    call: (cil: CilApi, requestId: string) => unknown,
    matches?: (event: ParsedEvent, ownId: boolean) => Match,
    parse?: (value: unknown) => ParseResult<T>,
    afterCall?: string,
  ): TrackedRequest<T> {
    const requestId = this.nextRequestId();
    if (this.disposed) {
      return this.failEarly(
        name,
        requestId,
        details,
        new CilRequestCancelledError(name, requestId, 'disposed'),
      );
    }
    const cil = this.getCil();
    if (!cil) {
      return this.failEarly(name, requestId, details, new CilUnavailableError(name, requestId));
    }

    let pending!: Pending;
    const promise = new Promise<T>((resolve, reject) => {
      pending = {
        requestId,
        name,
        kind,
        timer: undefined,
        ...(matches ? { matches } : {}),
        resolve: (value) => resolve(value as T),
        reject,
        entry: this.newEntry(name, requestId, details, afterCall !== undefined),
        afterCall,
      };
    });
    const tracked = Object.assign(promise, { requestId });
    this.register(pending);

    let returned: unknown;
    try {
      if (typeof cil[name] !== 'function') throw new TypeError(`the cil has no ${name} method`);
      returned = call(cil, requestId);
    } catch (error) {
      this.settle(pending, {
        error: new CilCallError(name, requestId, `the cil threw: ${describeThrown(error)}`, {
          cause: error,
        }),
      });
      return tracked;
    }
    Promise.resolve(returned).then(
      (result) => this.onCilResolved(pending, result, parse),
      (error: unknown) =>
        this.settle(pending, {
          error: new CilCallError(name, requestId, `the cil rejected: ${describeThrown(error)}`, {
            cause: error,
          }),
        }),
    );
    return tracked;
  }

  private onCilResolved<T>(
    pending: Pending,
    result: unknown,
    parse: ((value: unknown) => ParseResult<T>) | undefined,
  ): void {
    if (!this.isPending(pending)) return;
    const unwrapped = unwrapCilResult(result);
    if (!unwrapped.ok) {
      this.settle(pending, {
        error: new CilCallError(pending.name, pending.requestId, unwrapped.message),
      });
      return;
    }
    if (pending.kind === 'value') {
      const parsed = parse?.(unwrapped.value);
      if (!parsed || parsed.ok) this.settle(pending, { value: parsed?.value });
      else {
        this.settle(pending, {
          error: new CilResponseError(pending.name, pending.requestId, parsed.problem),
        });
      }
    } else if (pending.kind === 'grace') {
      // The timeout gives way to the grace period: still one timer.
      this.scheduler.clearTimeout(pending.timer);
      pending.timer = this.scheduler.setTimeout(
        () => this.settle(pending, { value: undefined, sent: true }),
        this.errorGraceMs,
      );
    }
    // Event requests keep waiting for their event under the original timeout.
  }

  private register(pending: Pending): void {
    while (this.pending.size >= this.maxPending) {
      const oldest = this.pending.values().next().value;
      if (!oldest) break;
      this.settle(oldest, {
        error: new CilRequestCancelledError(oldest.name, oldest.requestId, 'overflow'),
      });
    }
    this.pending.set(pending.requestId, pending);
    if (pending.afterCall === undefined) this.startTimeout(pending);
  }

  private startTimeout(pending: Pending): void {
    pending.timer = this.scheduler.setTimeout(
      () =>
        this.settle(pending, {
          error: new CilRequestTimeoutError(pending.name, pending.requestId, this.timeoutMs),
        }),
      this.timeoutMs,
    );
  }

  /** Requests waiting for a call to end whose call ended: their timeout starts now. */
  private startAfterCall(): void {
    for (const pending of this.pending.values()) {
      const channelId = pending.afterCall;
      if (channelId === undefined || this.hasCall(channelId, CALL_NOT_DONE)) continue;
      pending.afterCall = undefined;
      this.updateEntry(pending, { status: 'pending', error: null });
      this.startTimeout(pending);
    }
  }

  private isPending(pending: Pending): boolean {
    return this.pending.get(pending.requestId) === pending;
  }

  /** Settles a request once: clears its timer, forgets it, then resolves or rejects. */
  private settle(
    pending: Pending,
    outcome:
      { readonly value: unknown; readonly sent?: boolean } | { readonly error: CilRequestFailure },
  ): void {
    if (!this.isPending(pending)) return;
    this.pending.delete(pending.requestId);
    if (pending.timer !== undefined) this.scheduler.clearTimeout(pending.timer);
    pending.timer = undefined;
    if ('error' in outcome) {
      this.updateEntry(pending, {
        status: outcome.error instanceof CilRequestTimeoutError ? 'timed-out' : 'failed',
        error: outcome.error.message,
      });
      pending.reject(outcome.error);
    } else {
      const status: RequestStatus = outcome.sent === true ? 'sent' : 'confirmed';
      const created =
        pending.name === 'dialOrConsult' && isWorkitem(outcome.value)
          ? { workitemId: outcome.value.id }
          : {};
      this.updateEntry(pending, { status, error: null, ...created });
      if (status === 'sent' && pending.entry) this.watchLateError(pending.entry);
      pending.resolve(outcome.value);
    }
  }

  // --- Entries of state.requests --------------------------------------------------

  private now(): number {
    try {
      const now = this.clock();
      return Number.isFinite(now) ? now : Date.now();
    } catch {
      return Date.now();
    }
  }

  /** A new `pending` entry for a tracked request (announced), else `undefined`. */
  private newEntry(
    name: CilRequestName,
    requestId: string,
    details: EntryDetails,
    afterCall = false,
  ): RequestEntry | undefined {
    if (!TRACKED_NAMES.has(name)) return undefined;
    const entry: RequestEntry = {
      requestId,
      name: name as TrackedRequestName,
      status: afterCall ? 'pending-after-call' : 'pending',
      error: null,
      sentAt: this.now(),
      settledAt: null,
      ...details,
    };
    this.announce(entry);
    return entry;
  }

  private updateEntry(
    pending: { entry: RequestEntry | undefined },
    change: Pick<RequestEntry, 'status' | 'error'> & EntryDetails,
  ): void {
    const entry = pending.entry;
    if (!entry) return;
    const final = change.status !== 'pending' && change.status !== 'pending-after-call';
    pending.entry = { ...entry, ...change, settledAt: final ? this.now() : null };
    this.announce(pending.entry);
  }

  private announce(entry: RequestEntry): void {
    try {
      this.onEntry?.(entry);
    } catch {
      // The store's hook records; a failure there must not disturb the request.
    }
  }

  /** Keeps a `sent` request where a late `error` event can still find it. */
  private watchLateError(entry: RequestEntry): void {
    this.sent.delete(entry.requestId);
    this.sent.set(entry.requestId, entry);
    if (this.sent.size > MAX_LATE_ERROR_WATCH) {
      const oldest = this.sent.keys().next().value;
      if (oldest !== undefined) this.sent.delete(oldest);
    }
  }

  /** An `error` for a request no longer pending: fails it if it was `sent` recently enough. */
  private lateError(requestId: string, message: string): void {
    const entry = this.sent.get(requestId);
    if (!entry) return;
    this.sent.delete(requestId);
    if (this.now() - (entry.settledAt ?? entry.sentAt) > this.lateErrorWindowMs) return;
    const holder = { entry: entry as RequestEntry | undefined };
    this.updateEntry(holder, {
      status: 'failed',
      error: `${entry.name} failed: ${message}`,
    });
  }

  /** A request that fails before anything is sent, still listed with its id. */
  private failEarly<T>(
    name: CilRequestName,
    requestId: string,
    details: EntryDetails,
    error: CilRequestFailure,
  ): TrackedRequest<T> {
    const holder = { entry: this.disposed ? undefined : this.newEntry(name, requestId, details) };
    this.updateEntry(holder, { status: 'failed', error: error.message });
    return Object.assign(Promise.reject(error) as Promise<T>, { requestId });
  }

  /** Resolves the event request an event answers: by its id, else the oldest fallback match. */
  private correlate(event: Exclude<ParsedEvent, { name: 'queueDataUpdate' | 'error' }>): void {
    if (this.pending.size === 0) return;
    const requestId = requestIdOf(event);
    if (requestId !== undefined) {
      const own = this.pending.get(requestId);
      const match = own?.matches?.(event, true);
      if (own && match) this.settle(own, match);
      return;
    }
    for (const pending of this.pending.values()) {
      const match = pending.matches?.(event, false);
      if (match) {
        this.settle(pending, match);
        return;
      }
    }
  }

  private trackWorkitem(
    name: Exclude<ParsedEvent['name'], 'agentStateChange' | 'queueDataUpdate' | 'error'>,
    workitem: Workitem,
  ): void {
    const known = this.workitems.get(workitem.id);
    this.workitems.delete(workitem.id);
    if (name === 'workitemEnd') return;
    const state =
      workitem.state !== 'Unknown' ? workitem.state : (IMPLIED_STATE[name] ?? known?.state);
    // Re-inserting keeps the map ordered by last activity, so the oldest is evicted first.
    this.workitems.set(workitem.id, {
      state: state ?? 'Unknown',
      ...(workitem.channelId !== undefined ? { channelId: workitem.channelId } : {}),
      ...(workitem.channelType !== undefined ? { channelType: workitem.channelType } : {}),
    });
    if (this.workitems.size > MAX_TRACKED_WORKITEMS) {
      const oldest = this.workitems.keys().next().value;
      if (oldest !== undefined) this.workitems.delete(oldest);
    }
  }

  /** The ids of the Active workitems known on the channel. */
  private activeWorkitems(channelId: string): string[] {
    const found: string[] = [];
    for (const [id, workitem] of this.workitems) {
      if (workitem.state !== 'Active') continue;
      if (channelMatches(channelId, workitem.channelId, workitem.channelType)) found.push(id);
    }
    return found;
  }

  /** Whether a workitem in one of `states` is known on the channel. */
  private hasCall(channelId: string, states: ReadonlySet<WorkitemState>): boolean {
    for (const workitem of this.workitems.values()) {
      if (!states.has(workitem.state)) continue;
      if (channelMatches(channelId, workitem.channelId, workitem.channelType)) return true;
    }
    return false;
  }

  /** Logout ends the channel's calls here too (call recovery announces them again). */
  private forgetChannel(channelId: string): void {
    for (const [id, workitem] of this.workitems) {
      if (workitem.channelId === channelId) this.workitems.delete(id);
    }
  }

  private unusableData(
    updatedData: unknown,
  ): { readonly argument: string; readonly message: string } | undefined {
    if (typeof updatedData !== 'object' || updatedData === null || Array.isArray(updatedData)) {
      return { argument: 'updatedData', message: 'expected an object of strings' };
    }
    for (const [key, value] of Object.entries(updatedData)) {
      if (typeof value !== 'string') {
        return {
          argument: `updatedData.${key}`,
          message: `values have to be of type string, got ${value === null ? 'null' : typeof value}`,
        };
      }
    }
    return undefined;
  }

  private invalid<T>(
    name: CilRequestName,
    argument: string,
    message: string,
    details: EntryDetails,
  ): TrackedRequest<T> {
    const requestId = this.nextRequestId();
    return this.failEarly(
      name,
      requestId,
      details,
      new CilArgumentError(name, argument, message, requestId),
    );
  }

  private nextRequestId(): string {
    let custom: unknown;
    try {
      custom = this.customRequestId?.();
    } catch {
      custom = undefined;
    }
    // A duplicate would make two requests indistinguishable; fall back to our own ids.
    if (typeof custom === 'string' && custom !== '' && !this.pending.has(custom)) return custom;
    this.idCounter += 1;
    return `${this.idPrefix}-${this.idCounter}`;
  }
}
