import type { EscalationLevel, QueueCounter } from '../../../src/cil/index.js';
import type { QueueState } from '../../../src/store/index.js';

/** A queue as the store holds it, for the pure-logic tests. */
export function queueState(
  id: string,
  options: {
    name?: string;
    level?: EscalationLevel;
    since?: number | null;
    counters?: Partial<Record<QueueCounter, number>>;
  } = {},
): QueueState {
  return {
    id,
    name: options.name ?? `Queue ${id}`,
    channel: 'Voice',
    ...(options.level ? { escalationLevel: options.level } : {}),
    statistics: {
      callsInQueue: 0,
      ...options.counters,
      startTimeOfLongestCallInQueue: options.since ?? null,
    },
    updatedAt: 0,
  };
}
