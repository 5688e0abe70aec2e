import { expect } from '@open-wc/testing';
import { type WireGetChannel } from '../../src/cil/index.js';
import { MALFORMED_KINDS, type SimulatedCil } from '../../src/simulator/index.js';
import { Recorder, QUIET, manualSim } from './helpers.js';

const CHANNEL_OF = { CCE: 'voice_5000', CCX: 'voice_-1', WxCC: 'telephony' } as const;
const FLAVOURS = ['CCE', 'CCX', 'WxCC'] as const;

/** Every request that takes a channelId, called with `channelId` and the requestId `bad`. */
function channelRequests(
  sim: SimulatedCil,
  workitemId: string,
): [string, (c: string) => unknown][] {
  return [
    ['setAgentState', (c) => sim.setAgentState(c, 'NotReady', 1, 'bad')],
    ['directTransfer', (c) => sim.directTransfer(c, '+41446660000', undefined, 'bad')],
    ['singleStepConference', (c) => sim.singleStepConference(c, '+41446660000', undefined, 'bad')],
    ['dialOrConsult', (c) => sim.dialOrConsult(c, '+41446660000', 'bad')],
    [
      'updateWorkitemData',
      (c) => sim.updateWorkitemData(c, workitemId, { callVariable1: 'x' }, 'bad'),
    ],
    ['setWrapupReason', (c) => sim.setWrapupReason(c, workitemId, 'Sale', 'bad')],
    ['getReasonCodeList', (c) => sim.getReasonCodeList(c, 'NotReady')],
    ['getChannel', (c) => sim.getChannel(c)],
    ['isUpdateWorkitemDataEnabled', (c) => sim.isUpdateWorkitemDataEnabled(c, workitemId)],
  ];
}

describe('simulator: channel ids per flavour', () => {
  for (const flavour of FLAVOURS) {
    const channelId = CHANNEL_OF[flavour];

    it(`${flavour}: getChannel's channel id and every workitem's channelId are ${channelId}`, async () => {
      const sim = manualSim({ ...QUIET, flavour });
      const rec = new Recorder(sim);
      await sim.setAgentState('voice', 'Ready');
      const id = sim.offerCall();
      sim.answer(id);
      await sim.dialOrConsult('voice', '+41449998877');
      sim.advance(10_000);
      sim.hangUp();
      const info = (await sim.getChannel(channelId)) as WireGetChannel;
      expect(info.channel.id).to.equal(channelId);
      expect(info.channel.workitems.length).to.be.greaterThan(0);
      for (const item of info.channel.workitems) expect(item.channelId).to.equal(channelId);
      const voice = (await sim.getChannel('voice')) as WireGetChannel;
      expect(voice.channel.id, 'voice names the voice channel').to.equal(channelId);
      const workitemEvents = rec.events.filter((e) => e.event.startsWith('workitem'));
      expect(workitemEvents.length).to.be.greaterThan(3);
      for (const { data } of workitemEvents)
        expect((data as { channelId: string }).channelId).to.equal(channelId);
      for (const change of rec.of('agentStateChange')) expect(change.channelId).to.equal(channelId);
      expect(rec.problems).to.deep.equal([]);
      sim.dispose();
    });

    it(`${flavour}: another flavour's channel id is an unknown channel for every request`, async () => {
      for (const other of FLAVOURS.filter((f) => f !== flavour).map((f) => CHANNEL_OF[f])) {
        const sim = manualSim({ ...QUIET, flavour });
        const rec = new Recorder(sim);
        const id = sim.offerCall();
        sim.answer(id);
        for (const [name, request] of channelRequests(sim, id)) {
          rec.clear();
          const result = await request(other);
          expect(result, `${name}(${other}) resolves with no value`).to.equal(undefined);
          expect(rec.names(), `${name}(${other}) only an error`).to.deep.equal(['error']);
          const expected = name.startsWith('get') || name.startsWith('is') ? '' : 'bad';
          expect(rec.last('error')!.requestId, name).to.equal(expected);
        }
        sim.dispose();
      }
    });
  }

  it("setAgentState with channelId 'voice' sets every voice channel (the one channel here)", async () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    await sim.setAgentState('voice', 'NotReady', 3, 'all-voice');
    const info = (await sim.getChannel('voice_5000')) as WireGetChannel;
    expect(info.channel).to.include({
      state: 'NotReady',
      reasonCode: 3,
      reasonCodeLabel: 'Meeting',
    });
    expect(rec.last('agentStateChange')).to.include({
      channelId: 'voice_5000',
      requestId: 'all-voice',
    });
    sim.dispose();
  });
});

describe('simulator: exactly one Active workitem when no workitemId is given', () => {
  /** Two calls, both on hold: no Active workitem (answering the second held the first). */
  function twoHeld(): { sim: SimulatedCil; rec: Recorder; ids: string[] } {
    const sim = manualSim({ ...QUIET, echoWorkitemRequestIds: true });
    const rec = new Recorder(sim);
    const ids = [sim.offerCall(), sim.offerCall()];
    for (const id of ids) sim.answer(id);
    sim.hold(ids[1]);
    rec.clear();
    return { sim, rec, ids };
  }

  it('answering a second call while one is Active holds the first: never two Active calls on one line', () => {
    const sim = manualSim(QUIET);
    const rec = new Recorder(sim);
    const first = sim.offerCall();
    sim.answer(first);
    const second = sim.offerCall();
    rec.clear();
    sim.answer(second);
    expect(rec.names()).to.deep.equal(['workitemPause', 'workitemConnect']);
    expect(rec.last('workitemPause')).to.include({ id: first, state: 'Paused' });
    expect(rec.last('workitemConnect')).to.include({ id: second, state: 'Active' });
    sim.dispose();
  });

  it('directTransfer fails with no Active workitem and no workitemId; with an id it transfers', async () => {
    const { sim, rec, ids } = twoHeld();
    await sim.directTransfer('voice', '+41446660000', undefined, 'ambiguous');
    expect(rec.names()).to.deep.equal(['error']);
    expect(rec.last('error')!.requestId).to.equal('ambiguous');
    sim.resume(ids[1]);
    await sim.directTransfer('voice', '+41446660000', ids[1], 'chosen');
    expect(rec.of('workitemEnd').find((w) => w.id === ids[1])).to.include({
      state: 'EndedTransferred',
      requestId: 'chosen',
    });
    expect(rec.of('workitemEnd').map((w) => w.id)).to.not.include(ids[0]);
    sim.dispose();
  });

  it('singleStepConference fails with no Active workitem and no workitemId; with an id it conferences', async () => {
    const { sim, rec, ids } = twoHeld();
    await sim.singleStepConference('voice', '+41447778888', undefined, 'ambiguous');
    expect(rec.names()).to.deep.equal(['error']);
    expect(rec.last('error')!.requestId).to.equal('ambiguous');
    sim.resume(ids[0]);
    rec.clear();
    await sim.singleStepConference('voice', '+41447778888', ids[0], 'chosen');
    expect(rec.of('error')).to.have.length(0);
    const info = (await sim.getChannel('voice')) as WireGetChannel;
    const item = info.channel.workitems.find((w) => w.id === ids[0])!;
    expect(item.classification).to.equal('Conference');
    sim.dispose();
  });
});

describe('simulator: sendDtmf per flavour', () => {
  const cases = [
    ['CCE', '0123456789*#ABCD', ['E', 'a', '1 2', '+']],
    ['CCX', '0123456789*#', ['A', 'D', 'E', '+']],
    // The reference lists CCE and CCX only; WxCC is taken as strict as CCX.
    ['WxCC', '0123456789*#', ['A', 'E']],
  ] as const;
  for (const [flavour, accepted, refused] of cases) {
    it(`${flavour}: accepts ${accepted}, refuses ${refused.join(' ')} with an error event`, async () => {
      const sim = manualSim({ ...QUIET, flavour });
      const rec = new Recorder(sim);
      sim.answer(sim.offerCall());
      rec.clear();
      expect(await sim.sendDtmf(accepted, 'ok')).to.equal(undefined);
      expect(rec.of('error')).to.have.length(0);
      for (const dtmf of refused) {
        rec.clear();
        expect(await sim.sendDtmf(dtmf, `bad-${dtmf}`)).to.equal(undefined);
        expect(rec.names()).to.deep.equal(['error']);
        expect(rec.last('error')!.requestId).to.equal(`bad-${dtmf}`);
      }
      sim.dispose();
    });
  }
});

describe('simulator: on CCX no queueDataUpdate ever', () => {
  it('not even an injected malformed one, and no subscription is touched', () => {
    const sim = manualSim({ flavour: 'CCX', warmupSeconds: 0 });
    const rec = new Recorder(sim);
    for (const kind of MALFORMED_KINDS) sim.injectMalformed(kind);
    sim.advance(10 * 60_000);
    expect(rec.of('queueDataUpdate')).to.have.length(0);
    // The other kinds still arrive (workitem and agent state ones).
    expect(rec.events.length).to.be.greaterThan(0);
    expect(sim.queueIds().every((id) => sim.inspectQueue(id).subscribed)).to.equal(true);
    sim.dispose();
  });
});
