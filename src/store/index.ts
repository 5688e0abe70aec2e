/**
 * The reactive store: state shape, pure reducers, selectors, history, and the
 * `ConnectsStore` that ties them to a `cil`.
 *
 * @module
 */
export * from './state.js';
export * from './reduce-context.js';
export { reduce, reduceAll, reduceResult } from './reducer.js';
export { computeTotals } from './totals.js';
export { deriveActivity } from './activity.js';
export { mergeWorkitem } from './reduce-workitems.js';
export { CCX_CHANNEL_ID } from './reduce-agent.js';
export {
  QueueHistory,
  HISTORY_COUNTERS,
  type HistoryCounter,
  type HistorySeries,
} from './history.js';
export * from './selectors.js';
export { ConnectsStore, type ConnectsStoreOptions } from './connects-store.js';
export type { Subscribable } from './subscribable.js';
export * from './requests.js';
export * from './request-errors.js';
export * from './discover-cil.js';
export {
  getDefaultStore,
  configureDefaultStore,
  defaultStoreDiscovery,
  onDefaultStoreChange,
  type DefaultStoreOptions,
} from './default-store.js';
export * from './ticker.js';
