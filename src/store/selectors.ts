/**
 * Selectors for `ConnectsStore.select` and view controllers. Each returns the same
 * object for the same input container, so `Object.is` is a correct change test:
 * derived lists are memoised per container identity, never rebuilt per read.
 *
 * @module
 */
import type {
  ChannelState,
  Diagnostics,
  ErrorEntry,
  QueueDataStatus,
  QueueState,
  QueueTotals,
  SourceStatus,
  StoreState,
  WorkitemEntry,
} from './state.js';

/** Memoises `derive` on the identity of its (object) input. */
function memoByIdentity<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}

const queueList = memoByIdentity((queues: ReadonlyMap<string, QueueState>) =>
  Object.freeze([...queues.values()]),
);
const workitemList = memoByIdentity((workitems: ReadonlyMap<string, WorkitemEntry>) =>
  Object.freeze([...workitems.values()]),
);
const channelList = memoByIdentity((channels: ReadonlyMap<string, ChannelState>) =>
  Object.freeze([...channels.values()]),
);

/** The source status. */
export const selectSourceStatus = (state: StoreState): SourceStatus => state.sourceStatus;

/** The queue data status. */
export const selectQueueDataStatus = (state: StoreState): QueueDataStatus => state.queueDataStatus;

/** The queues map. */
export const selectQueues = (state: StoreState): ReadonlyMap<string, QueueState> => state.queues;

/** The queues in arrival order (stable display order); same array while the queues are unchanged. */
export const selectQueueList = (state: StoreState): readonly QueueState[] =>
  queueList(state.queues);

/** A selector for one queue; `undefined` when absent. */
export function selectQueue(queueId: string): (state: StoreState) => QueueState | undefined {
  return (state) => state.queues.get(queueId);
}

/** Totals across queues. */
export const selectTotals = (state: StoreState): QueueTotals => state.totals;

/** The agent's channels, in the order first seen. */
export const selectChannelList = (state: StoreState): readonly ChannelState[] =>
  channelList(state.channels);

/** A selector for one channel. */
export function selectChannel(channelId: string): (state: StoreState) => ChannelState | undefined {
  return (state) => state.channels.get(channelId);
}

/**
 * The agent's voice channel: the first channel of type Voice (or with a `voice`
 * id), else the first channel; `undefined` before any agentStateChange.
 */
export const selectVoiceChannel = (state: StoreState): ChannelState | undefined => {
  let first: ChannelState | undefined;
  for (const channel of state.channels.values()) {
    first ??= channel;
    if (channel.channelType === 'Voice' || channel.channelId.startsWith('voice')) return channel;
  }
  return first;
};

/** All workitems, in the order first seen. */
export const selectWorkitemList = (state: StoreState): readonly WorkitemEntry[] =>
  workitemList(state.workitems);

/** A selector for one workitem. */
export function selectWorkitem(
  workitemId: string,
): (state: StoreState) => WorkitemEntry | undefined {
  return (state) => state.workitems.get(workitemId);
}

/** A selector for the workitems on one channel; same array while the workitems are unchanged. */
export function selectWorkitemsOnChannel(
  channelId: string,
): (state: StoreState) => readonly WorkitemEntry[] {
  const onChannel = memoByIdentity((workitems: ReadonlyMap<string, WorkitemEntry>) =>
    Object.freeze(
      [...workitems.values()].filter((entry) => entry.workitem.channelId === channelId),
    ),
  );
  return (state) => onChannel(state.workitems);
}

/** Recent errors, oldest first. */
export const selectErrors = (state: StoreState): readonly ErrorEntry[] => state.errors;

/** The diagnostics. */
export const selectDiagnostics = (state: StoreState): Diagnostics => state.diagnostics;

/** The history revision: changes whenever a history sample was taken. */
export const selectHistoryRevision = (state: StoreState): number => state.history.revision;

/**
 * Compares two arrays element by element with `Object.is`: an `equals` for `select`
 * when a selector builds a new array of unchanged elements.
 */
export function shallowArrayEqual<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
  return true;
}
