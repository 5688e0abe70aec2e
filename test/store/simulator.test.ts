import { expect } from '@open-wc/testing';
import { parseEvent, type QueueData } from '../../src/cil/index.js';
import {
  createSimulatedCil,
  MALFORMED_KINDS,
  type SimulatedCil,
} from '../../src/simulator/index.js';
import {
  ConnectsStore,
  computeTotals,
  selectVoiceChannel,
  type StoreState,
} from '../../src/store/index.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

/** The queues the simulator's event log implies, replayed by dataState (an independent check). */
function queuesFromLog(sim: SimulatedCil): Map<string, QueueData> {
  let queues = new Map<string, QueueData>();
  for (const entry of sim.eventLog()) {
    if (entry.event !== 'queueDataUpdate') continue;
    const result = parseEvent('queueDataUpdate', entry.data);
    if (!result.ok || result.value.name !== 'queueDataUpdate') continue;
    const update = result.value.update;
    if (update.dataState === 'ENABLED') queues = new Map(update.queueData.map((q) => [q.id, q]));
    else if (update.dataState === 'DISABLED') queues = new Map();
    else if (update.dataState === 'DELETED') for (const id of update.deletedIds) queues.delete(id);
    else for (const queue of update.queueData) queues.set(queue.id, queue);
  }
  return queues;
}

function expectQueuesMatch(state: StoreState, sim: SimulatedCil): void {
  const expected = queuesFromLog(sim);
  expect([...state.queues.keys()].sort()).to.deep.equal([...expected.keys()].sort());
  for (const [id, queue] of expected) {
    expect(state.queues.get(id)?.statistics).to.deep.equal(queue.statistics);
    expect(state.queues.get(id)?.escalationLevel).to.equal(queue.escalationLevel);
  }
  expect(state.totals).to.deep.equal(computeTotals(state.queues));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ConnectsStore driven by the simulator', () => {
  let sim: SimulatedCil;
  afterEach(() => sim.dispose());

  it('login, traffic, a call, subscription changes, malformed payloads and logout', async () => {
    sim = createSimulatedCil({
      clock: 'manual',
      seed: 3,
      queues: 6,
      startTime: T0,
      autoLogin: false,
      eventLogLimit: 100_000,
    });
    const store = ConnectsStore.for(sim, { now: () => sim.now() });
    let notifications = 0;
    store.subscribe(() => (notifications += 1));
    await settle();
    expect(store.getState().sourceStatus).to.equal('attached');
    expect(store.getState().queueDataStatus).to.equal('unknown');

    // Login: agent state and ENABLED with all subscribed queues.
    sim.login();
    await settle();
    let state = store.getState();
    expect(state.queueDataStatus).to.equal('enabled');
    expect(state.queues.size).to.be.greaterThan(0);
    expect(selectVoiceChannel(state)).to.not.equal(undefined);
    expectQueuesMatch(state, sim);

    // A minute of traffic, delivered synchronously: one notification.
    notifications = 0;
    sim.advance(60_000);
    await settle();
    expect(notifications).to.equal(1);
    state = store.getState();
    expectQueuesMatch(state, sim);
    expect(state.diagnostics.rejectedTotal).to.equal(0);

    // History: a sample per 10 s bucket on the simulated clock (via tick).
    for (let i = 0; i < 12; i += 1) {
      sim.advance(10_000);
      store.tick();
    }
    const [firstId] = store.getState().queues.keys();
    const series = store.getHistory(firstId ?? '', 'callsInQueue');
    const times = series?.times ?? [];
    // One sample per 10 s bucket since the first, buckets without a flush filled in.
    expect(times.length).to.be.at.least(13);
    expect(times.length).to.equal(((times.at(-1) ?? 0) - (times[0] ?? 0)) / 10_000 + 1);
    expect(series?.values.every((value) => value === null || Number.isInteger(value))).to.equal(
      true,
    );

    // A call to the logged-in agent.
    const channelBefore = selectVoiceChannel(store.getState());
    const workitemId = sim.offerCall();
    expect(store.getState().workitems.get(workitemId)?.state).to.equal('Offered');
    expect(selectVoiceChannel(store.getState())?.activity).to.equal('ringing');
    sim.answer(workitemId);
    expect(store.getState().workitems.get(workitemId)?.state).to.equal('Active');
    expect(store.getState().workitems.get(workitemId)?.connectedAt).to.not.equal(null);
    expect(selectVoiceChannel(store.getState())?.activity).to.equal('talking');
    sim.hold(workitemId);
    expect(selectVoiceChannel(store.getState())?.activity).to.equal('held');
    sim.resume(workitemId);
    sim.hangUp(workitemId);
    sim.advance(120_000);
    await settle();
    expect(store.getState().workitems.has(workitemId)).to.equal(false);
    expect(channelBefore?.channelId).to.equal(selectVoiceChannel(store.getState())?.channelId);

    // Subscription changes.
    const removed = [...store.getState().queues.keys()][0] ?? '';
    sim.unsubscribeQueue(removed);
    await settle();
    expect(store.getState().queues.has(removed)).to.equal(false);
    expect(store.getHistory(removed, 'callsInQueue')).to.equal(undefined);
    sim.subscribeQueue(removed);
    await settle();
    expect(store.getState().queues.has(removed)).to.equal(true);
    expectQueuesMatch(store.getState(), sim);

    // A repeated ENABLED (hidden integration): no change, no notification.
    const before = store.getState();
    notifications = 0;
    sim.repeatEnabled();
    await settle();
    expect(store.getState().queues).to.equal(before.queues);
    expect(notifications).to.equal(0);

    // Malformed payloads: never thrown, counted.
    for (const kind of MALFORMED_KINDS) {
      expect(() => sim.injectMalformed(kind)).not.to.throw();
    }
    await settle();
    state = store.getState();
    const diagnostics = state.diagnostics;
    expect(
      diagnostics.rejectedTotal + diagnostics.warningsTotal + diagnostics.anomaliesTotal,
    ).to.be.greaterThan(MALFORMED_KINDS.length / 2);
    expect(diagnostics.examples.length).to.be.at.most(10);

    // Logout: DISABLED leaves no stale numbers.
    sim.logout();
    await settle();
    state = store.getState();
    expect(state.queueDataStatus).to.equal('disabled');
    expect(state.queues.size).to.equal(0);
    expect(state.totals.queueCount).to.equal(0);
    expect(selectVoiceChannel(state)?.activity).to.equal('logged-out');
    expect(store.getHistory(removed, 'callsInQueue')).to.equal(undefined);
    expect(store.getTotalsHistory('callsInQueue').values.every((v) => v === null)).to.equal(true);
  });

  it('requests go through the tracker: setAgentState resolves with the change', async () => {
    sim = createSimulatedCil({ clock: 'manual', seed: 5, startTime: T0 });
    const store = ConnectsStore.for(sim, { now: () => sim.now() });
    const channelId = selectVoiceChannel(store.getState())?.channelId ?? 'voice';
    const change = await store.setAgentState(channelId, 'Ready');
    expect(change.newState).to.equal('Ready');
    expect(store.getState().channels.get(change.channelId)?.state).to.equal('Ready');
  });

  it('initialChannel: a store attached during a call learns the agent state and the call', async () => {
    sim = createSimulatedCil({ clock: 'manual', seed: 11, startTime: T0 });
    const callId = sim.offerCall();
    sim.answer(callId);
    const store = ConnectsStore.for(sim, { now: () => sim.now(), initialChannel: 'voice' });
    await settle();
    const state = store.getState();
    const channel = selectVoiceChannel(state);
    expect(channel).to.not.equal(undefined);
    expect(state.workitems.get(callId)?.state).to.equal('Active');
    expect(channel?.activity).to.equal('talking');
    expect(state.diagnostics.anomaliesTotal).to.equal(0);
  });

  it('CCX: no queue data, and a call while NotReady counts as talking', async () => {
    sim = createSimulatedCil({
      clock: 'manual',
      seed: 9,
      flavour: 'CCX',
      startTime: T0,
      autoLogin: false,
    });
    const store = ConnectsStore.for(sim, { now: () => sim.now() });
    sim.login();
    sim.advance(30_000);
    await settle();
    let state = store.getState();
    expect(state.flavour).to.equal('CCX');
    expect(state.queueDataStatus).to.equal('unavailable');
    expect(state.queues.size).to.equal(0);
    const channel = selectVoiceChannel(state);
    expect(channel?.channelId).to.equal('voice_-1');
    if (channel?.state !== 'NotReady') await store.setAgentState('voice_-1', 'NotReady', 1);
    const id = sim.offerCall();
    sim.answer(id);
    state = store.getState();
    expect(state.channels.get('voice_-1')?.state).to.equal('NotReady');
    expect(state.channels.get('voice_-1')?.activity).to.equal('talking');
  });
});
