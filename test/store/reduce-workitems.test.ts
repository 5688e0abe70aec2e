import { expect } from '@open-wc/testing';
import { createInitialState, reduce, type StoreState } from '../../src/store/index.js';
import type { WorkitemEventName } from '../../src/cil/index.js';
import { parsed, wireAgentState, wireWorkitem } from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

function step(
  state: StoreState,
  name: WorkitemEventName,
  id: string,
  wireState: string,
  now: number,
  extra: Record<string, unknown> = {},
): StoreState {
  return reduce(state, parsed(name, wireWorkitem(id, wireState, extra)), { now });
}

describe('workitem reducer', () => {
  it('follows a call through create, connect, pause, resume, wrap-up and end, with times', () => {
    let state = reduce(createInitialState(), parsed('agentStateChange', wireAgentState('Ready')), {
      now: T0,
    });
    state = step(state, 'workitemCreate', 'w1', 'Offered', T0 + 1000);
    expect(state.workitems.get('w1')?.createdAt).to.equal(T0 + 1000);
    expect(state.workitems.get('w1')?.connectedAt).to.equal(null);
    expect(state.channels.get('voice_5000')?.activity).to.equal('ringing');

    state = step(state, 'workitemConnect', 'w1', 'Active', T0 + 2000);
    expect(state.workitems.get('w1')?.state).to.equal('Active');
    expect(state.workitems.get('w1')?.connectedAt).to.equal(T0 + 2000);
    expect(state.channels.get('voice_5000')?.activity).to.equal('talking');

    state = step(state, 'workitemPause', 'w1', 'Paused', T0 + 3000);
    expect(state.workitems.get('w1')?.pausedAt).to.equal(T0 + 3000);
    expect(state.channels.get('voice_5000')?.activity).to.equal('held');

    state = step(state, 'workitemResume', 'w1', 'Active', T0 + 4000);
    expect(state.workitems.get('w1')?.pausedAt).to.equal(null);
    expect(state.workitems.get('w1')?.connectedAt).to.equal(T0 + 2000);

    state = step(state, 'workitemWrapup', 'w1', 'Wrapup', T0 + 5000);
    expect(state.workitems.get('w1')?.wrapupAt).to.equal(T0 + 5000);
    expect(state.channels.get('voice_5000')?.activity).to.equal('wrapup');

    state = step(state, 'workitemEnd', 'w1', 'Ended', T0 + 6000);
    expect(state.workitems.has('w1')).to.equal(false);
    expect(state.channels.get('voice_5000')?.activity).to.equal('ready');
    expect(state.diagnostics.anomaliesTotal).to.equal(0);
  });

  it("connectedAt is the payload's when given", () => {
    const state = step(createInitialState(), 'workitemConnect', 'w1', 'Active', T0, {
      connectedAt: '2020-07-28T09:51:17.696Z',
    });
    expect(state.workitems.get('w1')?.connectedAt).to.equal(Date.UTC(2020, 6, 28, 9, 51, 17, 696));
  });

  it('an event for an unknown workitem upserts it and notes out-of-order', () => {
    const state = step(createInitialState(), 'workitemConnect', 'w9', 'Active', T0);
    expect(state.workitems.get('w9')?.state).to.equal('Active');
    expect(state.diagnostics.anomalies['out-of-order']).to.equal(1);
  });

  it('workitemEnd for an unknown workitem is an anomaly, not an error', () => {
    const before = createInitialState();
    const after = step(before, 'workitemEnd', 'nope', 'Ended', T0);
    expect(after.workitems).to.equal(before.workitems);
    expect(after.diagnostics.anomalies['unknown-workitem']).to.equal(1);
  });

  it('keeps consultation and conference calls side by side', () => {
    let state = step(createInitialState(), 'workitemConnect', 'w1', 'Active', T0);
    state = step(state, 'workitemPause', 'w1', 'Paused', T0 + 1);
    state = step(state, 'workitemCreate', 'w2', 'Initiated', T0 + 2, {
      classification: 'Consultation',
      direction: 'Outgoing',
    });
    state = step(state, 'workitemConnect', 'w2', 'Active', T0 + 3, {
      classification: 'Consultation',
    });
    expect([...state.workitems.keys()]).to.deep.equal(['w1', 'w2']);
    expect(state.workitems.get('w2')?.workitem.classification).to.equal('Consultation');
    expect(state.workitems.get('w1')?.state).to.equal('Paused');
  });

  it('callVariableChanged and wrapupDataChanged merge the new data', () => {
    let state = step(createInitialState(), 'workitemConnect', 'w1', 'Active', T0, {
      ctiData: { callVariable1: 'one', callVariable2: 'two' },
    });
    state = step(state, 'callVariableChanged', 'w1', 'Active', T0 + 1, {
      ctiData: { callVariable2: 'TWO', 'user.eccVar': 'x' },
      participants: [],
    });
    const entry = state.workitems.get('w1');
    expect(entry?.workitem.ctiData).to.deep.equal({
      callVariable1: 'one',
      callVariable2: 'TWO',
      'user.eccVar': 'x',
    });
    expect(entry?.workitem.participants.length).to.equal(1);
    expect(entry?.lastEvent).to.equal('callVariableChanged');
    state = step(state, 'wrapupDataChanged', 'w1', 'Wrapup', T0 + 2, {
      ctiData: { wrapUpReason: 'Sale' },
    });
    expect(state.workitems.get('w1')?.workitem.ctiData.wrapUpReason).to.equal('Sale');
    expect(state.workitems.get('w1')?.workitem.ctiData.callVariable1).to.equal('one');
  });

  it('an unknown payload state takes the state the event implies', () => {
    const state = step(createInitialState(), 'workitemPause', 'w1', 'Sleeping', T0);
    expect(state.workitems.get('w1')?.state).to.equal('Paused');
    expect(state.workitems.get('w1')?.workitem.state).to.equal('Paused');
  });

  it('keeps a bounded number of workitems, dropping ended ones first', () => {
    let state = createInitialState();
    const limits = { maxWorkitems: 3 };
    state = reduce(state, parsed('workitemConnect', wireWorkitem('a', 'Active')), {
      now: T0,
      limits,
    });
    state = reduce(state, parsed('callVariableChanged', wireWorkitem('b', 'Ended')), {
      now: T0,
      limits,
    });
    state = reduce(state, parsed('workitemCreate', wireWorkitem('c', 'Offered')), {
      now: T0,
      limits,
    });
    state = reduce(state, parsed('workitemCreate', wireWorkitem('d', 'Offered')), {
      now: T0,
      limits,
    });
    expect([...state.workitems.keys()]).to.deep.equal(['a', 'c', 'd']);
    state = reduce(state, parsed('workitemCreate', wireWorkitem('e', 'Offered')), {
      now: T0,
      limits,
    });
    expect([...state.workitems.keys()]).to.deep.equal(['c', 'd', 'e']);
  });

  it('workitem events leave queues untouched', () => {
    const before = createInitialState();
    const after = step(before, 'workitemCreate', 'w1', 'Offered', T0);
    expect(after.queues).to.equal(before.queues);
    expect(after.channels).to.equal(before.channels);
  });
});
