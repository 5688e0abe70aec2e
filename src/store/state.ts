/**
 * The shape of the store's state, and its initial value. Every part is immutable and
 * shared structurally: a change makes new objects only along its path, so `!==` is a
 * correct change test for any slice.
 *
 * @module
 */
import type {
  AgentState,
  ChannelType,
  EscalationLevel,
  Problem,
  ProblemReason,
  QueueCounter,
  QueueData,
  Workitem,
  WorkitemEventName,
  WorkitemState,
} from '../cil/index.js';

/** Contact-centre platform b+s Connects runs against. */
export type ConnectsFlavour = 'CCE' | 'CCX' | 'WxCC';

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
  /** Since when: `newStateChangeTime`, else the store clock when the change arrived. */
  readonly since: number;
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
  /** Store clock when it was first seen. */
  readonly createdAt: number;
  /** When it was connected: the payload's `connectedAt`, else the store clock at connect. */
  readonly connectedAt: number | null;
  /** Store clock when it was paused (held); `null` while not paused. */
  readonly pausedAt: number | null;
  /** Store clock when it entered wrap-up; `null` while not in wrap-up. */
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

/** Totals across all queues, computed once per change. */
export interface QueueTotals {
  /** Number of queues. */
  readonly queueCount: number;
  /** Sum of each counter over the queues that report it; absent when no queue does. */
  readonly counters: Readonly<Partial<Record<QueueCounter, number>>>;
  /** Earliest `startTimeOfLongestCallInQueue` over all queues; `null` when no call waits. */
  readonly oldestWaitingSince: number | null;
  /** Queue holding that oldest call; `null` when none. */
  readonly oldestWaitingQueueId: string | null;
  /** Worst escalation level; `null` when no queue reports one. */
  readonly worstEscalationLevel: EscalationLevel | null;
  /** Queues per escalation level (`none` for queues that report none). */
  readonly queuesByLevel: Readonly<Record<EscalationLevel | 'none', number>>;
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
  /** Platform, when configured or detected (`voice_-1` means CCX); `null` when unknown. */
  readonly flavour: ConnectsFlavour | null;
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
  /** Recent `error` events, oldest first (bounded). */
  readonly errors: readonly ErrorEntry[];
  /** Counted input problems. */
  readonly diagnostics: Diagnostics;
  /** History sampling status. */
  readonly history: HistoryStatus;
}

/** The escalation levels from best to worst. */
export const LEVEL_ORDER: readonly EscalationLevel[] = ['Normal', 'Warn', 'Critical'];

/** Totals of no queues. */
export const EMPTY_TOTALS: QueueTotals = Object.freeze({
  queueCount: 0,
  counters: Object.freeze({}),
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

/** Options for {@link createInitialState}. */
export interface InitialStateOptions {
  /** Known platform; `CCX` makes queue data `unavailable` from the start. */
  readonly flavour?: ConnectsFlavour;
  /** Initial source status (default `waiting`). */
  readonly sourceStatus?: SourceStatus;
}

/** The state before any event. */
export function createInitialState(options: InitialStateOptions = {}): StoreState {
  const flavour = options.flavour ?? null;
  return {
    sourceStatus: options.sourceStatus ?? 'waiting',
    queueDataStatus: flavour === 'CCX' ? 'unavailable' : 'unknown',
    flavour,
    queues: new Map(),
    totals: EMPTY_TOTALS,
    channels: new Map(),
    workitems: new Map(),
    errors: [],
    diagnostics: EMPTY_DIAGNOSTICS,
    history: { revision: 0, lastSampleAt: null },
  };
}
