/**
 * Time: the contact centre's clock ahead of and behind the browser's, state-change
 * times in the future, days old or invalid, a page hidden for an hour, and the
 * estimated offset where a person can read it.
 */
import { expect } from '@open-wc/testing';
import { ConnectsElement } from '../../components/internal/connects-element.js';
import { ConnectsStore, createTicker, type Ticker } from '../../src/store/index.js';
import { createFakeCil, type FakeCil } from '../store/fake-cil.js';
import { wireAgentState, wireQueue, wireQueueUpdate, wireWorkitem } from '../store/helpers.js';
import { Watch, allElements, mountPage, settle, type Page } from './page.js';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const iso = (ms: number): string => new Date(ms).toISOString();

/** A ticker on the test's clock and a page visibility the test switches. */
function manualTicker(now: () => number) {
  let hidden = false;
  const visibilityListeners = new Set<() => void>();
  const pending = new Set<() => void>();
  const ticker: Ticker = createTicker({
    now,
    setTimeout: (callback) => {
      pending.add(callback);
      return callback;
    },
    clearTimeout: (handle) => void pending.delete(handle as () => void),
    visibility: {
      isHidden: () => hidden,
      onChange: (listener) => {
        visibilityListeners.add(listener);
        return () => visibilityListeners.delete(listener);
      },
    },
  });
  return {
    ticker,
    /** Fires the pending tick, as the browser would at the next second. */
    tick(): void {
      const due = [...pending];
      pending.clear();
      for (const callback of due) callback();
    },
    setHidden(value: boolean): void {
      hidden = value;
      for (const listener of visibilityListeners) listener();
    },
    get pending(): number {
      return pending.size;
    },
  };
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const agentTimer = (page: Page): string =>
  text(page.agentState.shadowRoot!.querySelector('[part="timer"] [aria-hidden="true"]'));
const cardTimer = (page: Page): string =>
  text(page.callCard.shadowRoot!.querySelector('[part="timer"]'));
const dataAgeTitle = (page: Page): string =>
  page.wallboard.shadowRoot!.querySelector<HTMLElement>('[data-kpi="data-age"]')?.title ?? '';

/** Every leaf text on the page: no negative duration, no NaN, no "undefined". */
function expectNoBadTimer(page: Page): void {
  for (const el of allElements(page.root)) {
    if (el.children.length > 0) continue;
    expect(el.textContent ?? '', `<${el.localName}>`).not.to.match(
      /NaN|undefined|-\d+:\d\d|Invalid/,
    );
  }
}

describe('hardening: clocks', () => {
  let clock: number;
  let cil: FakeCil;
  let store: ConnectsStore;
  let page: Page;
  let manual: ReturnType<typeof manualTicker>;
  const original = ConnectsElement.ticker;
  const watch = new Watch();

  beforeEach(async () => {
    clock = T0;
    manual = manualTicker(() => clock);
    ConnectsElement.ticker = manual.ticker;
    cil = createFakeCil();
    store = new ConnectsStore(cil, { now: () => clock });
    watch.start();
    cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('q1', { callsInQueue: 1 })]));
    page = await mountPage(store);
  });
  afterEach(() => {
    watch.stop();
    ConnectsElement.ticker = original;
    store.dispose();
  });

  for (const [label, skewMs, words] of [
    ['ahead of', 3 * 60_000, '3:00 ahead'],
    ['behind', -4 * 60_000, '4:00 behind'],
  ] as const) {
    it(`the contact centre's clock minutes ${label} the browser's: timers start at 0:00, the offset is in the data-age tile's title`, async () => {
      expect(dataAgeTitle(page)).to.contain('not estimated yet');
      // Fresh events carry the server's now.
      cil.emit(
        'agentStateChange',
        wireAgentState('Ready', { newStateChangeTime: iso(clock + skewMs) }),
      );
      cil.emit('workitemCreate', wireWorkitem('w1', 'Offered', { connectedAt: '' }));
      cil.emit(
        'workitemConnect',
        wireWorkitem('w1', 'Active', { connectedAt: iso(clock + skewMs) }),
      );
      await settle(page);
      expect(store.getState().clock).to.deep.equal({ offsetMs: skewMs, samples: 2 });
      expect(agentTimer(page)).to.equal('0:00');
      expect(cardTimer(page)).to.contain('0:00');
      expect(dataAgeTitle(page)).to.contain(words).and.to.contain('2 events');
      clock += 65_000;
      manual.tick();
      await settle(page);
      expect(agentTimer(page)).to.equal('1:05');
      expect(cardTimer(page)).to.contain('1:05');
      expectNoBadTimer(page);
      watch.expectNone();
    });
  }

  it('state-change times in the future, days in the past or invalid: never negative, never NaN', async () => {
    cil.emit('agentStateChange', wireAgentState('Ready', { newStateChangeTime: iso(clock) }));
    // An hour in the future (beyond any plausible skew): shown as 0:00 until it is reached.
    cil.emit(
      'agentStateChange',
      wireAgentState('NotReady', { newReasonCode: 3, newStateChangeTime: iso(clock + 3_600_000) }),
    );
    cil.emit('workitemCreate', wireWorkitem('w1', 'Offered', { connectedAt: '' }));
    cil.emit(
      'workitemConnect',
      wireWorkitem('w1', 'Active', { connectedAt: iso(clock + 3_600_000) }),
    );
    await settle(page);
    expect(agentTimer(page)).to.equal('0:00');
    expect(cardTimer(page)).to.contain('0:00');
    expectNoBadTimer(page);
    // Three days ago: a day count, not a wrapped clock.
    cil.emit(
      'agentStateChange',
      wireAgentState('Ready', {
        channelId: 'voice_6000',
        newStateChangeTime: iso(clock - 3 * 86_400_000),
      }),
    );
    // Invalid and missing times are rejected or read as "now", never NaN.
    for (const bad of ['yesterday', '2026-13-45T99:00:00Z', '', 'NaN', '1e999']) {
      cil.emit(
        'agentStateChange',
        wireAgentState('Ready', { channelId: 'voice_7000', newStateChangeTime: bad }),
      );
      cil.emit('workitemConnect', wireWorkitem(`bad-${bad}`, 'Active', { connectedAt: bad }));
    }
    await settle(page);
    const timers = [
      ...page.agentState.shadowRoot!.querySelectorAll('[part="timer"] [aria-hidden="true"]'),
    ].map(text);
    expect(
      timers.some((t) => /3 d/.test(t) || /^72:/.test(t)),
      timers.join(', '),
    ).to.equal(true);
    expectNoBadTimer(page);
    for (const channel of store.getState().channels.values()) {
      expect(Number.isFinite(channel.since), channel.channelId).to.equal(true);
    }
    watch.expectNone();
  });

  it('UTC input is shown in local time', async () => {
    cil.emit('queueDataUpdate', wireQueueUpdate('UPDATED', [wireQueue('q1', { callsInQueue: 2 })]));
    await settle(page);
    // The viewer's time zone and the element's language (en): e.g. "9:00 AM" where UTC is 09:00.
    const hhmm = new Date(T0)
      .toLocaleTimeString('en', { hour: 'numeric', minute: '2-digit' })
      .replace(/\s+/g, ' ')
      .replace(/ [AP]M$/, '');
    // The wallboard's clock and "last update" read the viewer's time zone.
    expect(text(page.wallboard.shadowRoot!.querySelector('[part="clock"]'))).to.contain(hhmm);
    expect(
      text(page.wallboard.shadowRoot!.querySelector('[data-kpi="data-age"] [part="kpi-detail"]')),
    ).to.contain(hhmm);
  });

  it('a page hidden for an hour catches up at once when shown again', async () => {
    cil.emit('agentStateChange', wireAgentState('Ready', { newStateChangeTime: iso(clock) }));
    await settle(page);
    expect(agentTimer(page)).to.equal('0:00');
    manual.setHidden(true);
    expect(manual.pending, 'no tick while hidden').to.equal(0);
    clock += 3_600_000 + 5_000;
    await settle(page);
    expect(agentTimer(page), 'nothing drawn while hidden').to.equal('0:00');
    manual.setHidden(false);
    // At once, not at the next second's tick.
    await settle(page);
    expect(agentTimer(page)).to.equal('1:00:05');
    expectNoBadTimer(page);
    watch.expectNone();
  });
});
