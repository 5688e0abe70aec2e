/**
 * The simulated b+s Connects: a living contact centre behind the `CilApi` surface,
 * the project's embedded default for the demo, the tests and the benchmarks.
 *
 * @module
 */
export { createSimulatedCil } from './simulated-cil.js';
export type { SimulatedCil, EventLogEntry, QueueInspection } from './simulated-cil.js';
export type { AgentCounter } from './contact-centre.js';
export { DEFAULT_THRESHOLDS } from './options.js';
export type { Flavour, SimulatorOptions, EscalationThresholds } from './options.js';
export { MALFORMED_KINDS } from './malformed.js';
export type { MalformedKind } from './malformed.js';
export { Prng } from './prng.js';
export { Agenda, ManualClock, RealTimeClock } from './clock.js';
export type { ClockDriver, Happening } from './clock.js';
