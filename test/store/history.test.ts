import { expect } from '@open-wc/testing';
import {
  QueueHistory,
  createInitialState,
  reduce,
  type StoreState,
} from '../../src/store/index.js';
import { queueEvent, wireQueue } from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

function withCalls(calls: Record<string, number>): StoreState {
  return reduce(
    createInitialState(),
    queueEvent(
      'ENABLED',
      Object.entries(calls).map(([id, callsInQueue]) => wireQueue(id, { callsInQueue })),
    ),
    { now: T0 },
  );
}

function sample(history: QueueHistory, now: number, state: StoreState): boolean {
  return history.sample(now, state.queues, state.totals);
}

describe('QueueHistory (ring buffers)', () => {
  it('one sample per bucket, at most once per bucket, chronological', () => {
    const history = new QueueHistory(10_000, 360);
    expect(sample(history, T0 + 1, withCalls({ a: 1 }))).to.equal(true);
    expect(sample(history, T0 + 9_000, withCalls({ a: 2 }))).to.equal(false);
    expect(sample(history, T0 + 10_000, withCalls({ a: 3 }))).to.equal(true);
    const series = history.read('a', 'callsInQueue');
    expect(series?.values).to.deep.equal([1, 3]);
    expect(series?.times).to.deep.equal([T0, T0 + 10_000]);
    expect(history.lastSampleAt).to.equal(T0 + 10_000);
  });

  it('never grows beyond its length (one hour at 10 s = 360 samples)', () => {
    const history = new QueueHistory(10_000, 360);
    for (let i = 0; i < 1000; i += 1) sample(history, T0 + i * 10_000, withCalls({ a: i % 100 }));
    const series = history.read('a', 'callsInQueue');
    expect(series?.values.length).to.equal(360);
    expect(series?.values[0]).to.equal(640 % 100);
    expect(series?.values.at(-1)).to.equal(999 % 100);
    const times = series?.times ?? [];
    for (let i = 1; i < times.length; i += 1)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).to.equal(10_000);
  });

  it('repeats the last values over buckets skipped without a flush or tick', () => {
    const history = new QueueHistory(1000, 10);
    sample(history, T0, withCalls({ a: 1 }));
    sample(history, T0 + 3000, withCalls({ a: 5 }));
    expect(history.read('a', 'callsInQueue')?.values).to.deep.equal([1, 1, 1, 5]);
    // A gap longer than the window starts over.
    sample(history, T0 + 60_000, withCalls({ a: 7 }));
    expect(history.read('a', 'callsInQueue')?.values).to.deep.equal([7]);
  });

  it('absent counters read as null; a queue added later has nulls before its first sample', () => {
    const history = new QueueHistory(1000, 10);
    sample(history, T0, withCalls({ a: 1 }));
    sample(history, T0 + 1000, withCalls({ a: 2, b: 4 }));
    expect(history.read('b', 'callsInQueue')?.values).to.deep.equal([null, 4]);
    expect(history.read('a', 'agentsTalkingInbound')?.values).to.deep.equal([null, null]);
    expect(history.readTotals('callsInQueue').values).to.deep.equal([1, 6]);
  });

  it('longest wait in seconds on the store clock', () => {
    const history = new QueueHistory(1000, 10);
    const state = reduce(
      createInitialState(),
      queueEvent('ENABLED', [
        wireQueue('a', {
          callsInQueue: 1,
          startTimeOfLongestCallInQueue: new Date(T0 - 90_000).toISOString(),
        }),
        wireQueue('b', { callsInQueue: 0 }),
      ]),
      { now: T0 },
    );
    sample(history, T0, state);
    expect(history.read('a', 'longestWaitSeconds')?.values).to.deep.equal([90]);
    expect(history.read('b', 'longestWaitSeconds')?.values).to.deep.equal([0]);
    expect(history.readTotals('longestWaitSeconds').values).to.deep.equal([90]);
  });

  it("a deleted queue's history is dropped", () => {
    const history = new QueueHistory(1000, 10);
    sample(history, T0, withCalls({ a: 1, b: 2 }));
    expect(history.queueCount).to.equal(2);
    sample(history, T0 + 1000, withCalls({ b: 2 }));
    expect(history.read('a', 'callsInQueue')).to.equal(undefined);
    expect(history.queueCount).to.equal(1);
  });

  it('ignores a non-finite clock', () => {
    const history = new QueueHistory(1000, 10);
    expect(sample(history, Number.NaN, withCalls({ a: 1 }))).to.equal(false);
    expect(history.size).to.equal(0);
  });
});
