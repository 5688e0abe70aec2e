import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../../components/connects-store-provider.js';
import type { ConnectsStoreProvider } from '../../components/connects-store-provider.js';
import type { CilApi } from '../../src/cil/cil-api.js';
import { CIL_EVENT_NAMES } from '../../src/cil/enums.js';
import { ConnectsStoreController } from '../../src/lit/connects-store-controller.js';
import { StoreController } from '../../src/lit/store-controller.js';
import { ConnectsStore } from '../../src/store/connects-store.js';
import {
  defaultStoreDiscovery,
  getDefaultStore,
  resetDefaultStoreForTests,
} from '../../src/store/default-store.js';
import { createFakeCil, enabledQueues, type FakeCil } from '../store/fake-cil.js';
import { FakeStore } from './fake-store.js';

/** An element the way the wallboard's elements are written: `cil` and `store` properties forwarded to its controller. */
@customElement('test-lookup-count')
class TestLookupCount extends LitElement {
  readonly queues = new ConnectsStoreController(this, { selector: (state) => state.queues });

  get cil(): CilApi | undefined {
    return this.queues.cil;
  }
  set cil(cil: CilApi | undefined) {
    this.queues.cil = cil;
  }
  get store(): ConnectsStore | undefined {
    return this.queues.store;
  }
  set store(store: ConnectsStore | undefined) {
    this.queues.store = store;
  }

  protected override render() {
    return html`${this.queues.value.size} queues`;
  }
}

const page = globalThis as { cil?: unknown };

function expectRegisteredOnce(cil: FakeCil): void {
  for (const event of CIL_EVENT_NAMES) expect(cil.registrations(event), event).to.equal(1);
}

async function text(el: TestLookupCount): Promise<string> {
  await el.updateComplete;
  return el.shadowRoot!.textContent!.trim();
}

describe('finding the cil (explicit → element property → context → globalThis.cil → library)', () => {
  beforeEach(() => resetDefaultStoreForTests());
  afterEach(() => {
    delete page.cil;
    resetDefaultStoreForTests();
  });

  it('registers once per cil, whether reached through ConnectsStore.for, new ConnectsStore, the default store, a provider or an element', async () => {
    const cil = createFakeCil();
    page.cil = cil;
    const store = ConnectsStore.for(cil);
    expect(() => new ConnectsStore(cil)).to.throw(/already feeds another ConnectsStore/);
    expect(getDefaultStore()).to.equal(store);
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <connects-store-provider .cil=${cil}>
          <test-lookup-count id="provided"></test-lookup-count>
        </connects-store-provider>
        <test-lookup-count id="own" .cil=${cil}></test-lookup-count>
        <test-lookup-count id="default"></test-lookup-count>
      </div>
    `);
    const elements = [...root.querySelectorAll<TestLookupCount>('test-lookup-count')];
    for (const el of elements) expect(el.queues.store, el.id).to.equal(store);
    expectRegisteredOnce(cil);

    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const el of elements) expect(await text(el), el.id).to.equal('2 queues');
  });

  it('an element needs nothing else on a page where globalThis.cil exists', async () => {
    const cil = createFakeCil();
    page.cil = cil;
    const el = await fixture<TestLookupCount>(html`<test-lookup-count></test-lookup-count>`);
    expect((await defaultStoreDiscovery())?.cil).to.equal(cil);
    expect(el.queues.store?.getState().sourceStatus).to.equal('attached');
    cil.emit('queueDataUpdate', enabledQueues('Sales'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await text(el)).to.equal('1 queues');
    expectRegisteredOnce(cil);
  });

  it('order: the element’s store, then its cil, then the provider’s, then the default store', async () => {
    const pageCil = createFakeCil();
    page.cil = pageCil;
    const providedCil = createFakeCil();
    const ownCil = createFakeCil();
    const explicit = new ConnectsStore(createFakeCil());
    const provider = await fixture<ConnectsStoreProvider>(html`
      <connects-store-provider .cil=${providedCil}>
        <test-lookup-count></test-lookup-count>
      </connects-store-provider>
    `);
    const el = provider.querySelector('test-lookup-count') as TestLookupCount;
    expect(el.queues.store).to.equal(ConnectsStore.for(providedCil));

    el.cil = ownCil;
    expect(el.queues.store).to.equal(ConnectsStore.for(ownCil));
    el.store = explicit;
    expect(el.queues.store).to.equal(explicit);
    el.store = undefined;
    expect(el.queues.store).to.equal(ConnectsStore.for(ownCil));
    el.cil = undefined;
    expect(el.queues.store).to.equal(ConnectsStore.for(providedCil));

    // Outside any provider: the default store, which found globalThis.cil.
    document.body.append(el);
    expect(el.queues.store).to.equal(getDefaultStore());
    expect(el.queues.store).to.equal(ConnectsStore.for(pageCil));
    el.remove();
    for (const cil of [pageCil, providedCil, ownCil]) expectRegisteredOnce(cil);
  });

  it('an element on the waiting default store follows the store the discovered cil already had', async () => {
    const globalObject: { cil?: FakeCil } = {};
    const waiting = getDefaultStore({ globalObject, pollMs: 5, timeoutMs: 5000 });
    const el = await fixture<TestLookupCount>(html`<test-lookup-count></test-lookup-count>`);
    expect(el.queues.store).to.equal(waiting);
    const cil = createFakeCil();
    const own = ConnectsStore.for(cil);
    globalObject.cil = cil;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await defaultStoreDiscovery();
    } finally {
      console.warn = warn;
    }
    expect(getDefaultStore()).to.equal(own);
    expect(el.queues.store).to.equal(own);
    expect(waiting.listenerCount).to.equal(0);
    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await text(el)).to.equal('2 queues');
    expectRegisteredOnce(cil);
  });

  it('an element on a disposed default store moves to the fresh one', async () => {
    const cil = createFakeCil();
    page.cil = cil;
    const el = await fixture<TestLookupCount>(html`<test-lookup-count></test-lookup-count>`);
    const first = el.queues.store;
    first?.dispose();
    const fresh = getDefaultStore();
    expect(fresh).not.to.equal(first);
    expect(el.queues.store).to.equal(fresh);
    cil.emit('queueDataUpdate', enabledQueues('Sales'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await text(el)).to.equal('1 queues');
    expectRegisteredOnce(cil);
  });

  it('"not found" shows in sourceStatus when nothing appears in time', async () => {
    getDefaultStore({ globalObject: {}, timeoutMs: 20, pollMs: 5 });
    const el = await fixture<TestLookupCount>(html`<test-lookup-count></test-lookup-count>`);
    expect(el.queues.store?.getState().sourceStatus).to.equal('waiting');
    await defaultStoreDiscovery();
    expect(el.queues.store?.getState().sourceStatus).to.equal('not-found');
  });
});

describe('ConnectsStoreController over a real store: nothing left behind', () => {
  afterEach(() => resetDefaultStoreForTests());

  it('unsubscribes on disconnect, re-subscribes on reconnect, and the page ticker lets go of document', async () => {
    const cil = createFakeCil();
    const store = ConnectsStore.for(cil);
    const counts = new Map<string, number>();
    const realAdd = document.addEventListener.bind(document);
    const realRemove = document.removeEventListener.bind(document);
    document.addEventListener = ((type: string, ...rest: [EventListener, unknown?]) => {
      counts.set(type, (counts.get(type) ?? 0) + 1);
      realAdd(type, ...(rest as [EventListener]));
    }) as typeof document.addEventListener;
    document.removeEventListener = ((type: string, ...rest: [EventListener, unknown?]) => {
      counts.set(type, (counts.get(type) ?? 0) - 1);
      realRemove(type, ...(rest as [EventListener]));
    }) as typeof document.removeEventListener;
    try {
      const el = await fixture<TestLookupCount>(
        html`<test-lookup-count .cil=${cil}></test-lookup-count>`,
      );
      const parent = el.parentElement!;
      expect(store.listenerCount).to.equal(1);
      expect(counts.get('visibilitychange')).to.equal(1);

      el.remove();
      expect(store.listenerCount).to.equal(0);
      expect(counts.get('visibilitychange')).to.equal(0);

      cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support', 'Billing'));
      parent.append(el);
      expect(store.listenerCount).to.equal(1);
      expect(counts.get('visibilitychange')).to.equal(1);
      expect(await text(el)).to.equal('3 queues');

      // A hundred mounts and unmounts leave exactly what one mounted element holds.
      for (let i = 0; i < 100; i += 1) {
        el.remove();
        parent.append(el);
      }
      expect(store.listenerCount).to.equal(1);
      expect(counts.get('visibilitychange')).to.equal(1);
      el.remove();
      expect(store.listenerCount).to.equal(0);
      expect(counts.get('visibilitychange')).to.equal(0);
    } finally {
      document.addEventListener = realAdd;
      document.removeEventListener = realRemove;
    }
  });
});

describe('StoreController fallbackChanges', () => {
  it('is held only while connected, and moves a host that uses the fallback to the new store', async () => {
    const first = new FakeStore({ n: 1 });
    const second = new FakeStore({ n: 2 });
    let fallback = first;
    const changeListeners = new Set<() => void>();
    @customElement('test-fallback-follower')
    class TestFallbackFollower extends LitElement {
      readonly n = new StoreController(this, {
        selector: (state: { n: number }) => state.n,
        fallback: () => fallback,
        fallbackChanges: (onChange) => {
          changeListeners.add(onChange);
          return () => changeListeners.delete(onChange);
        },
      });
      protected override render() {
        return html`${this.n.value}`;
      }
    }
    const el = await fixture<TestFallbackFollower>(
      html`<test-fallback-follower></test-fallback-follower>`,
    );
    expect(changeListeners.size).to.equal(1);
    fallback = second;
    for (const listener of changeListeners) listener();
    expect(first.listenerCount).to.equal(0);
    expect(second.listenerCount).to.equal(1);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('2');
    el.remove();
    expect(changeListeners.size).to.equal(0);
    expect(second.listenerCount).to.equal(0);
  });
});
