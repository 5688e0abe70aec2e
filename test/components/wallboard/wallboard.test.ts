import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/wallboard/connects-wallboard.js';
import {
  ConnectsWallboard,
  parseWallboardParts,
} from '../../../components/wallboard/connects-wallboard.js';
import { ConnectsStore } from '../../../src/store/connects-store.js';
import { ManualTicker } from '../../lit/manual-ticker.js';
import { createFakeCil, type FakeCil } from '../../store/fake-cil.js';
import { wireQueue, wireQueueUpdate } from '../../store/helpers.js';

const START = Date.UTC(2026, 10, 30, 9, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

/** Waits for the store's batched notification and the element's update. */
async function settle(el: ConnectsWallboard): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}

function kpi(el: ConnectsWallboard, name: string): HTMLElement {
  const tile = el.shadowRoot!.querySelector<HTMLElement>(`[data-kpi="${name}"]`);
  expect(tile, `tile ${name}`).to.exist;
  return tile!;
}

const value = (el: ConnectsWallboard, name: string) =>
  kpi(el, name).querySelector('[part="kpi-value"]')!.textContent!.replace(/\s+/g, ' ').trim();
const detail = (el: ConnectsWallboard, name: string) =>
  kpi(el, name).querySelector('[part="kpi-detail"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Three queues: Sales Critical (5 waiting, oldest 2:05), Support Warn (2, 0:40), Billing Normal (counter not available). */
function threeQueues(now: number) {
  return wireQueueUpdate('ENABLED', [
    wireQueue(
      'q1',
      { callsInQueue: 5, agentsReady: 0, startTimeOfLongestCallInQueue: iso(now - 125_000) },
      'Critical',
      'Sales',
    ),
    wireQueue(
      'q2',
      { callsInQueue: 2, agentsReady: 1, startTimeOfLongestCallInQueue: iso(now - 40_000) },
      'Warn',
      'Support',
    ),
    wireQueue('q3', { callsInQueue: -1, agentsReady: 3 }, 'Normal', 'Billing'),
  ]);
}

describe('<connects-wallboard>', () => {
  let clock: number;
  let store: ConnectsStore;
  let cil: FakeCil;
  const ticker = new ManualTicker();
  const originalTicker = ConnectsWallboard.ticker;

  before(() => {
    ConnectsWallboard.ticker = ticker;
  });
  after(() => {
    ConnectsWallboard.ticker = originalTicker;
  });

  beforeEach(() => {
    clock = START;
    cil = createFakeCil();
    store = new ConnectsStore(cil, { now: () => clock });
  });
  afterEach(() => store.dispose());

  it('the header shows calls waiting in all queues, the longest wait and where, Critical and Warning counts, the data age', async () => {
    cil.emit('queueDataUpdate', threeQueues(clock));
    const el = await fixture<ConnectsWallboard>(
      html`<connects-wallboard .store=${store}></connects-wallboard>`,
    );
    await settle(el);
    expect(el.status).to.equal('enabled');
    // Billing's -1 is "not available": 5 + 2, not 6.
    expect(value(el, 'calls')).to.equal('7');
    expect(detail(el, 'calls')).to.equal('in 3 queues');
    expect(value(el, 'longest-wait')).to.contain('2:05');
    expect(detail(el, 'longest-wait')).to.equal('in Sales');
    expect(value(el, 'critical')).to.equal('1');
    expect(value(el, 'warn')).to.equal('1');
    // Never colour alone: the level's badge (shape and word) is in the tile.
    expect(kpi(el, 'critical').dataset.level).to.equal('critical');
    expect(detail(el, 'critical')).to.contain('Critical');
    expect(kpi(el, 'critical').querySelector('[part="escalation"] svg')).to.exist;
    expect(value(el, 'data-age')).to.equal('0:00');
    expect(detail(el, 'data-age')).to.contain('Live');
    await expect(el).to.be.accessible();
  });

  it('timers tick on the shared ticker with the store clock; stale after stale-after seconds, and live again on the next event', async () => {
    cil.emit('queueDataUpdate', threeQueues(clock));
    const el = await fixture<ConnectsWallboard>(
      html`<connects-wallboard .store=${store} stale-after="60"></connects-wallboard>`,
    );
    await settle(el);
    clock += 30_000;
    ticker.tick();
    await el.updateComplete;
    expect(value(el, 'longest-wait')).to.contain('2:35');
    expect(value(el, 'data-age')).to.equal('0:30');
    expect(el.stale).to.equal(false);
    clock += 31_000;
    ticker.tick();
    await el.updateComplete;
    expect(el.stale).to.equal(true);
    expect(el.hasAttribute('stale')).to.equal(true);
    expect(detail(el, 'data-age')).to.contain('Stale');
    // The numbers stay, marked.
    expect(value(el, 'calls')).to.equal('7');
    cil.emit('queueDataUpdate', wireQueueUpdate('UPDATED', [wireQueue('q3', { callsInQueue: 1 })]));
    await settle(el);
    expect(el.stale).to.equal(false);
    expect(value(el, 'calls')).to.equal('8');
  });

  it('counts only the queues in `queues`, and thresholds raise the levels as the board shows them', async () => {
    cil.emit('queueDataUpdate', threeQueues(clock));
    const el = await fixture<ConnectsWallboard>(
      html`<connects-wallboard .store=${store} queues="Support, q3"></connects-wallboard>`,
    );
    await settle(el);
    expect(value(el, 'calls')).to.equal('2');
    expect(detail(el, 'calls')).to.equal('in 2 queues');
    expect(detail(el, 'longest-wait')).to.equal('in Support');
    expect(value(el, 'critical')).to.equal('0');
    expect(kpi(el, 'critical').dataset.level).to.equal(undefined);
    expect(value(el, 'warn')).to.equal('1');
    // Support waits 40 s: a 30 s critical-wait raises it (never lowers Sales, not shown here).
    el.criticalWait = 30;
    await el.updateComplete;
    expect(value(el, 'critical')).to.equal('1');
    expect(value(el, 'warn')).to.equal('0');
  });

  it('no call waiting: the longest wait is a dash read as "not available", and says no call waits', async () => {
    cil.emit(
      'queueDataUpdate',
      wireQueueUpdate('ENABLED', [wireQueue('q1', { callsInQueue: 0, agentsReady: 2 })]),
    );
    const el = await fixture<ConnectsWallboard>(
      html`<connects-wallboard .store=${store}></connects-wallboard>`,
    );
    await settle(el);
    expect(value(el, 'calls')).to.equal('0');
    expect(value(el, 'longest-wait')).to.contain('–');
    expect(value(el, 'longest-wait')).to.contain('not available');
    expect(detail(el, 'longest-wait')).to.equal('No call waiting');
    expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|-1/);
  });

  it('honest screens: waiting, CCX (no queue statistics), logged out; never stale numbers', async () => {
    const waiting = new ConnectsStore(undefined, { now: () => clock });
    const el = await fixture<ConnectsWallboard>(
      html`<connects-wallboard .store=${waiting}></connects-wallboard>`,
    );
    expect(el.status).to.equal('waiting');
    expect(el.shadowRoot!.querySelector('[part="condition"]')).to.exist;
    waiting.dispose();

    const ccx = new ConnectsStore(createFakeCil(), { now: () => clock, flavour: 'CCX' });
    el.store = ccx;
    await settle(el);
    expect(el.status).to.equal('unavailable');
    expect(el.shadowRoot!.textContent).to.contain('No queue statistics on this platform');
    ccx.dispose();

    el.store = store;
    cil.emit('queueDataUpdate', threeQueues(clock));
    await settle(el);
    expect(value(el, 'calls')).to.equal('7');
    cil.emit('queueDataUpdate', wireQueueUpdate('DISABLED'));
    await settle(el);
    expect(el.status).to.equal('disabled');
    expect(el.shadowRoot!.querySelector('[data-kpi]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Logged out');
    await expect(el).to.be.accessible();
  });

  it('show="agent calls" keeps the layout while logged out, with the agent state and call card inside', async () => {
    cil.emit('queueDataUpdate', wireQueueUpdate('DISABLED'));
    const el = await fixture<ConnectsWallboard>(
      html`<connects-wallboard .store=${store} show="agent calls"></connects-wallboard>`,
    );
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="condition"]')).to.equal(null);
    expect(root.querySelector('connects-agent-state')).to.exist;
    expect(root.querySelector('connects-call-card')).to.exist;
    expect(root.querySelector('connects-queue-board')).to.exist;
    expect(root.querySelector('[data-kpi]')).to.equal(null);
    el.show = 'agent';
    await el.updateComplete;
    expect(root.querySelector('connects-agent-state')).to.exist;
    expect(root.querySelector('connects-call-card')).to.equal(null);
  });

  it('passes store, queues, thresholds and stale-after to the board and charts; dark unless a theme is asked for', async () => {
    cil.emit('queueDataUpdate', threeQueues(clock));
    const el = await fixture<ConnectsWallboard>(
      html`<connects-wallboard
        .store=${store}
        queues="Sales"
        warn-wait="20"
        critical-wait="100"
        warn-calls="3"
        critical-calls="9"
        stale-after="45"
      ></connects-wallboard>`,
    );
    await settle(el);
    const board = el.shadowRoot!.querySelector('connects-queue-board')!;
    expect(board.store).to.equal(store);
    expect(board.queues).to.equal('Sales');
    expect([
      board.warnWait,
      board.criticalWait,
      board.warnCalls,
      board.criticalCalls,
    ]).to.deep.equal([20, 100, 3, 9]);
    expect(board.staleAfter).to.equal(45);
    const charts = [...el.shadowRoot!.querySelectorAll('connects-queue-chart')];
    expect(charts.map((c) => c.getAttribute('kind'))).to.deep.equal(['agents', 'trend']);
    for (const chart of charts) {
      expect(chart.store).to.equal(store);
      expect(chart.staleAfter).to.equal(45);
    }
    expect(charts[0]!.queues).to.equal('Sales');
    const layout = el.shadowRoot!.querySelector('[part="wallboard"]')!;
    expect(layout.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(layout.getAttribute('theme')).to.equal('light');
    // The base sets effective-theme once the attribute is reflected (an observer's microtask).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    // A queue chosen on the board: its trend; chosen again: all queues.
    board.dispatchEvent(
      new CustomEvent('connects-queue-select', {
        detail: { queueId: 'q1' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(charts[1]!.queue).to.equal('q1');
    board.dispatchEvent(
      new CustomEvent('connects-queue-select', {
        detail: { queueId: 'q1' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(charts[1]!.queue).to.equal(undefined);
  });

  it('speaks German with lang="de"', async () => {
    cil.emit('queueDataUpdate', threeQueues(clock));
    const el = await fixture<ConnectsWallboard>(
      html`<connects-wallboard .store=${store} lang="de"></connects-wallboard>`,
    );
    await settle(el);
    expect(kpi(el, 'calls').textContent).to.contain('Wartende Anrufe');
    expect(detail(el, 'calls')).to.equal('in 3 Warteschlangen');
    expect(detail(el, 'critical')).to.contain('Kritisch');
  });

  it('reads `show` leniently', () => {
    expect([...parseWallboardParts('agent calls')]).to.deep.equal(['agent', 'calls']);
    expect([...parseWallboardParts(' Calls,agent, nonsense ')]).to.deep.equal(['calls', 'agent']);
    expect(parseWallboardParts(undefined).size).to.equal(0);
  });
});
