import {
  CIL_EVENT_NAMES,
  REGISTRATION_METHODS,
  parseEvent,
  type CilEventName,
  type Problem,
  type WireAgentStateChange,
  type WireError,
  type WireQueueDataUpdate,
  type WireWorkitem,
} from '../../src/cil/index.js';
import {
  createSimulatedCil,
  type SimulatedCil,
  type SimulatorOptions,
} from '../../src/simulator/index.js';

/** A fixed start: tests never compare against the machine's clock. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Options for a centre with no traffic of its own: only the test's calls and agents act. */
export const QUIET = { agents: 0, arrivalRatePerMinute: 0, warmupSeconds: 0 } as const;

/** A simulator on the manual clock with a fixed start time. */
export function manualSim(options: SimulatorOptions = {}): SimulatedCil {
  return createSimulatedCil({ clock: 'manual', startTime: T0, seed: 42, ...options });
}

/** Payload types by event name. */
export interface Payloads {
  workitemCreate: WireWorkitem;
  workitemConnect: WireWorkitem;
  workitemPause: WireWorkitem;
  workitemResume: WireWorkitem;
  workitemWrapup: WireWorkitem;
  workitemEnd: WireWorkitem;
  callVariableChanged: WireWorkitem;
  wrapupDataChanged: WireWorkitem;
  agentStateChange: WireAgentStateChange;
  queueDataUpdate: WireQueueDataUpdate;
  error: WireError;
}

/** Records every event through the real callbacks and checks each with the project's parsers. */
export class Recorder {
  readonly events: { event: CilEventName; data: unknown }[] = [];
  readonly problems: Problem[] = [];

  constructor(sim: SimulatedCil) {
    for (const event of CIL_EVENT_NAMES) {
      const register = sim[REGISTRATION_METHODS[event]] as (cb: (data: unknown) => void) => void;
      register.call(sim, (data: unknown) => {
        this.events.push({ event, data });
        const result = parseEvent(event, data);
        if (!result.ok) this.problems.push(result.problem);
        this.problems.push(...result.warnings);
      });
    }
  }

  /** Payloads of one event, in order. */
  of<K extends CilEventName>(event: K): Payloads[K][] {
    return this.events.filter((e) => e.event === event).map((e) => e.data as Payloads[K]);
  }

  /** The last payload of one event. */
  last<K extends CilEventName>(event: K): Payloads[K] | undefined {
    const all = this.of(event);
    return all[all.length - 1];
  }

  /** Event names in order (optionally only some). */
  names(only?: readonly CilEventName[]): CilEventName[] {
    return this.events.map((e) => e.event).filter((name) => !only || only.includes(name));
  }

  clear(): void {
    this.events.length = 0;
    this.problems.length = 0;
  }
}

/** The queueDataUpdate payloads with the given dataState. */
export function withState(recorder: Recorder, dataState: string): WireQueueDataUpdate[] {
  return recorder.of('queueDataUpdate').filter((u) => u.dataState === dataState);
}
