import { expect } from '@open-wc/testing';
import {
  QUEUE_COUNTERS,
  type EscalationLevel,
  type WireQueueData,
  type WireQueueDataUpdate,
} from '../../src/cil/index.js';
import {
  DEFAULT_THRESHOLDS,
  Prng,
  type EscalationThresholds,
  type SimulatedCil,
} from '../../src/simulator/index.js';
import { QUIET, manualSim } from './helpers.js';

const AGENT_COUNTERS = QUEUE_COUNTERS.filter((c) => c !== 'callsInQueue');
const HOUR = 3600_000;

/** The level the thresholds give, computed here rather than by the simulator. */
function expectedLevel(
  callsInQueue: number,
  waitedMs: number,
  t: EscalationThresholds,
): EscalationLevel {
  if (callsInQueue >= t.criticalCallsInQueue || waitedMs >= t.criticalWaitSeconds * 1000)
    return 'Critical';
  if (callsInQueue >= t.warnCallsInQueue || waitedMs >= t.warnWaitSeconds * 1000) return 'Warn';
  return 'Normal';
}

/** Checks one queue of an UPDATED/ADDED/ENABLED event against the simulator's own population. */
function checkQueue(sim: SimulatedCil, queue: WireQueueData, where: string): void {
  const truth = sim.inspectQueue(queue.id);
  const stats = queue.statistics;
  for (const counter of QUEUE_COUNTERS) {
    const value = stats[counter];
    expect(Number.isInteger(value) && value >= 0, `${where} ${counter}=${value}`).to.equal(true);
  }
  const sum = AGENT_COUNTERS.reduce((total, counter) => total + stats[counter], 0);
  expect(sum, `${where} agents add up`).to.equal(truth.loggedInAgents);
  for (const counter of AGENT_COUNTERS)
    expect(stats[counter], `${where} ${counter}`).to.equal(truth.counts[counter]);
  expect(stats.callsInQueue, `${where} callsInQueue`).to.equal(truth.waitingSince.length);
  const oldest = truth.waitingSince.length > 0 ? Math.min(...truth.waitingSince) : undefined;
  expect(stats.startTimeOfLongestCallInQueue, `${where} longest call`).to.equal(
    oldest === undefined ? '' : new Date(oldest).toISOString(),
  );
  const waited = oldest === undefined ? 0 : sim.now() - oldest;
  expect(queue.escalationLevel, `${where} escalation`).to.equal(
    expectedLevel(stats.callsInQueue, waited, DEFAULT_THRESHOLDS),
  );
}

/** One simulated hour with random scenario controls; returns what was checked. */
function runHour(seed: number, flavour: 'CCE' | 'WxCC'): Record<string, number> {
  const sim = manualSim({ seed, flavour, autopilot: true });
  const seen: Record<string, number> = { updates: 0, Normal: 0, Warn: 0, Critical: 0 };
  sim.onQueueDataUpdate((update: WireQueueDataUpdate) => {
    if (update.dataState !== 'UPDATED' && update.dataState !== 'ADDED') return;
    expect(update.queueData, 'one queue per UPDATED/ADDED').to.have.length(1);
    for (const queue of update.queueData as WireQueueData[]) {
      checkQueue(sim, queue, `seed ${seed} ${flavour} ${update.dataState} ${queue.name}`);
      seen.updates = (seen.updates ?? 0) + 1;
      seen[queue.escalationLevel] = (seen[queue.escalationLevel] ?? 0) + 1;
    }
  });
  // The scenario around the centre: bursts, subscription changes, logins, offered calls.
  const dice = new Prng(seed * 7919 + 1);
  const ids = sim.queueIds();
  for (let t = 0; t < HOUR; t += 20_000) {
    sim.advance(20_000);
    const roll = dice.next();
    const queueId = dice.pick(ids);
    if (roll < 0.05) sim.burst(queueId, 1 + dice.int(5));
    else if (roll < 0.08) {
      if (sim.inspectQueue(queueId).subscribed) sim.unsubscribeQueue(queueId);
      else sim.subscribeQueue(queueId);
    } else if (roll < 0.09) sim.logout();
    else if (roll < 0.12) sim.login();
    else if (roll < 0.14) sim.offerCall({ queueId });
    else if (roll < 0.15) sim.repeatEnabled();
  }
  sim.dispose();
  return seen;
}

describe('simulator: queue statistics are consistent over a long random run (property)', () => {
  it('for many seeds and one simulated hour, after every UPDATED the statistics match the population and the thresholds', function () {
    this.timeout(60_000);
    const total: Record<string, number> = { updates: 0, Normal: 0, Warn: 0, Critical: 0 };
    for (let seed = 1; seed <= 12; seed += 1) {
      const seen = runHour(seed, seed % 3 === 0 ? 'WxCC' : 'CCE');
      expect(seen.updates, `seed ${seed} checked updates`).to.be.greaterThan(300);
      for (const [key, value] of Object.entries(seen)) total[key] = (total[key] ?? 0) + value;
    }
    // The property is not vacuous: every level was met and checked.
    expect(total.Normal).to.be.greaterThan(0);
    expect(total.Warn).to.be.greaterThan(0);
    expect(total.Critical).to.be.greaterThan(0);
  });

  it('startTimeOfLongestCallInQueue stays the oldest call when a call rings unanswered and goes back', () => {
    const sim = manualSim({
      queues: 1,
      ...QUIET,
      agentQueues: 1,
      meanPatienceSeconds: 3600,
      ringNoAnswerSeconds: 20,
    });
    const id = sim.queueIds()[0]!;
    let checked = 0;
    sim.onQueueDataUpdate((u) => {
      if (u.dataState !== 'UPDATED') return;
      for (const queue of u.queueData as WireQueueData[]) checkQueue(sim, queue, 'UPDATED');
      checked += 1;
    });
    void sim.setAgentState('voice', 'Ready');
    sim.burst(id, 1); // routed to the agent at once, rings
    sim.advance(5000);
    sim.burst(id, 2); // these wait
    sim.advance(30_000); // ring no answer: the first call goes back, ahead of the others
    const truth = sim.inspectQueue(id);
    expect(truth.waitingSince).to.have.length(3);
    expect(truth.waitingSince[0]).to.equal(Math.min(...truth.waitingSince));
    expect(checked).to.be.greaterThan(2);
    sim.dispose();
  });
});

describe('simulator: no queue change is lost', () => {
  it('a change made by a callback while UPDATED events are dispatched still reaches the wallboard', () => {
    const sim = manualSim({
      queues: 2,
      ...QUIET,
      agentQueues: 0,
      meanPatienceSeconds: 3600,
    });
    const [first, second] = sim.queueIds();
    const shown = new Map<string, number>();
    let reacted = false;
    sim.onQueueDataUpdate((update) => {
      for (const queue of update.queueData as WireQueueData[]) {
        if (queue.statistics) shown.set(queue.id, queue.statistics.callsInQueue);
      }
      // An integration reacting synchronously (here: more callers) while the flush runs.
      if (update.dataState === 'UPDATED' && !reacted) {
        reacted = true;
        sim.burst(first!, 1);
        sim.burst(second!, 1);
      }
    });
    sim.burst(first!, 1);
    sim.advance(5000);
    expect(reacted).to.equal(true);
    expect(shown.get(first!), 'first queue').to.equal(sim.inspectQueue(first!).callsWaiting);
    expect(shown.get(second!), 'second queue').to.equal(sim.inspectQueue(second!).callsWaiting);
    sim.dispose();
  });
});
