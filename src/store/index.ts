/**
 * The reactive store: state shape, pure reducers, selectors, history, and the
 * `ConnectsStore` that ties them to a `cil`. Everything a user needs is exported here
 * by name; the machinery behind it (the request tracker, the draft, the limit and
 * context resolution, the workitem merge) stays internal.
 *
 * @module
 */
export {
  LEVEL_ORDER,
  createInitialState,
  type ChannelActivity,
  type ChannelState,
  type ClockCorrection,
  type DiagnosticExample,
  type DiagnosticSeverity,
  type Diagnostics,
  type ErrorEntry,
  type HistoryStatus,
  type InitialStateOptions,
  type QueueDataStatus,
  type QueueState,
  type QueueTotals,
  type ReasonCounts,
  type RequestEntry,
  type RequestStatus,
  type SourceStatus,
  type StoreState,
  type TrackedRequestName,
  type WorkitemEntry,
} from './state.js';
export { DEFAULT_LIMITS, type ReduceContext, type StoreLimits } from './reduce-context.js';
export { reduce, reduceAll, reduceResult } from './reducer.js';
export { computeTotals } from './totals.js';
export { deriveActivity, stateActivity } from './activity.js';
export { CCX_CHANNEL_ID } from './reduce-agent.js';
export {
  QueueHistory,
  HISTORY_COUNTERS,
  type HistoryCounter,
  type HistorySeries,
} from './history.js';
export {
  selectChannel,
  selectChannelList,
  selectDiagnostics,
  selectErrors,
  selectHistoryRevision,
  selectQueue,
  selectQueueDataStatus,
  selectQueueList,
  selectQueues,
  selectSourceStatus,
  selectTotals,
  selectVoiceChannel,
  selectWorkitem,
  selectWorkitemList,
  selectWorkitemsOnChannel,
  shallowArrayEqual,
} from './selectors.js';
export { ConnectsStore, type ConnectsStoreOptions } from './connects-store.js';
export type { Subscribable } from './subscribable.js';
export {
  DEFAULT_ERROR_GRACE_MS,
  DEFAULT_LATE_ERROR_WINDOW_MS,
  DEFAULT_MAX_PENDING,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type RequestScheduler,
  type RequestTrackerOptions,
  type TrackedRequest,
} from './requests.js';
export {
  CilArgumentError,
  CilCallError,
  CilRequestCancelledError,
  CilRequestError,
  CilRequestFailure,
  CilRequestTimeoutError,
  CilResponseError,
  CilUnavailableError,
  type CancelReason,
} from './request-errors.js';
export {
  DEFAULT_DISCOVERY_POLL_MS,
  DEFAULT_DISCOVERY_TIMEOUT_MS,
  discoverCil,
  discoverCilResult,
  looksLikeCil,
  type CilDiscovery,
  type CilNotFoundReason,
  type DiscoverCilOptions,
} from './discover-cil.js';
export {
  getDefaultStore,
  configureDefaultStore,
  defaultStoreDiscovery,
  onDefaultStoreChange,
  type DefaultStoreOptions,
} from './default-store.js';
export {
  createTicker,
  sharedTicker,
  type CountingTicker,
  type TickListener,
  type Ticker,
  type TickerOptions,
  type VisibilitySource,
} from './ticker.js';
