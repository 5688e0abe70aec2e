import { expect } from '@open-wc/testing';
import { Recorder, T0, QUIET, manualSim } from './helpers.js';

describe('simulator: agentStateChange', () => {
  it('login: Logout to NotReady, negative reason code when none, ISO change times', () => {
    const sim = manualSim({ ...QUIET, autoLogin: false });
    const rec = new Recorder(sim);
    sim.advance(5000);
    sim.login();
    const change = rec.last('agentStateChange')!;
    expect(change).to.include({
      event: 'agentStateChange',
      channelType: 'Voice',
      channelId: 'voice_5000',
      oldState: 'Logout',
      newState: 'NotReady',
    });
    expect(change.newReasonCode).to.be.below(0);
    expect(change.newStateChangeTime).to.equal(new Date(T0 + 5000).toISOString());
    expect(change.oldStateChangeTime).to.equal(new Date(T0).toISOString());
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  it('setAgentState: agentStateChange with old and new state, reason code and label, and the requestId', async () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    sim.advance(1000);
    const result = await sim.setAgentState('voice', 'NotReady', 2, 'req-lunch');
    expect(result).to.equal(undefined);
    const change = rec.last('agentStateChange')!;
    expect(change).to.include({
      requestId: 'req-lunch',
      oldState: 'NotReady',
      newState: 'NotReady',
      newReasonCode: 2,
      newReasonCodeLabel: 'Lunch',
      oldReasonCode: -1,
    });
    sim.advance(1000);
    await sim.setAgentState('voice_5000', 'Ready', undefined, 'req-ready');
    const ready = rec.last('agentStateChange')!;
    expect(ready).to.include({
      requestId: 'req-ready',
      oldState: 'NotReady',
      newState: 'Ready',
      oldReasonCode: 2,
      oldReasonCodeLabel: 'Lunch',
    });
    expect(ready.oldStateChangeTime).to.equal(change.newStateChangeTime);
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  for (const [flavour, channelId] of [
    ['CCE', 'voice_5000'],
    ['CCX', 'voice_-1'],
    ['WxCC', 'telephony'],
  ] as const) {
    it(`channel id on ${flavour} is ${channelId}; setAgentState accepts voice and ${channelId}`, async () => {
      const sim = manualSim({ ...QUIET, flavour });
      const rec = new Recorder(sim);
      await sim.setAgentState('voice', 'Ready', undefined, 'a');
      await sim.setAgentState(channelId, 'NotReady', 1, 'b');
      expect(rec.of('agentStateChange').map((c) => c.channelId)).to.deep.equal([
        channelId,
        channelId,
      ]);
      expect(rec.of('agentStateChange').map((c) => c.requestId)).to.deep.equal(['a', 'b']);
      await sim.setAgentState('voice_1234', 'Ready', undefined, 'c');
      expect(rec.last('error')).to.include({ requestId: 'c' });
      expect(rec.of('agentStateChange')).to.have.length(2);
      sim.dispose();
    });
  }

  describe('setAgentState failures: an error event with the requestId, the promise resolves with no value', () => {
    const cases: [string, (sim: ReturnType<typeof manualSim>) => Promise<unknown>][] = [
      ['unknown reason code', (sim) => sim.setAgentState('voice', 'NotReady', 999, 'bad')],
      [
        'NotReady reason required but missing',
        (sim) => sim.setAgentState('voice', 'NotReady', undefined, 'bad'),
      ],
      [
        'Logout reason required but missing',
        (sim) => sim.setAgentState('voice', 'Logout', '', 'bad'),
      ],
      [
        'Logout with a NotReady reason code',
        (sim) => sim.setAgentState('voice', 'Logout', 2, 'bad'),
      ],
      [
        'unknown state',
        (sim) => sim.setAgentState('voice', 'Talking' as 'Ready', undefined, 'bad'),
      ],
      ['Ready with a reason code', (sim) => sim.setAgentState('voice', 'Ready', 1, 'bad')],
      ['unknown channel', (sim) => sim.setAgentState('mail', 'Ready', undefined, 'bad')],
    ];
    for (const [name, request] of cases) {
      it(name, async () => {
        const sim = manualSim(QUIET);
        const rec = new Recorder(sim);
        const result = await request(sim);
        expect(result).to.equal(undefined);
        expect(rec.of('agentStateChange')).to.have.length(0);
        expect(rec.of('error')).to.have.length(1);
        expect(rec.last('error')!.requestId).to.equal('bad');
        expect(rec.last('error')!.message).to.be.a('string').and.not.empty;
        expect(rec.problems).to.deep.equal([]);
        sim.dispose();
      });
    }

    it('illegal transition: Ready while on a call', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      await sim.setAgentState('voice', 'Ready');
      sim.answer(sim.offerCall());
      rec.clear();
      await sim.setAgentState('voice', 'Ready', undefined, 'on-call');
      expect(rec.names()).to.deep.equal(['error']);
      expect(rec.last('error')!.requestId).to.equal('on-call');
      sim.dispose();
    });

    it('Logout while a call is present is applied when the call ends, as Finesse does', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      const id = sim.offerCall();
      sim.answer(id);
      rec.clear();
      await sim.setAgentState('voice', 'Logout', 20, 'logout');
      expect(rec.names()).to.deep.equal([]);
      sim.hangUp(id);
      // Wrap-up first, then the logout ends it.
      expect(rec.of('agentStateChange').map((change) => change.newState)).to.deep.equal(['Wrapup']);
      sim.advance(120_000);
      const logout = rec.of('agentStateChange').at(-1)!;
      expect(logout).to.include({ newState: 'Logout', requestId: 'logout', newReasonCode: 20 });
      expect(rec.of('error')).to.have.length(0);
      sim.dispose();
    });

    it('a negative reason code means none: accepted for Ready, missing for NotReady', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      await sim.setAgentState('voice', 'Ready', -1, 'ready');
      await sim.setAgentState('voice', 'NotReady', '-1', 'not-ready');
      expect(rec.of('agentStateChange').map((c) => c.requestId)).to.deep.equal(['ready']);
      expect(rec.of('error').map((e) => e.requestId)).to.deep.equal(['not-ready']);
      sim.dispose();
    });

    it('without a requestId the error has an empty requestId', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      await sim.setAgentState('voice', 'NotReady', 999);
      expect(rec.last('error')!.requestId).to.equal('');
      sim.dispose();
    });

    it('reason codes may be optional (reasonCodesRequired: false)', async () => {
      const sim = manualSim({ ...QUIET, reasonCodesRequired: false });
      const rec = new Recorder(sim);
      await sim.setAgentState('voice', 'Ready');
      await sim.setAgentState('voice', 'NotReady', undefined, 'nr');
      expect(rec.last('agentStateChange')).to.include({
        newState: 'NotReady',
        newReasonCode: -1,
        requestId: 'nr',
      });
      sim.dispose();
    });
  });

  it('On CCE the agent goes Active when the call connects, then Wrapup and Ready after', async () => {
    const sim = manualSim({ ...QUIET, meanWrapupSeconds: 20 });
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'Ready');
    const id = sim.offerCall();
    expect(rec.last('agentStateChange')!.newState).to.equal('Ready');
    sim.advance(3000);
    sim.answer(id);
    sim.advance(60_000);
    sim.hangUp(id);
    sim.advance(20_000);
    const states = rec.of('agentStateChange').map((c) => `${c.oldState}>${c.newState}`);
    expect(states).to.deep.equal([
      'NotReady>Ready',
      'Ready>Active',
      'Active>Wrapup',
      'Wrapup>Ready',
    ]);
    sim.dispose();
  });

  it('On CCE a call received in Not Ready makes the agent Active, and Not Ready (same reason) after', async () => {
    const sim = manualSim({ ...QUIET, wrapupEnabled: false });
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'NotReady', 3);
    const id = sim.offerCall();
    sim.answer(id);
    sim.hangUp(id);
    const changes = rec.of('agentStateChange');
    expect(changes.map((c) => c.newState)).to.deep.equal(['NotReady', 'Active', 'NotReady']);
    expect(changes[2]!.newReasonCode).to.equal(3);
    sim.dispose();
  });

  it('On CCX no agentStateChange (Active) when a call is received in Not Ready', async () => {
    const sim = manualSim({ ...QUIET, flavour: 'CCX' });
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'NotReady', 1);
    rec.clear();
    const id = sim.offerCall();
    sim.answer(id);
    sim.advance(30_000);
    sim.hangUp(id);
    sim.advance(120_000);
    expect(rec.names()).to.include.members(['workitemCreate', 'workitemConnect', 'workitemEnd']);
    expect(rec.of('agentStateChange').filter((c) => c.newState === 'Active')).to.have.length(0);
    sim.dispose();
  });

  it('On CCX no agentStateChange (Active) when a call is placed in Not Ready', async () => {
    const sim = manualSim({ ...QUIET, flavour: 'CCX' });
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'NotReady', 1);
    rec.clear();
    await sim.dialOrConsult('voice', '+41445551234', 'dial');
    sim.advance(10_000);
    expect(rec.of('workitemConnect')).to.have.length(1);
    expect(rec.of('agentStateChange')).to.have.length(0);
    sim.dispose();
  });

  it('On CCX a call received in Ready does make the agent Active', async () => {
    const sim = manualSim({ ...QUIET, flavour: 'CCX' });
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'Ready');
    sim.answer(sim.offerCall());
    expect(rec.last('agentStateChange')!.newState).to.equal('Active');
    sim.dispose();
  });

  it('NotReady during a call is pending: the agent goes Not Ready when wrap-up ends', async () => {
    const sim = manualSim({ ...QUIET, meanWrapupSeconds: 10, agentQueues: 1, queues: 1 });
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'Ready');
    const id = sim.offerCall();
    sim.answer(id);
    await sim.setAgentState('voice', 'NotReady', 4, 'pending');
    expect(rec.last('agentStateChange')!.newState).to.equal('Active');
    sim.hangUp(id);
    const queueId = sim.queueIds()[0]!;
    expect(sim.inspectQueue(queueId).counts.agentsWrapUpNotReady).to.equal(1);
    sim.advance(10_000);
    expect(rec.last('agentStateChange')).to.include({
      oldState: 'Wrapup',
      newState: 'NotReady',
      newReasonCode: 4,
      requestId: 'pending',
    });
    sim.dispose();
  });

  it('Ready during wrap-up ends it: workitemEnd, then Wrapup to Ready with the requestId', async () => {
    const sim = manualSim({ ...QUIET, meanWrapupSeconds: 60 });
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'Ready');
    const id = sim.offerCall();
    sim.answer(id);
    sim.hangUp(id);
    rec.clear();
    sim.advance(5000);
    await sim.setAgentState('voice', 'Ready', undefined, 'done');
    expect(rec.names().filter((n) => n !== 'queueDataUpdate')).to.deep.equal([
      'workitemEnd',
      'agentStateChange',
    ]);
    expect(rec.last('agentStateChange')).to.include({
      oldState: 'Wrapup',
      newState: 'Ready',
      requestId: 'done',
    });
    expect(rec.last('workitemEnd')!.state).to.equal('Ended');
    sim.dispose();
  });

  it('logout via setAgentState: Logout with its reason, then DISABLED; login again works', async () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'Logout', 20, 'bye');
    expect(rec.last('agentStateChange')).to.include({
      newState: 'Logout',
      newReasonCode: 20,
      newReasonCodeLabel: 'End of Shift',
      requestId: 'bye',
    });
    await sim.setAgentState('voice', 'Ready', undefined, 'while-out');
    expect(rec.last('error')!.requestId).to.equal('while-out');
    sim.login();
    expect(rec.last('agentStateChange')).to.include({ oldState: 'Logout', newState: 'NotReady' });
    sim.dispose();
  });

  it('autopilot: the agent goes Ready after login and handles routed calls by itself', () => {
    const sim = manualSim({ autopilot: true, queues: 2, agents: 4, arrivalRatePerMinute: 6 });
    const rec = new Recorder(sim);
    sim.advance(60 * 60_000);
    const states = new Set(rec.of('agentStateChange').map((c) => c.newState));
    expect([...states]).to.include.members(['Ready', 'Active', 'Wrapup']);
    expect(rec.of('workitemEnd').length).to.be.greaterThan(2);
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });
});
