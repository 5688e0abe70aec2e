/**
 * Lit integration: the controllers through which elements read the store and the
 * shared ticker, and the context `<connects-store-provider>` provides.
 *
 * @module
 */
export { connectsStoreContext } from './context.js';
export {
  StoreController,
  type StoreControllerHost,
  type StoreControllerOptions,
} from './store-controller.js';
export {
  ConnectsStoreController,
  type ConnectsStoreControllerOptions,
} from './connects-store-controller.js';
export { driveStoreClock, type Tickable } from './store-clock.js';
export { TickController, type TickControllerOptions } from './tick-controller.js';
