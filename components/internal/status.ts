/**
 * The `status` every wallboard element reflects, derived from the store's state. Each
 * element says which part of the state it depends on: queue elements care about queue
 * data, agent elements about the agent's channels.
 *
 * @module
 */
import type { StoreState } from '../../src/store/state.js';

/**
 * What an element can show:
 * - `waiting`: no b+s Connects yet (discovery still looking), or attached but nothing received yet;
 * - `not-found`: no b+s Connects on this page (discovery gave up);
 * - `enabled`: live data;
 * - `disabled`: the agent is logged out (queue data DISABLED): nothing stale is shown;
 * - `unavailable`: the platform does not provide this data (queue statistics on CCX).
 */
export type ElementStatus = 'waiting' | 'not-found' | 'enabled' | 'disabled' | 'unavailable';

/** Every status, in the order above. */
export const ELEMENT_STATUSES: readonly ElementStatus[] = [
  'waiting',
  'not-found',
  'enabled',
  'disabled',
  'unavailable',
];

/** Status of the source alone: `enabled` once an Integration API is attached. */
export function sourceStatus(state: StoreState): ElementStatus {
  switch (state.sourceStatus) {
    case 'waiting':
      return 'waiting';
    case 'not-found':
      return 'not-found';
    case 'attached':
      return 'enabled';
  }
}

/**
 * Status of queue statistics: the source's, then the queue `dataState` per the
 * reference (CCX sends none: `unavailable`; DISABLED: `disabled`; nothing yet: `waiting`).
 */
export function queueStatus(state: StoreState): ElementStatus {
  const source = sourceStatus(state);
  // CCX is known from configuration even before the source attaches.
  if (state.queueDataStatus === 'unavailable')
    return source === 'not-found' ? source : 'unavailable';
  if (source !== 'enabled') return source;
  switch (state.queueDataStatus) {
    case 'unknown':
      return 'waiting';
    case 'enabled':
      return 'enabled';
    case 'disabled':
      return 'disabled';
  }
}

/**
 * Status of the agent's state: the source's, then the channels: none known yet is
 * `waiting`, every channel logged out (or offline) is `disabled`.
 */
export function agentStatus(state: StoreState): ElementStatus {
  const source = sourceStatus(state);
  if (source !== 'enabled') return source;
  if (state.channels.size === 0) return 'waiting';
  for (const channel of state.channels.values()) {
    if (channel.state !== 'Logout' && channel.state !== 'Offline') return 'enabled';
  }
  return 'disabled';
}
