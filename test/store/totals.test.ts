import { expect } from '@open-wc/testing';
import { computeTotals, createInitialState, reduce } from '../../src/store/index.js';
import { EMPTY_TOTALS } from '../../src/store/state.js';
import { queueEvent, wireQueue } from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

describe('totals across queues', () => {
  it('sums each counter ignoring absent values, finds the oldest waiting call and the worst level', () => {
    const state = reduce(
      createInitialState(),
      queueEvent('ENABLED', [
        wireQueue(
          'a',
          {
            callsInQueue: 2,
            agentsReady: -1,
            startTimeOfLongestCallInQueue: '2026-11-25T08:55:00Z',
          },
          'Warn',
        ),
        wireQueue(
          'b',
          {
            callsInQueue: 3,
            agentsReady: 4,
            startTimeOfLongestCallInQueue: '2026-11-25T08:50:00Z',
          },
          'Normal',
        ),
        wireQueue('c', { agentsNotReady: 1 }, 'Critical'),
        { id: 'd', name: 'D', statistics: {} },
      ]),
      { now: T0 },
    );
    const totals = state.totals;
    expect(totals.queueCount).to.equal(4);
    expect(totals.callsInQueue).to.equal(5);
    expect(totals.counterSums.agentsReady).to.equal(4);
    expect(totals.counterSums.agentsNotReady).to.equal(1);
    expect(totals.counterSums.agentsTalkingInbound).to.equal(undefined);
    expect(totals.oldestWaitingSince).to.equal(Date.UTC(2026, 10, 25, 8, 50, 0));
    expect(totals.oldestWaitingQueueId).to.equal('b');
    expect(totals.worstEscalationLevel).to.equal('Critical');
    expect(totals.queuesByLevel).to.deep.equal({ Normal: 1, Warn: 1, Critical: 1, none: 1 });
  });

  it('no queues: the empty totals', () => {
    expect(computeTotals(new Map())).to.equal(EMPTY_TOTALS);
    const state = reduce(createInitialState(), queueEvent('DISABLED'), { now: T0 });
    expect(state.totals.queueCount).to.equal(0);
    expect(state.totals.worstEscalationLevel).to.equal(null);
  });

  it('keeps its identity when a queue changed without changing any total', () => {
    const before = reduce(
      createInitialState(),
      queueEvent('ENABLED', [
        wireQueue('a', { callsInQueue: 1 }),
        wireQueue('b', { callsInQueue: 1 }),
      ]),
      { now: T0 },
    );
    const renamed = reduce(
      before,
      queueEvent('UPDATED', [wireQueue('a', { callsInQueue: 1 }, 'Normal', 'Renamed')]),
      {
        now: T0,
      },
    );
    expect(renamed.queues).not.to.equal(before.queues);
    expect(renamed.totals).to.equal(before.totals);
    const changed = reduce(before, queueEvent('UPDATED', [wireQueue('a', { callsInQueue: 2 })]), {
      now: T0,
    });
    expect(changed.totals).not.to.equal(before.totals);
    expect(changed.totals.callsInQueue).to.equal(3);
  });
});
