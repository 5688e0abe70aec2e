/**
 * The `@lit/context` key under which `<connects-store-provider>` hands its store to
 * everything inside it.
 *
 * @module
 */
import { createContext } from '@lit/context';
import type { ConnectsStore } from '../store/connects-store.js';

/**
 * Context carrying the store INSTANCE. Context notifies consumers by `Object.is`, so
 * a snapshot mutated in place would never reach them; the store notifies its own
 * subscribers instead. `Symbol.for` keeps the key shared when the library is
 * bundled twice on one page.
 */
export const connectsStoreContext = createContext<ConnectsStore>(
  Symbol.for('connects-wallboard/store'),
);
