import { expect } from '@open-wc/testing';
import {
  CIL_EVENT_NAMES,
  CIL_REQUEST_NAMES,
  REGISTRATION_METHODS,
  parseEvent,
} from '../../src/cil/index.js';
import { MALFORMED_KINDS, createSimulatedCil } from '../../src/simulator/index.js';
import { Recorder, manualSim, withState } from './helpers.js';

describe('simulator: CilApi surface and lifecycle', () => {
  it('implements every on* registration and every request of the reference', () => {
    const sim = manualSim();
    for (const method of Object.values(REGISTRATION_METHODS))
      expect(sim[method], method).to.be.a('function');
    for (const request of CIL_REQUEST_NAMES) expect(sim[request], request).to.be.a('function');
    sim.dispose();
  });

  it('several callbacks per event, each called once per event', async () => {
    const sim = manualSim({ warmupSeconds: 0 });
    const calls: string[] = [];
    sim.onAgentStateChange(() => calls.push('a'));
    sim.onAgentStateChange(() => calls.push('b'));
    await sim.setAgentState('voice', 'Ready');
    expect(calls).to.deep.equal(['a', 'b']);
    sim.dispose();
  });

  it('a callback that throws breaks neither the simulator nor the other callbacks', async () => {
    const sim = manualSim({ warmupSeconds: 0 });
    const error = console.error;
    console.error = () => {};
    try {
      sim.onAgentStateChange(() => {
        throw new Error('faulty integration');
      });
      sim.onQueueDataUpdate(() => {
        throw new Error('faulty integration');
      });
      const rec = new Recorder(sim);
      await sim.setAgentState('voice', 'Ready');
      sim.advance(5 * 60_000);
      expect(rec.of('agentStateChange')[0]!.newState).to.equal('Ready');
      expect(withState(rec, 'UPDATED').length).to.be.greaterThan(0);
    } finally {
      console.error = error;
    }
    sim.dispose();
  });

  it('callbacks registered before login receive the events after login', () => {
    const sim = manualSim({ autoLogin: false });
    const rec = new Recorder(sim);
    expect(rec.events).to.have.length(0);
    sim.login();
    expect(rec.names()).to.deep.equal(['agentStateChange', 'queueDataUpdate']);
    sim.dispose();
  });

  it('eventLog is bounded and keeps the last events', () => {
    const sim = manualSim({ eventLogLimit: 50, queues: 10, agents: 40 });
    sim.advance(30 * 60_000);
    const log = sim.eventLog();
    expect(log).to.have.length(50);
    for (let i = 1; i < log.length; i += 1) expect(log[i]!.t).to.be.at.least(log[i - 1]!.t);
    expect(CIL_EVENT_NAMES).to.include(log[0]!.event);
    sim.dispose();
  });

  it('dispose stops everything: no further events, requests resolve without effect', async () => {
    const sim = manualSim();
    const rec = new Recorder(sim);
    rec.clear();
    sim.dispose();
    sim.advance(60 * 60_000);
    await sim.setAgentState('voice', 'Ready');
    sim.offerCall();
    expect(rec.events).to.have.length(0);
  });

  it('the real-time clock moves with a speed factor, and setSpeed(0) pauses it', async () => {
    const sim = createSimulatedCil({
      clock: { speed: 600 },
      seed: 3,
      startTime: Date.UTC(2026, 0, 5, 9),
      warmupSeconds: 0,
    });
    const rec = new Recorder(sim);
    const start = sim.now();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sim.now()).to.be.greaterThan(start);
    sim.setSpeed(0);
    const paused = sim.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sim.now()).to.equal(paused);
    sim.dispose();
    // Autopilot is on by default in real time: the agent went Ready by itself.
    expect(rec.of('agentStateChange').map((c) => c.newState)).to.include('Ready');
  });

  it('normal traffic is well-formed: every payload parses without warnings, on every flavour', () => {
    for (const flavour of ['CCE', 'CCX', 'WxCC'] as const) {
      const sim = manualSim({
        flavour,
        autopilot: true,
        queues: 6,
        agents: 30,
        notAssignedQueue: true,
      });
      const rec = new Recorder(sim);
      sim.advance(60 * 60_000);
      expect(rec.events.length, flavour).to.be.greaterThan(flavour === 'CCX' ? 10 : 500);
      expect(rec.problems, flavour).to.deep.equal([]);
      sim.dispose();
    }
  });

  it('500 queues: ENABLED carries all of them and the simulation keeps running', () => {
    const sim = manualSim({ queues: 500, agents: 1500, warmupSeconds: 60 });
    const rec = new Recorder(sim);
    expect((withState(rec, 'ENABLED')[0]!.queueData as unknown[]).length).to.equal(500);
    sim.advance(60_000);
    expect(withState(rec, 'UPDATED').length).to.be.greaterThan(100);
    sim.dispose();
  });

  it('controls reject unknown queue and workitem ids', () => {
    const sim = manualSim();
    expect(() => sim.subscribeQueue('nope')).to.throw(/Unknown queue/);
    expect(() => sim.burst('nope', 2)).to.throw(/Unknown queue/);
    for (const control of [sim.answer, sim.hold, sim.resume, sim.hangUp]) {
      expect(() => control.call(sim, 'nope')).to.throw(/No workitem nope/);
    }
    sim.dispose();
  });
});

describe('simulator: injectMalformed', () => {
  for (const kind of MALFORMED_KINDS) {
    it(`${kind}: one payload through the real callbacks`, () => {
      const sim = manualSim({ warmupSeconds: 0 });
      const rec = new Recorder(sim);
      rec.clear();
      sim.injectMalformed(kind);
      expect(rec.events.length).to.be.greaterThan(0);
      const last = rec.events[rec.events.length - 1]!;
      const parsed = parseEvent(last.event, last.data);
      if (kind === 'html-in-name') {
        expect(JSON.stringify(last.data)).to.contain('<img');
      } else if (kind === 'unknown-workitem') {
        expect(parsed.ok).to.equal(true);
        expect((last.data as { id: string }).id).to.equal('no-such-workitem-0');
      } else if (kind === 'double-delete') {
        const deleted = withState(rec, 'DELETED');
        expect(deleted).to.have.length(2);
        expect(deleted[0]!.queueData).to.deep.equal(deleted[1]!.queueData);
      } else {
        // The parsers notice: a rejected payload or a warning.
        expect(!parsed.ok || parsed.warnings.length > 0, kind).to.equal(true);
      }
      sim.dispose();
    });
  }
});
