import { expect } from '@open-wc/testing';
import { QUEUE_COUNTERS, type WireQueueData } from '../../src/cil/index.js';
import { DEFAULT_THRESHOLDS } from '../../src/simulator/index.js';
import { Recorder, T0, QUIET, manualSim, withState } from './helpers.js';

const AGENT_COUNTERS = QUEUE_COUNTERS.filter((c) => c !== 'callsInQueue');

function fullQueues(update: { queueData: unknown[] }): WireQueueData[] {
  return update.queueData as WireQueueData[];
}

describe('simulator: queueDataUpdate', () => {
  it('When dataState is ENABLED the array contains all the queues that are currently available', () => {
    const sim = manualSim({ queues: 8 });
    const rec = new Recorder(sim);
    const [enabled] = withState(rec, 'ENABLED');
    expect(enabled, 'ENABLED on registration while logged in').to.exist;
    expect(fullQueues(enabled!).map((q) => q.id)).to.deep.equal([...sim.queueIds()]);
    expect(fullQueues(enabled!).map((q) => q.name)).to.include.members([
      'Sales',
      'Support EN',
      'Billing',
      'VIP',
    ]);
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  it('every registered queueDataUpdate callback gets ENABLED on a new registration', () => {
    // The reference: "the hidden integration will also receive an event with ENABLED
    // each time the visible integration is registered for queue updates".
    const sim = manualSim();
    const first = new Recorder(sim);
    first.clear();
    const second = new Recorder(sim);
    expect(withState(second, 'ENABLED')).to.have.length(1);
    expect(withState(first, 'ENABLED')).to.have.length(1);
    expect(withState(first, 'ENABLED')[0]).to.deep.equal(withState(second, 'ENABLED')[0]);
    sim.dispose();
  });

  it('QueueDataUpdate events are only fired when the agent is logged in, registering before login is possible', () => {
    const sim = manualSim({ autoLogin: false });
    const rec = new Recorder(sim);
    sim.advance(120_000);
    expect(rec.of('queueDataUpdate')).to.have.length(0);
    sim.login();
    expect(rec.names()).to.deep.equal(['agentStateChange', 'queueDataUpdate']);
    expect(rec.of('queueDataUpdate')[0]!.dataState).to.equal('ENABLED');
    sim.advance(60_000);
    expect(withState(rec, 'UPDATED').length).to.be.greaterThan(0);
    sim.dispose();
  });

  it('When dataState is ADDED the array only contains the queue for which the subscription was added', () => {
    const sim = manualSim();
    const rec = new Recorder(sim);
    const id = sim.queueIds()[2]!;
    sim.unsubscribeQueue(id);
    rec.clear();
    sim.subscribeQueue(id);
    const added = withState(rec, 'ADDED');
    expect(added).to.have.length(1);
    expect(fullQueues(added[0]!).map((q) => q.id)).to.deep.equal([id]);
    expect(fullQueues(added[0]!)[0]!.statistics).to.include.keys('callsInQueue', 'agentsReady');
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  it('When dataState is DELETED the array contains only one item with only the id property', () => {
    const sim = manualSim();
    const rec = new Recorder(sim);
    const id = sim.queueIds()[1]!;
    sim.unsubscribeQueue(id);
    const deleted = withState(rec, 'DELETED');
    expect(deleted).to.have.length(1);
    expect(deleted[0]!.queueData).to.deep.equal([{ id }]);
    expect(Object.keys(deleted[0]!.queueData[0]!)).to.deep.equal(['id']);
    // An unsubscribed queue is no longer updated nor sent in ENABLED.
    rec.clear();
    sim.advance(10 * 60_000);
    sim.repeatEnabled();
    for (const update of rec.of('queueDataUpdate')) {
      expect(fullQueues(update).map((q) => q.id)).to.not.include(id);
    }
    sim.dispose();
  });

  it('When dataState is UPDATED the array contains the updated queue, only when its data changed', () => {
    const sim = manualSim({ queues: 4 });
    const rec = new Recorder(sim);
    sim.advance(10 * 60_000);
    const updates = withState(rec, 'UPDATED');
    expect(updates.length).to.be.greaterThan(20);
    const lastById = new Map<string, string>();
    for (const q of fullQueues(withState(rec, 'ENABLED')[0]!))
      lastById.set(q.id, JSON.stringify(q));
    for (const update of updates) {
      expect(update.queueData).to.have.length(1);
      const queue = fullQueues(update)[0]!;
      expect(JSON.stringify(queue)).to.not.equal(lastById.get(queue.id));
      lastById.set(queue.id, JSON.stringify(queue));
    }
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  it('UPDATED is throttled to at most one per queue per simulated second', () => {
    const sim = manualSim({ queues: 3, agents: 60, arrivalRatePerMinute: 30 });
    const times = new Map<string, number[]>();
    sim.onQueueDataUpdate((update) => {
      if (update.dataState !== 'UPDATED') return;
      const id = fullQueues(update)[0]!.id;
      times.set(id, [...(times.get(id) ?? []), sim.now()]);
    });
    sim.advance(5 * 60_000);
    let gaps = 0;
    for (const list of times.values()) {
      for (let i = 1; i < list.length; i += 1) {
        expect(list[i]! - list[i - 1]!).to.be.at.least(1000);
        gaps += 1;
      }
    }
    expect(gaps).to.be.greaterThan(50);
    sim.dispose();
  });

  it('When dataState is DISABLED the array is empty (logout)', async () => {
    const sim = manualSim();
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'Logout', 20, 'logout-1');
    const disabled = withState(rec, 'DISABLED');
    expect(disabled).to.have.length(1);
    expect(disabled[0]!.queueData).to.deep.equal([]);
    rec.clear();
    sim.advance(5 * 60_000);
    expect(rec.of('queueDataUpdate')).to.have.length(0);
    sim.dispose();
  });

  it('This event is not available in CCX environments', async () => {
    const sim = manualSim({ flavour: 'CCX' });
    const rec = new Recorder(sim);
    sim.advance(10 * 60_000);
    sim.repeatEnabled();
    sim.unsubscribeQueue(sim.queueIds()[0]!);
    sim.subscribeQueue(sim.queueIds()[0]!);
    await sim.setAgentState('voice', 'Logout', 20);
    sim.login();
    sim.advance(60_000);
    expect(rec.of('queueDataUpdate')).to.have.length(0);
    expect(rec.of('agentStateChange').length).to.be.greaterThan(0);
    sim.dispose();
  });

  it('the hidden integration receives ENABLED again when a visible one registers (repeatEnabled)', () => {
    const sim = manualSim();
    const a = new Recorder(sim);
    const b = new Recorder(sim);
    a.clear();
    b.clear();
    sim.repeatEnabled();
    expect(withState(a, 'ENABLED')).to.have.length(1);
    expect(withState(b, 'ENABLED')).to.have.length(1);
    expect(fullQueues(withState(a, 'ENABLED')[0]!)).to.have.length(sim.queueIds().length);
    sim.dispose();
  });

  it('statistics add up to the agents of the queue', () => {
    const sim = manualSim({ queues: 5, agents: 30, autopilot: true });
    let checked = 0;
    sim.onQueueDataUpdate((update) => {
      if (update.dataState === 'DELETED' || update.dataState === 'DISABLED') return;
      for (const queue of fullQueues(update)) {
        const truth = sim.inspectQueue(queue.id);
        const stats = queue.statistics;
        const sum = AGENT_COUNTERS.reduce((total, counter) => total + stats[counter], 0);
        expect(sum, `${queue.name} agents`).to.equal(truth.loggedInAgents);
        for (const counter of AGENT_COUNTERS)
          expect(stats[counter], counter).to.equal(truth.counts[counter]);
        expect(stats.callsInQueue).to.equal(truth.callsWaiting);
        checked += 1;
      }
    });
    sim.advance(30 * 60_000);
    expect(checked).to.be.greaterThan(100);
    sim.dispose();
  });

  it('an agent may serve several queues and counts in each', () => {
    const sim = manualSim({ queues: 3, agents: 12 });
    const ids = sim.queueIds();
    const assigned = ids.map((id) => sim.inspectQueue(id).assignedAgents);
    // 12 simulated agents + the logged-in agent in 2 queues; multi-skilled agents count more than once.
    expect(assigned.reduce((a, b) => a + b, 0)).to.be.greaterThan(12 + 2);
    sim.dispose();
  });

  it('startTimeOfLongestCallInQueue is the oldest waiting call, empty when none', () => {
    const sim = manualSim({
      queues: 1,
      ...QUIET,
      agentQueues: 0,
      meanPatienceSeconds: 600,
    });
    const rec = new Recorder(sim);
    const id = sim.queueIds()[0]!;
    const first = fullQueues(withState(rec, 'ENABLED')[0]!)[0]!;
    expect(first.statistics.callsInQueue).to.equal(0);
    expect(first.statistics.startTimeOfLongestCallInQueue).to.equal('');
    sim.burst(id, 3);
    let last = fullQueues(rec.last('queueDataUpdate')!)[0]!;
    expect(last.statistics.callsInQueue).to.equal(3);
    expect(last.statistics.startTimeOfLongestCallInQueue).to.equal(new Date(T0).toISOString());
    sim.advance(5000);
    sim.burst(id, 2);
    last = fullQueues(rec.last('queueDataUpdate')!)[0]!;
    expect(last.statistics.callsInQueue).to.equal(5);
    expect(last.statistics.startTimeOfLongestCallInQueue).to.equal(new Date(T0).toISOString());
    // Everyone eventually abandons: the queue empties and the time is empty again.
    sim.advance(3 * 3600_000);
    last = fullQueues(rec.last('queueDataUpdate')!)[0]!;
    expect(last.statistics.callsInQueue).to.equal(0);
    expect(last.statistics.startTimeOfLongestCallInQueue).to.equal('');
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  it('callsInQueue counts the real waiting calls: a Ready agent takes the oldest first', async () => {
    const sim = manualSim({
      queues: 1,
      ...QUIET,
      agentQueues: 1,
      meanPatienceSeconds: 600,
    });
    const rec = new Recorder(sim);
    const id = sim.queueIds()[0]!;
    sim.burst(id, 2);
    sim.advance(1000);
    sim.burst(id, 1);
    expect(sim.inspectQueue(id).callsWaiting).to.equal(3);
    await sim.setAgentState('voice', 'Ready');
    // The logged-in agent is the only agent: it gets the oldest call offered.
    expect(rec.of('workitemCreate')).to.have.length(1);
    expect(sim.inspectQueue(id).callsWaiting).to.equal(2);
    sim.advance(1000);
    const last = fullQueues(rec.last('queueDataUpdate')!)[0]!;
    expect(last.statistics.callsInQueue).to.equal(2);
    expect(last.statistics.startTimeOfLongestCallInQueue).to.equal(new Date(T0).toISOString());
    sim.dispose();
  });

  it('escalationLevel follows the thresholds for calls in queue', () => {
    const sim = manualSim({
      queues: 1,
      ...QUIET,
      agentQueues: 0,
      meanPatienceSeconds: 3600,
      thresholds: {
        warnCallsInQueue: 2,
        criticalCallsInQueue: 4,
        warnWaitSeconds: 600,
        criticalWaitSeconds: 1200,
      },
    });
    const rec = new Recorder(sim);
    const id = sim.queueIds()[0]!;
    const level = (): string => fullQueues(rec.last('queueDataUpdate')!)[0]!.escalationLevel;
    expect(level()).to.equal('Normal');
    sim.burst(id, 2);
    expect(level()).to.equal('Warn');
    sim.advance(1000);
    sim.burst(id, 2);
    expect(level()).to.equal('Critical');
    sim.dispose();
  });

  it('thresholds given in part keep the defaults for the others', () => {
    const sim = manualSim({
      queues: 1,
      ...QUIET,
      agentQueues: 0,
      meanPatienceSeconds: 3600,
      thresholds: { warnCallsInQueue: 1 },
    });
    const rec = new Recorder(sim);
    const id = sim.queueIds()[0]!;
    const level = (): string => fullQueues(rec.last('queueDataUpdate')!)[0]!.escalationLevel;
    sim.burst(id, 1);
    expect(level()).to.equal('Warn');
    // DEFAULT_THRESHOLDS.criticalCallsInQueue still applies (UPDATED comes once a second).
    sim.advance(1000);
    sim.burst(id, DEFAULT_THRESHOLDS.criticalCallsInQueue - 2);
    expect(level()).to.equal('Warn');
    sim.advance(1000);
    sim.burst(id, 1);
    expect(level()).to.equal('Critical');
    sim.dispose();
  });

  it('escalationLevel turns Warn and Critical by waiting time alone', () => {
    const sim = manualSim({
      queues: 1,
      ...QUIET,
      agentQueues: 0,
      meanPatienceSeconds: 36_000,
      thresholds: {
        warnCallsInQueue: 10,
        criticalCallsInQueue: 20,
        warnWaitSeconds: 30,
        criticalWaitSeconds: 90,
      },
    });
    const rec = new Recorder(sim);
    const id = sim.queueIds()[0]!;
    sim.burst(id, 1);
    const level = (): string => fullQueues(rec.last('queueDataUpdate')!)[0]!.escalationLevel;
    expect(level()).to.equal('Normal');
    sim.advance(29_000);
    expect(level()).to.equal('Normal');
    sim.advance(1000);
    expect(level()).to.equal('Warn');
    sim.advance(60_000);
    expect(level()).to.equal('Critical');
    sim.dispose();
  });

  it('a queue the agent is not assigned to reports -1 counters (optional)', () => {
    const sim = manualSim({ queues: 3, notAssignedQueue: true });
    const rec = new Recorder(sim);
    const queues = fullQueues(withState(rec, 'ENABLED')[0]!);
    const last = queues[queues.length - 1]!;
    for (const counter of QUEUE_COUNTERS) expect(last.statistics[counter]).to.equal(-1);
    expect(queues[0]!.statistics.agentsReady).to.be.at.least(0);
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  it('queue names are realistic and unique, also for 500 queues', () => {
    const sim = manualSim({ queues: 500, agents: 100, warmupSeconds: 0 });
    const rec = new Recorder(sim);
    const names = fullQueues(withState(rec, 'ENABLED')[0]!).map((q) => q.name);
    expect(names).to.have.length(500);
    expect(new Set(names).size).to.equal(500);
    expect(names.slice(0, 4)).to.deep.equal(['Sales', 'Support EN', 'Billing', 'VIP']);
    sim.dispose();
  });
});
