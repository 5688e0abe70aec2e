import type { CilApi } from '../../src/cil/cil-api.js';
import { CIL_REQUEST_NAMES, REGISTRATION_METHODS, type CilEventName } from '../../src/cil/enums.js';

/** A `cil` for tests: records registrations per event and lets the test emit events. */
export interface FakeCil extends CilApi {
  /** Calls every callback registered for `event` with `data`. */
  emit(event: CilEventName, data: unknown): void;
  /** Callbacks registered for `event`. */
  registrations(event: CilEventName): number;
}

/**
 * Creates a fake `cil`. Only the `on*` half works: requests reject, as the tests
 * here never make one. `accepting()` decides whether registering is allowed now
 * (a strict library only accepts it inside its initIntegration callback).
 */
export function createFakeCil(accepting: () => boolean = () => true): FakeCil {
  const callbacks = new Map<CilEventName, ((data: unknown) => void)[]>();
  const api: Record<string, unknown> = {
    emit(event: CilEventName, data: unknown) {
      for (const callback of callbacks.get(event) ?? []) callback(data);
    },
    registrations: (event: CilEventName) => callbacks.get(event)?.length ?? 0,
  };
  for (const [event, method] of Object.entries(REGISTRATION_METHODS) as [CilEventName, string][]) {
    api[method] = (callback: (data: unknown) => void) => {
      if (!accepting()) throw new Error(`${method} called outside initIntegration`);
      callbacks.set(event, [...(callbacks.get(event) ?? []), callback]);
    };
  }
  const request = () => Promise.reject(new Error('FakeCil: requests are not simulated'));
  for (const name of CIL_REQUEST_NAMES) {
    api[name] = request;
  }
  return api as unknown as FakeCil;
}

/** A valid queueDataUpdate ENABLED payload with one queue per name. */
export function enabledQueues(...names: string[]): unknown {
  return {
    event: 'queueDataUpdate',
    version: '1.0',
    dataState: 'ENABLED',
    queueData: names.map((name, index) => ({
      id: `q${index + 1}`,
      name,
      channel: 'Voice',
      escalationLevel: 'Normal',
      statistics: { callsInQueue: index },
    })),
  };
}
