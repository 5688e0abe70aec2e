/**
 * Copy-on-write working copy of a {@link StoreState}. A batch of events is applied to
 * one draft: each container (queues, channels, workitems) is copied at most once,
 * on its first write, and the result is published by {@link StateDraft.commit} as a
 * new immutable snapshot. Copying the queue map per event would cost O(queues) per
 * event; this costs O(queues) per batch.
 *
 * @module
 */
import type { ChannelState, QueueState, StoreState, WorkitemEntry } from './state.js';
import { computeTotals } from './totals.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** State fields replaced as a whole (no container to copy). */
export type ScalarKey = Exclude<keyof StoreState, 'queues' | 'channels' | 'workitems' | 'totals'>;

/** A mutable working copy of a state; the base snapshot is never modified. */
export class StateDraft {
  private base: StoreState;
  private next: Writable<StoreState>;
  private ownQueues = false;
  private ownChannels = false;
  private ownWorkitems = false;
  private dirty = false;

  /** Starts a draft on `base`. */
  constructor(base: StoreState) {
    this.base = base;
    this.next = { ...base };
  }

  /** The draft's current values (containers may be this draft's private copies). */
  get state(): StoreState {
    return this.next;
  }

  /** Whether anything changed since the base. */
  get changed(): boolean {
    return this.dirty;
  }

  /** The queue map, copied on first call since the last commit; write only real changes. */
  writeQueues(): Map<string, QueueState> {
    if (!this.ownQueues) {
      this.next.queues = new Map(this.next.queues);
      this.ownQueues = true;
    }
    this.dirty = true;
    return this.next.queues as Map<string, QueueState>;
  }

  /** Replaces the queue map with one built by the caller (it becomes the draft's own). */
  replaceQueues(queues: Map<string, QueueState>): void {
    this.next.queues = queues;
    this.ownQueues = true;
    this.dirty = true;
  }

  /** The channel map, copied on first call since the last commit. */
  writeChannels(): Map<string, ChannelState> {
    if (!this.ownChannels) {
      this.next.channels = new Map(this.next.channels);
      this.ownChannels = true;
    }
    this.dirty = true;
    return this.next.channels as Map<string, ChannelState>;
  }

  /** The workitem map, copied on first call since the last commit. */
  writeWorkitems(): Map<string, WorkitemEntry> {
    if (!this.ownWorkitems) {
      this.next.workitems = new Map(this.next.workitems);
      this.ownWorkitems = true;
    }
    this.dirty = true;
    return this.next.workitems as Map<string, WorkitemEntry>;
  }

  /** Sets a field replaced as a whole; a value identical to the current one changes nothing. */
  set<K extends ScalarKey>(key: K, value: StoreState[K]): void {
    if (Object.is(this.next[key], value)) return;
    this.next[key] = value;
    this.dirty = true;
  }

  /**
   * Publishes the draft: the base itself when nothing changed, else a new snapshot
   * with totals recomputed if the queues changed. The draft then continues on the
   * new snapshot, copying containers again on their next write.
   */
  commit(): StoreState {
    if (!this.dirty) return this.base;
    if (this.next.queues !== this.base.queues) {
      this.next.totals = computeTotals(this.next.queues, this.base.totals);
    }
    const snapshot: StoreState = this.next;
    this.base = snapshot;
    this.next = { ...snapshot };
    this.ownQueues = this.ownChannels = this.ownWorkitems = false;
    this.dirty = false;
    return snapshot;
  }
}
