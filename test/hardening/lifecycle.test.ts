/**
 * How elements live on a page that changes around them, and a `cil` that is missing,
 * late, replaced, loaded twice or failing: elements moved between containers, removed
 * and re-added, two stores on a page, two boards on one store, a `cil` swapped live,
 * request methods that throw, reject or never settle, error events nobody asked for.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import { ConnectsElement } from '../../components/internal/connects-element.js';
import type { ConnectsQueueBoard } from '../../components/queue-board/connects-queue-board.js';
import { CIL_REQUEST_NAMES } from '../../src/cil/enums.js';
import type { CilApi } from '../../src/cil/cil-api.js';
import { ConnectsStore, configureDefaultStore, getDefaultStore } from '../../src/store/index.js';
import { resetDefaultStoreForTests } from '../../src/store/default-store.js';
import { ManualTicker } from '../lit/manual-ticker.js';
import { createFakeCil, enabledQueues, type FakeCil } from '../store/fake-cil.js';
import { wireAgentState, wireWorkitem } from '../store/helpers.js';
import { Watch, expectScreenEqualsStore, mountPage, settle } from './page.js';

const rows = (board: ConnectsQueueBoard): string[] =>
  [...board.shadowRoot!.querySelectorAll<HTMLElement>('[data-queue-id]:not([data-totals])')]
    .map((row) => row.dataset.queueId ?? '')
    .sort();

async function boardSettled(board: ConnectsQueueBoard): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await board.updateComplete;
}

describe('hardening: elements on a changing page', () => {
  const ticker = new ManualTicker();
  const original = ConnectsElement.ticker;
  const watch = new Watch();
  before(() => (ConnectsElement.ticker = ticker));
  after(() => (ConnectsElement.ticker = original));
  beforeEach(() => watch.start());
  afterEach(() => {
    watch.stop();
    resetDefaultStoreForTests();
  });

  it('moved between containers, removed and re-added 50 times: the same screen, no subscription or tick left behind', async () => {
    const cil = createFakeCil();
    const store = new ConnectsStore(cil);
    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    const page = await mountPage(store);
    const baseline = { listeners: store.listenerCount, ticks: ticker.subscribers };
    const [a, b] = [document.createElement('div'), document.createElement('section')];
    page.root.append(a, b);
    for (let round = 0; round < 50; round += 1) {
      for (const el of page.elements) (round % 2 === 0 ? a : b).append(el);
      if (round % 10 === 5) {
        for (const el of page.elements) el.remove();
        expect(store.listenerCount, 'all let go while off the page').to.equal(0);
        page.root.append(...page.elements);
      }
    }
    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support', 'Billing'));
    await settle(page);
    expect(store.listenerCount).to.equal(baseline.listeners);
    expect(ticker.subscribers).to.equal(baseline.ticks);
    expectScreenEqualsStore(page, store.getState());
    watch.expectNone();
    store.dispose();
  });

  it('two stores on one page, two boards on one store: each shows its own, removing one board leaves the other', async () => {
    const [cilA, cilB] = [createFakeCil(), createFakeCil()];
    const root = await fixture<HTMLElement>(
      html`<div>
        <connects-queue-board
          max-updates-per-second="1000"
          class="a1"
          .cil=${cilA}
        ></connects-queue-board>
        <connects-queue-board
          max-updates-per-second="1000"
          class="a2"
          .cil=${cilA}
        ></connects-queue-board>
        <connects-queue-board
          max-updates-per-second="1000"
          class="b"
          .cil=${cilB}
        ></connects-queue-board>
      </div>`,
    );
    const [a1, a2, b] = ['.a1', '.a2', '.b'].map((s) => root.querySelector<ConnectsQueueBoard>(s)!);
    cilA.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    cilB.emit('queueDataUpdate', enabledQueues('Only'));
    for (const board of [a1!, a2!, b!]) await boardSettled(board);
    expect(rows(a1!)).to.deep.equal(['q1', 'q2']);
    expect(rows(a2!)).to.deep.equal(['q1', 'q2']);
    expect(rows(b!)).to.deep.equal(['q1']);
    expect(text(b!)).to.contain('Only').and.not.to.contain('Sales');
    const storeA = ConnectsStore.for(cilA);
    const withTwo = storeA.listenerCount;
    a2!.remove();
    expect(storeA.listenerCount).to.equal(withTwo / 2);
    cilA.emit('queueDataUpdate', enabledQueues('Sales', 'Support', 'Billing'));
    await boardSettled(a1!);
    expect(rows(a1!)).to.deep.equal(['q1', 'q2', 'q3']);
    watch.expectNone();
    storeA.dispose();
    ConnectsStore.for(cilB).dispose();
  });

  it('a board whose cil is swapped live follows the new one and lets the old store go', async () => {
    const [cilA, cilB] = [createFakeCil(), createFakeCil()];
    cilA.emit('queueDataUpdate', enabledQueues('Sales'));
    const board = await fixture<ConnectsQueueBoard>(
      html`<connects-queue-board
        max-updates-per-second="1000"
        .cil=${cilA}
      ></connects-queue-board>`,
    );
    const storeA = ConnectsStore.for(cilA);
    cilA.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    await boardSettled(board);
    expect(rows(board)).to.deep.equal(['q1', 'q2']);
    board.cil = cilB;
    await boardSettled(board);
    expect(storeA.listenerCount, 'the old store let go').to.equal(0);
    expect(board.status).to.equal('waiting');
    cilB.emit('queueDataUpdate', enabledQueues('Other'));
    await boardSettled(board);
    expect(rows(board)).to.deep.equal(['q1']);
    expect(text(board)).to.contain('Other');
    // Events on the old cil no longer reach the board.
    cilA.emit('queueDataUpdate', enabledQueues('Sales', 'Support', 'Billing'));
    await boardSettled(board);
    expect(rows(board)).to.deep.equal(['q1']);
    watch.expectNone();
    storeA.dispose();
    ConnectsStore.for(cilB).dispose();
  });
});

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** A cil whose every request fails the way `mode` says. */
function failingCil(mode: 'throws' | 'rejects' | 'never'): FakeCil {
  const cil = createFakeCil() as unknown as Record<string, unknown>;
  for (const name of CIL_REQUEST_NAMES) {
    cil[name] = () => {
      if (mode === 'throws') throw new Error(`${name} threw`);
      if (mode === 'rejects') return Promise.reject(new Error(`${name} rejected`));
      return new Promise(() => {});
    };
  }
  return cil as unknown as FakeCil;
}

describe('hardening: a missing, late, replaced or failing cil', () => {
  const watch = new Watch();
  beforeEach(() => {
    resetDefaultStoreForTests();
    watch.start();
  });
  afterEach(() => {
    watch.stop();
    resetDefaultStoreForTests();
  });

  it('missing, then appearing late: every element waits, then shows the data; loaded again, it registers nothing twice', async () => {
    const page$ = {} as { cil?: CilApi; ConnectsIntegrationLibrary?: unknown };
    configureDefaultStore({ globalObject: page$, pollMs: 20, timeoutMs: 60_000 });
    const page = await mountPage(undefined);
    for (const el of page.elements) expect((el as ConnectsElement).status).to.equal('waiting');
    const cil = createFakeCil();
    page$.cil = cil;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const store = getDefaultStore();
    expect(store.getState().sourceStatus).to.equal('attached');
    // The library is loaded a second time: another object replaces the global.
    page$.cil = createFakeCil();
    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    cil.emit('agentStateChange', wireAgentState('Ready'));
    await settle(page);
    expect(cil.registrations('queueDataUpdate')).to.equal(1);
    expectScreenEqualsStore(page, store.getState());
    expect(page.board.status).to.equal('enabled');
    watch.expectNone();
  });

  it('missing for good: every element says not found, nothing thrown', async () => {
    configureDefaultStore({ globalObject: {}, pollMs: 10, timeoutMs: 50 });
    const page = await mountPage(undefined);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await settle(page);
    for (const el of page.elements) expect((el as ConnectsElement).status).to.equal('not-found');
    watch.expectNone();
  });

  for (const mode of ['throws', 'rejects', 'never'] as const) {
    it(`request methods that ${mode === 'never' ? 'never settle' : mode}, a getChannel failing at start, errors without or with unknown requestIds: nothing escapes`, async () => {
      const cil = failingCil(mode);
      const store = new ConnectsStore(cil, { initialChannel: 'voice' });
      const page = await mountPage(store);
      cil.emit('queueDataUpdate', enabledQueues('Sales'));
      cil.emit('agentStateChange', wireAgentState('NotReady', { newReasonCode: 3 }));
      cil.emit('workitemCreate', wireWorkitem('w1', 'Offered'));
      cil.emit('workitemConnect', wireWorkitem('w1', 'Active'));
      cil.emit('error', { event: 'error', message: 'no request' });
      cil.emit('error', { event: 'error', message: 'someone else', requestId: 'not-ours' });
      const requests = [
        store.setAgentState('voice_5000', 'Ready'),
        store.sendDtmf('1'),
        store.directTransfer('voice_5000', '2000', 'w1'),
      ];
      for (const request of requests) request.catch(() => {});
      await settle(page);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await settle(page);
      const state = store.getState();
      expect(state.errors.map((e) => e.requestId)).to.deep.equal([null, 'not-ours']);
      if (mode !== 'never') {
        // Each failure is on its request, and the getChannel at start is counted.
        expect(
          state.requests.every((r) => r.status === 'failed'),
          JSON.stringify(state.requests),
        ).to.equal(true);
        expect(state.diagnostics.anomaliesTotal).to.be.greaterThan(0);
      } else {
        expect(state.requests.every((r) => r.status === 'pending')).to.equal(true);
      }
      expectScreenEqualsStore(page, state);
      watch.expectNone();
      store.dispose();
    });
  }
});
