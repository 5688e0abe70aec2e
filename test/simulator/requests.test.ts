import { expect } from '@open-wc/testing';
import {
  parseChannelInfo,
  parseEnabled,
  parseReasonCodeList,
  type WireGetChannel,
  type WireReasonCode,
} from '../../src/cil/index.js';
import { Recorder, QUIET, manualSim } from './helpers.js';

function activeCallSim(options = {}) {
  const sim = manualSim({ ...QUIET, ...options });
  const rec = new Recorder(sim);
  const id = sim.offerCall();
  sim.answer(id);
  rec.clear();
  return { sim, rec, id };
}

describe('simulator: requests', () => {
  describe('getReasonCodeList', () => {
    for (const type of ['Logout', 'NotReady', 'Wrapup'] as const) {
      it(`returns the ${type} reason codes`, async () => {
        const sim = manualSim(QUIET);
        const list = (await sim.getReasonCodeList('voice', type)) as WireReasonCode[];
        const parsed = parseReasonCodeList(list);
        expect(parsed.ok && parsed.warnings.length === 0).to.equal(true);
        expect(list.length).to.be.greaterThan(1);
        for (const code of list) expect(code.label).to.be.a('string').and.not.empty;
        sim.dispose();
      });
    }

    it('fails for an unknown reason type or channel: error event, no value', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      expect(await sim.getReasonCodeList('voice', 'Holiday' as 'Logout')).to.equal(undefined);
      expect(await sim.getReasonCodeList('chat_1', 'Logout')).to.equal(undefined);
      expect(rec.of('error')).to.have.length(2);
      sim.dispose();
    });

    it('a NotReady code from the list is accepted by setAgentState', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      const [first] = (await sim.getReasonCodeList('voice', 'NotReady')) as WireReasonCode[];
      await sim.setAgentState('voice', 'NotReady', String(first!.id));
      expect(rec.last('agentStateChange')!.newReasonCodeLabel).to.equal(first!.label);
      sim.dispose();
    });
  });

  describe('getChannel', () => {
    it('returns the agent (names, extension, loginName, teamId, agentId) and its channel with state and workitems', async () => {
      const sim = manualSim(QUIET);
      await sim.setAgentState('voice', 'NotReady', 5);
      const id = sim.offerCall();
      const info = (await sim.getChannel('voice')) as WireGetChannel;
      const parsed = parseChannelInfo(info);
      expect(parsed.ok).to.equal(true);
      expect(parsed.warnings).to.deep.equal([]);
      expect(info).to.include.keys(
        'firstName',
        'lastName',
        'extension',
        'loginName',
        'teamId',
        'agentId',
      );
      expect(info.channel).to.include({
        id: 'voice_5000',
        type: 'Voice',
        state: 'NotReady',
        reasonCode: 5,
        reasonCodeLabel: 'Coaching',
      });
      expect(info.channel.workitems.map((w) => w.id)).to.deep.equal([id]);
      sim.dispose();
    });

    it('shows Logout and no workitems when logged out; fails for an unknown channel', async () => {
      const sim = manualSim({ ...QUIET, autoLogin: false });
      const rec = new Recorder(sim);
      sim.offerCall();
      const info = (await sim.getChannel('voice')) as WireGetChannel;
      expect(info.channel.state).to.equal('Logout');
      expect(info.channel.workitems).to.deep.equal([]);
      expect(await sim.getChannel('email')).to.equal(undefined);
      expect(rec.of('error')).to.have.length(1);
      sim.dispose();
    });
  });

  describe('requestId echo', () => {
    it('workitem events do not echo the requestId by default ("for future use"); agentStateChange does; an option echoes', async () => {
      for (const echo of [false, true]) {
        const sim = manualSim({ ...QUIET, echoWorkitemRequestIds: echo });
        const rec = new Recorder(sim);
        await sim.setAgentState('voice', 'Ready', undefined, 'ready');
        expect(rec.last('agentStateChange')!.requestId).to.equal('ready');
        await sim.dialOrConsult('voice', '+41445550000', 'dial');
        const created = rec.last('workitemCreate')!;
        if (echo) expect(created.requestId).to.equal('dial');
        else expect(created).not.to.have.property('requestId');
        sim.dispose();
      }
    });
  });

  describe('dialOrConsult', () => {
    it('creates an outgoing workitem (workitemCreate, with the requestId when echoing)', async () => {
      const sim = manualSim({ ...QUIET, echoWorkitemRequestIds: true });
      const rec = new Recorder(sim);
      expect(await sim.dialOrConsult('voice', '+41445550000', 'd1')).to.equal(undefined);
      expect(rec.last('workitemCreate')).to.include({
        requestId: 'd1',
        classification: 'Customer',
        direction: 'Outgoing',
      });
      expect(rec.last('workitemCreate')!.ctiData.outboundClassification).to.equal('VOICE');
      sim.advance(10_000);
      expect(rec.last('agentStateChange')!.newState).to.equal('Active');
      expect(rec.problems).to.deep.equal([]);
      sim.dispose();
    });

    it('fails for an invalid address, while logged out, or with a call alerting', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      await sim.dialOrConsult('voice', 'not a number', 'bad-address');
      sim.offerCall();
      await sim.dialOrConsult('voice', '+41445550000', 'alerting');
      sim.hangUp();
      await sim.setAgentState('voice', 'Logout', 20);
      await sim.dialOrConsult('voice', '+41445550000', 'logged-out');
      expect(rec.of('error').map((e) => e.requestId)).to.deep.equal([
        'bad-address',
        'alerting',
        'logged-out',
      ]);
      sim.dispose();
    });
  });

  describe('directTransfer', () => {
    it('ends the one Active workitem: workitemEnd', async () => {
      const { sim, rec, id } = activeCallSim({ flavour: 'CCX', echoWorkitemRequestIds: true });
      await sim.directTransfer('voice', '+41446660000', undefined, 't1');
      expect(rec.names().filter((n) => n.startsWith('workitem'))).to.deep.equal(['workitemEnd']);
      expect(rec.last('workitemEnd')).to.include({
        id,
        requestId: 't1',
        state: 'EndedTransferred',
      });
      sim.dispose();
    });

    it('with a workitemId transfers that workitem', async () => {
      const { sim, rec, id } = activeCallSim({ echoWorkitemRequestIds: true });
      await sim.directTransfer('voice', '+41446660000', id, 't2');
      expect(rec.of('workitemEnd').find((w) => w.id === id)).to.include({ requestId: 't2' });
      sim.dispose();
    });

    it('fails unless exactly one workitem is Active when no workitemId is provided', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      await sim.directTransfer('voice', '+41446660000', undefined, 'none');
      const id = sim.offerCall();
      sim.answer(id);
      sim.hold(id);
      await sim.directTransfer('voice', '+41446660000', undefined, 'held');
      await sim.directTransfer('voice', '+41446660000', 'no-such-id', 'unknown');
      expect(rec.of('error').map((e) => e.requestId)).to.deep.equal(['none', 'held', 'unknown']);
      expect(rec.of('workitemEnd')).to.have.length(0);
      sim.dispose();
    });
  });

  describe('singleStepConference', () => {
    it('conferences a new party into the one Active workitem', async () => {
      const { sim, rec, id } = activeCallSim();
      expect(await sim.singleStepConference('voice', '+41447778888', undefined, 'c1')).to.equal(
        undefined,
      );
      expect(rec.of('error')).to.have.length(0);
      const info = (await sim.getChannel('voice')) as WireGetChannel;
      const item = info.channel.workitems.find((w) => w.id === id)!;
      expect(item.classification).to.equal('Conference');
      expect(item.participants.map((p) => p.address)).to.include('+41447778888');
      sim.dispose();
    });

    it('fails without exactly one Active workitem', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      await sim.singleStepConference('voice', '+41447778888', undefined, 'c2');
      expect(rec.last('error')!.requestId).to.equal('c2');
      sim.dispose();
    });
  });

  describe('sendDtmf and isSendDtmfEnabled', () => {
    it('CCE accepts 0-9, *, #, A-D during an active call', async () => {
      const { sim, rec } = activeCallSim();
      expect(await sim.isSendDtmfEnabled()).to.equal(true);
      await sim.sendDtmf('0123456789*#ABCD', 'dtmf');
      expect(rec.of('error')).to.have.length(0);
      await sim.sendDtmf('E', 'bad');
      expect(rec.last('error')!.requestId).to.equal('bad');
      sim.dispose();
    });

    it('CCX accepts 0-9, *, # only', async () => {
      const { sim, rec } = activeCallSim({ flavour: 'CCX' });
      await sim.sendDtmf('12#*', 'ok');
      expect(rec.of('error')).to.have.length(0);
      await sim.sendDtmf('A', 'bad');
      expect(rec.last('error')!.requestId).to.equal('bad');
      sim.dispose();
    });

    it('fails and is disabled when no call is active (none, or on hold)', async () => {
      const sim = manualSim(QUIET);
      const rec = new Recorder(sim);
      expect(await sim.isSendDtmfEnabled()).to.equal(false);
      await sim.sendDtmf('1', 'no-call');
      const id = sim.offerCall();
      sim.answer(id);
      sim.hold(id);
      expect(await sim.isSendDtmfEnabled()).to.equal(false);
      await sim.sendDtmf('1', 'held');
      expect(rec.of('error').map((e) => e.requestId)).to.deep.equal(['no-call', 'held']);
      sim.dispose();
    });
  });

  describe('updateWorkitemData and isUpdateWorkitemDataEnabled', () => {
    it('updates call variables, ECC variables and the wrap-up reason (callVariableChanged, wrapupDataChanged)', async () => {
      const { sim, rec, id } = activeCallSim();
      expect(await sim.isUpdateWorkitemDataEnabled('voice', id)).to.equal(true);
      await sim.updateWorkitemData(
        'voice',
        id,
        { callVariable1: '12345', 'user.eccVar1': '999999', wrapUpReason: 'Documentation' },
        'u1',
      );
      expect(rec.last('callVariableChanged')!.ctiData).to.include({
        callVariable1: '12345',
        'user.eccVar1': '999999',
        wrapUpReason: 'Documentation',
      });
      expect(rec.last('wrapupDataChanged')!.ctiData.wrapUpReason).to.equal('Documentation');
      expect(rec.problems).to.deep.equal([]);
      sim.dispose();
    });

    it('fails for non-string values, unknown variables and unknown workitems', async () => {
      const { sim, rec, id } = activeCallSim();
      await sim.updateWorkitemData(
        'voice',
        id,
        { callVariable1: 5 } as unknown as Record<string, string>,
        'number',
      );
      await sim.updateWorkitemData('voice', id, { callVariable11: 'x' }, 'unknown-variable');
      await sim.updateWorkitemData('voice', 'nope', { callVariable1: 'x' }, 'unknown-workitem');
      await sim.updateWorkitemData(
        'voice',
        id,
        null as unknown as Record<string, string>,
        'not-object',
      );
      expect(rec.of('error').map((e) => e.requestId)).to.deep.equal([
        'number',
        'unknown-variable',
        'unknown-workitem',
        'not-object',
      ]);
      expect(rec.of('callVariableChanged')).to.have.length(0);
      sim.dispose();
    });

    it('is not enabled for an alerting or unknown workitem', async () => {
      const sim = manualSim(QUIET);
      const id = sim.offerCall();
      expect(await sim.isUpdateWorkitemDataEnabled('voice', id)).to.equal(false);
      expect(await sim.isUpdateWorkitemDataEnabled('voice', 'nope')).to.equal(false);
      sim.dispose();
    });
  });

  describe('setWrapupReason', () => {
    it('emits wrapupDataChanged and callVariableChanged with ctiData.wrapUpReason', async () => {
      const { sim, rec, id } = activeCallSim({ echoWorkitemRequestIds: true });
      sim.hangUp(id);
      rec.clear();
      await sim.setWrapupReason('voice', id, 'Sale', 'w1');
      expect(rec.names()).to.deep.equal(['wrapupDataChanged', 'callVariableChanged']);
      expect(rec.last('wrapupDataChanged')).to.include({ requestId: 'w1', state: 'Wrapup' });
      expect(rec.last('callVariableChanged')!.ctiData.wrapUpReason).to.equal('Sale');
      sim.dispose();
    });

    it('a custom reason is added to the Wrapup list, and removed when another is chosen', async () => {
      const { sim, id } = activeCallSim();
      const labels = async (): Promise<string[]> =>
        ((await sim.getReasonCodeList('voice', 'Wrapup')) as WireReasonCode[]).map((r) => r.label);
      await sim.setWrapupReason('voice', id, 'Escalated to 2nd level');
      expect(await labels()).to.include('Escalated to 2nd level');
      await sim.setWrapupReason('voice', id, 'Sale');
      expect(await labels()).to.not.include('Escalated to 2nd level');
      sim.dispose();
    });

    it('fails for an unknown workitem or an empty reason', async () => {
      const { sim, rec, id } = activeCallSim();
      await sim.setWrapupReason('voice', 'nope', 'Sale', 'unknown');
      await sim.setWrapupReason('voice', id, '  ', 'empty');
      expect(rec.of('error').map((e) => e.requestId)).to.deep.equal(['unknown', 'empty']);
      sim.dispose();
    });
  });

  describe("resultShape: 'envelope'", () => {
    it('requests resolve { success, response, error }; booleans as { enabled }', async () => {
      const sim = manualSim({ ...QUIET, resultShape: 'envelope' });
      const rec = new Recorder(sim);
      expect(await sim.setAgentState('voice', 'Ready')).to.deep.equal({ success: true });
      const failed = (await sim.setAgentState('voice', 'NotReady', 999, 'x')) as {
        success: boolean;
        error: string;
      };
      expect(failed.success).to.equal(false);
      expect(failed.error).to.equal(rec.last('error')!.message);
      const codes = (await sim.getReasonCodeList('voice', 'NotReady')) as {
        success: boolean;
        response: unknown;
      };
      expect(codes.success).to.equal(true);
      expect(parseReasonCodeList(codes.response).ok).to.equal(true);
      const enabled = await sim.isSendDtmfEnabled();
      expect(enabled).to.deep.equal({ success: true, response: { enabled: false } });
      const parsed = parseEnabled((enabled as { response: unknown }).response);
      expect(parsed.ok && parsed.value).to.equal(false);
      sim.dispose();
    });
  });

  describe('requestLatencyMs', () => {
    it('events follow the request after the latency; the promise resolves first', async () => {
      const sim = manualSim({ ...QUIET, requestLatencyMs: 200 });
      const rec = new Recorder(sim);
      await sim.setAgentState('voice', 'Ready', undefined, 'slow');
      expect(rec.of('agentStateChange')).to.have.length(0);
      sim.advance(200);
      expect(rec.last('agentStateChange')!.requestId).to.equal('slow');
      sim.dispose();
    });
  });
});
