/**
 * The `queueDataUpdate` stream: ENABLED with every subscribed queue on login, ADDED
 * and DELETED (only `{ id }`) when subscriptions change, UPDATED with the one changed
 * queue, DISABLED (empty) on logout; nothing at all on CCX.
 *
 * UPDATED is throttled: changes are collected and flushed by one agenda happening, at
 * most once per `queueUpdateIntervalMs`, and a queue is sent only when its payload
 * differs from the last one sent. Escalation that comes from waiting time alone is
 * caught by one scheduled check per queue at the next threshold crossing.
 *
 * @module
 */
import type { CilCallback, DataState, WireQueueData, WireQueueDataUpdate } from '../cil/index.js';
import type { Agenda, Happening } from './clock.js';
import { oldestWaiting, type SimQueue } from './contact-centre.js';
import type { ResolvedOptions } from './options.js';
import { API_VERSION, queuePayload } from './payloads.js';

/** Sends `queueDataUpdate` payloads (to every callback, or to one). */
export type QueueEmit = (
  payload: WireQueueDataUpdate,
  only?: CilCallback<WireQueueDataUpdate>,
) => void;

function keyOf(queue: WireQueueData): string {
  const s = queue.statistics;
  return `${queue.name}|${queue.escalationLevel}|${s.agentsNotReady}|${s.agentsReady}|${s.agentsTalkingInbound}|${s.agentsTalkingInternal}|${s.agentsTalkingOutbound}|${s.agentsWrapUpNotReady}|${s.agentsWrapUpReady}|${s.callsInQueue}|${s.startTimeOfLongestCallInQueue}`;
}

/** Subscriptions and the throttled UPDATED flush. */
export class QueueFeed {
  /** Subscribed queues, in subscription order. */
  readonly subscribed = new Set<SimQueue>();
  private readonly lastSent = new Map<SimQueue, string>();
  private readonly dirty = new Set<SimQueue>();
  private readonly escalationChecks = new Map<SimQueue, Happening>();
  private flush: Happening | undefined;
  private lastFlushAt = Number.NEGATIVE_INFINITY;
  private active = false;

  constructor(
    private readonly options: ResolvedOptions,
    private readonly agenda: Agenda,
    private readonly emit: QueueEmit,
  ) {}

  /** The agent logged in: ENABLED with every subscribed queue. */
  enable(): void {
    if (this.options.flavour === 'CCX') return;
    this.active = true;
    this.emitEnabled();
    for (const queue of this.subscribed) this.checkEscalation(queue);
  }

  /** The agent logged out: DISABLED with an empty array. */
  disable(): void {
    if (!this.active) return;
    this.active = false;
    this.agenda.cancel(this.flush);
    this.flush = undefined;
    this.dirty.clear();
    for (const check of this.escalationChecks.values()) this.agenda.cancel(check);
    this.escalationChecks.clear();
    this.send('DISABLED', []);
  }

  /** ENABLED again (all callbacks, or only `only`), as on login. */
  emitEnabled(only?: CilCallback<WireQueueDataUpdate>): void {
    if (!this.active) return;
    const now = this.agenda.time;
    const queueData: WireQueueData[] = [];
    for (const queue of this.subscribed) {
      const payload = queuePayload(queue, now, this.options.thresholds);
      this.lastSent.set(queue, keyOf(payload));
      queueData.push(payload);
    }
    this.send('ENABLED', queueData, only);
  }

  /** Subscribes a queue: ADDED with that queue. */
  add(queue: SimQueue): void {
    if (this.subscribed.has(queue)) return;
    this.subscribed.add(queue);
    if (!this.active) return;
    const payload = queuePayload(queue, this.agenda.time, this.options.thresholds);
    this.lastSent.set(queue, keyOf(payload));
    this.send('ADDED', [payload]);
    this.checkEscalation(queue);
  }

  /** Unsubscribes a queue: DELETED with only its id. */
  remove(queue: SimQueue): void {
    if (!this.subscribed.delete(queue)) return;
    this.dirty.delete(queue);
    this.lastSent.delete(queue);
    this.agenda.cancel(this.escalationChecks.get(queue));
    this.escalationChecks.delete(queue);
    if (!this.active) return;
    this.send('DELETED', [{ id: queue.id }]);
  }

  /** A queue's population changed: schedule its UPDATED. */
  changed(queue: SimQueue): void {
    if (!this.active || !this.subscribed.has(queue)) return;
    this.dirty.add(queue);
    this.checkEscalation(queue);
    if (this.flush) return;
    const at = Math.max(this.agenda.time, this.lastFlushAt + this.options.queueUpdateIntervalMs);
    this.flush = this.agenda.schedule(at, () => this.flushDirty());
  }

  private flushDirty(): void {
    this.flush = undefined;
    this.lastFlushAt = this.agenda.time;
    const now = this.agenda.time;
    // Taken out first: a callback may change a queue while we emit, and that change
    // must land in the next flush, not be cleared with this one.
    const queues = [...this.dirty];
    this.dirty.clear();
    for (const queue of queues) {
      // Unsubscribed or logged out by a callback during this flush.
      if (!this.active || !this.subscribed.has(queue)) continue;
      const payload = queuePayload(queue, now, this.options.thresholds);
      const key = keyOf(payload);
      if (this.lastSent.get(queue) === key) continue;
      this.lastSent.set(queue, key);
      this.send('UPDATED', [payload]);
    }
  }

  private send(
    dataState: DataState,
    queueData: WireQueueDataUpdate['queueData'],
    only?: CilCallback<WireQueueDataUpdate>,
  ): void {
    this.emit({ event: 'queueDataUpdate', version: API_VERSION, dataState, queueData }, only);
  }

  /** Waiting alone can cross a threshold: check again at the oldest call's next crossing. */
  private checkEscalation(queue: SimQueue): void {
    const oldest = oldestWaiting(queue);
    const previous = this.escalationChecks.get(queue);
    let at: number | undefined;
    if (oldest && !queue.notAssigned) {
      const now = this.agenda.time;
      const { warnWaitSeconds, criticalWaitSeconds } = this.options.thresholds;
      for (const seconds of [warnWaitSeconds, criticalWaitSeconds]) {
        const crossing = oldest.arrivedAt + seconds * 1000;
        if (crossing > now) {
          at = crossing;
          break;
        }
      }
    }
    if (previous && !previous.cancelled && previous.at === at) return;
    this.agenda.cancel(previous);
    if (at === undefined) {
      this.escalationChecks.delete(queue);
      return;
    }
    this.escalationChecks.set(
      queue,
      this.agenda.schedule(at, () => {
        this.escalationChecks.delete(queue);
        this.changed(queue);
      }),
    );
  }
}
