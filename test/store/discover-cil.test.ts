import { expect } from '@open-wc/testing';
import type { CilApi } from '../../src/cil/cil-api.js';
import { CIL_EVENT_NAMES } from '../../src/cil/enums.js';
import { discoverCil, discoverCilResult, looksLikeCil } from '../../src/store/discover-cil.js';
import { createFakeCil, type FakeCil } from './fake-cil.js';

function fakeCil(): CilApi {
  return createFakeCil();
}

/** Callbacks registered on `cil`, over every event. */
function registrationCount(cil: FakeCil): number {
  return CIL_EVENT_NAMES.reduce((sum, event) => sum + cil.registrations(event), 0);
}

const fast = { timeoutMs: 2000, pollMs: 5 };

describe('looksLikeCil', () => {
  it('accepts an object with every on* registration function', () => {
    expect(looksLikeCil(fakeCil())).to.equal(true);
  });

  it('rejects values missing one registration function, and non-objects', () => {
    const partial: Record<string, unknown> = { ...createFakeCil() };
    delete partial['onQueueDataUpdate'];
    expect(looksLikeCil(partial)).to.equal(false);
    expect(looksLikeCil({ ...partial, onQueueDataUpdate: 'yes' })).to.equal(false);
    expect(looksLikeCil(null)).to.equal(false);
    expect(looksLikeCil(undefined)).to.equal(false);
    expect(looksLikeCil('cil')).to.equal(false);
  });
});

describe('discoverCil', () => {
  it('finds a ready cil global', async () => {
    const cil = fakeCil();
    const result = await discoverCilResult({ ...fast, globalObject: { cil } });
    expect(result.cil).to.equal(cil);
    expect(result).to.include({ source: 'cil' });
  });

  it('uses the library object directly: runs initIntegration, events registered inside the callback work', async () => {
    let inCallback = false;
    let initCalls = 0;
    const registration = createFakeCil(() => inCallback);
    const library = {
      initIntegration(callback: () => void) {
        initCalls += 1;
        // b+s calls back later, once the integration is ready.
        setTimeout(() => {
          Object.assign(library, registration);
          inCallback = true;
          try {
            callback();
          } finally {
            inCallback = false;
          }
        }, 0);
      },
    };
    const received: unknown[] = [];
    const cil = await discoverCil({
      ...fast,
      globalObject: { ConnectsIntegrationLibrary: library },
      onFound: (found) => found.onWorkitemCreate((data) => received.push(data)),
    });
    expect(cil).to.equal(library);
    expect(initCalls).to.equal(1);
    expect(registrationCount(registration)).to.equal(1);
    registration.emit('workitemCreate', { id: 'w1' });
    expect(received).to.deep.equal([{ id: 'w1' }]);
  });

  it('instantiates the library class once and resolves with the instance', async () => {
    let constructed = 0;
    const registration = createFakeCil();
    class ConnectsIntegrationLibrary {
      constructor() {
        constructed += 1;
      }
      initIntegration(callback: () => void) {
        Object.assign(this, registration);
        queueMicrotask(callback);
      }
    }
    const result = await discoverCilResult({
      ...fast,
      globalObject: { ConnectsIntegrationLibrary },
    });
    expect(result.cil).to.be.instanceOf(ConnectsIntegrationLibrary);
    expect(result).to.include({ source: 'library-class' });
    expect(constructed).to.equal(1);
  });

  it('accepts a library whose initIntegration returns a promise instead of calling back', async () => {
    const library = {
      ...createFakeCil(),
      initIntegration: () => Promise.resolve(),
    };
    expect(
      await discoverCil({ ...fast, globalObject: { ConnectsIntegrationLibrary: library } }),
    ).to.equal(library);
  });

  it('resolves with the API the callback receives when the library itself has none', async () => {
    const cil = fakeCil();
    const library = { initIntegration: (callback: (api: CilApi) => void) => callback(cil) };
    expect(
      await discoverCil({ ...fast, globalObject: { ConnectsIntegrationLibrary: library } }),
    ).to.equal(cil);
  });

  it('reports an initIntegration that throws, or rejects, as init-failed', async () => {
    const failure = new Error('boom');
    const throwing = {
      initIntegration() {
        throw failure;
      },
    };
    const thrown = await discoverCilResult({
      ...fast,
      globalObject: { ConnectsIntegrationLibrary: throwing },
    });
    expect(thrown).to.deep.equal({ cil: undefined, reason: 'init-failed', error: failure });

    const rejecting = { initIntegration: () => Promise.reject(failure) };
    const rejected = await discoverCilResult({
      ...fast,
      globalObject: { ConnectsIntegrationLibrary: rejecting },
    });
    expect(rejected).to.deep.equal({ cil: undefined, reason: 'init-failed', error: failure });
  });

  it('reports a library that calls back without any on* functions as not-a-cil', async () => {
    const library = { initIntegration: (callback: () => void) => callback() };
    const result = await discoverCilResult({
      ...fast,
      globalObject: { ConnectsIntegrationLibrary: library },
    });
    expect(result).to.deep.equal({ cil: undefined, reason: 'not-a-cil' });
  });

  it('finds a library that appears after two polls, with one look per poll', async () => {
    const cil = fakeCil();
    let looks = 0;
    const globalObject = {
      get cil() {
        looks += 1;
        return undefined;
      },
      get ConnectsIntegrationLibrary() {
        return looks >= 3
          ? { ...cil, initIntegration: (callback: () => void) => callback() }
          : undefined;
      },
    };
    const found = await discoverCil({ ...fast, globalObject });
    expect(looksLikeCil(found)).to.equal(true);
    expect(looks).to.equal(3);
  });

  it('survives globals whose properties throw: they count as absent, and discovery still times out', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no access');
        },
      },
    );
    const result = await discoverCilResult({
      globalObject: { cil: hostile, ConnectsIntegrationLibrary: hostile },
      timeoutMs: 20,
      pollMs: 5,
    });
    expect(result).to.deep.equal({ cil: undefined, reason: 'timeout' });
  });

  it('resolves undefined after the timeout and stops polling', async () => {
    let looks = 0;
    const globalObject = {
      get cil() {
        looks += 1;
        return undefined;
      },
    };
    const result = await discoverCilResult({ globalObject, timeoutMs: 40, pollMs: 5 });
    expect(result).to.deep.equal({ cil: undefined, reason: 'timeout' });
    expect(looks).to.be.greaterThan(1);
    const looksAtTimeout = looks;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(looks).to.equal(looksAtTimeout);
  });

  it('times out when initIntegration never calls back', async () => {
    const library = { initIntegration: () => undefined };
    const result = await discoverCilResult({
      globalObject: { ConnectsIntegrationLibrary: library },
      timeoutMs: 30,
      pollMs: 5,
    });
    expect(result).to.deep.equal({ cil: undefined, reason: 'timeout' });
  });

  it('prefers the cil global over the library, which is then never initialised', async () => {
    const cil = fakeCil();
    let initCalls = 0;
    const library = {
      ...fakeCil(),
      initIntegration(callback: () => void) {
        initCalls += 1;
        callback();
      },
    };
    const found = await discoverCil({
      ...fast,
      globalObject: { cil, ConnectsIntegrationLibrary: library },
    });
    expect(found).to.equal(cil);
    expect(initCalls).to.equal(0);
  });

  it('ignores a cil global that is not a cil and falls back to the library', async () => {
    const library = { ...fakeCil(), initIntegration: (callback: () => void) => callback() };
    const found = await discoverCil({
      ...fast,
      globalObject: { cil: { onWorkitemCreate() {} }, ConnectsIntegrationLibrary: library },
    });
    expect(found).to.equal(library);
  });

  it('stops when the signal aborts, including one aborted before the call', async () => {
    const controller = new AbortController();
    const pending = discoverCilResult({
      globalObject: {},
      timeoutMs: 10_000,
      pollMs: 5,
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).to.deep.equal({ cil: undefined, reason: 'aborted' });
    expect(
      await discoverCilResult({ globalObject: { cil: fakeCil() }, signal: AbortSignal.abort() }),
    ).to.deep.equal({ cil: undefined, reason: 'aborted' });
  });

  it('hands a library that finishes initialising after the timeout to onLateFound, once', async () => {
    const cil = fakeCil();
    let callback: (() => void) | undefined;
    const library = {
      ...cil,
      initIntegration: (done: () => void) => {
        callback = done;
      },
    };
    const late: CilApi[] = [];
    const result = await discoverCilResult({
      globalObject: { ConnectsIntegrationLibrary: library },
      timeoutMs: 15,
      pollMs: 5,
      onLateFound: (found) => late.push(found),
    });
    expect(result).to.deep.equal({ cil: undefined, reason: 'timeout' });
    expect(late).to.deep.equal([]);
    callback?.();
    callback?.();
    expect(late).to.deep.equal([library]);
  });

  it('calls no onLateFound after an abort, nor when the library never started', async () => {
    let callback: (() => void) | undefined;
    const library = {
      ...fakeCil(),
      initIntegration: (done: () => void) => {
        callback = done;
      },
    };
    const controller = new AbortController();
    const late: CilApi[] = [];
    const pending = discoverCilResult({
      globalObject: { ConnectsIntegrationLibrary: library },
      timeoutMs: 60_000,
      signal: controller.signal,
      onLateFound: (found) => late.push(found),
    });
    controller.abort();
    await pending;
    callback?.();
    expect(late).to.deep.equal([]);
  });

  it('never throws, even when reading the globals does', async () => {
    const globalObject = {
      get cil(): unknown {
        throw new Error('getter');
      },
      get ConnectsIntegrationLibrary(): unknown {
        throw new Error('getter');
      },
    };
    expect(await discoverCil({ globalObject, timeoutMs: 20, pollMs: 5 })).to.equal(undefined);
  });

  describe('leaves no timer or listener behind', () => {
    const realSetTimeout = globalThis.setTimeout;
    const realClearTimeout = globalThis.clearTimeout;
    let live: Set<unknown>;

    beforeEach(() => {
      live = new Set();
      globalThis.setTimeout = ((callback: () => void, ms?: number) => {
        const handle = realSetTimeout(() => {
          live.delete(handle);
          callback();
        }, ms);
        live.add(handle);
        return handle;
      }) as typeof setTimeout;
      globalThis.clearTimeout = ((handle: ReturnType<typeof setTimeout>) => {
        live.delete(handle);
        realClearTimeout(handle);
      }) as typeof clearTimeout;
    });
    afterEach(() => {
      globalThis.setTimeout = realSetTimeout;
      globalThis.clearTimeout = realClearTimeout;
    });

    it('after finding a library that calls back late, within the deadline', async () => {
      const cil = fakeCil();
      let callback: (() => void) | undefined;
      const library = {
        ...cil,
        initIntegration: (done: () => void) => {
          callback = done;
        },
      };
      const discovery = discoverCilResult({
        globalObject: { ConnectsIntegrationLibrary: library },
        timeoutMs: 60_000,
        pollMs: 5,
      });
      expect(live.size).to.equal(1); // the deadline
      callback?.();
      expect((await discovery).cil).to.equal(library);
      expect(live.size).to.equal(0);
    });

    it('after polling until the cil appears, and after a timeout', async () => {
      const globalObject: { cil?: CilApi } = {};
      const discovery = discoverCilResult({ globalObject, timeoutMs: 60_000, pollMs: 5 });
      await new Promise((resolve) => realSetTimeout(resolve, 20));
      globalObject.cil = fakeCil();
      expect((await discovery).cil).to.equal(globalObject.cil);
      expect(live.size).to.equal(0);
      expect(await discoverCil({ globalObject: {}, timeoutMs: 15, pollMs: 5 })).to.equal(undefined);
      expect(live.size).to.equal(0);
    });

    it('after an abort, removing its abort listener', async () => {
      const controller = new AbortController();
      let listeners = 0;
      const add = controller.signal.addEventListener.bind(controller.signal);
      const remove = controller.signal.removeEventListener.bind(controller.signal);
      controller.signal.addEventListener = ((...args: Parameters<typeof add>) => {
        listeners += 1;
        add(...args);
      }) as typeof add;
      controller.signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
        listeners -= 1;
        remove(...args);
      }) as typeof remove;
      const found = discoverCilResult({
        globalObject: {},
        timeoutMs: 60_000,
        pollMs: 5,
        signal: controller.signal,
      });
      expect(listeners).to.equal(1);
      controller.abort();
      await found;
      expect(live.size).to.equal(0);
      expect(listeners).to.equal(0);
    });
  });
});
