/**
 * An independent reference model of the store, written from the reference's rules and
 * the store's documented contract (not from its code): what the queues, workitems,
 * channels, errors and queue-data status must be after any sequence of parsed events.
 * The property tests (test/store) and the whole-stack fuzzing (test/hardening) compare
 * the store with it.
 */
import { expect } from '@open-wc/testing';
import type {
  ParsedEvent,
  QueueData,
  QueueDataUpdate,
  WorkitemEventName,
} from '../../src/cil/index.js';
import { DEFAULT_LIMITS, type StoreLimits, type StoreState } from '../../src/store/index.js';

/** The queues as the reference's dataStates define them. */
export class QueueModel {
  queues = new Map<string, QueueData>();
  /** After DISABLED only ENABLED enables again. */
  disabled = false;

  constructor(private readonly maxQueues: number = DEFAULT_LIMITS.maxQueues) {}

  /** Whether the store takes this update (anything but ENABLED is ignored while disabled). */
  accepts(update: QueueDataUpdate): boolean {
    return !this.disabled || update.dataState === 'ENABLED';
  }

  apply(update: QueueDataUpdate): void {
    if (!this.accepts(update)) return;
    this.disabled = update.dataState === 'DISABLED';
    switch (update.dataState) {
      case 'ENABLED': {
        // "All the queues that are currently available", up to the bound, in arrival order.
        const incoming = new Map(
          update.queueData.slice(0, this.maxQueues).map((queue) => [queue.id, queue]),
        );
        const next = new Map<string, QueueData>();
        for (const id of this.queues.keys()) {
          const queue = incoming.get(id);
          if (queue) next.set(id, queue);
        }
        for (const [id, queue] of incoming) if (!next.has(id)) next.set(id, queue);
        this.queues = next;
        return;
      }
      case 'ADDED':
      case 'UPDATED':
        for (const queue of update.queueData) {
          if (this.queues.has(queue.id) || this.queues.size < this.maxQueues) {
            this.queues.set(queue.id, queue);
          }
        }
        return;
      case 'DELETED':
        for (const id of update.deletedIds) this.queues.delete(id);
        return;
      case 'DISABLED':
        this.queues.clear();
    }
  }

  /** Ids the update leaves untouched (their stored objects must keep their identity). */
  untouched(update: QueueDataUpdate, before: ReadonlyMap<string, QueueData>): string[] {
    if (!this.accepts(update)) return [...before.keys()];
    switch (update.dataState) {
      case 'ENABLED':
        return update.queueData
          .filter((queue) => {
            const old = before.get(queue.id);
            return old !== undefined && sameData(old, queue);
          })
          .map((queue) => queue.id);
      case 'ADDED':
      case 'UPDATED': {
        const touched = new Set(update.queueData.map((queue) => queue.id));
        return [...before.keys()].filter((id) => !touched.has(id));
      }
      case 'DELETED':
        return [...before.keys()].filter((id) => !update.deletedIds.includes(id));
      case 'DISABLED':
        return [];
    }
  }
}

/** Whether two queues carry the same data. */
export function sameData(a: QueueData, b: QueueData): boolean {
  return JSON.stringify(queueView(a)) === JSON.stringify(queueView(b));
}

/** A queue's data without the store's own fields, for comparing. */
export function queueView(queue: QueueData): unknown {
  return {
    id: queue.id,
    name: queue.name,
    channel: queue.channel ?? null,
    escalationLevel: queue.escalationLevel ?? null,
    statistics: Object.fromEntries(
      Object.entries(queue.statistics)
        .filter(([, value]) => value !== undefined)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
}

/** How far along its life a workitem state is (the store never moves one back). */
export function progress(state: string): number {
  if (state === 'Initiated' || state === 'Offered') return 1;
  if (state === 'Active' || state === 'Paused') return 2;
  if (state === 'Wrapup') return 3;
  if (state.startsWith('Ended')) return 4;
  return 0;
}

const CCX_CHANNEL = 'voice_-1';

/** What the model knows of a channel. */
interface ChannelModel {
  readonly state: string;
  readonly reasonCode: number | null;
  readonly reasonCodeLabel: string | null;
  /** The `newStateChangeTime` shown, `null` when none. */
  readonly time: number | null;
}

/**
 * The whole store as the contract says, for streams whose workitem and channel ids stay
 * under `maxWorkitems` and `maxChannels` (the model has no eviction rule for them).
 */
export class StoreModel {
  readonly queues: QueueModel;
  /** Live workitems: id -> channel. */
  readonly workitems = new Map<string, string | undefined>();
  /** Ended ids remembered, oldest first, as bounded as the store's. */
  ended: string[] = [];
  readonly channels = new Map<string, ChannelModel>();
  /** `error` events kept: requestId and message. */
  errors: { requestId: string | null; message: string }[] = [];
  status: StoreState['queueDataStatus'];
  flavour: StoreState['flavour'];
  private readonly limits: StoreLimits;

  constructor(limits: Partial<StoreLimits> = {}, flavour: StoreState['flavour'] = null) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.queues = new QueueModel(this.limits.maxQueues);
    this.flavour = flavour;
    this.status = flavour === 'CCX' ? 'unavailable' : 'unknown';
  }

  apply(event: ParsedEvent): void {
    switch (event.name) {
      case 'queueDataUpdate': {
        const update = event.update;
        if (!this.queues.accepts(update)) return;
        this.queues.apply(update);
        this.status = update.dataState === 'DISABLED' ? 'disabled' : 'enabled';
        return;
      }
      case 'error':
        this.errors = [
          ...this.errors,
          { requestId: event.error.requestId, message: event.error.message },
        ].slice(-this.limits.maxErrors);
        return;
      case 'agentStateChange':
        this.applyState(event.change);
        return;
      default:
        this.applyWorkitem(event.name, event.workitem.id, event.workitem.channelId);
    }
  }

  private noteChannel(channelId: string | undefined): void {
    if (channelId !== CCX_CHANNEL || (this.flavour !== null && this.flavour !== 'CCX')) return;
    this.flavour = 'CCX';
    if (this.status === 'unknown') this.status = 'unavailable';
  }

  private applyState(change: Extract<ParsedEvent, { name: 'agentStateChange' }>['change']): void {
    const { channelId, newState, newStateChangeTime: time } = change;
    this.noteChannel(channelId);
    const shown = this.channels.get(channelId);
    // An older change arriving late never wins.
    if (shown && shown.time !== null && time !== null && time < shown.time) return;
    if (newState === 'Logout') {
      // Logout ends the channel's calls for the store, without remembering them as ended.
      for (const [id, on] of this.workitems) if (on === channelId) this.workitems.delete(id);
    }
    const label = change.newReasonCodeLabel === '' ? null : change.newReasonCodeLabel;
    const same =
      shown !== undefined &&
      shown.state === newState &&
      shown.reasonCode === change.newReasonCode &&
      shown.reasonCodeLabel === label;
    this.channels.set(channelId, {
      state: newState,
      reasonCode: change.newReasonCode,
      reasonCodeLabel: label,
      time: time ?? (same ? shown.time : null),
    });
  }

  private remember(id: string): void {
    if (this.limits.maxEndedWorkitems === 0 || this.ended.includes(id)) return;
    this.ended = [...this.ended, id].slice(-this.limits.maxEndedWorkitems);
  }

  private applyWorkitem(name: WorkitemEventName, id: string, channelId: string | undefined): void {
    this.noteChannel(channelId);
    const live = this.workitems.has(id);
    // Ended is ended: a late event does not bring it back.
    if (!live && this.ended.includes(id)) return;
    if (name === 'workitemEnd') {
      this.workitems.delete(id);
      this.remember(id);
      return;
    }
    this.workitems.set(id, channelId ?? this.workitems.get(id));
  }

  /** Asserts that `state` is what the model says, and every bound holds. */
  check(state: StoreState): void {
    const queues = this.queues.queues;
    expect([...state.queues.keys()], 'queue ids, in order').to.deep.equal([...queues.keys()]);
    for (const [id, queue] of queues) {
      const stored = state.queues.get(id);
      expect(stored && queueView(stored), `queue ${id}`).to.deep.equal(queueView(queue));
    }
    expect(state.queueDataStatus, 'queueDataStatus').to.equal(this.status);
    expect([...state.workitems.keys()].sort(), 'workitem ids').to.deep.equal(
      [...this.workitems.keys()].sort(),
    );
    expect(state.endedWorkitemIds, 'ended ids').to.deep.equal(this.ended);
    expect(state.channels.size, 'channels').to.equal(this.channels.size);
    for (const [id, channel] of this.channels) {
      const stored = state.channels.get(id);
      expect(stored?.state, `channel ${id}`).to.equal(channel.state);
      expect(stored?.stateChangeTime, `channel ${id} time`).to.equal(channel.time);
    }
    expect(
      state.errors.map(({ requestId, message }) => ({ requestId, message })),
      'errors',
    ).to.deep.equal(this.errors);
    this.checkBounds(state);
  }

  /** Every bounded structure within its bound. */
  checkBounds(state: StoreState): void {
    const limits = this.limits;
    expect(state.queues.size).to.be.at.most(limits.maxQueues);
    expect(state.workitems.size).to.be.at.most(limits.maxWorkitems);
    expect(state.channels.size).to.be.at.most(limits.maxChannels);
    expect(state.errors.length).to.be.at.most(limits.maxErrors);
    expect(state.requests.length).to.be.at.most(limits.maxRequests);
    expect(state.endedWorkitemIds.length).to.be.at.most(limits.maxEndedWorkitems);
    expect(state.diagnostics.examples.length).to.be.at.most(limits.maxDiagnosticExamples);
  }
}
