import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ConnectsStore,
  createInitialState,
  reduce,
  type RequestEntry,
} from '../../src/store/index.js';
import {
  RecordingCil,
  flushMicrotasks,
  manualClock,
  queueEvent,
  wireAgentState,
  wireQueue,
  wireQueueUpdate,
  wireWorkitem,
} from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

describe('Time: the skew-corrected clock', () => {
  it('serverNow is the store clock until a sample arrives, then store clock + the estimated offset', () => {
    const clock = manualClock(T0);
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, { now: clock.now });
    expect(store.getState().clock).to.deep.equal({ offsetMs: 0, samples: 0 });
    expect(store.serverNow()).to.equal(T0);
    // The contact centre's clock is 90 s ahead of this PC.
    cil.emit('agentStateChange', wireAgentState('Ready', { newStateChangeTime: iso(T0 + 90_000) }));
    expect(store.getState().clock).to.deep.equal({ offsetMs: 90_000, samples: 1 });
    clock.advance(5_000);
    expect(store.serverNow()).to.equal(T0 + 95_000);
  });

  it('the estimate is robust: stale times (a re-announced call) do not move it', () => {
    const clock = manualClock(T0);
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, { now: clock.now });
    const offsets = [-3_000, -3_200, -2_900, -3_100, -3_050];
    offsets.forEach((offset, index) => {
      clock.advance(1_000);
      cil.emit(
        'agentStateChange',
        wireAgentState(index % 2 === 0 ? 'Ready' : 'NotReady', {
          newStateChangeTime: iso(clock.now() + offset),
        }),
      );
    });
    // A call connected twenty minutes ago, re-announced after a reconnect.
    cil.emit(
      'workitemConnect',
      wireWorkitem('old', 'Active', { connectedAt: iso(clock.now() - 20 * 60_000) }),
    );
    const { offsetMs, samples } = store.getState().clock;
    expect(offsetMs).to.be.within(-3_100, -3_000);
    expect(samples).to.equal(offsets.length);
    // A fresh workitemConnect (of a call the store saw ring) counts as a sample.
    cil.emit('workitemCreate', wireWorkitem('new', 'Offered'));
    cil.emit(
      'workitemConnect',
      wireWorkitem('new', 'Active', { connectedAt: iso(clock.now() - 3_000) }),
    );
    expect(store.getState().clock.samples).to.equal(offsets.length + 1);
  });

  it('a recovered call (connected an hour ago) does not move serverNow, however it is announced', () => {
    const clock = manualClock(T0);
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, { now: clock.now });
    const hourAgo = iso(T0 - 60 * 60_000);
    // Call recovery after login: workitemCreate in Active, then (on some versions) the connect.
    cil.emit('workitemCreate', wireWorkitem('r1', 'Active', { connectedAt: hourAgo }));
    cil.emit('workitemConnect', wireWorkitem('r1', 'Active', { connectedAt: hourAgo }));
    // A lone workitemConnect for a call the store never saw ring.
    cil.emit('workitemConnect', wireWorkitem('r2', 'Active', { connectedAt: hourAgo }));
    expect(store.getState().clock).to.deep.equal({ offsetMs: 0, samples: 0 });
    expect(store.serverNow()).to.equal(T0);
    // The call's timer shows its true age, an hour.
    expect(store.serverNow() - store.getState().workitems.get('r2')!.connectedAt!).to.equal(
      60 * 60_000,
    );
    // The connect of a call that rang here is a sample: this centre is 40 s behind.
    cil.emit('workitemCreate', wireWorkitem('f1', 'Offered'));
    clock.advance(4_000);
    cil.emit('workitemConnect', wireWorkitem('f1', 'Active', { connectedAt: iso(T0 - 36_000) }));
    expect(store.getState().clock).to.deep.equal({ offsetMs: -40_000, samples: 1 });
  });

  it('property: only connects of calls seen ringing move the clock; recovered calls of any age never do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10 * 60_000, max: 10 * 60_000 }),
        fc.array(
          fc.record({
            recovered: fc.boolean(),
            createFirst: fc.boolean(),
            ageMs: fc.integer({ min: 60_000, max: 23 * 60 * 60_000 }),
            gapMs: fc.integer({ min: 0, max: 30_000 }),
          }),
          { maxLength: 12 },
        ),
        (skewMs, calls) => {
          const clock = manualClock(T0);
          const cil = new RecordingCil();
          const store = new ConnectsStore(cil.api, { now: clock.now });
          let fresh = 0;
          calls.forEach((call, index) => {
            clock.advance(call.gapMs);
            const id = `w${index}`;
            const server = clock.now() + skewMs;
            if (call.recovered) {
              const connectedAt = iso(server - call.ageMs);
              if (call.createFirst) {
                cil.emit('workitemCreate', wireWorkitem(id, 'Active', { connectedAt }));
              }
              cil.emit('workitemConnect', wireWorkitem(id, 'Active', { connectedAt }));
            } else {
              cil.emit('workitemCreate', wireWorkitem(id, 'Offered'));
              cil.emit('workitemConnect', wireWorkitem(id, 'Active', { connectedAt: iso(server) }));
              fresh += 1;
            }
          });
          const { offsetMs, samples } = store.getState().clock;
          expect(samples).to.equal(fresh);
          // Every sample was the true skew: the estimate is exactly it, or 0 without one.
          expect(offsetMs).to.equal(fresh > 0 ? skewMs : 0);
          expect(store.serverNow()).to.equal(clock.now() + offsetMs);
          store.dispose();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('times the store stamps itself are on the corrected clock', () => {
    const clock = manualClock(T0);
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, { now: clock.now });
    cil.emit('agentStateChange', wireAgentState('Ready', { newStateChangeTime: iso(T0 - 60_000) }));
    cil.emit('workitemCreate', wireWorkitem('w1', 'Offered'));
    cil.emit('workitemConnect', wireWorkitem('w1', 'Active', { connectedAt: iso(T0 - 60_000) }));
    cil.emit('workitemPause', wireWorkitem('w1', 'Paused'));
    const entry = store.getState().workitems.get('w1');
    expect(entry?.pausedAt).to.equal(T0 - 60_000);
    expect(entry?.createdAt).to.equal(T0 - 60_000);
  });
});

describe('state.requests: the recent requests and their outcome', () => {
  it('a request method returns the requestId of its entry, which settles on the outcome', async () => {
    const clock = manualClock(T0);
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, { now: clock.now });
    const request = store.setAgentState('voice', 'NotReady', 12);
    expect(request.requestId).to.be.a('string');
    const pending = store.getState().requests.find((r) => r.requestId === request.requestId);
    expect(pending).to.include({
      name: 'setAgentState',
      status: 'pending',
      channelId: 'voice',
      requestedState: 'NotReady',
      reasonCode: 12,
      error: null,
      sentAt: T0,
      settledAt: null,
    });
    expect(cil.calls[0]?.args[3]).to.equal(request.requestId);
    clock.advance(300);
    cil.emit(
      'agentStateChange',
      wireAgentState('NotReady', { newReasonCode: 12, requestId: request.requestId }),
    );
    await request;
    const confirmed = store.getState().requests.find((r) => r.requestId === request.requestId);
    expect(confirmed).to.include({ status: 'confirmed', settledAt: T0 + 300, error: null });
  });

  it('a failed request shows the error text; an invalid argument is listed as failed', async () => {
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api);
    const request = store.sendDtmf('1');
    await flushMicrotasks();
    cil.emit('error', { event: 'error', message: 'no active call', requestId: request.requestId });
    const error = await request.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Error);
    const entry = store.getState().requests.find((r) => r.requestId === request.requestId);
    expect(entry?.status).to.equal('failed');
    expect(entry?.error).to.contain('no active call');

    const invalid = store.setAgentState('voice', 'Talking' as never);
    await invalid.catch(() => undefined);
    const invalidEntry = store.getState().requests.find((r) => r.requestId === invalid.requestId);
    expect(invalidEntry?.status).to.equal('failed');
  });

  it('is bounded: only the last requests are kept, oldest first', async () => {
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, {
      maxRequests: 5,
      requests: { errorGraceMs: 0 },
    });
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) ids.push(store.sendDtmf(String(i % 10)).requestId);
    const requests: readonly RequestEntry[] = store.getState().requests;
    expect(requests.map((r) => r.requestId)).to.deep.equal(ids.slice(-5));
  });

  it('subscribers are told when a request changes status', async () => {
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, { requests: { errorGraceMs: 0 } });
    const seen: string[] = [];
    store.select(
      (state) => state.requests,
      (requests) => seen.push(requests.map((r) => r.status).join(',')),
    );
    const request = store.sendDtmf('5');
    await request;
    await flushMicrotasks();
    expect(seen.at(-1)).to.equal('sent');
  });
});

describe('state.lastQueueEventAt', () => {
  it('is the store clock when the last queueDataUpdate arrived, whatever the server clock', () => {
    const clock = manualClock(T0);
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, { now: clock.now });
    expect(store.getState().lastQueueEventAt).to.equal(null);
    cil.emit(
      'agentStateChange',
      wireAgentState('Ready', { newStateChangeTime: iso(T0 + 600_000) }),
    );
    cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
    expect(store.getState().lastQueueEventAt).to.equal(T0);
    clock.advance(7_000);
    cil.emit('queueDataUpdate', wireQueueUpdate('UPDATED', [wireQueue('a')]));
    expect(store.getState().lastQueueEventAt).to.equal(T0 + 7_000);
  });
});

describe('Totals: sums over queues are not head counts', () => {
  it('an agent in three queues is summed three times in counterSums; calls in queue is a true total', () => {
    // One agent, Ready, serves three queues; each queue has one waiting call.
    const state = reduce(
      createInitialState(),
      queueEvent('ENABLED', [
        wireQueue('a', { agentsReady: 1, callsInQueue: 1 }),
        wireQueue('b', { agentsReady: 1, callsInQueue: 1 }),
        wireQueue('c', { agentsReady: 1, callsInQueue: 1 }),
      ]),
      { now: T0 },
    );
    expect(state.totals.callsInQueue).to.equal(3);
    expect(state.totals.counterSums.agentsReady).to.equal(3);
    expect(Object.keys(state.totals)).not.to.include('counters');
    expect(Object.keys(state.totals.counterSums)).not.to.include('callsInQueue');
  });
});
