import { expect } from '@open-wc/testing';
import { createInitialState, reduce, reduceAll, type StoreState } from '../../src/store/index.js';
import { parsed, queueEvent, wireAgentState, wireQueue, wireWorkitem } from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

function agent(
  state: StoreState,
  newState: string,
  extra: Record<string, unknown> = {},
  now = T0,
): StoreState {
  return reduce(state, parsed('agentStateChange', wireAgentState(newState, extra)), { now });
}

describe('agentStateChange reducer (channels)', () => {
  it('"the state of an agent for a specific channel": keeps one entry per channelId', () => {
    let state = agent(createInitialState(), 'Ready');
    state = agent(state, 'NotReady', { channelId: 'chat_1', channelType: 'Chat' });
    expect([...state.channels.keys()]).to.deep.equal(['voice_5000', 'chat_1']);
    expect(state.channels.get('voice_5000')?.state).to.equal('Ready');
    expect(state.channels.get('chat_1')?.activity).to.equal('not-ready');
  });

  it('"Negative values indicate no code available": reason code and empty label become null', () => {
    const state = agent(createInitialState(), 'Ready');
    const channel = state.channels.get('voice_5000');
    expect(channel?.reasonCode).to.equal(null);
    expect(channel?.reasonCodeLabel).to.equal(null);
    const notReady = agent(state, 'NotReady', { newReasonCode: 12, newReasonCodeLabel: 'Lunch' });
    expect(notReady.channels.get('voice_5000')?.reasonCode).to.equal(12);
    expect(notReady.channels.get('voice_5000')?.reasonCodeLabel).to.equal('Lunch');
  });

  it('since is newStateChangeTime, else the store clock', () => {
    const withTime = agent(createInitialState(), 'Ready', {
      newStateChangeTime: '2026-11-25T08:59:00.000Z',
    });
    expect(withTime.channels.get('voice_5000')?.since).to.equal(Date.UTC(2026, 10, 25, 8, 59, 0));
    const withoutTime = agent(createInitialState(), 'Ready', {}, T0 + 5);
    expect(withoutTime.channels.get('voice_5000')?.since).to.equal(T0 + 5);
    // The same state again without a time keeps its start (and its identity).
    const repeated = agent(withoutTime, 'Ready', {}, T0 + 500);
    expect(repeated).to.equal(withoutTime);
  });

  it('maps Logout and Offline to logged-out and offline', () => {
    expect(agent(createInitialState(), 'Logout').channels.get('voice_5000')?.activity).to.equal(
      'logged-out',
    );
    expect(agent(createInitialState(), 'Offline').channels.get('voice_5000')?.activity).to.equal(
      'offline',
    );
    expect(agent(createInitialState(), 'Unknown').channels.get('voice_5000')?.activity).to.equal(
      'unknown',
    );
  });

  it('"no agentStateChange (Active) event will be dispatched in CCX": a call while NotReady is talking', () => {
    const ccx = { channelId: 'voice_-1' };
    let state = agent(createInitialState(), 'NotReady', ccx);
    expect(state.flavour).to.equal('CCX');
    expect(state.queueDataStatus).to.equal('unavailable');
    state = reduce(state, parsed('workitemCreate', wireWorkitem('w1', 'Offered', ccx)), {
      now: T0,
    });
    expect(state.channels.get('voice_-1')?.activity).to.equal('ringing');
    state = reduce(state, parsed('workitemConnect', wireWorkitem('w1', 'Active', ccx)), {
      now: T0,
    });
    expect(state.channels.get('voice_-1')?.state).to.equal('NotReady');
    expect(state.channels.get('voice_-1')?.activity).to.equal('talking');
    state = reduce(state, parsed('workitemPause', wireWorkitem('w1', 'Paused', ccx)), { now: T0 });
    expect(state.channels.get('voice_-1')?.activity).to.equal('held');
    state = reduce(state, parsed('workitemEnd', wireWorkitem('w1', 'Ended', ccx)), { now: T0 });
    expect(state.channels.get('voice_-1')?.activity).to.equal('not-ready');
  });

  it('detects CCX from a workitem on voice_-1 too', () => {
    const state = reduce(
      createInitialState(),
      parsed('workitemCreate', wireWorkitem('w1', 'Offered', { channelId: 'voice_-1' })),
      { now: T0 },
    );
    expect(state.flavour).to.equal('CCX');
    expect(state.queueDataStatus).to.equal('unavailable');
  });

  it('the flavour option CCX makes queue data unavailable from the start', () => {
    expect(createInitialState({ flavour: 'CCX' }).queueDataStatus).to.equal('unavailable');
    expect(createInitialState({ flavour: 'CCE' }).queueDataStatus).to.equal('unknown');
  });

  it('a voice_-1 channel does not hide queue data that is already enabled', () => {
    const state = reduceAll(
      createInitialState(),
      [
        queueEvent('ENABLED', [wireQueue('a')]),
        parsed('agentStateChange', wireAgentState('Ready', { channelId: 'voice_-1' })),
      ],
      { now: T0 },
    );
    expect(state.queueDataStatus).to.equal('enabled');
  });

  it('an agent state change does not touch queues', () => {
    const before = reduce(createInitialState(), queueEvent('ENABLED', [wireQueue('a')]), {
      now: T0,
    });
    const after = agent(before, 'Ready');
    expect(after.queues).to.equal(before.queues);
    expect(after.totals).to.equal(before.totals);
  });

  it('keeps a bounded number of channels', () => {
    let state = createInitialState();
    for (let i = 0; i < 5; i += 1) {
      state = reduce(
        state,
        parsed('agentStateChange', wireAgentState('Ready', { channelId: `voice_${i}` })),
        {
          now: T0,
          limits: { maxChannels: 3 },
        },
      );
    }
    expect(state.channels.size).to.equal(3);
    expect([...state.channels.keys()]).to.deep.equal(['voice_2', 'voice_3', 'voice_4']);
    expect(state.diagnostics.anomalies['out-of-range']).to.equal(2);
  });
});
