import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../../components/connects-store-provider.js';
import type { ConnectsStoreProvider } from '../../components/connects-store-provider.js';
import { ConnectsStoreController } from '../../src/lit/connects-store-controller.js';
import { ConnectsStore } from '../../src/store/connects-store.js';
import {
  defaultStoreDiscovery,
  getDefaultStore,
  resetDefaultStoreForTests,
} from '../../src/store/default-store.js';
import { createFakeCil, enabledQueues } from '../store/fake-cil.js';
import { ManualTicker } from './manual-ticker.js';

const historyTicker = new ManualTicker();

/** Reads the history status, with the store clock driven by `historyTicker`. */
@customElement('test-connects-history')
class TestConnectsHistory extends LitElement {
  readonly history = new ConnectsStoreController(this, {
    selector: (state) => state.history,
    ticker: historyTicker,
  });

  protected override render() {
    return html`revision ${this.history.value.revision}`;
  }
}

/** Shows how many queues the store it finds knows. */
@customElement('test-connects-queue-count')
class TestConnectsQueueCount extends LitElement {
  readonly queues = new ConnectsStoreController(this, { selector: (state) => state.queues });

  protected override render() {
    return html`<span>${this.queues.value.size} queues</span>`;
  }
}

/** Holds a `test-connects-queue-count` in its own shadow root. */
@customElement('test-connects-tile')
class TestConnectsTile extends LitElement {
  get count(): TestConnectsQueueCount {
    return this.shadowRoot!.querySelector('test-connects-queue-count')!;
  }
  protected override render() {
    return html`<test-connects-queue-count></test-connects-queue-count>`;
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function renderedCount(tile: TestConnectsTile): Promise<string> {
  await tile.updateComplete;
  await tile.count.updateComplete;
  return tile.count.shadowRoot!.textContent!.trim();
}

describe('<connects-store-provider>', () => {
  const holder = globalThis as { cil?: unknown };
  afterEach(() => {
    delete holder.cil;
    resetDefaultStoreForTests();
  });

  it('is accessible and renders only its content', async () => {
    const el = await fixture<ConnectsStoreProvider>(html`
      <connects-store-provider .store=${new ConnectsStore()}><p>Queues</p></connects-store-provider>
    `);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('hands one store to elements nested in other elements’ shadow roots', async () => {
    const cil = createFakeCil();
    const store = ConnectsStore.for(cil);
    const el = await fixture<ConnectsStoreProvider>(html`
      <connects-store-provider .store=${store}>
        <test-connects-tile></test-connects-tile>
        <div><test-connects-tile></test-connects-tile></div>
      </connects-store-provider>
    `);
    const tiles = [...el.querySelectorAll<TestConnectsTile>('test-connects-tile')];
    expect(await Promise.all(tiles.map(renderedCount))).to.deep.equal(['0 queues', '0 queues']);
    expect(tiles.map((tile) => tile.count.queues.store)).to.deep.equal([store, store]);

    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support', 'Billing'));
    await flush();
    expect(await Promise.all(tiles.map(renderedCount))).to.deep.equal(['3 queues', '3 queues']);
    // Nothing asked for the page's default store.
    expect(defaultStoreDiscovery()).to.equal(undefined);
  });

  it('provides the store of a cil, and follows a new store', async () => {
    const cil = createFakeCil();
    const el = await fixture<ConnectsStoreProvider>(html`
      <connects-store-provider .cil=${cil}
        ><test-connects-tile></test-connects-tile
      ></connects-store-provider>
    `);
    const tile = el.querySelector<TestConnectsTile>('test-connects-tile')!;
    await renderedCount(tile);
    expect(tile.count.queues.store).to.equal(ConnectsStore.for(cil));
    expect(el.providedStore).to.equal(ConnectsStore.for(cil));

    const other = createFakeCil();
    const otherStore = ConnectsStore.for(other);
    other.emit('queueDataUpdate', enabledQueues('Only'));
    el.store = otherStore;
    await el.updateComplete;
    expect(tile.count.queues.store).to.equal(otherStore);
    expect(await renderedCount(tile)).to.equal('1 queues');
  });

  it('provides the page’s default store when given neither store nor cil', async () => {
    const cil = createFakeCil();
    holder.cil = cil;
    const el = await fixture<ConnectsStoreProvider>(html`
      <connects-store-provider><test-connects-tile></test-connects-tile></connects-store-provider>
    `);
    const tile = el.querySelector<TestConnectsTile>('test-connects-tile')!;
    await renderedCount(tile);
    expect(el.providedStore).to.equal(getDefaultStore());
    expect(tile.count.queues.store).to.equal(getDefaultStore());
    expect(getDefaultStore()).to.equal(ConnectsStore.for(cil));
  });

  it('follows the default store when it is made afresh after a dispose, and lets go when removed', async () => {
    const cil = createFakeCil();
    holder.cil = cil;
    const el = await fixture<ConnectsStoreProvider>(html`
      <connects-store-provider><test-connects-tile></test-connects-tile></connects-store-provider>
    `);
    const tile = el.querySelector<TestConnectsTile>('test-connects-tile')!;
    const first = getDefaultStore();
    first.dispose();
    const fresh = getDefaultStore();
    expect(fresh).not.to.equal(first);
    expect(el.providedStore).to.equal(fresh);
    expect(tile.count.queues.store).to.equal(fresh);
    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    await flush();
    expect(await renderedCount(tile)).to.equal('2 queues');

    el.remove();
    fresh.dispose();
    getDefaultStore();
    expect(el.providedStore, 'a removed provider no longer follows').to.equal(fresh);
  });
});

describe('ConnectsStoreController', () => {
  const holder = globalThis as { cil?: unknown };
  afterEach(() => {
    delete holder.cil;
    resetDefaultStoreForTests();
  });

  it('uses the page’s default store when nothing provides one', async () => {
    const cil = createFakeCil();
    holder.cil = cil;
    const tile = await fixture<TestConnectsTile>(html`<test-connects-tile></test-connects-tile>`);
    expect(await renderedCount(tile)).to.equal('0 queues');
    expect(tile.count.queues.store).to.equal(getDefaultStore());
    expect(getDefaultStore().getState().sourceStatus).to.equal('attached');

    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    await flush();
    expect(await renderedCount(tile)).to.equal('2 queues');
    expect(cil.registrations('queueDataUpdate')).to.equal(1);
  });

  it('takes an explicit store over the provider’s', async () => {
    const provided = new ConnectsStore();
    const explicitCil = createFakeCil();
    const explicit = ConnectsStore.for(explicitCil);
    const el = await fixture<ConnectsStoreProvider>(html`
      <connects-store-provider .store=${provided}
        ><test-connects-tile></test-connects-tile
      ></connects-store-provider>
    `);
    const tile = el.querySelector<TestConnectsTile>('test-connects-tile')!;
    await renderedCount(tile);
    tile.count.queues.store = explicit;
    explicitCil.emit('queueDataUpdate', enabledQueues('A'));
    await flush();
    expect(await renderedCount(tile)).to.equal('1 queues');
    expect(tile.count.queues.store).to.equal(explicit);
  });

  it('keeps the store clock ticking while connected, once per store', async () => {
    const store = new ConnectsStore();
    let ticks = 0;
    const tick = store.tick.bind(store);
    store.tick = (now?: number) => {
      ticks += 1;
      tick(now);
    };
    const el = await fixture<ConnectsStoreProvider>(html`
      <connects-store-provider .store=${store}>
        <test-connects-history></test-connects-history>
        <test-connects-history></test-connects-history>
      </connects-store-provider>
    `);
    const hosts = [...el.querySelectorAll<TestConnectsHistory>('test-connects-history')];
    expect(historyTicker.subscribers).to.equal(1);
    historyTicker.tick();
    expect(ticks).to.equal(1);
    hosts[0]!.remove();
    historyTicker.tick();
    expect(ticks).to.equal(2);
    hosts[1]!.remove();
    expect(historyTicker.subscribers).to.equal(0);
    historyTicker.tick();
    expect(ticks).to.equal(2);
  });
});
