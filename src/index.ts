/**
 * Connects Wallboard: the b+s Connects Integration API model, the reactive store fed
 * by it, its Lit integration, and the simulator that stands in for a real b+s Connects.
 *
 * Elements live in `components/` and register themselves when imported.
 *
 * @module
 */
export * from './cil/index.js';
export * from './store/index.js';
export * from './lit/index.js';
