import { expect } from '@open-wc/testing';
import { Recorder, T0, QUIET, manualSim } from './helpers.js';

describe('simulator: workitems', () => {
  it('workitemCreate: a new call is alerting (Offered) with full workitem data', async () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'Ready');
    const id = sim.offerCall({ queueId: sim.queueIds()[1]!, ani: '+41441112233' });
    const created = rec.last('workitemCreate')!;
    expect(created).to.include({
      event: 'workitemCreate',
      id,
      state: 'Offered',
      direction: 'Incoming',
      classification: 'Customer',
      channelId: 'voice_5000',
      channelType: 'Voice',
      agentId: '1042',
      ani: '+41441112233',
    });
    expect(created.participants.map((p) => p.address)).to.include('+41441112233');
    expect(created.capabilities).to.deep.equal(['ANSWER']);
    expect(created.ctiData).to.include({ queueName: 'Support EN', callType: 'ACD_IN' });
    expect(created.ctiData.queueNumber).to.be.a('string');
    expect(created.ctiData.callVariable1).to.match(/^CH-\d{6}$/);
    expect(Object.keys(created.ctiData).some((k) => k.startsWith('user.'))).to.equal(true);
    expect(created.ctiData.callKeyCallId).to.be.a('string');
    expect(created.ctiData.callKeyPrefix).to.be.a('string');
    expect(created.connectedAt).to.equal(undefined);
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  it('callKeyCallId and callKeyPrefix are CCE only', async () => {
    for (const flavour of ['CCX', 'WxCC'] as const) {
      const sim = manualSim({ ...QUIET, flavour });
      const rec = new Recorder(sim);
      sim.offerCall();
      const created = rec.last('workitemCreate')!;
      expect(created.ctiData).to.not.have.any.keys('callKeyCallId', 'callKeyPrefix');
      expect(created.channelId).to.equal(flavour === 'CCX' ? 'voice_-1' : 'telephony');
      sim.dispose();
    }
  });

  it('It is possible that the activity is undefined for the workitemCreate event; it exists once connected', () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    for (let i = 0; i < 12; i += 1) {
      const id = sim.offerCall();
      sim.answer(id);
      sim.hangUp(id);
      sim.advance(60_000);
    }
    const creates = rec.of('workitemCreate');
    expect(creates.some((w) => w.activity === undefined)).to.equal(true);
    expect(creates.some((w) => w.activity !== undefined)).to.equal(true);
    for (const connected of rec.of('workitemConnect')) {
      expect(connected.activity!.recordType).to.equal('phonecall');
      expect(connected.associations).to.deep.equal([
        {
          id: connected.activity!.id,
          name: connected.associations[0]!.name,
          recordType: 'phonecall',
        },
      ]);
    }
    // associatedParticipant may be undefined (unknown caller, or an ambiguous lookup).
    expect(creates.some((w) => w.associatedParticipant === undefined)).to.equal(true);
    const known = creates.find((w) => w.associatedParticipant !== undefined)!;
    expect(known.participantLookupResult).to.deep.include(known.associatedParticipant);
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  it('workitemConnect: the work item is accepted (Active, connectedAt in UTC)', () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    const id = sim.offerCall();
    sim.advance(4000);
    sim.answer(id);
    const connected = rec.last('workitemConnect')!;
    expect(connected.state).to.equal('Active');
    expect(connected.connectedAt).to.equal(new Date(T0 + 4000).toISOString());
    expect(connected.capabilities).to.include.members([
      'HOLD',
      'DROP',
      'SEND_DTMF',
      'UPDATE_CALL_DATA',
    ]);
    sim.dispose();
  });

  it('workitemPause and workitemResume: a call put on hold and resumed', () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    const id = sim.offerCall();
    sim.answer(id);
    sim.hold(id);
    expect(rec.last('workitemPause')).to.include({ id, state: 'Paused' });
    expect(rec.last('workitemPause')!.capabilities).to.include('RETRIEVE');
    sim.resume(id);
    expect(rec.last('workitemResume')).to.include({ id, state: 'Active' });
    sim.dispose();
  });

  it('workitemWrapup, then workitemEnd when wrap-up for the item ends (wrap-up enabled)', () => {
    const sim = manualSim({ ...QUIET, meanWrapupSeconds: 30 });
    const rec = new Recorder(sim);
    const id = sim.offerCall();
    sim.answer(id);
    sim.hangUp(id);
    expect(rec.last('workitemWrapup')).to.include({ id, state: 'Wrapup' });
    expect(rec.of('workitemEnd')).to.have.length(0);
    sim.advance(29_000);
    expect(rec.of('workitemEnd')).to.have.length(0);
    sim.advance(1000);
    expect(rec.last('workitemEnd')).to.include({ id, state: 'Ended' });
    sim.dispose();
  });

  it('If wrap-up is not enabled, workitemEnd is sent immediately after hang-up', () => {
    const sim = manualSim({ ...QUIET, wrapupEnabled: false });
    const rec = new Recorder(sim);
    const id = sim.offerCall();
    sim.answer(id);
    rec.clear();
    sim.hangUp(id);
    expect(rec.names(['workitemWrapup', 'workitemEnd'])).to.deep.equal(['workitemEnd']);
    sim.dispose();
  });

  it('a caller hanging up while alerting ends the item as EndedAbandoned', () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    const id = sim.offerCall();
    sim.hangUp(id);
    expect(rec.last('workitemEnd')).to.include({ id, state: 'EndedAbandoned' });
    sim.dispose();
  });

  it('WorkitemCreate is also dispatched when the agent logs in while a call is on the phone (call recovery)', () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    const id = sim.offerCall();
    sim.answer(id);
    sim.logout();
    rec.clear();
    sim.login();
    const recovered = rec.of('workitemCreate');
    expect(recovered).to.have.length(1);
    expect(recovered[0]).to.include({ id, state: 'Active' });
    expect(rec.last('agentStateChange')).to.include({ oldState: 'Logout', newState: 'Active' });
    sim.dispose();
  });

  it('no workitem events while logged out', () => {
    const sim = manualSim({ ...QUIET, autoLogin: false });
    const rec = new Recorder(sim);
    sim.offerCall();
    sim.advance(10_000);
    expect(rec.events).to.have.length(0);
    sim.login();
    expect(rec.of('workitemCreate')[0]!.state).to.equal('Offered');
    sim.dispose();
  });

  it('ani: toAddress when there is only one participant and the direction is outgoing, otherwise fromAddress', async () => {
    const sim = manualSim({ ...QUIET, echoWorkitemRequestIds: true });
    const rec = new Recorder(sim);
    await sim.dialOrConsult('voice', '+41449998877', 'dial-1');
    const created = rec.last('workitemCreate')!;
    expect(created).to.include({
      direction: 'Outgoing',
      state: 'Initiated',
      requestId: 'dial-1',
      ani: '+41449998877',
    });
    expect(created.participants).to.have.length(1);
    sim.advance(10_000);
    const connected = rec.last('workitemConnect')!;
    expect(connected.participants).to.have.length(2);
    // The agent's own extension is the fromAddress of an outgoing call.
    const channel = (await sim.getChannel('voice')) as { extension: string };
    expect(connected.ani).to.equal(channel.extension);
    sim.dispose();
  });

  it('callVariableChanged when a call variable changes', async () => {
    const sim = manualSim({ ...QUIET, echoWorkitemRequestIds: true });
    const rec = new Recorder(sim);
    const id = sim.offerCall();
    sim.answer(id);
    await sim.updateWorkitemData(
      'voice',
      id,
      { callVariable4: 'VIP', 'user.Ticket': 'INC0012' },
      'upd',
    );
    const changed = rec.last('callVariableChanged')!;
    expect(changed.ctiData).to.include({ callVariable4: 'VIP', 'user.Ticket': 'INC0012' });
    expect(changed.requestId).to.equal('upd');
    // The same values again change nothing.
    rec.clear();
    await sim.updateWorkitemData('voice', id, { callVariable4: 'VIP' });
    expect(rec.of('callVariableChanged')).to.have.length(0);
    sim.dispose();
  });

  it('On CCE a blind transfer shows an extra, short-lived Transfer workitem; on CCX only one call', async () => {
    for (const flavour of ['CCE', 'CCX'] as const) {
      const sim = manualSim({ ...QUIET, flavour, echoWorkitemRequestIds: true });
      const rec = new Recorder(sim);
      const id = sim.offerCall();
      sim.answer(id);
      rec.clear();
      await sim.directTransfer('voice', '+41447770000', undefined, 'xfer');
      sim.advance(2000);
      const creates = rec.of('workitemCreate');
      const ends = rec.of('workitemEnd');
      expect(ends.find((w) => w.id === id)).to.include({
        state: 'EndedTransferred',
        requestId: 'xfer',
      });
      if (flavour === 'CCE') {
        expect(creates).to.have.length(1);
        expect(creates[0]!.classification).to.equal('Transfer');
        expect(ends.map((w) => w.id)).to.include(creates[0]!.id);
      } else {
        expect(creates).to.have.length(0);
        expect(ends).to.have.length(1);
      }
      sim.dispose();
    }
  });

  it('dialOrConsult with a call present creates a Consultation workitem and holds the call', async () => {
    const sim = manualSim({ ...QUIET, echoWorkitemRequestIds: true });
    const rec = new Recorder(sim);
    const id = sim.offerCall();
    sim.answer(id);
    rec.clear();
    await sim.dialOrConsult('voice', '4105', 'consult');
    expect(rec.last('workitemPause')!.id).to.equal(id);
    expect(rec.last('workitemCreate')).to.include({
      classification: 'Consultation',
      requestId: 'consult',
      direction: 'Outgoing',
    });
    sim.dispose();
  });

  it('some inbound calls arrive automatically while Ready, from the queues the agent serves', async () => {
    const sim = manualSim({ queues: 4, agents: 2, arrivalRatePerMinute: 3, agentQueues: 2 });
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'Ready');
    sim.advance(10 * 60_000);
    const creates = rec.of('workitemCreate');
    expect(creates.length).to.be.greaterThan(0);
    for (const created of creates)
      expect(['Sales', 'Support EN']).to.include(created.ctiData.queueName);
    // Not routed again while a call is present.
    expect(creates).to.have.length(1);
    sim.dispose();
  });

  it('a routed call that rings unanswered goes back to its queue and the agent goes Not Ready', async () => {
    const sim = manualSim({
      queues: 1,
      ...QUIET,
      agentQueues: 1,
      meanPatienceSeconds: 3600,
      ringNoAnswerSeconds: 20,
    });
    const rec = new Recorder(sim);
    const queueId = sim.queueIds()[0]!;
    sim.burst(queueId, 1);
    sim.advance(1000);
    await sim.setAgentState('voice', 'Ready');
    const created = rec.last('workitemCreate')!;
    expect(sim.inspectQueue(queueId).callsWaiting).to.equal(0);
    sim.advance(19_000);
    expect(rec.of('workitemEnd')).to.have.length(0);
    sim.advance(1000);
    expect(rec.last('workitemEnd')).to.include({ id: created.id, state: 'Ended' });
    expect(rec.last('agentStateChange')).to.include({
      oldState: 'Ready',
      newState: 'NotReady',
      newReasonCodeLabel: 'Ring No Answer',
    });
    const back = sim.inspectQueue(queueId);
    expect(back.callsWaiting).to.equal(1);
    // It keeps its place: its original arrival time.
    expect(back.oldestArrival).to.equal(T0);
    expect(rec.problems).to.deep.equal([]);
    sim.dispose();
  });

  it('no routed calls when routeCallsToAgent is false', async () => {
    const sim = manualSim({
      queues: 2,
      agents: 0,
      arrivalRatePerMinute: 6,
      routeCallsToAgent: false,
    });
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'Ready');
    sim.advance(10 * 60_000);
    expect(rec.of('workitemCreate')).to.have.length(0);
    sim.dispose();
  });

  it('capabilities are consistent with the state', () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    const id = sim.offerCall();
    sim.answer(id);
    sim.hold(id);
    sim.resume(id);
    sim.hangUp(id);
    sim.advance(60_000);
    for (const { data } of rec.events) {
      const w = data as { state?: string; capabilities?: string[] };
      if (!w.capabilities) continue;
      if (w.state === 'Offered') expect(w.capabilities).to.deep.equal(['ANSWER']);
      if (w.state === 'Active')
        expect(w.capabilities).to.include('HOLD').and.not.include('RETRIEVE');
      if (w.state === 'Paused')
        expect(w.capabilities).to.include('RETRIEVE').and.not.include('HOLD');
      if (w.state === 'Ended') expect(w.capabilities).to.deep.equal([]);
    }
    sim.dispose();
  });
});
