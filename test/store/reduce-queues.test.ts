import { expect } from '@open-wc/testing';
import {
  createInitialState,
  reduce,
  reduceResult,
  type StoreState,
} from '../../src/store/index.js';
import { parseEvent } from '../../src/cil/index.js';
import { queueEvent, wireQueue, wireQueueUpdate } from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const ctx = (now = T0) => ({ now });

function enabled(...ids: string[]): StoreState {
  return reduce(
    createInitialState(),
    queueEvent(
      'ENABLED',
      ids.map((id) => wireQueue(id)),
    ),
    ctx(),
  );
}

describe('queueDataUpdate reducer (reference dataState semantics)', () => {
  describe('ENABLED: "The agent is logged in and queueDataUpdate events can be received"; "the array contains all the queues that are currently available"', () => {
    it('replaces the whole set of queues with the array', () => {
      const before = enabled('a', 'b', 'c');
      const after = reduce(
        before,
        queueEvent('ENABLED', [wireQueue('b'), wireQueue('d')]),
        ctx(T0 + 1000),
      );
      expect([...after.queues.keys()]).to.deep.equal(['b', 'd']);
      expect(after.queueDataStatus).to.equal('enabled');
      // b did not change: same object.
      expect(after.queues.get('b')).to.equal(before.queues.get('b'));
    });

    it('"the hidden integration will also receive an event with ENABLED": a repeat is idempotent', () => {
      const before = enabled('a', 'b');
      const after = reduce(
        before,
        queueEvent('ENABLED', [wireQueue('a'), wireQueue('b')]),
        ctx(T0 + 5000),
      );
      expect(after.queues).to.equal(before.queues);
      expect(after.totals).to.equal(before.totals);
      expect(after.lastQueueEventAt).to.equal(T0 + 5000);
    });

    it('"This can be any number of queues": an empty ENABLED clears the set but stays enabled', () => {
      const after = reduce(enabled('a'), queueEvent('ENABLED', []), ctx());
      expect(after.queues.size).to.equal(0);
      expect(after.queueDataStatus).to.equal('enabled');
    });

    it('keeps arrival order for known queues and appends new ones', () => {
      const before = enabled('a', 'b');
      const after = reduce(
        before,
        queueEvent('ENABLED', [wireQueue('c'), wireQueue('b'), wireQueue('a')]),
        ctx(),
      );
      expect([...after.queues.keys()]).to.deep.equal(['a', 'b', 'c']);
    });
  });

  describe('ADDED: "A new subscription for a queue was created"; "the array only contains the queue for which the subscription was added"', () => {
    it('inserts the queue at the end, leaving others untouched', () => {
      const before = enabled('a');
      const after = reduce(before, queueEvent('ADDED', [wireQueue('b')]), ctx(T0 + 10));
      expect([...after.queues.keys()]).to.deep.equal(['a', 'b']);
      expect(after.queues.get('a')).to.equal(before.queues.get('a'));
      expect(after.queues.get('b')?.updatedAt).to.equal(T0 + 10);
    });

    it('replaces a queue that is already there, in its place', () => {
      const before = enabled('a', 'b');
      const after = reduce(
        before,
        queueEvent('ADDED', [wireQueue('a', { callsInQueue: 4 })]),
        ctx(),
      );
      expect(after.queues.size).to.equal(2);
      expect(after.queues.get('a')?.statistics.callsInQueue).to.equal(4);
      expect([...after.queues.keys()]).to.deep.equal(['a', 'b']);
    });
  });

  describe('UPDATED: "The data of a queue has been updated"; "the array contains the updated queue"', () => {
    it("replaces only that queue's data; every other queue keeps its identity", () => {
      const before = enabled('a', 'b', 'c');
      const after = reduce(
        before,
        queueEvent('UPDATED', [wireQueue('b', { callsInQueue: 7, agentsReady: 2 }, 'Warn')]),
        ctx(T0 + 2000),
      );
      const b = after.queues.get('b');
      expect(b?.statistics.callsInQueue).to.equal(7);
      expect(b?.statistics.agentsReady).to.equal(2);
      expect(b?.escalationLevel).to.equal('Warn');
      expect(b?.updatedAt).to.equal(T0 + 2000);
      expect(b).not.to.equal(before.queues.get('b'));
      expect(after.queues).not.to.equal(before.queues);
      expect(after.queues.get('a')).to.equal(before.queues.get('a'));
      expect(after.queues.get('c')).to.equal(before.queues.get('c'));
      expect(after.channels).to.equal(before.channels);
      expect(after.workitems).to.equal(before.workitems);
      expect(after.diagnostics).to.equal(before.diagnostics);
      expect([...after.queues.keys()]).to.deep.equal(['a', 'b', 'c']);
    });

    it('replaces rather than merges: a counter missing from the update is gone', () => {
      const before = enabled('a');
      const after = reduce(
        before,
        queueEvent('UPDATED', [wireQueue('a', { callsInQueue: 1 })]),
        ctx(),
      );
      expect(after.queues.get('a')?.statistics.agentsReady).to.equal(undefined);
    });

    it('an update with the same data changes nothing', () => {
      const before = enabled('a', 'b');
      const after = reduce(before, queueEvent('UPDATED', [wireQueue('a')]), ctx(T0 + 99));
      expect(after.queues).to.equal(before.queues);
      expect(after.totals).to.equal(before.totals);
      expect(after.lastQueueEventAt).to.equal(T0 + 99);
    });

    it('an update for an unknown queue inserts it and notes an unknown-queue anomaly', () => {
      const before = enabled('a');
      const after = reduce(before, queueEvent('UPDATED', [wireQueue('zz')]), ctx());
      expect(after.queues.has('zz')).to.equal(true);
      expect(after.diagnostics.anomalies['unknown-queue']).to.equal(1);
      expect(after.diagnostics.examples.at(-1)?.problem.reason).to.equal('unknown-queue');
    });
  });

  describe('DELETED: "The agent has been removed from a queue and the subscription to that queue was deleted"; "the array contains only one item with only the id property"', () => {
    it('removes the queue with that id', () => {
      const before = enabled('a', 'b');
      const after = reduce(before, queueEvent('DELETED', [{ id: 'a' }]), ctx());
      expect([...after.queues.keys()]).to.deep.equal(['b']);
      expect(after.queues.get('b')).to.equal(before.queues.get('b'));
    });

    it('a queue deleted twice notes a diagnostic and does not throw', () => {
      const once = reduce(enabled('a', 'b'), queueEvent('DELETED', [{ id: 'a' }]), ctx());
      const twice = reduce(once, queueEvent('DELETED', [{ id: 'a' }]), ctx());
      expect(twice.queues).to.equal(once.queues);
      expect(twice.diagnostics.anomalies['unknown-queue']).to.equal(1);
    });
  });

  describe('DISABLED: "queueDataUpdate events currently can\'t be received because the agent is logged out"; "the array is empty"', () => {
    it('clears all queues and marks queue data disabled, so no stale numbers survive a logout', () => {
      const after = reduce(enabled('a', 'b'), queueEvent('DISABLED'), ctx());
      expect(after.queues.size).to.equal(0);
      expect(after.queueDataStatus).to.equal('disabled');
      expect(after.totals.queueCount).to.equal(0);
      expect(after.totals.callsInQueue).to.equal(null);
    });

    it('ENABLED after DISABLED enables again', () => {
      const disabled = reduce(enabled('a'), queueEvent('DISABLED'), ctx());
      const again = reduce(disabled, queueEvent('ENABLED', [wireQueue('a')]), ctx());
      expect(again.queueDataStatus).to.equal('enabled');
      expect(again.queues.size).to.equal(1);
    });
  });

  it('is pure: the input state is never modified', () => {
    const before = enabled('a', 'b');
    const snapshot = JSON.stringify([...before.queues.entries()]);
    reduce(before, queueEvent('UPDATED', [wireQueue('a', { callsInQueue: 9 })]), ctx());
    reduce(before, queueEvent('DELETED', [{ id: 'b' }]), ctx());
    reduce(before, queueEvent('DISABLED'), ctx());
    expect(JSON.stringify([...before.queues.entries()])).to.equal(snapshot);
  });

  it('a rejected payload is counted once by reason and touches nothing else', () => {
    const before = enabled('a');
    const after = reduceResult(
      before,
      parseEvent('queueDataUpdate', { dataState: 'BOGUS' }),
      ctx(),
    );
    expect(after.diagnostics.rejectedTotal).to.equal(1);
    expect(after.diagnostics.rejected['unknown-value']).to.equal(1);
    expect(after.queues).to.equal(before.queues);
    expect(after.queueDataStatus).to.equal(before.queueDataStatus);
    expect(after.totals).to.equal(before.totals);
  });

  it('warnings of an accepted payload are counted', () => {
    const after = reduceResult(
      createInitialState(),
      parseEvent(
        'queueDataUpdate',
        wireQueueUpdate('ENABLED', [wireQueue('a', { callsInQueue: 'lots' as unknown as number })]),
      ),
      ctx(),
    );
    expect(after.queues.has('a')).to.equal(true);
    expect(after.diagnostics.warningsTotal).to.be.greaterThan(0);
    expect(after.diagnostics.rejectedTotal).to.equal(0);
  });

  it('limits the number of queues kept', () => {
    const after = reduce(
      createInitialState(),
      queueEvent(
        'ENABLED',
        ['a', 'b', 'c', 'd'].map((id) => wireQueue(id)),
      ),
      { now: T0, limits: { maxQueues: 3 } },
    );
    expect(after.queues.size).to.equal(3);
    expect(after.diagnostics.anomalies['out-of-range']).to.equal(1);
  });
});
