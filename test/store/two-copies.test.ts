/**
 * Two bundled copies of this library on one page (a wallboard and a widget built
 * separately) must still share what is per page: the cil bindings (or a cil would get
 * its callbacks twice), the ticker (one timer) and the default store. A module loaded
 * again under another URL is such a second copy.
 */
import { expect } from '@open-wc/testing';
import * as bindingModule from '../../src/store/cil-binding.js';
import { ConnectsStore } from '../../src/store/connects-store.js';
import * as defaultStoreModule from '../../src/store/default-store.js';
import * as tickerModule from '../../src/store/ticker.js';
import { createFakeCil } from './fake-cil.js';
import { RecordingCil } from './helpers.js';

/** The module at `path` (a `.ts` source) loaded a second time, as a separate instance. */
async function secondCopy<T>(path: string, first: T): Promise<T> {
  const url = new URL(`${path}?second-copy`, import.meta.url).href;
  const copy = (await import(url)) as T;
  expect(copy, 'a separate module instance').not.to.equal(first);
  return copy;
}

describe('two copies of the library on one page', () => {
  afterEach(() => defaultStoreModule.resetDefaultStoreForTests());

  it('share the cil bindings: a cil fed by one copy is refused by the other, and registered once', async () => {
    const second = await secondCopy('../../src/store/cil-binding.ts', bindingModule);
    const cil = new RecordingCil();
    const store = ConnectsStore.for(cil.api);
    const registered = cil.registrations.length;
    // Compared as a boolean: chai would print a whole store on failure.
    expect(second.cilOwner(cil.api) === store, 'the second copy sees the store').to.equal(true);
    const claimed = second.claimCil(
      cil.api,
      {},
      () => undefined,
      () => undefined,
    );
    expect(claimed).to.equal(undefined);
    expect(cil.registrations.length).to.equal(registered);
  });

  it('share one ticker', async () => {
    const second = await secondCopy('../../src/store/ticker.ts', tickerModule);
    expect(second.sharedTicker).to.equal(tickerModule.sharedTicker);
    const key = Symbol.for('connects-wallboard/ticker');
    expect((globalThis as { [key]?: unknown })[key]).to.equal(tickerModule.sharedTicker);
  });

  it('share the default store', async () => {
    const second = await secondCopy('../../src/store/default-store.ts', defaultStoreModule);
    const store = defaultStoreModule.getDefaultStore({ cil: createFakeCil() });
    expect(second.getDefaultStore() === store, 'the same default store').to.equal(true);
  });
});
