import { expect } from '@open-wc/testing';
import { REGISTRATION_METHODS, type CilEventName } from '../../src/cil/enums.js';
import { ConnectsStore } from '../../src/store/connects-store.js';
import {
  configureDefaultStore,
  defaultStoreDiscovery,
  getDefaultStore,
  resetDefaultStoreForTests,
} from '../../src/store/default-store.js';
import { createFakeCil, enabledQueues, type FakeCil } from './fake-cil.js';

const EVENTS = Object.keys(REGISTRATION_METHODS) as CilEventName[];

/** Every event has exactly one callback: the cil was registered once. */
function expectRegisteredOnce(cil: FakeCil): void {
  expect(EVENTS.map((event) => cil.registrations(event))).to.deep.equal(EVENTS.map(() => 1));
}

/** Runs `body` with console.warn captured; returns what was warned. */
async function capturingWarnings(body: () => Promise<void> | void): Promise<string[]> {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warned;
}

const nextFlush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('getDefaultStore', () => {
  afterEach(() => resetDefaultStoreForTests());

  it('is one store per page, waiting until the API appears, then attached to it', async () => {
    const globalObject: { cil?: FakeCil } = {};
    const store = getDefaultStore({ globalObject, pollMs: 5, timeoutMs: 5000 });
    expect(store.getState().sourceStatus).to.equal('waiting');
    expect(getDefaultStore()).to.equal(store);

    const cil = createFakeCil();
    globalObject.cil = cil;
    const result = await defaultStoreDiscovery();
    expect(result?.cil).to.equal(cil);
    expect(getDefaultStore()).to.equal(store);
    expect(store.getState().sourceStatus).to.equal('attached');
    expectRegisteredOnce(cil);

    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    await nextFlush();
    expect(store.getState().queues.size).to.equal(2);
  });

  it('is shared through globalThis, so a second copy of the module finds the same store', () => {
    const store = getDefaultStore({ globalObject: {}, timeoutMs: 5000 });
    const slot = (globalThis as Record<symbol, { created?: { store: unknown } }>)[
      Symbol.for('connects-wallboard/default-store')
    ];
    expect(slot?.created?.store).to.equal(store);
  });

  it('reuses the store a cil already has, and never registers twice', () => {
    const cil = createFakeCil();
    const existing = ConnectsStore.for(cil);
    const store = getDefaultStore({ globalObject: { cil } });
    expect(store).to.equal(existing);
    expect(store.getState().sourceStatus).to.equal('attached');
    expectRegisteredOnce(cil);
  });

  it('gives a cil found at once its store right away, the one ConnectsStore.for returns', () => {
    const cil = createFakeCil();
    const store = getDefaultStore({ globalObject: { cil } });
    expect(store.getState().sourceStatus).to.equal('attached');
    expect(ConnectsStore.for(cil)).to.equal(store);
    expectRegisteredOnce(cil);
  });

  it('registers inside initIntegration for a library that only accepts it there', async () => {
    let inCallback = false;
    const cil = createFakeCil(() => inCallback);
    const library = {
      ...cil,
      initIntegration(callback: () => void) {
        setTimeout(() => {
          inCallback = true;
          try {
            callback();
          } finally {
            inCallback = false;
          }
        }, 0);
      },
    };
    const store = getDefaultStore({
      globalObject: { ConnectsIntegrationLibrary: library },
      timeoutMs: 5000,
    });
    expect(store.getState().sourceStatus).to.equal('waiting');
    await defaultStoreDiscovery();
    expect(store.getState().sourceStatus).to.equal('attached');
    expectRegisteredOnce(cil);
  });

  it('marks the source not found when discovery times out', async () => {
    const store = getDefaultStore({ globalObject: {}, timeoutMs: 20, pollMs: 5 });
    expect((await defaultStoreDiscovery())?.cil).to.equal(undefined);
    expect(store.getState().sourceStatus).to.equal('not-found');
  });

  it('attaches after all when the library finishes initialising after the timeout', async () => {
    const cil = createFakeCil();
    let callback: (() => void) | undefined;
    const library = {
      ...cil,
      initIntegration: (done: () => void) => {
        callback = done;
      },
    };
    const store = getDefaultStore({
      globalObject: { ConnectsIntegrationLibrary: library },
      timeoutMs: 15,
      pollMs: 5,
    });
    await defaultStoreDiscovery();
    expect(store.getState().sourceStatus).to.equal('not-found');
    callback?.();
    expect(store.getState().sourceStatus).to.equal('attached');
    expect(ConnectsStore.for(library)).to.equal(store);
    library.emit('queueDataUpdate', enabledQueues('Sales'));
    expect(store.getState().queues.size).to.equal(1);
    expectRegisteredOnce(library);
  });

  it('is created afresh after it was disposed, on the same cil without registering again', () => {
    const cil = createFakeCil();
    const first = getDefaultStore({ globalObject: { cil } });
    expect(first.getState().sourceStatus).to.equal('attached');
    first.dispose();
    const second = getDefaultStore();
    expect(second).not.to.equal(first);
    expect(second.isDisposed).to.equal(false);
    expect(second.getState().sourceStatus).to.equal('attached');
    cil.emit('queueDataUpdate', enabledQueues('Sales'));
    expect(second.getState().queues.size).to.equal(1);
    expectRegisteredOnce(cil);
  });

  it('a store disposed while waiting leaves the API it would have found to the next one', async () => {
    const globalObject: { cil?: FakeCil } = {};
    const waiting = getDefaultStore({ globalObject, pollMs: 5, timeoutMs: 5000 });
    waiting.dispose();
    const cil = createFakeCil();
    const discovery = defaultStoreDiscovery();
    const warned = await capturingWarnings(async () => {
      globalObject.cil = cil;
      expect((await discovery)?.cil, 'discovery found it').to.equal(cil);
    });
    expect(warned, 'no "already feeds a store" for a disposed store').to.deep.equal([]);
    expect(cil.registrations('queueDataUpdate')).to.equal(0);
    const next = getDefaultStore();
    expect(next).not.to.equal(waiting);
    expect(next.getState().sourceStatus).to.equal('attached');
    expectRegisteredOnce(cil);
  });

  it('takes configureDefaultStore options before first use, and refuses them after', async () => {
    const cil = createFakeCil();
    expect(configureDefaultStore({ cil })).to.equal(true);
    const store = getDefaultStore();
    expect(store).to.equal(ConnectsStore.for(cil));
    expect(store.getState().sourceStatus).to.equal('attached');
    const warned = await capturingWarnings(() => {
      expect(configureDefaultStore({ cil: createFakeCil() })).to.equal(false);
    });
    expect(warned).to.have.length(1);
    expect(getDefaultStore()).to.equal(store);
  });

  it('follows a cil that got its own store while discovery was waiting', async () => {
    const globalObject: { cil?: FakeCil } = {};
    const waiting = getDefaultStore({ globalObject, pollMs: 5, timeoutMs: 5000 });
    const cil = createFakeCil();
    const own = ConnectsStore.for(cil);
    globalObject.cil = cil;
    const warned = await capturingWarnings(async () => {
      await defaultStoreDiscovery();
    });
    expect(warned).to.have.length(1);
    expect(getDefaultStore()).to.equal(own);
    expect(waiting.getState().sourceStatus).to.equal('not-found');
    expectRegisteredOnce(cil);
  });

  it('stops discovery on reset', async () => {
    const globalObject: { cil?: FakeCil } = {};
    const store = getDefaultStore({ globalObject, pollMs: 5, timeoutMs: 5000 });
    const discovery = defaultStoreDiscovery();
    resetDefaultStoreForTests();
    expect(await discovery).to.deep.equal({ cil: undefined, reason: 'aborted' });
    const cil = createFakeCil();
    globalObject.cil = cil;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cil.registrations('queueDataUpdate')).to.equal(0);
    expect(store.getState().sourceStatus).to.equal('waiting');
    expect(getDefaultStore({ globalObject: {}, timeoutMs: 5000 })).not.to.equal(store);
  });
});
