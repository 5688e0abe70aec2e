/**
 * Issue 8, "Requests: settle on the outcome asked for, and never lose a late error":
 * one test per bullet, through the store (so `state.requests` is checked too), over
 * the simulator with and without echoed workitem requestIds, and over a recording
 * `cil` where only a hand-made event order shows the point.
 */
import { expect } from '@open-wc/testing';
import { createSimulatedCil, type SimulatedCil } from '../../src/simulator/index.js';
import { ConnectsStore, type RequestEntry } from '../../src/store/index.js';
import {
  FakeScheduler,
  RecordingCil,
  flushMicrotasks,
  manualClock,
  wireAgentState,
  wireWorkitem,
} from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
/** A NotReady and a Logout reason code the simulator knows. */
const NOT_READY_CODE = 2;
const LOGOUT_CODE = 20;

function entryOf(store: ConnectsStore, requestId: string): RequestEntry | undefined {
  return store.getState().requests.find((entry) => entry.requestId === requestId);
}

/** Settles a promise's outcome into a readable record without failing the test. */
function watch<T>(promise: Promise<T>): { status: string; value?: T; error?: unknown } {
  const result: { status: string; value?: T; error?: unknown } = { status: 'pending' };
  promise.then(
    (value) => Object.assign(result, { status: 'fulfilled', value }),
    (error: unknown) => Object.assign(result, { status: 'rejected', error }),
  );
  return result;
}

function storeOverSim(options: Parameters<typeof createSimulatedCil>[0] = {}): {
  sim: SimulatedCil;
  store: ConnectsStore;
  scheduler: FakeScheduler;
} {
  const sim = createSimulatedCil({
    clock: 'manual',
    startTime: T0,
    seed: 11,
    arrivalRatePerMinute: 0,
    warmupSeconds: 0,
    routeCallsToAgent: false,
    ...options,
  });
  const scheduler = new FakeScheduler();
  const store = ConnectsStore.for(sim, { now: () => sim.now(), requests: { scheduler } });
  return { sim, store, scheduler };
}

for (const echo of [false, true]) {
  const mode = echo ? 'workitem requestIds echoed' : 'workitem requestIds not echoed';

  describe(`Requests over the simulator (${mode})`, () => {
    it(`the 'voice' alias = telephony on WxCC: setAgentState, dialOrConsult and directTransfer settle`, async () => {
      const { sim, store, scheduler } = storeOverSim({
        flavour: 'WxCC',
        echoWorkitemRequestIds: echo,
      });
      const ready = watch(store.setAgentState('voice', 'Ready'));
      await flushMicrotasks();
      expect(ready.status).to.equal('fulfilled');
      const dial = store.dialOrConsult('voice', '+41445550000');
      const dialled = watch(dial);
      await flushMicrotasks();
      expect(dialled.status).to.equal('fulfilled');
      expect(dialled.value?.channelId).to.equal('telephony');
      expect(entryOf(store, dial.requestId)?.workitemId).to.equal(dialled.value?.id);
      sim.advance(10_000); // the far end answers
      const transfer = store.directTransfer('voice', '+41445559999');
      const transferred = watch(transfer);
      await flushMicrotasks();
      expect(transferred.status).to.equal('fulfilled');
      expect(scheduler.active).to.equal(0);
      store.dispose();
      sim.dispose();
    });

    for (const state of ['NotReady', 'Logout'] as const) {
      it(`pending-after-call: setAgentState ${state} during a call waits for the call to end, its timeout starting then`, async () => {
        const { sim, store, scheduler } = storeOverSim({ echoWorkitemRequestIds: echo });
        await store.setAgentState('voice', 'Ready');
        const id = sim.offerCall();
        sim.answer(id);
        const request = store.setAgentState(
          'voice',
          state,
          state === 'NotReady' ? NOT_READY_CODE : LOGOUT_CODE,
        );
        const result = watch(request);
        await flushMicrotasks();
        expect(entryOf(store, request.requestId)?.status).to.equal('pending-after-call');
        // A long call: far beyond the request timeout, and nothing fails.
        scheduler.advance(10 * 60_000);
        sim.advance(30_000);
        await flushMicrotasks();
        expect(result.status).to.equal('pending');
        expect(entryOf(store, request.requestId)?.status).to.equal('pending-after-call');
        expect(store.getState().channels.get('voice_5000')?.state).to.equal('Active');
        // The call ends; wrap-up, then the state asked for.
        sim.hangUp(id);
        await flushMicrotasks();
        expect(entryOf(store, request.requestId)?.status).to.equal('pending-after-call');
        sim.advance(120_000);
        await flushMicrotasks();
        expect(result.status).to.equal('fulfilled');
        expect(entryOf(store, request.requestId)?.status).to.equal('confirmed');
        expect(store.getState().channels.get('voice_5000')?.state).to.equal(state);
        expect(store.getState().workitems.size).to.equal(0);
        store.dispose();
        sim.dispose();
      });
    }

    it('late errors within a bounded window reach the sender: state.requests turns sent into failed', async () => {
      // The contact centre answers 5 s after the request: later than the grace period.
      const { sim, store, scheduler } = storeOverSim({
        echoWorkitemRequestIds: echo,
        requestLatencyMs: 5_000,
      });
      const id = sim.offerCall();
      sim.answer(id);
      // Finesse knows no such call variable: the request fails, by an error event.
      const request = store.updateWorkitemData('voice', id, { callVariable99: 'x' });
      await flushMicrotasks();
      scheduler.advance(1_000);
      await request;
      expect(entryOf(store, request.requestId)?.status).to.equal('sent');
      sim.advance(5_000);
      await flushMicrotasks();
      const entry = entryOf(store, request.requestId);
      expect(entry?.status).to.equal('failed');
      expect(entry?.error).to.contain('callVariable99');
      store.dispose();
      sim.dispose();
    });
  });
}

describe('Requests over a recording cil (events in a hand-made order)', () => {
  function setup() {
    const clock = manualClock(T0);
    const cil = new RecordingCil();
    const scheduler = new FakeScheduler();
    const store = new ConnectsStore(cil.api, {
      now: clock.now,
      requests: { scheduler, timeoutMs: 10_000, errorGraceMs: 1_000 },
    });
    return { clock, cil, scheduler, store };
  }

  it('pending-after-call: the timeout starts at call end, not at the request', async () => {
    const { cil, scheduler, store } = setup();
    cil.emit('workitemCreate', wireWorkitem('w1', 'Offered'));
    cil.emit('workitemConnect', wireWorkitem('w1', 'Active'));
    const request = store.setAgentState('voice', 'NotReady', 3);
    const result = watch(request);
    scheduler.advance(60_000);
    await flushMicrotasks();
    expect(result.status).to.equal('pending');
    cil.emit('workitemEnd', wireWorkitem('w1', 'Ended'));
    await flushMicrotasks();
    expect(entryOf(store, request.requestId)?.status).to.equal('pending');
    scheduler.advance(9_999);
    await flushMicrotasks();
    expect(result.status).to.equal('pending');
    scheduler.advance(1);
    await flushMicrotasks();
    expect(result.status).to.equal('rejected');
    expect(entryOf(store, request.requestId)?.status).to.equal('timed-out');
  });

  it('pending-after-call: a forced Logout ends the call for the request too', async () => {
    const { cil, scheduler, store } = setup();
    cil.emit('workitemConnect', wireWorkitem('w1', 'Active'));
    const request = store.setAgentState('voice', 'NotReady', 3);
    await flushMicrotasks();
    expect(entryOf(store, request.requestId)?.status).to.equal('pending-after-call');
    cil.emit('agentStateChange', wireAgentState('Logout'));
    await flushMicrotasks();
    expect(entryOf(store, request.requestId)?.status).to.equal('pending');
    scheduler.advance(10_000);
    await request.catch(() => undefined);
    expect(entryOf(store, request.requestId)?.status).to.equal('timed-out');
  });

  it('outcome-matching without echoed requestId: directTransfer without a workitemId while two calls are Active is not confirmed by some call ending', async () => {
    const { cil, store } = setup();
    cil.emit('workitemConnect', wireWorkitem('w1', 'Active'));
    cil.emit('workitemConnect', wireWorkitem('w2', 'Active'));
    const request = store.directTransfer('voice', '+41445559999');
    const result = watch(request);
    cil.emit('workitemEnd', wireWorkitem('w2', 'Ended'));
    await flushMicrotasks();
    expect(result.status).to.equal('pending');
    // Only an event carrying its id tells which call went.
    cil.emit(
      'workitemEnd',
      wireWorkitem('w1', 'EndedTransferred', { requestId: request.requestId }),
    );
    await flushMicrotasks();
    expect(result.status).to.equal('fulfilled');
    expect(entryOf(store, request.requestId)?.status).to.equal('confirmed');
  });

  it('a transfer whose call went to wrap-up is sent, and a late error still fails it', async () => {
    const { clock, cil, scheduler, store } = setup();
    cil.emit('workitemConnect', wireWorkitem('w1', 'Active'));
    const request = store.directTransfer('voice', '+41445559999');
    cil.emit('workitemWrapup', wireWorkitem('w1', 'Wrapup'));
    await request;
    expect(entryOf(store, request.requestId)?.status).to.equal('sent');
    clock.advance(20_000);
    scheduler.advance(20_000);
    cil.emit('error', { event: 'error', message: 'Transfer failed', requestId: request.requestId });
    await flushMicrotasks();
    expect(entryOf(store, request.requestId)).to.include({ status: 'failed' });
    expect(entryOf(store, request.requestId)?.error).to.contain('Transfer failed');
  });

  it('late errors: the window is bounded, an error after it leaves the request sent', async () => {
    const { clock, cil, scheduler, store } = setup();
    const request = store.sendDtmf('5');
    await flushMicrotasks();
    scheduler.advance(1_000);
    await request;
    expect(entryOf(store, request.requestId)?.status).to.equal('sent');
    clock.advance(61_000);
    cil.emit('error', { event: 'error', message: 'too late', requestId: request.requestId });
    await flushMicrotasks();
    expect(entryOf(store, request.requestId)?.status).to.equal('sent');
    // The error itself is still listed with the others.
    expect(store.getState().errors.at(-1)?.message).to.equal('too late');
  });
});
