/**
 * Builders shared by the store tests: wire payloads as a `cil` sends them, parsed
 * events, and a recording `cil` that lets a test emit events.
 */
import {
  CIL_EVENT_NAMES,
  REGISTRATION_METHODS,
  parseEvent,
  type CilApi,
  type CilEventName,
  type ParsedEvent,
  type RegistrationMethod,
} from '../../src/cil/index.js';
import type { RequestScheduler } from '../../src/store/index.js';

/** Wire statistics for a queue. */
export interface WireStats {
  agentsNotReady?: number;
  agentsReady?: number;
  agentsTalkingInbound?: number;
  agentsTalkingInternal?: number;
  agentsTalkingOutbound?: number;
  agentsWrapUpNotReady?: number;
  agentsWrapUpReady?: number;
  callsInQueue?: number;
  startTimeOfLongestCallInQueue?: string;
}

/** A wire queue. */
export function wireQueue(
  id: string,
  statistics: WireStats = { callsInQueue: 0, agentsReady: 1 },
  escalationLevel: string = 'Normal',
  name = `Queue ${id}`,
): Record<string, unknown> {
  return { id, name, channel: 'Voice', escalationLevel, statistics };
}

/** A wire queueDataUpdate. */
export function wireQueueUpdate(
  dataState: string,
  queueData: readonly unknown[] = [],
): Record<string, unknown> {
  return { event: 'queueDataUpdate', version: '1.0', dataState, queueData };
}

/** A wire workitem. */
export function wireWorkitem(
  id: string,
  state: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    state,
    channelId: 'voice_5000',
    channelType: 'Voice',
    classification: 'Customer',
    direction: 'Incoming',
    ani: '+41 44 000 00 00',
    ctiData: { callVariable1: 'a' },
    participants: [{ address: '+41 44 000 00 00' }],
    ...extra,
  };
}

/** A wire agentStateChange. */
export function wireAgentState(
  newState: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    event: 'agentStateChange',
    version: '1.0',
    channelType: 'Voice',
    channelId: 'voice_5000',
    newState,
    newReasonCode: -1,
    newReasonCodeLabel: '',
    oldState: 'Unknown',
    ...extra,
  };
}

/** Parses a wire payload, failing the test when it is rejected. */
export function parsed(name: CilEventName, payload: unknown): ParsedEvent {
  const result = parseEvent(name, payload);
  if (!result.ok) throw new Error(`test payload rejected: ${result.problem.detail}`);
  return result.value;
}

/** A queueDataUpdate event, parsed. */
export function queueEvent(dataState: string, queueData: readonly unknown[] = []): ParsedEvent {
  return parsed('queueDataUpdate', wireQueueUpdate(dataState, queueData));
}

/**
 * A fake `cil` that records every registration (in order) and every request (which
 * resolves with nothing); `emit` calls the registered callbacks. For a plain `cil`
 * object with per-event counts, as the Lit and default-store tests use, see
 * `./fake-cil.ts`.
 */
export class RecordingCil {
  readonly registrations: RegistrationMethod[] = [];
  /** Every request made, with its arguments. */
  readonly calls: { readonly request: string; readonly args: readonly unknown[] }[] = [];
  private readonly callbacks = new Map<CilEventName, ((data: unknown) => void)[]>();
  readonly api: CilApi;

  constructor() {
    const api: Record<string, unknown> = {};
    for (const name of CIL_EVENT_NAMES) {
      const method = REGISTRATION_METHODS[name];
      api[method] = (callback: (data: unknown) => void) => {
        this.registrations.push(method);
        const list = this.callbacks.get(name) ?? [];
        list.push(callback);
        this.callbacks.set(name, list);
      };
    }
    for (const request of [
      'setAgentState',
      'directTransfer',
      'singleStepConference',
      'dialOrConsult',
      'getReasonCodeList',
      'getChannel',
      'sendDtmf',
      'isSendDtmfEnabled',
      'updateWorkitemData',
      'isUpdateWorkitemDataEnabled',
      'setWrapupReason',
    ]) {
      api[request] = (...args: unknown[]) => {
        this.calls.push({ request, args });
        return Promise.resolve(undefined);
      };
    }
    this.api = api as unknown as CilApi;
  }

  /** Calls every callback registered for `name` with `data`; returns how many there were. */
  emit(name: CilEventName, data: unknown): number {
    const list = this.callbacks.get(name) ?? [];
    for (const callback of list) callback(data);
    return list.length;
  }
}

/** Resolves after pending microtasks (a store flush) have run. */
export function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A manual clock. */
export function manualClock(start = Date.UTC(2026, 10, 25, 9, 0, 0)): {
  now: () => number;
  advance: (ms: number) => void;
  set: (ms: number) => void;
} {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    set: (ms) => {
      time = ms;
    },
  };
}

/** Virtual time: timers run only when the test advances the clock. */
export class FakeScheduler implements RequestScheduler {
  private now = 0;
  private nextHandle = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  setTimeout = (callback: () => void, ms: number): unknown => {
    const handle = this.nextHandle++;
    this.timers.set(handle, { at: this.now + ms, callback });
    return handle;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  /** Timers started and neither run nor cleared. */
  get active(): number {
    return this.timers.size;
  }

  advance(ms: number): void {
    const target = this.now + ms;
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) {
        if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry;
      }
      if (!next) break;
      this.timers.delete(next[0]);
      this.now = next[1].at;
      next[1].callback();
    }
    this.now = target;
  }
}
