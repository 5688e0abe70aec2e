/**
 * The seeded queue traffic of the browser benchmarks: 500 queues (or any number) as
 * b+s Connects sends them, then UPDATED events of one queue each, drawn from a
 * seeded generator. The same seed gives the same stream in every view, every run.
 */
import { Prng } from '../../src/simulator/prng.js';

/** One queue's wire statistics as the stream keeps them. */
interface QueueWire {
  readonly id: string;
  readonly name: string;
  calls: number;
  ready: number;
  notReady: number;
  inbound: number;
  outbound: number;
  internal: number;
  wrapUpReady: number;
  wrapUpNotReady: number;
  /** Seconds the oldest call has waited at `base`. */
  waited: number;
}

const NAMES = ['Sales', 'Support', 'Billing', 'Claims', 'Returns', 'Hotline', 'VIP', 'Orders'];

function toWire(queue: QueueWire, base: number): Record<string, unknown> {
  return {
    id: queue.id,
    name: queue.name,
    channel: 'Voice',
    escalationLevel: queue.calls >= 6 ? 'Critical' : queue.calls >= 3 ? 'Warn' : 'Normal',
    statistics: {
      agentsNotReady: queue.notReady,
      agentsReady: queue.ready,
      agentsTalkingInbound: queue.inbound,
      agentsTalkingInternal: queue.internal,
      agentsTalkingOutbound: queue.outbound,
      agentsWrapUpNotReady: queue.wrapUpNotReady,
      agentsWrapUpReady: queue.wrapUpReady,
      callsInQueue: queue.calls,
      startTimeOfLongestCallInQueue:
        queue.calls === 0 ? '' : new Date(base - queue.waited * 1000).toISOString(),
    },
  };
}

/** A seeded stream over `count` queues; waiting times are relative to `base` (epoch ms). */
export class QueueStream {
  private readonly prng: Prng;
  private readonly queues: QueueWire[];

  constructor(
    readonly count: number,
    seed: number,
    private readonly base: number = Date.now(),
  ) {
    this.prng = new Prng(seed);
    this.queues = Array.from({ length: count }, (_, i) => {
      const calls = this.prng.int(5);
      return {
        id: `q${i}`,
        name: `${NAMES[i % NAMES.length]} ${Math.floor(i / NAMES.length) + 1}`,
        calls,
        ready: this.prng.int(8),
        notReady: this.prng.int(5),
        inbound: this.prng.int(10),
        outbound: this.prng.int(3),
        internal: this.prng.int(2),
        wrapUpReady: this.prng.int(3),
        wrapUpNotReady: this.prng.int(2),
        waited: calls === 0 ? 0 : 5 + this.prng.int(240),
      };
    });
  }

  /** The ENABLED event with every queue. */
  enabled(): unknown {
    return {
      event: 'queueDataUpdate',
      version: '1.0',
      dataState: 'ENABLED',
      queueData: this.queues.map((queue) => toWire(queue, this.base)),
    };
  }

  /** The next UPDATED event: one queue, some of its statistics changed. */
  next(): unknown {
    const queue = this.queues[this.prng.int(this.count)]!;
    const step = (value: number, max: number): number =>
      Math.max(0, Math.min(max, value + this.prng.int(3) - 1));
    const calls = step(queue.calls, 9);
    if (calls > 0 && queue.calls === 0) queue.waited = 0;
    if (calls === 0) queue.waited = 0;
    else if (this.prng.chance(0.3)) queue.waited = this.prng.int(300);
    queue.calls = calls;
    // An agent moves between states: one counter down, another up.
    const fields = ['ready', 'notReady', 'inbound', 'outbound', 'wrapUpReady'] as const;
    const from = this.prng.pick(fields);
    const to = this.prng.pick(fields);
    if (queue[from] > 0 && from !== to) {
      queue[from] -= 1;
      queue[to] += 1;
    } else {
      queue.ready += 1;
    }
    return {
      event: 'queueDataUpdate',
      version: '1.0',
      dataState: 'UPDATED',
      queueData: [toWire(queue, this.base)],
    };
  }

  /** The next `n` events (generated before a measured window, so generating is not measured). */
  take(n: number): unknown[] {
    return Array.from({ length: n }, () => this.next());
  }
}
