import { expect } from '@open-wc/testing';
import {
  createInitialState,
  reduce,
  reduceAll,
  selectQueueList,
  selectVoiceChannel,
  selectWorkitemList,
  selectWorkitemsOnChannel,
  shallowArrayEqual,
} from '../../src/store/index.js';
import { parsed, queueEvent, wireAgentState, wireQueue, wireWorkitem } from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

describe('selectors', () => {
  it('selectQueueList is in arrival order and memoised on the queues map', () => {
    const state = reduce(
      createInitialState(),
      queueEvent('ENABLED', [wireQueue('b'), wireQueue('a')]),
      { now: T0 },
    );
    const list = selectQueueList(state);
    expect(list.map((queue) => queue.id)).to.deep.equal(['b', 'a']);
    expect(selectQueueList(state)).to.equal(list);
    const agentOnly = reduce(state, parsed('agentStateChange', wireAgentState('Ready')), {
      now: T0,
    });
    expect(selectQueueList(agentOnly)).to.equal(list);
    const updated = reduce(state, queueEvent('UPDATED', [wireQueue('a', { callsInQueue: 9 })]), {
      now: T0,
    });
    expect(selectQueueList(updated)).not.to.equal(list);
  });

  it('workitems per channel, memoised', () => {
    const state = reduceAll(
      createInitialState(),
      [
        parsed('workitemCreate', wireWorkitem('w1', 'Offered')),
        parsed('workitemCreate', wireWorkitem('w2', 'Offered', { channelId: 'chat_1' })),
      ],
      { now: T0 },
    );
    const select = selectWorkitemsOnChannel('voice_5000');
    expect(select(state).map((entry) => entry.id)).to.deep.equal(['w1']);
    expect(select(state)).to.equal(select(state));
    expect(selectWorkitemList(state).length).to.equal(2);
  });

  it('selectVoiceChannel prefers the voice channel', () => {
    const state = reduceAll(
      createInitialState(),
      [
        parsed(
          'agentStateChange',
          wireAgentState('Ready', { channelId: 'chat_1', channelType: 'Chat' }),
        ),
        parsed('agentStateChange', wireAgentState('NotReady')),
      ],
      { now: T0 },
    );
    expect(selectVoiceChannel(state)?.channelId).to.equal('voice_5000');
    expect(selectVoiceChannel(createInitialState())).to.equal(undefined);
  });

  it('shallowArrayEqual compares elements by identity', () => {
    const a = { x: 1 };
    expect(shallowArrayEqual([a], [a])).to.equal(true);
    expect(shallowArrayEqual([a], [{ x: 1 }])).to.equal(false);
    expect(shallowArrayEqual([a], [a, a])).to.equal(false);
  });
});
