import { expect } from '@open-wc/testing';
import * as contextModule from '../../src/lit/context.js';

describe('connectsStoreContext', () => {
  it('is one key for two copies of the library on a page, so a provider from one serves elements of the other', async () => {
    const url = new URL('../../src/lit/context.ts?second-copy', import.meta.url).href;
    const second = (await import(url)) as typeof contextModule;
    expect(second, 'a separate module instance').not.to.equal(contextModule);
    expect(second.connectsStoreContext).to.equal(contextModule.connectsStoreContext);
  });
});
