import { expect } from '@open-wc/testing';
import { CIL_EVENT_NAMES } from '../../src/cil/index.js';
import { ConnectsStore } from '../../src/store/index.js';
import {
  RecordingCil,
  flushMicrotasks,
  manualClock,
  wireAgentState,
  wireQueue,
  wireQueueUpdate,
} from './helpers.js';

/** "The reference gives no way to unregister a callback": one set of registrations per cil, ever. */
describe('ConnectsStore: one set of registrations per cil, ever', () => {
  it('a store created after the first was disposed takes over its callbacks without registering again', async () => {
    const cil = new RecordingCil();
    const first = ConnectsStore.for(cil.api);
    first.dispose();
    const second = ConnectsStore.for(cil.api);
    expect(second).not.to.equal(first);
    expect(cil.registrations.length).to.equal(CIL_EVENT_NAMES.length);
    expect(second.getState().sourceStatus).to.equal('attached');

    let heard = 0;
    second.subscribe(() => (heard += 1));
    cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
    await flushMicrotasks();
    expect(heard).to.equal(1);
    expect(second.getState().queues.size).to.equal(1);
    // The disposed store no longer hears anything.
    expect(first.getState().queues.size).to.equal(0);
  });

  it('new ConnectsStore(cil) also takes over a released cil, and still refuses a live one', () => {
    const cil = new RecordingCil();
    const first = new ConnectsStore(cil.api);
    expect(() => new ConnectsStore(cil.api)).to.throw(/already feeds another ConnectsStore/);
    first.dispose();
    const second = new ConnectsStore(cil.api);
    expect(ConnectsStore.for(cil.api)).to.equal(second);
    expect(cil.registrations.length).to.equal(CIL_EVENT_NAMES.length);
  });

  it('dispose is idempotent, drops listeners and history, and a disposed store cannot attach', async () => {
    const clock = manualClock();
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api, { now: clock.now });
    store.subscribe(() => undefined);
    store.select(
      (state) => state.queues,
      () => undefined,
    );
    cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
    await flushMicrotasks();
    expect(store.getHistory('a', 'callsInQueue')).to.not.equal(undefined);
    expect(store.listenerCount).to.equal(2);

    store.dispose();
    store.dispose();
    expect(store.isDisposed).to.equal(true);
    expect(store.listenerCount).to.equal(0);
    expect(store.getHistory('a', 'callsInQueue')).to.equal(undefined);
    expect(store.getTotalsHistory('callsInQueue').values).to.deep.equal([]);
    expect(() => store.attach(new RecordingCil().api)).to.throw(/disposed/);
    // A subscription after dispose is not kept.
    store.subscribe(() => undefined);
    expect(store.listenerCount).to.equal(0);
  });

  it('events after dispose are ignored and never throw', () => {
    const cil = new RecordingCil();
    const store = new ConnectsStore(cil.api);
    store.dispose();
    expect(() => cil.emit('agentStateChange', wireAgentState('Ready'))).not.to.throw();
    expect(store.getState().channels.size).to.equal(0);
  });

  it('every subscription is released by its unsubscribe: no listener left behind', () => {
    const store = new ConnectsStore(new RecordingCil().api);
    const offs = Array.from({ length: 100 }, (_, i) =>
      i % 2 === 0
        ? store.subscribe(() => undefined)
        : store.select(
            (state) => state.totals,
            () => undefined,
          ),
    );
    expect(store.listenerCount).to.equal(100);
    for (const off of offs) {
      off();
      off();
    }
    expect(store.listenerCount).to.equal(0);
  });
});
