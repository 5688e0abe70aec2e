/**
 * Every element except the charts: importing this module registers them. The
 * classic-script and ES bundles without charts are built from it, and the size
 * budget "everything except charts" is measured on it.
 *
 * An element that is not a chart adds its module here (one line).
 *
 * @module
 */
export { ConnectsStoreProvider } from './connects-store-provider.js';
export {
  ConnectsAgentState,
  type ConnectsAgentStateChangeDetail,
  type ConnectsAgentStateChangeEvent,
} from './agent-state/connects-agent-state.js';

// What a page using a bundle needs besides the elements: configure or reach the store.
export { ConnectsStore } from '../src/store/connects-store.js';
export { configureDefaultStore, getDefaultStore } from '../src/store/default-store.js';
