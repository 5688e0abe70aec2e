import { expect, fixture, html } from '@open-wc/testing';
import { ConnectsStore } from '../../../src/store/connects-store.js';
import { createFakeCil, enabledQueues, type FakeCil } from '../../store/fake-cil.js';
import { TestConnectsElement, testTicker } from './test-element.js';
import './test-element.js';

const disabled = { event: 'queueDataUpdate', version: '1.0', dataState: 'DISABLED', queueData: [] };

/** Waits for the element's pending update (store notifications are batched in a microtask). */
async function settle(el: TestConnectsElement): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}

function screen(el: TestConnectsElement): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="condition"]');
}

function text(el: Element): string {
  return (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ').trim();
}

describe('condition screens through the base', () => {
  let store: ConnectsStore;
  let cil: FakeCil;

  beforeEach(() => {
    store = new ConnectsStore();
    cil = createFakeCil();
    TestConnectsElement.clock = 1_000_000;
  });

  afterEach(() => store.dispose());

  it('waiting: says so, reflects status=waiting and counts the time waited on each tick', async () => {
    const el = await fixture<TestConnectsElement>(
      html`<test-connects-element .store=${store}></test-connects-element>`,
    );
    expect(el.getAttribute('status')).to.equal('waiting');
    expect(screen(el)!.dataset.condition).to.equal('waiting');
    expect(text(el)).to.contain('Waiting for b+s Connects');
    expect(text(el)).to.contain('Time waited: 0:00');
    TestConnectsElement.clock += 65_000;
    testTicker.tick();
    await el.updateComplete;
    expect(text(el)).to.contain('Time waited: 1:05');
  });

  it('waiting follows the shared ticker only while waiting, and never after disconnect', async () => {
    const before = testTicker.subscribers;
    const el = await fixture<TestConnectsElement>(
      html`<test-connects-element .store=${store}></test-connects-element>`,
    );
    expect(testTicker.subscribers).to.equal(before + 1);
    store.attach(cil);
    cil.emit('queueDataUpdate', enabledQueues('Sales'));
    await settle(el);
    expect(el.status).to.equal('enabled');
    expect(testTicker.subscribers).to.equal(before);
    store.markSourceNotFound();
    el.remove();
    expect(testTicker.subscribers).to.equal(before);
  });

  it('attached but no data yet: waiting for data', async () => {
    store.attach(cil);
    const el = await fixture<TestConnectsElement>(
      html`<test-connects-element .store=${store}></test-connects-element>`,
    );
    expect(el.status).to.equal('waiting');
    expect(screen(el)!.dataset.condition).to.equal('waiting-data');
    expect(text(el)).to.contain('Waiting for data');
  });

  it('not found: one line on embedding and a link to the README section', async () => {
    store.markSourceNotFound();
    const el = await fixture<TestConnectsElement>(
      html`<test-connects-element .store=${store}></test-connects-element>`,
    );
    expect(el.getAttribute('status')).to.equal('not-found');
    expect(text(el)).to.contain('b+s Connects not found');
    expect(text(el)).to.contain('cil property');
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.match(/#embedding$/);
    expect(link.textContent).to.contain('How to embed');
  });

  it('CCX: queue statistics do not exist on this platform', async () => {
    const ccx = new ConnectsStore(cil, { flavour: 'CCX' });
    const el = await fixture<TestConnectsElement>(
      html`<test-connects-element .store=${ccx}></test-connects-element>`,
    );
    expect(el.getAttribute('status')).to.equal('unavailable');
    expect(text(el)).to.contain('No queue statistics on this platform');
    expect(text(el)).to.contain('CCX');
    ccx.dispose();
  });

  it('logged out (DISABLED): no stale numbers remain', async () => {
    store.attach(cil);
    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support', 'Billing'));
    const el = await fixture<TestConnectsElement>(
      html`<test-connects-element .store=${store}></test-connects-element>`,
    );
    expect(el.status).to.equal('enabled');
    expect(el.shadowRoot!.querySelector('[data-stat="callsInQueue"]')!.textContent).to.equal('3');
    cil.emit('queueDataUpdate', disabled);
    await settle(el);
    expect(el.getAttribute('status')).to.equal('disabled');
    expect(text(el)).to.contain('Logged out');
    expect(el.shadowRoot!.querySelector('[data-stat]')).to.equal(null);
    expect(text(el)).not.to.match(/\d/);
  });

  it('nothing subscribed: enabled with no queues', async () => {
    store.attach(cil);
    cil.emit('queueDataUpdate', enabledQueues());
    const el = await fixture<TestConnectsElement>(
      html`<test-connects-element .store=${store}></test-connects-element>`,
    );
    expect(el.status).to.equal('enabled');
    expect(screen(el)!.dataset.condition).to.equal('empty');
    expect(text(el)).to.contain('No queues subscribed');
  });

  it('speaks German when an ancestor says lang="de"', async () => {
    store.markSourceNotFound();
    const wrapper = await fixture(
      html`<div lang="de-AT"><test-connects-element .store=${store}></test-connects-element></div>`,
    );
    const el = wrapper.querySelector('test-connects-element')!;
    await el.updateComplete;
    expect(text(el)).to.contain('b+s Connects nicht gefunden');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(el)).to.contain('b+s Connects not found');
    el.removeAttribute('lang');
    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.contain('b+s Connects not found');
  });

  it('stale: the numbers stay, marked, with their age; the age ticks; German too', async () => {
    store.attach(cil);
    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support', 'Billing'));
    const before = testTicker.subscribers;
    const el = await fixture<TestConnectsElement>(
      html`<test-connects-element
        .store=${store}
        .quietSince=${TestConnectsElement.clock - 3 * 60_000 - 10_000}
      ></test-connects-element>`,
    );
    const number = el.shadowRoot!.querySelector('[data-stat="callsInQueue"]')!;
    expect(number.textContent).to.equal('3');
    expect(number.classList.contains('stale')).to.equal(true);
    const notice = el.shadowRoot!.querySelector('[part="stale"]')!;
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('No update for 3 minutes');
    expect(testTicker.subscribers).to.equal(before + 1);
    TestConnectsElement.clock += 2 * 60_000;
    testTicker.tick();
    await el.updateComplete;
    expect(notice.textContent).to.contain('No update for 5 minutes');
    el.lang = 'de';
    await el.updateComplete;
    expect(notice.textContent).to.contain('Seit 5 Minuten keine Aktualisierung');
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      el.theme = theme;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
    el.quietSince = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    expect(number.classList.contains('stale')).to.equal(false);
    expect(testTicker.subscribers).to.equal(before);
  });

  describe('accessible in every theme', () => {
    const cases: [string, (s: ConnectsStore, c: FakeCil) => ConnectsStore][] = [
      ['waiting', (s) => s],
      ['waiting-data', (s, c) => (s.attach(c), s)],
      ['not-found', (s) => (s.markSourceNotFound(), s)],
      ['unavailable', (_s, c) => new ConnectsStore(c, { flavour: 'CCX' })],
      [
        'disabled',
        (s, c) => {
          s.attach(c);
          c.emit('queueDataUpdate', disabled);
          return s;
        },
      ],
      [
        'empty',
        (s, c) => {
          s.attach(c);
          c.emit('queueDataUpdate', enabledQueues());
          return s;
        },
      ],
    ];
    for (const theme of ['light', 'dark', 'high-contrast']) {
      for (const [condition, prepare] of cases) {
        it(`${condition}, ${theme}`, async () => {
          const used = prepare(store, cil);
          const wrapper = await fixture(
            html`<div theme=${theme}>
              <test-connects-element .store=${used}></test-connects-element>
            </div>`,
          );
          const el = wrapper.querySelector('test-connects-element')!;
          await settle(el);
          expect(el.getAttribute('effective-theme')).to.equal(theme);
          expect(screen(el)!.dataset.condition).to.equal(condition);
          await expect(el).to.be.accessible();
          if (used !== store) used.dispose();
        });
      }
    }
  });
});
