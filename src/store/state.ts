/**
 * The shape of the store's state, and its initial value. Every part is immutable and
 * shared structurally: a change makes new objects only along its path, so `!==` is a
 * correct change test for any slice.
 *
 * @module
 */
import type {
  AgentCounter,
  AgentState,
  ChannelType,
  EscalationLevel,
  Flavour,
  Problem,
  ProblemReason,
  QueueData,
  Workitem,
  WorkitemEventName,
  WorkitemState,
} from '../cil/index.js';

/** Whether the store has an Integration API to listen to. */
export type SourceStatus = 'waiting' | 'attached' | 'not-found';

/**
 * Whether queue data can be shown:
 * - `unknown`: nothing received yet;
 * - `enabled`: queueDataUpdate events arrive (the agent is logged in);
 * - `disabled`: DISABLED received (the agent logged out), no queues are kept;
 * - `unavailable`: CCX, where queueDataUpdate events do not exist.
 */
export type QueueDataStatus = 'unknown' | 'enabled' | 'disabled' | 'unavailable';

/** One queue: the latest data of the reference's queueData, plus when it last changed. */
export interface QueueState extends QueueData {
  /** Store clock when this queue's data last changed. */
  readonly updatedAt: number;
}

/**
 * What the agent is effectively doing on a channel. On CCX a call taken while
 * NotReady raises no `Active` state change, so the workitems on the channel count
 * more than the reported state.
 */
export type ChannelActivity =
  | 'talking'
  | 'held'
  | 'ringing'
  | 'dialing'
  | 'wrapup'
  | 'ready'
  | 'not-ready'
  | 'logged-out'
  | 'offline'
  | 'unknown';

/** The agent's state on one channel, from agentStateChange events. */
export interface ChannelState {
  /** Channel identifier (`voice_<peripheral_id>`, CCX `voice_-1`, WxCC `telephony`). */
  readonly channelId: string;
  /** Channel type, when known. */
  readonly channelType?: ChannelType;
  /** The reported state (`newState`). */
  readonly state: AgentState;
  /** The reason code (`newReasonCode`); `null` when none. */
  readonly reasonCode: number | null;
  /** The reason name (`newReasonCodeLabel`); `null` when none. */
  readonly reasonCodeLabel: string | null;
  /** Since when (server clock): `newStateChangeTime`, else the corrected clock when the change arrived. */
  readonly since: number;
  /**
   * The `newStateChangeTime` of the change shown, as reported; `null` when the event
   * had none. A later event reporting an older time is out of order and ignored.
   */
  readonly stateChangeTime: number | null;
  /** The request that caused the last change, when given. */
  readonly requestId?: string;
  /** Effective activity, derived from `state` and the workitems on the channel. */
  readonly activity: ChannelActivity;
}

/** A workitem with the times the store saw it go through. */
export interface WorkitemEntry {
  /** Workitem id. */
  readonly id: string;
  /** Current state. */
  readonly state: WorkitemState;
  /** The workitem as last received, call variables merged over earlier ones. */
  readonly workitem: Workitem;
  /** The event that last changed it. */
  readonly lastEvent: WorkitemEventName;
  /** Server clock (corrected store clock) when it was first seen. */
  readonly createdAt: number;
  /** When it was connected (server clock): the payload's `connectedAt`, else the corrected clock at connect. */
  readonly connectedAt: number | null;
  /** Server clock (corrected) when it was paused (held); `null` while not paused. */
  readonly pausedAt: number | null;
  /** Server clock (corrected) when it entered wrap-up; `null` while not in wrap-up. */
  readonly wrapupAt: number | null;
}

/** One `error` event. */
export interface ErrorEntry {
  /** Request that might have caused it; `null` when unknown. */
  readonly requestId: string | null;
  /** Short message; plain text. */
  readonly message: string;
  /** Store clock when it arrived. */
  readonly at: number;
}

/** How a problem was counted. */
export type DiagnosticSeverity = 'rejected' | 'warning' | 'anomaly';

/** One remembered problem. */
export interface DiagnosticExample {
  /** `rejected`: payload dropped; `anomaly`: event accepted but inconsistent with the state. */
  readonly severity: DiagnosticSeverity;
  /** The problem. */
  readonly problem: Problem;
  /** Store clock when it happened. */
  readonly at: number;
}

/** Counts per reason. */
export type ReasonCounts = Readonly<Partial<Record<ProblemReason, number>>>;

/** What went wrong with the input, counted and bounded. */
export interface Diagnostics {
  /** Payloads rejected, by the reason of their problem (one count per payload). */
  readonly rejected: ReasonCounts;
  /** Adjustments made to accepted payloads, by reason. */
  readonly warnings: ReasonCounts;
  /** Accepted events inconsistent with the state (unknown queue or workitem, out of order...). */
  readonly anomalies: ReasonCounts;
  /** Total rejected payloads. */
  readonly rejectedTotal: number;
  /** Total warnings. */
  readonly warningsTotal: number;
  /** Total anomalies. */
  readonly anomaliesTotal: number;
  /** The last few rejected payloads and anomalies, oldest first (bounded). */
  readonly examples: readonly DiagnosticExample[];
}

/**
 * Totals across all queues, computed once per change.
 *
 * Only `callsInQueue` and `oldestWaitingSince` are true totals: a call waits in one
 * queue. An agent who serves three queues is counted in each queue's statistics, so
 * the sums in `counterSums` are **sums over queues, not a head count**: never show
 * them as a number of people.
 */
export interface QueueTotals {
  /** Number of queues. */
  readonly queueCount: number;
  /** Calls waiting in all queues (a true total); `null` when no queue reports it. */
  readonly callsInQueue: number | null;
  /**
   * Each agent counter summed over the queues that report it (absent when none does).
   * A sum over queues, not a head count: one agent in three queues counts three times.
   */
  readonly counterSums: Readonly<Partial<Record<AgentCounter, number>>>;
  /** Earliest `startTimeOfLongestCallInQueue` over all queues (server clock); `null` when no call waits. */
  readonly oldestWaitingSince: number | null;
  /** Queue holding that oldest call; `null` when none. */
  readonly oldestWaitingQueueId: string | null;
  /** Worst escalation level; `null` when no queue reports one. */
  readonly worstEscalationLevel: EscalationLevel | null;
  /** Queues per escalation level (`none` for queues that report none). */
  readonly queuesByLevel: Readonly<Record<EscalationLevel | 'none', number>>;
}

/**
 * The estimated offset between the contact centre's clock and the store clock:
 * server time ≈ store clock + `offsetMs`. `ConnectsStore.serverNow()` applies it.
 */
export interface ClockCorrection {
  /** Estimated server time minus store clock, ms; 0 until the first sample. */
  readonly offsetMs: number;
  /** Samples the estimate rests on (the recent window, at most a few dozen); 0 = no estimate. */
  readonly samples: number;
}

/** The requests that appear in {@link StoreState.requests}: those that act on the contact centre. */
export type TrackedRequestName =
  | 'setAgentState'
  | 'dialOrConsult'
  | 'directTransfer'
  | 'singleStepConference'
  | 'sendDtmf'
  | 'updateWorkitemData'
  | 'setWrapupReason';

/**
 * Where a request stands:
 * - `pending`: sent, its outcome not known yet;
 * - `pending-after-call`: `setAgentState` NotReady or Logout asked during a call;
 *   Finesse applies it when the call ends ("Not Ready after this call"), and the
 *   timeout starts only then;
 * - `sent`: the `cil` accepted it and no error came within the grace period; these
 *   requests have no success event, so an `error` carrying their id may still turn
 *   them `failed` within the late-error window (60 s by default);
 * - `confirmed`: the event asked for arrived (or the `cil` returned the value);
 * - `failed`: an `error` event, a failing `cil` call or an unusable argument; see `error`;
 * - `timed-out`: no outcome in time.
 */
export type RequestStatus =
  'pending' | 'pending-after-call' | 'sent' | 'confirmed' | 'failed' | 'timed-out';

/** One recent request and its outcome, for showing it next to the control that sent it. */
export interface RequestEntry {
  /** The id the store generated; the promise the request method returned carries it as `requestId`. */
  readonly requestId: string;
  /** The `cil` method, e.g. `setAgentState`. */
  readonly name: TrackedRequestName;
  /** Where it stands. */
  readonly status: RequestStatus;
  /** Why it failed or timed out (plain text); `null` otherwise. */
  readonly error: string | null;
  /** Store clock when it was sent. */
  readonly sentAt: number;
  /** Store clock when its status last became final (`sent` counts); `null` while pending. */
  readonly settledAt: number | null;
  /** The channel named in the request, when it names one. */
  readonly channelId?: string;
  /** The workitem named in the request (or, once known, the one it created). */
  readonly workitemId?: string;
  /** `setAgentState`: the state asked for. */
  readonly requestedState?: string;
  /** `setAgentState`: the reason code asked for, when given. */
  readonly reasonCode?: number;
  /** `dialOrConsult`, `directTransfer`, `singleStepConference`: the address. */
  readonly address?: string;
}

/** Where the per-queue history stands (the samples are read with `ConnectsStore.getHistory`). */
export interface HistoryStatus {
  /** Increases with every sample: a change here means new history data. */
  readonly revision: number;
  /** Time of the latest sample (start of its bucket); `null` before the first. */
  readonly lastSampleAt: number | null;
}

/** The store's whole state. */
export interface StoreState {
  /** Whether an Integration API is attached. */
  readonly sourceStatus: SourceStatus;
  /** Whether queue data can be shown. */
  readonly queueDataStatus: QueueDataStatus;
  /**
   * Increases with every DISABLED: queue data of different generations (before and
   * after a logout) never belongs to one trend, so the history restarts.
   */
  readonly queueDataGeneration: number;
  /** Platform, when configured or detected (`voice_-1` means CCX); `null` when unknown. */
  readonly flavour: Flavour | null;
  /**
   * Queues by id, in arrival order: a stable display order (a replaced queue keeps its
   * place, a new one comes last).
   */
  readonly queues: ReadonlyMap<string, QueueState>;
  /** Totals across `queues`. */
  readonly totals: QueueTotals;
  /** The agent's channels by `channelId`. */
  readonly channels: ReadonlyMap<string, ChannelState>;
  /** Workitems by id (consultations and conferences side by side). */
  readonly workitems: ReadonlyMap<string, WorkitemEntry>;
  /**
   * Ids of recently ended workitems, oldest first (bounded): a late event for one of
   * them (a wrapupDataChanged, a workitemPause...) does not bring it back.
   */
  readonly endedWorkitemIds: readonly string[];
  /** Recent `error` events, oldest first (bounded). */
  readonly errors: readonly ErrorEntry[];
  /** Counted input problems. */
  readonly diagnostics: Diagnostics;
  /** History sampling status. */
  readonly history: HistoryStatus;
  /** The estimated server clock offset (see `ConnectsStore.serverNow()`). */
  readonly clock: ClockCorrection;
  /** The most recent requests (bounded, default 20), oldest first; an entry is replaced when its status changes. */
  readonly requests: readonly RequestEntry[];
  /**
   * Store clock (not server clock) when the last accepted `queueDataUpdate` arrived;
   * `null` before the first. A board marks its numbers stale when this gets old.
   */
  readonly lastQueueEventAt: number | null;
}

/** The escalation levels from best to worst. */
export const LEVEL_ORDER: readonly EscalationLevel[] = ['Normal', 'Warn', 'Critical'];

/** Totals of no queues. */
export const EMPTY_TOTALS: QueueTotals = Object.freeze({
  queueCount: 0,
  callsInQueue: null,
  counterSums: Object.freeze({}),
  oldestWaitingSince: null,
  oldestWaitingQueueId: null,
  worstEscalationLevel: null,
  queuesByLevel: Object.freeze({ Normal: 0, Warn: 0, Critical: 0, none: 0 }),
});

/** Diagnostics with nothing counted. */
export const EMPTY_DIAGNOSTICS: Diagnostics = Object.freeze({
  rejected: Object.freeze({}),
  warnings: Object.freeze({}),
  anomalies: Object.freeze({}),
  rejectedTotal: 0,
  warningsTotal: 0,
  anomaliesTotal: 0,
  examples: Object.freeze([]),
});

/** No offset estimated yet. */
export const NO_CLOCK_CORRECTION: ClockCorrection = Object.freeze({ offsetMs: 0, samples: 0 });

/** Options for {@link createInitialState}. */
export interface InitialStateOptions {
  /** Known platform; `CCX` makes queue data `unavailable` from the start. */
  readonly flavour?: Flavour;
  /** Initial source status (default `waiting`). */
  readonly sourceStatus?: SourceStatus;
}

/** The state before any event. */
export function createInitialState(options: InitialStateOptions = {}): StoreState {
  const flavour = options.flavour ?? null;
  return {
    sourceStatus: options.sourceStatus ?? 'waiting',
    queueDataStatus: flavour === 'CCX' ? 'unavailable' : 'unknown',
    queueDataGeneration: 0,
    flavour,
    queues: new Map(),
    totals: EMPTY_TOTALS,
    channels: new Map(),
    workitems: new Map(),
    endedWorkitemIds: [],
    errors: [],
    diagnostics: EMPTY_DIAGNOSTICS,
    history: { revision: 0, lastSampleAt: null },
    clock: NO_CLOCK_CORRECTION,
    requests: [],
    lastQueueEventAt: null,
  };
}
