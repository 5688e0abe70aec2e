/**
 * queueDataUpdate, following the reference's dataState semantics:
 * ENABLED carries "all the queues that are currently available" and replaces the set;
 * ADDED inserts or replaces one queue; UPDATED replaces a queue's data; DELETED
 * removes the ids given; DISABLED (logged out) clears every queue.
 *
 * @module
 */
import type { QueueData, QueueDataUpdate } from '../cil/index.js';
import { recordProblem } from './diagnostics.js';
import type { StateDraft } from './draft.js';
import { queueDataEqual } from './equality.js';
import type { ResolvedContext } from './reduce-context.js';
import type { QueueState } from './state.js';

/** The stored form of `data`: `previous` itself when nothing changed. */
function toQueueState(data: QueueData, previous: QueueState | undefined, now: number): QueueState {
  if (previous && queueDataEqual(previous, data)) return previous;
  // One fixed shape for every queue (absent optional fields are `undefined`): V8 keeps
  // the hot paths monomorphic, and this is far cheaper than an object spread.
  return {
    id: data.id,
    name: data.name,
    channel: data.channel,
    escalationLevel: data.escalationLevel,
    statistics: data.statistics,
    extra: data.extra,
    updatedAt: now,
  };
}

function anomaly(
  draft: StateDraft,
  context: ResolvedContext,
  reason: 'unknown-queue' | 'out-of-range',
  detail: string,
): void {
  recordProblem(
    draft,
    'anomaly',
    { event: 'queueDataUpdate', path: 'queueData', reason, detail },
    context,
  );
}

function applyEnabled(
  draft: StateDraft,
  queueData: readonly QueueData[],
  context: ResolvedContext,
): void {
  const current = draft.state.queues;
  const max = context.limits.maxQueues;
  let unchanged = queueData.length === current.size;
  const resolved = new Map<string, QueueState>();
  for (const data of queueData) {
    if (resolved.size >= max) {
      anomaly(draft, context, 'out-of-range', `more than ${max} queues; the rest are ignored`);
      unchanged = false;
      break;
    }
    const previous = current.get(data.id);
    const entry = toQueueState(data, previous, context.now);
    if (entry !== previous) unchanged = false;
    resolved.set(data.id, entry);
  }
  // A repeated ENABLED (a hidden integration sees one whenever a visible one registers)
  // must be a no-op: same ids and same data keep every identity.
  if (unchanged) return;
  // Arrival order: known queues keep their place, new ones come last.
  const next = new Map<string, QueueState>();
  for (const id of current.keys()) {
    const entry = resolved.get(id);
    if (entry) next.set(id, entry);
  }
  for (const [id, entry] of resolved) if (!next.has(id)) next.set(id, entry);
  draft.replaceQueues(next);
}

function applyUpsert(
  draft: StateDraft,
  dataState: 'ADDED' | 'UPDATED',
  queueData: readonly QueueData[],
  context: ResolvedContext,
): void {
  for (const data of queueData) {
    const queues = draft.state.queues;
    const previous = queues.get(data.id);
    if (!previous) {
      if (queues.size >= context.limits.maxQueues) {
        anomaly(
          draft,
          context,
          'out-of-range',
          `more than ${context.limits.maxQueues} queues; ${data.id} ignored`,
        );
        continue;
      }
      if (dataState === 'UPDATED') {
        anomaly(draft, context, 'unknown-queue', `UPDATED for unknown queue ${data.id}; inserted`);
      }
    }
    const entry = toQueueState(data, previous, context.now);
    if (entry === previous) continue;
    // A Map keeps a replaced key in place and appends a new one: arrival order.
    draft.writeQueues().set(data.id, entry);
  }
}

function applyDeleted(draft: StateDraft, ids: readonly string[], context: ResolvedContext): void {
  for (const id of ids) {
    if (draft.state.queues.has(id)) draft.writeQueues().delete(id);
    else anomaly(draft, context, 'unknown-queue', `DELETED for unknown queue ${id}`);
  }
}

/** Applies one queueDataUpdate to the draft. */
export function applyQueueDataUpdate(
  draft: StateDraft,
  update: QueueDataUpdate,
  context: ResolvedContext,
): void {
  if (update.dataState !== 'ENABLED' && draft.state.queueDataStatus === 'disabled') {
    if (update.dataState === 'DISABLED') {
      draft.set('lastQueueEventAt', context.now);
      return;
    }
    // Only ENABLED enables: a late UPDATED, ADDED or DELETED after the logout shows nothing.
    recordProblem(
      draft,
      'anomaly',
      {
        event: 'queueDataUpdate',
        path: 'dataState',
        reason: 'out-of-order',
        detail: `${update.dataState} after DISABLED; ignored until ENABLED`,
      },
      context,
    );
    return;
  }
  draft.set('lastQueueEventAt', context.now);
  switch (update.dataState) {
    case 'ENABLED':
      applyEnabled(draft, update.queueData, context);
      break;
    case 'ADDED':
    case 'UPDATED':
      applyUpsert(draft, update.dataState, update.queueData, context);
      break;
    case 'DELETED':
      applyDeleted(draft, update.deletedIds, context);
      break;
    case 'DISABLED':
      // Logged out: no stale numbers may survive.
      if (draft.state.queues.size > 0) draft.replaceQueues(new Map());
      draft.set('queueDataStatus', 'disabled');
      // Data after this belongs to another generation: the history restarts.
      draft.set('queueDataGeneration', draft.state.queueDataGeneration + 1);
      return;
  }
  draft.set('queueDataStatus', 'enabled');
}
