import { ContextProvider, createContext } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { StoreController } from '../../src/lit/store-controller.js';
import { FakeStore } from './fake-store.js';

interface TestState {
  readonly queues: readonly string[];
  readonly clock: number;
}

const initial: TestState = { queues: ['Sales', 'Support'], clock: 0 };
const testContext = createContext<FakeStore<TestState> | undefined>(Symbol('test-store'));

/** Fallback used by `test-queue-count` when nothing else gives a store; swapped per test. */
let fallbackStore: FakeStore<TestState> | undefined;
let fallbackCalls = 0;
/** Stores `test-queue-count` hosts hold right now (through `retain`), with how many hold each. */
const retained = new Map<FakeStore<TestState>, number>();

/** Renders the number of queues, and counts its renders. */
@customElement('test-queue-count')
class TestQueueCount extends LitElement {
  renders = 0;
  readonly queues = new StoreController(this, {
    selector: (state: TestState) => state.queues,
    context: testContext,
    fallback: () => {
      fallbackCalls += 1;
      if (!fallbackStore) throw new Error('no fallback store in this test');
      return fallbackStore;
    },
    retain: (store) => {
      retained.set(store, (retained.get(store) ?? 0) + 1);
      return () => {
        const holders = (retained.get(store) ?? 0) - 1;
        if (holders > 0) retained.set(store, holders);
        else retained.delete(store);
      };
    },
  });

  protected override render() {
    this.renders += 1;
    return html`<span>${this.queues.value.length} queues</span>`;
  }
}

/** Selects a freshly built array each time, compared shallowly. */
@customElement('test-queue-names')
class TestQueueNames extends LitElement {
  renders = 0;
  readonly names = new StoreController(this, {
    store: new FakeStore<TestState>(initial),
    selector: (state: TestState) => state.queues.map((name) => name.toUpperCase()),
    equals: (a, b) => a.length === b.length && a.every((name, i) => name === b[i]),
  });

  protected override render() {
    this.renders += 1;
    return html`${this.names.value.join(', ')}`;
  }
}

/** A provider of `testContext`, rendering its children in a slot. */
@customElement('test-store-provider')
class TestStoreProvider extends LitElement {
  readonly provider = new ContextProvider(this, { context: testContext });
  protected override render() {
    return html`<slot></slot>`;
  }
}

/** Puts a `test-queue-count` inside its own shadow root. */
@customElement('test-shadow-wrapper')
class TestShadowWrapper extends LitElement {
  protected override render() {
    return html`<test-queue-count></test-queue-count>`;
  }
}

function text(el: Element): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function settle(el: LitElement): Promise<void> {
  await el.updateComplete;
}

describe('StoreController', () => {
  beforeEach(() => {
    fallbackStore = undefined;
    fallbackCalls = 0;
    retained.clear();
  });

  it('renders the selected slice of an explicit store', async () => {
    const store = new FakeStore(initial);
    const el = document.createElement('test-queue-count') as TestQueueCount;
    el.queues.store = store;
    await fixture(html`<div></div>`).then((div) => div.append(el));
    await settle(el);
    expect(text(el)).to.equal('2 queues');
    expect(store.listenerCount).to.equal(1);
    expect(fallbackCalls).to.equal(0);
    el.remove();
  });

  it('updates only when the slice changes', async () => {
    fallbackStore = new FakeStore(initial);
    const el = await fixture<TestQueueCount>(html`<test-queue-count></test-queue-count>`);
    const rendersAfterFirst = el.renders;
    expect(text(el)).to.equal('2 queues');

    // Another part of the state changes: the slice keeps its identity.
    fallbackStore.set({ ...fallbackStore.getState(), clock: 1 });
    fallbackStore.set({ ...fallbackStore.getState(), clock: 2 });
    await settle(el);
    expect(el.renders).to.equal(rendersAfterFirst);

    fallbackStore.set({ ...fallbackStore.getState(), queues: ['Sales'] });
    await settle(el);
    expect(el.renders).to.equal(rendersAfterFirst + 1);
    expect(text(el)).to.equal('1 queues');
  });

  it('uses equals to ignore a rebuilt but equal slice', async () => {
    const el = await fixture<TestQueueNames>(html`<test-queue-names></test-queue-names>`);
    const store = el.names.store as FakeStore<TestState>;
    const rendersAfterFirst = el.renders;
    store.set({ queues: [...initial.queues], clock: 5 });
    await settle(el);
    expect(el.renders).to.equal(rendersAfterFirst);
    store.set({ queues: ['Billing'], clock: 5 });
    await settle(el);
    expect(el.renders).to.equal(rendersAfterFirst + 1);
    expect(text(el)).to.equal('BILLING');
  });

  it('unsubscribes on disconnect and re-subscribes on reconnect, catching up on missed changes', async () => {
    fallbackStore = new FakeStore(initial);
    const el = await fixture<TestQueueCount>(html`<test-queue-count></test-queue-count>`);
    const parent = el.parentElement!;
    expect(fallbackStore.listenerCount).to.equal(1);

    expect([...retained]).to.deep.equal([[fallbackStore, 1]]);
    el.remove();
    expect(fallbackStore.listenerCount).to.equal(0);
    expect(retained.size).to.equal(0);
    fallbackStore.set({ ...initial, queues: ['A', 'B', 'C'] });
    // Read while disconnected: fresh from the store.
    expect(el.queues.value).to.have.length(3);

    parent.append(el);
    expect(fallbackStore.listenerCount).to.equal(1);
    await settle(el);
    expect(text(el)).to.equal('3 queues');

    // Moving the element is a disconnect and a connect: still one subscription.
    parent.append(document.createElement('div'), el);
    expect(fallbackStore.listenerCount).to.equal(1);
  });

  it('re-subscribes when the store is swapped', async () => {
    const first = new FakeStore(initial);
    const second = new FakeStore<TestState>({ queues: ['One'], clock: 0 });
    fallbackStore = first;
    const el = await fixture<TestQueueCount>(html`<test-queue-count></test-queue-count>`);
    el.queues.store = second;
    expect(first.listenerCount).to.equal(0);
    expect(second.listenerCount).to.equal(1);
    expect([...retained]).to.deep.equal([[second, 1]]);
    await settle(el);
    expect(text(el)).to.equal('1 queues');

    // Back to the fallback.
    el.queues.store = undefined;
    expect(first.listenerCount).to.equal(1);
    expect(second.listenerCount).to.equal(0);
    await settle(el);
    expect(text(el)).to.equal('2 queues');
  });

  it('takes the store from a provider, across shadow roots, without calling the fallback', async () => {
    const provided = new FakeStore<TestState>({ queues: ['X', 'Y', 'Z'], clock: 0 });
    const provider = document.createElement('test-store-provider') as TestStoreProvider;
    provider.provider.setValue(provided);
    provider.innerHTML =
      '<test-shadow-wrapper></test-shadow-wrapper><test-shadow-wrapper></test-shadow-wrapper>';
    const container = await fixture(html`<div></div>`);
    container.append(provider);
    const wrappers = [...provider.querySelectorAll<TestShadowWrapper>('test-shadow-wrapper')];
    await Promise.all(wrappers.map(settle));
    const counts = wrappers.map((wrapper) =>
      wrapper.shadowRoot!.querySelector<TestQueueCount>('test-queue-count')!,
    );
    await Promise.all(counts.map(settle));
    expect(counts.map(text)).to.deep.equal(['3 queues', '3 queues']);
    expect(counts.map((count) => count.queues.store)).to.deep.equal([provided, provided]);
    expect(provided.listenerCount).to.equal(2);
    expect(fallbackCalls).to.equal(0);

    // The provider hands over another store: every consumer follows.
    const next = new FakeStore<TestState>({ queues: ['Only'], clock: 0 });
    provider.provider.setValue(next);
    expect(provided.listenerCount).to.equal(0);
    expect(next.listenerCount).to.equal(2);
    await Promise.all(counts.map(settle));
    expect(counts.map(text)).to.deep.equal(['1 queues', '1 queues']);
    provider.remove();
    expect(next.listenerCount).to.equal(0);
  });

  it('renders a pending update after removal from the last store, without falling back', async () => {
    const provided = new FakeStore(initial);
    const provider = document.createElement('test-store-provider') as TestStoreProvider;
    provider.provider.setValue(provided);
    const el = document.createElement('test-queue-count') as TestQueueCount;
    provider.append(el);
    (await fixture(html`<div></div>`)).append(provider);
    await settle(el);
    // A change schedules an update; the element leaves before it runs.
    provided.set({ ...initial, queues: ['Last'] });
    provider.remove();
    await settle(el);
    expect(text(el)).to.equal('1 queues');
    expect(fallbackCalls).to.equal(0);
    expect(provided.listenerCount).to.equal(0);
  });

  it('prefers an explicit store over the provided one', async () => {
    const provided = new FakeStore(initial);
    const explicit = new FakeStore<TestState>({ queues: [], clock: 0 });
    const provider = document.createElement('test-store-provider') as TestStoreProvider;
    provider.provider.setValue(provided);
    const el = document.createElement('test-queue-count') as TestQueueCount;
    el.queues.store = explicit;
    provider.append(el);
    (await fixture(html`<div></div>`)).append(provider);
    await settle(el);
    expect(text(el)).to.equal('0 queues');
    expect(provided.listenerCount).to.equal(0);
    expect(explicit.listenerCount).to.equal(1);
    provider.remove();
  });

  it('falls back when nothing provides a store, and only then', async () => {
    fallbackStore = new FakeStore(initial);
    const el = await fixture<TestQueueCount>(html`<test-queue-count></test-queue-count>`);
    expect(fallbackCalls).to.equal(1);
    expect(el.queues.store).to.equal(fallbackStore);
  });
});
