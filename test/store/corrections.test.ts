/**
 * Issue 8, "Store and simulator corrections": one test per bullet for workitems and
 * queue data, driven by the simulator where it can produce the situation, and by
 * hand-made payloads where only a misbehaving source can (late or reordered events).
 */
import { expect } from '@open-wc/testing';
import { createSimulatedCil, type SimulatedCil } from '../../src/simulator/index.js';
import { ConnectsStore, createInitialState, reduceAll } from '../../src/store/index.js';
import {
  RecordingCil,
  flushMicrotasks,
  manualClock,
  parsed,
  queueEvent,
  wireAgentState,
  wireQueue,
  wireQueueUpdate,
  wireWorkitem,
} from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

function quietSim(options: Parameters<typeof createSimulatedCil>[0] = {}): SimulatedCil {
  return createSimulatedCil({
    clock: 'manual',
    startTime: T0,
    seed: 8,
    arrivalRatePerMinute: 0,
    warmupSeconds: 0,
    routeCallsToAgent: false,
    ...options,
  });
}

describe('Workitems', () => {
  for (const flavour of ['CCE', 'CCX', 'WxCC'] as const) {
    it(`No ghost calls: offerCall, answer, logout, hangUp, login leaves no call (${flavour})`, async () => {
      const sim = quietSim({ flavour });
      const store = ConnectsStore.for(sim, { now: () => sim.now() });
      const id = sim.offerCall();
      sim.answer(id);
      expect(store.getState().workitems.get(id)?.state).to.equal('Active');
      sim.logout();
      expect(store.getState().workitems.size).to.equal(0);
      sim.hangUp(id);
      sim.login();
      await flushMicrotasks();
      const state = store.getState();
      expect(state.workitems.size).to.equal(0);
      const channel = [...state.channels.values()][0];
      expect(channel?.activity).to.equal('not-ready');
      store.dispose();
      sim.dispose();
    });
  }

  it('No ghost calls: a call still on the phone at the next login comes back by call recovery', () => {
    const sim = quietSim();
    const store = ConnectsStore.for(sim, { now: () => sim.now() });
    const id = sim.offerCall();
    sim.answer(id);
    sim.logout();
    expect(store.getState().workitems.has(id)).to.equal(false);
    sim.login();
    // The reference: "WorkitemCreate is also dispatched, when the agent logs in while a
    // call is on the phone (call recovery)".
    expect(store.getState().workitems.get(id)?.state).to.equal('Active');
    store.dispose();
    sim.dispose();
  });

  it('No ghost calls: a CCX logout in wrap-up does not show "Wrapup" afterwards', () => {
    const sim = quietSim({ flavour: 'CCX' });
    const store = ConnectsStore.for(sim, { now: () => sim.now() });
    const id = sim.offerCall();
    sim.answer(id);
    sim.hangUp(id);
    expect(store.getState().workitems.get(id)?.state).to.equal('Wrapup');
    sim.logout();
    const channel = store.getState().channels.get('voice_-1');
    expect(store.getState().workitems.size).to.equal(0);
    expect(channel?.activity).to.equal('logged-out');
    store.dispose();
    sim.dispose();
  });

  it('Ended is ended: a late data event for a workitem that ended does not bring it back', () => {
    const events = [
      parsed('workitemCreate', wireWorkitem('w1', 'Offered')),
      parsed('workitemConnect', wireWorkitem('w1', 'Active')),
      parsed('workitemEnd', wireWorkitem('w1', 'Ended')),
      parsed('wrapupDataChanged', wireWorkitem('w1', 'Wrapup')),
      parsed('callVariableChanged', wireWorkitem('w1', 'Active')),
      parsed('workitemPause', wireWorkitem('w1', 'Paused')),
    ];
    const state = reduceAll(createInitialState(), events, { now: T0 });
    expect(state.workitems.has('w1')).to.equal(false);
    expect(state.diagnostics.anomalies['out-of-order']).to.equal(3);
    expect(state.endedWorkitemIds).to.deep.equal(['w1']);
  });

  it('Ended is ended: the memory of ended ids is bounded', () => {
    const events = [];
    for (let i = 0; i < 200; i += 1) {
      events.push(parsed('workitemCreate', wireWorkitem(`w${i}`, 'Offered')));
      events.push(parsed('workitemEnd', wireWorkitem(`w${i}`, 'Ended')));
    }
    const state = reduceAll(createInitialState(), events, {
      now: T0,
      limits: { maxEndedWorkitems: 10 },
    });
    expect(state.endedWorkitemIds).to.have.length(10);
    expect(state.endedWorkitemIds.at(-1)).to.equal('w199');
    expect(state.workitems.size).to.equal(0);
  });

  it('No regression out of order: a workitemCreate after the workitemConnect keeps the call Active, its data merged', () => {
    const events = [
      parsed(
        'workitemConnect',
        wireWorkitem('w1', 'Active', { connectedAt: '2026-11-25T08:59:00.000Z' }),
      ),
      parsed(
        'workitemCreate',
        wireWorkitem('w1', 'Offered', { ctiData: { callVariable2: 'from create' } }),
      ),
    ];
    const state = reduceAll(createInitialState(), events, { now: T0 });
    const entry = state.workitems.get('w1');
    expect(entry?.state).to.equal('Active');
    expect(entry?.workitem.state).to.equal('Active');
    expect(entry?.lastEvent).to.equal('workitemConnect');
    expect(entry?.workitem.ctiData.callVariable2).to.equal('from create');
    expect(entry?.connectedAt).to.equal(Date.UTC(2026, 10, 25, 8, 59, 0));
    expect(state.diagnostics.anomalies['out-of-order']).to.be.at.least(1);
  });

  it('No regression out of order: an agentStateChange older than the state shown does not overwrite it', () => {
    const events = [
      parsed('agentStateChange', wireAgentState('Ready', { newStateChangeTime: iso(T0) })),
      parsed(
        'agentStateChange',
        wireAgentState('NotReady', { newReasonCode: 12, newStateChangeTime: iso(T0 - 5_000) }),
      ),
    ];
    const state = reduceAll(createInitialState(), events, { now: T0 });
    const channel = state.channels.get('voice_5000');
    expect(channel?.state).to.equal('Ready');
    expect(channel?.since).to.equal(T0);
    expect(state.diagnostics.anomalies['out-of-order']).to.equal(1);
  });
});

describe('Queue data', () => {
  it('Only ENABLED enables: a late UPDATED, ADDED or DELETED after DISABLED keeps it disabled and shows no queue', async () => {
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api);
    cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a'), wireQueue('b')]));
    cil.emit('queueDataUpdate', wireQueueUpdate('DISABLED'));
    const disabledAt = store.getState().lastQueueEventAt;
    cil.emit('queueDataUpdate', wireQueueUpdate('UPDATED', [wireQueue('a')]));
    cil.emit('queueDataUpdate', wireQueueUpdate('ADDED', [wireQueue('c')]));
    cil.emit('queueDataUpdate', wireQueueUpdate('DELETED', [{ id: 'b' }]));
    let state = store.getState();
    expect(state.queueDataStatus).to.equal('disabled');
    expect(state.queues.size).to.equal(0);
    expect(state.diagnostics.anomalies['out-of-order']).to.equal(3);
    expect(state.lastQueueEventAt).to.equal(disabledAt);
    cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
    state = store.getState();
    expect(state.queueDataStatus).to.equal('enabled');
    expect([...state.queues.keys()]).to.deep.equal(['a']);
    await flushMicrotasks();
    store.dispose();
  });

  it('DISABLED then ENABLED in the same batch still clears the history', async () => {
    const clock = manualClock(T0);
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, {
      now: clock.now,
      historyIntervalMs: 1_000,
    });
    cil.emit(
      'queueDataUpdate',
      wireQueueUpdate('ENABLED', [wireQueue('a', { callsInQueue: 7, agentsReady: 1 })]),
    );
    for (let i = 0; i < 3; i += 1) {
      clock.advance(1_000);
      store.tick();
    }
    expect(store.getHistory('a', 'callsInQueue')?.values).to.include(7);
    // Logged out and in again before the store flushed: one batch.
    cil.emit('queueDataUpdate', wireQueueUpdate('DISABLED'));
    cil.emit(
      'queueDataUpdate',
      wireQueueUpdate('ENABLED', [wireQueue('a', { callsInQueue: 1, agentsReady: 1 })]),
    );
    await flushMicrotasks();
    const series = store.getHistory('a', 'callsInQueue');
    expect(series?.values ?? []).not.to.include(7);
    expect(store.getTotalsHistory('callsInQueue').values).not.to.include(7);
    store.dispose();
  });

  it('Totals: the agent sums over queues exceed the head count in a simulator hour; calls in queue is the true total', () => {
    const sim = createSimulatedCil({
      clock: 'manual',
      startTime: T0,
      seed: 5,
      queues: 6,
      agents: 40,
      agentQueues: 3,
    });
    const store = ConnectsStore.for(sim, { now: () => sim.now() });
    let maxSum = 0;
    for (let minute = 0; minute < 60; minute += 1) {
      sim.advance(60_000);
      const { totals, queues } = store.getState();
      const sums = totals.counterSums;
      const sum =
        (sums.agentsReady ?? 0) +
        (sums.agentsNotReady ?? 0) +
        (sums.agentsTalkingInbound ?? 0) +
        (sums.agentsTalkingOutbound ?? 0) +
        (sums.agentsTalkingInternal ?? 0) +
        (sums.agentsWrapUpReady ?? 0) +
        (sums.agentsWrapUpNotReady ?? 0);
      maxSum = Math.max(maxSum, sum);
      let calls = 0;
      for (const queue of queues.values()) calls += queue.statistics.callsInQueue ?? 0;
      expect(totals.callsInQueue).to.equal(calls);
    }
    // 41 agents exist (40 and the user), yet the sums count agents once per queue.
    expect(maxSum).to.be.greaterThan(41);
    store.dispose();
    sim.dispose();
  });

  it('DISABLED of a logged-out CCX-looking source stays disabled (what was received wins)', () => {
    const state = reduceAll(
      createInitialState(),
      [
        queueEvent('DISABLED'),
        parsed('agentStateChange', wireAgentState('Ready', { channelId: 'voice_-1' })),
      ],
      { now: T0 },
    );
    expect(state.flavour).to.equal('CCX');
    expect(state.queueDataStatus).to.equal('disabled');
  });
});

describe('Input bounds', () => {
  /** About 2 MB of nested data: 8 levels, wide and full of text. */
  function blob(): unknown {
    const text = 'x'.repeat(1_000);
    let level: unknown = Array.from({ length: 2_000 }, (_, i) => ({ [`k${i}`]: text }));
    for (let depth = 0; depth < 8; depth += 1) level = { depth, level, text };
    return level;
  }

  it('bounded extra: unknown fields are cut in depth, keys and size per payload, with one warning', () => {
    const big = blob();
    expect(JSON.stringify(big).length).to.be.greaterThan(2_000_000);
    const queues = Array.from({ length: 100 }, (_, i) => ({
      ...wireQueue(`q${i}`),
      vendorBlob: big,
    }));
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api);
    cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', queues));
    for (let i = 0; i < 20; i += 1) {
      cil.emit('workitemCreate', wireWorkitem(`w${i}`, 'Offered', { vendorBlob: big }));
    }
    const state = store.getState();
    expect(state.queues.size).to.equal(100);
    const kept = JSON.stringify([
      [...state.queues.values()].map((queue) => queue.extra),
      [...state.workitems.values()].map((entry) => entry.workitem.extra),
    ]).length;
    // 21 payloads, each at most MAX_EXTRA_SIZE characters of extras (plus JSON quoting).
    expect(kept).to.be.below(21 * 16_384 * 1.5);
    // Nesting is cut: nothing below the fourth level survives.
    let node: unknown = state.queues.get('q0')?.extra?.vendorBlob;
    let depth = 1;
    while (typeof node === 'object' && node !== null && 'level' in node) {
      node = (node as { level: unknown }).level;
      depth += 1;
    }
    expect(depth).to.be.at.most(4);
    // One warning per payload that was cut, not one per queue.
    expect(state.diagnostics.warnings['out-of-range']).to.equal(21);
    store.dispose();
  });

  it('bounded extra: small unknown fields are kept as received', () => {
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api);
    const extra = { site: 'Zurich', tags: ['a', 'b'], nested: { level: { deep: 1 } } };
    cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [{ ...wireQueue('a'), vendor: extra }]));
    expect(store.getState().queues.get('a')?.extra).to.deep.equal({ vendor: extra });
    expect(store.getState().diagnostics.warningsTotal).to.equal(0);
    store.dispose();
  });
});
