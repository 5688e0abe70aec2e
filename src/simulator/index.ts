/**
 * The simulated b+s Connects: a living contact centre behind the `CilApi` surface,
 * the project's embedded default for the demo, the tests and the benchmarks.
 *
 * ```ts
 * // Demo: real time, 10x faster, the agent acts by itself.
 * const cil = createSimulatedCil({ clock: { speed: 10 } });
 * // Tests: deterministic, time moves only with advance().
 * const sim = createSimulatedCil({ clock: 'manual', startTime: Date.UTC(2026, 0, 5, 9), seed: 7 });
 * sim.onQueueDataUpdate((update) => console.log(update.dataState));
 * sim.advance(60_000);
 * ```
 *
 * @module
 */
export { createSimulatedCil } from './simulated-cil.js';
export type { SimulatedCil, QueueInspection } from './simulated-cil.js';
export type { AgentCounter } from './contact-centre.js';
export { DEFAULT_THRESHOLDS } from './options.js';
export type { Flavour, SimulatorOptions, EscalationThresholds } from './options.js';
export { MALFORMED_KINDS } from './malformed.js';
export type { MalformedKind } from './malformed.js';
export { Prng } from './prng.js';
export { Agenda, ManualClock, RealTimeClock } from './clock.js';
export type { ClockDriver, Happening } from './clock.js';
export { recordCil, DEFAULT_MAX_RECORDED_ENTRIES } from './recorder.js';
export type { CilRecorder, RecordCilOptions, EventLogExportOptions } from './recorder.js';
export { createReplayCil, REPLAY_READ_ONLY_MESSAGE, DEFAULT_LOOP_GAP_MS } from './replay-cil.js';
export type { ReplayCil, ReplayOptions } from './replay-cil.js';
export {
  serializeEventLog,
  parseEventLog,
  scrubEventLog,
  clonePayload,
  EVENT_LOG_FORMAT,
  EVENT_LOG_VERSION,
  DEFAULT_MAX_PARSED_ENTRIES,
  DEFAULT_MAX_PROBLEMS,
} from './event-log.js';
export type {
  RecordedEvent,
  EventLogHeader,
  EventLogProblem,
  ParsedEventLog,
  SerializeEventLogOptions,
  ParseEventLogOptions,
} from './event-log.js';
