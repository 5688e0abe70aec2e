import { expect } from '@open-wc/testing';
import { AGENT_STATES, type AgentState } from '../../../src/cil/index.js';
import type { ChannelActivity, ChannelState, RequestEntry } from '../../../src/store/index.js';
import {
  agentIdentity,
  channelActions,
  channelView,
  loggedInNow,
  latestStateRequest,
  primaryChannel,
  reasonCodeArgument,
  requestPhase,
  shownChannels,
  timeInState,
} from '../../../components/agent-state/agent-state-model.js';

function channel(
  channelId: string,
  state: AgentState,
  more: Partial<Omit<ChannelState, 'channelId' | 'state'>> = {},
): ChannelState {
  const idle: Record<AgentState, ChannelActivity> = {
    Ready: 'ready',
    NotReady: 'not-ready',
    Active: 'talking',
    Wrapup: 'wrapup',
    Logout: 'logged-out',
    Offline: 'offline',
    Unknown: 'unknown',
  };
  return {
    channelId,
    state,
    reasonCode: null,
    reasonCodeLabel: null,
    since: 1_000,
    stateChangeTime: 1_000,
    activity: idle[state],
    ...more,
  };
}

describe('agent-state model', () => {
  describe('channelView', () => {
    it('keeps every reference state as is', () => {
      for (const state of AGENT_STATES) {
        expect(channelView(channel('voice_5000', state)).state).to.equal(state);
      }
    });

    it('shows the reason label, the bare code without a label, and nothing for a negative code', () => {
      const lunch = channelView(
        channel('voice_5000', 'NotReady', { reasonCode: 2, reasonCodeLabel: 'Lunch' }),
      );
      expect(lunch.reason).to.deep.equal({ label: 'Lunch' });
      const bare = channelView(
        channel('voice_5000', 'NotReady', { reasonCode: 12, reasonCodeLabel: '  ' }),
      );
      expect(bare.reason).to.deep.equal({ code: 12 });
      // The parser turns a negative code into null; a label beside it is not a reason.
      const none = channelView(
        channel('voice_5000', 'NotReady', { reasonCode: null, reasonCodeLabel: 'stale' }),
      );
      expect(none.reason).to.equal(null);
    });

    it('CCX: Not Ready with a connected call stays Not Ready and says talking', () => {
      const view = channelView(
        channel('voice_-1', 'NotReady', {
          reasonCode: 1,
          reasonCodeLabel: 'Break',
          activity: 'talking',
        }),
      );
      expect(view.state).to.equal('NotReady');
      expect(view.reason).to.deep.equal({ label: 'Break' });
      expect(view.call).to.equal('talking');
    });

    it('adds nothing when the state already says it, and the call phase when it does not', () => {
      expect(channelView(channel('voice_5000', 'Active')).call).to.equal(null);
      expect(channelView(channel('voice_5000', 'Wrapup')).call).to.equal(null);
      expect(channelView(channel('voice_5000', 'Active', { activity: 'held' })).call).to.equal(
        'held',
      );
      expect(channelView(channel('voice_5000', 'Ready', { activity: 'ringing' })).call).to.equal(
        'ringing',
      );
      expect(channelView(channel('voice_5000', 'Ready')).call).to.equal(null);
    });
  });

  describe('shownChannels and primaryChannel', () => {
    const mail = channel('mail_1', 'Ready', { channelType: 'Mail' });
    const voiceA = channel('voice_5000', 'Ready', { channelType: 'Voice' });
    const voiceB = channel('voice_5001', 'NotReady', { channelType: 'Voice' });
    const all = [mail, voiceA, voiceB];

    it('shows every channel without a filter, one with an exact id, the first voice for voice', () => {
      expect(shownChannels(all, null)).to.equal(all);
      expect(shownChannels(all, '')).to.equal(all);
      expect(shownChannels(all, 'voice_5001')).to.deep.equal([voiceB]);
      expect(shownChannels(all, 'voice')).to.deep.equal([voiceA]);
      expect(shownChannels(all, 'chat_9')).to.deep.equal([]);
    });

    it('takes WxCC telephony and an untyped CCX voice_-1 as voice', () => {
      const telephony = channel('telephony', 'Ready');
      expect(shownChannels([mail, telephony], 'voice')).to.deep.equal([telephony]);
      const ccx = channel('voice_-1', 'Ready');
      expect(shownChannels([ccx], 'voice')).to.deep.equal([ccx]);
    });

    it('reflects the first voice channel, else the first', () => {
      expect(primaryChannel(all)).to.equal(voiceA);
      expect(primaryChannel([mail])).to.equal(mail);
      expect(primaryChannel([])).to.equal(undefined);
    });
  });

  describe('channelActions', () => {
    it('offers nothing when logged out or offline', () => {
      for (const state of ['Logout', 'Offline'] as const) {
        expect(channelActions(channel('voice_5000', state))).to.deep.equal({
          ready: false,
          notReady: false,
          logout: false,
        });
      }
    });

    it('Ready: not when already Ready, not with a connected call, yes from Not Ready and Wrap-Up', () => {
      expect(channelActions(channel('v', 'Ready')).ready).to.equal(false);
      expect(channelActions(channel('v', 'NotReady')).ready).to.equal(true);
      expect(channelActions(channel('v', 'Wrapup')).ready).to.equal(true);
      expect(channelActions(channel('v', 'Active')).ready).to.equal(false);
      expect(channelActions(channel('v', 'NotReady', { activity: 'talking' })).ready).to.equal(
        false,
      );
      expect(channelActions(channel('v', 'Ready', { activity: 'held' })).ready).to.equal(false);
    });

    it('Not Ready and logout whenever logged in (during a call they wait for its end)', () => {
      for (const state of ['Ready', 'NotReady', 'Active', 'Wrapup', 'Unknown'] as const) {
        expect(channelActions(channel('v', state)).notReady, state).to.equal(true);
        expect(channelActions(channel('v', state)).logout, state).to.equal(true);
      }
      expect(channelActions(channel('v', 'NotReady', { activity: 'talking' })).logout).to.equal(
        true,
      );
    });
  });

  describe('timeInState', () => {
    it('counts from since, never below zero, null for what is not a time', () => {
      expect(timeInState(1_000, 61_000)).to.equal(60_000);
      expect(timeInState(5_000, 4_000)).to.equal(0);
      expect(timeInState(Number.NaN, 4_000)).to.equal(null);
      expect(timeInState(1_000, Number.POSITIVE_INFINITY)).to.equal(null);
    });
  });

  describe('agentIdentity', () => {
    const channelInfo = { id: 'voice_5000', state: 'Ready' as const } as never;

    it('names the agent by first and last name, with the login name beside it', () => {
      const identity = agentIdentity({
        channel: channelInfo,
        firstName: 'Ada',
        lastName: 'Lovelace',
        loginName: 'ada.lovelace',
        extension: '5001',
        teamId: '7',
        agentId: '1234',
      });
      expect(identity).to.deep.equal({
        name: 'Ada Lovelace',
        loginName: 'ada.lovelace',
        extension: '5001',
        teamId: '7',
        agentId: '1234',
      });
    });

    it('falls back to the login name, and leaves out what is empty', () => {
      const identity = agentIdentity({ channel: channelInfo, loginName: 'agent7', lastName: ' ' });
      expect(identity).to.deep.equal({
        name: 'agent7',
        loginName: null,
        extension: null,
        teamId: null,
        agentId: null,
      });
      expect(agentIdentity({ channel: channelInfo }).name).to.equal(null);
    });
  });

  describe('loggedInNow', () => {
    it('is true only from absent, Logout or Offline to a logged-in state', () => {
      const out = channel('v', 'Logout');
      const ready = channel('v', 'Ready');
      expect(loggedInNow(undefined, ready)).to.equal(true);
      expect(loggedInNow(out, channel('v', 'NotReady'))).to.equal(true);
      expect(loggedInNow(channel('v', 'Offline'), ready)).to.equal(true);
      expect(loggedInNow(ready, channel('v', 'NotReady'))).to.equal(false);
      expect(loggedInNow(ready, out)).to.equal(false);
      expect(loggedInNow(undefined, undefined)).to.equal(false);
    });
  });

  describe('requestPhase', () => {
    it('maps each store status to what is shown', () => {
      expect(requestPhase('pending')).to.equal('pending');
      expect(requestPhase('sent')).to.equal('pending');
      expect(requestPhase('pending-after-call')).to.equal('pending-after-call');
      expect(requestPhase('failed')).to.equal('failed');
      expect(requestPhase('timed-out')).to.equal('timed-out');
      expect(requestPhase('confirmed')).to.equal(null);
    });
  });

  describe('latestStateRequest', () => {
    const entry = (requestId: string, more: Partial<RequestEntry>): RequestEntry => ({
      requestId,
      name: 'setAgentState',
      status: 'pending',
      error: null,
      sentAt: 0,
      settledAt: null,
      ...more,
    });

    it('finds the newest setAgentState for the channel, voice naming every voice channel', () => {
      const requests = [
        entry('a', { channelId: 'voice_5000' }),
        entry('b', { channelId: 'voice' }),
        entry('c', { channelId: 'voice_5000', name: 'dialOrConsult' }),
        entry('d', { channelId: 'mail_1' }),
      ];
      const voice = channel('voice_5000', 'Ready', { channelType: 'Voice' });
      expect(latestStateRequest(requests, voice)?.requestId).to.equal('b');
      const mail = channel('mail_1', 'Ready', { channelType: 'Mail' });
      expect(latestStateRequest(requests, mail)?.requestId).to.equal('d');
      expect(latestStateRequest(requests.slice(0, 1), mail)).to.equal(undefined);
      expect(latestStateRequest([], voice)).to.equal(undefined);
    });
  });

  describe('reasonCodeArgument', () => {
    it('gives numeric ids back as numbers, others as they are', () => {
      expect(reasonCodeArgument('4')).to.equal(4);
      expect(reasonCodeArgument('-1')).to.equal(-1);
      expect(reasonCodeArgument('LUNCH')).to.equal('LUNCH');
      expect(reasonCodeArgument('4a')).to.equal('4a');
    });
  });
});
