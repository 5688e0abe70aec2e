import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { parseEvent, type WorkitemEventName } from '../../../src/cil/index.js';
import type { ConnectsStore } from '../../../src/store/index.js';
import { card, cards, disposeAll, mount, partText, settle, T0, text, ticker } from './helpers.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Feeds a wire workitem event into the store as if the cil had sent it. */
function feed(
  store: ConnectsStore,
  name: WorkitemEventName,
  payload: Record<string, unknown>,
): void {
  const result = parseEvent(name, { event: name, channelId: 'voice_5000', ...payload });
  if (!result.ok) throw new Error(result.problem.detail);
  store.dispatch(result.value);
}

const HOSTILE = '<img src=x onerror="window.__callCardPwned=1"><b>bold</b>';

describe('<connects-call-card>: what a card shows', function () {
  // Rendering, the simulator and axe: slow on a loaded machine, not a timing assertion.
  this.timeout(90_000);
  afterEach(disposeAll);

  it('HTML in the ani, CRM names and call variables is shown as text', async () => {
    const { el, store } = await mount();
    feed(store, 'workitemCreate', {
      id: 'h1',
      state: 'Offered',
      direction: 'Incoming',
      classification: 'Customer',
      ani: HOSTILE,
      participants: [{ address: HOSTILE }, { address: '5001' }],
      associatedParticipant: { id: 'c1', name: `<script>alert(1)</script>`, recordType: 'contact' },
      participantLookupResult: [
        { id: 'c1', name: `<script>alert(1)</script>`, recordType: 'contact' },
        { id: 'c2', name: '<i>Other</i>', recordType: '<u>account</u>' },
      ],
      ctiData: { callVariable1: HOSTILE, 'user.Note': '<a href="javascript:x">x</a>' },
    });
    await settle(el);
    const c = card(el, 'h1');
    expect(partText(c, '[part="party"]')).to.equal(HOSTILE);
    expect(text(c)).to.contain('<script>alert(1)</script> (contact)');
    expect(text(c)).to.contain('<i>Other</i> (<u>account</u>)');
    expect(text(c)).to.contain('<a href="javascript:x">x</a>');
    expect(c.querySelectorAll('img, script, b, i, u, a')).to.have.length(0);
    expect((window as { __callCardPwned?: number }).__callCardPwned).to.equal(undefined);
  });

  it('what the call does not carry is absent, never "undefined" or "null"', async () => {
    const { el, store } = await mount();
    // The reference: the activity may be undefined at create; there may be no associated participant.
    feed(store, 'workitemCreate', { id: 'a1', state: 'Offered', ctiData: {} });
    await settle(el);
    const c = card(el, 'a1');
    const all = text(c);
    expect(all).to.not.match(/undefined|null|NaN/);
    expect(partText(c, '[part="party"]')).to.equal('Unknown number');
    expect(partText(c, '[part="direction"]')).to.equal('Direction unknown');
    expect(partText(c, '[part="classification"]')).to.equal('Unclassified');
    const facts = Object.fromEntries(
      [...c.querySelectorAll('[part="details"] > div')].map((row) => [
        text(row.querySelector('dt')),
        text(row.querySelector('dd')),
      ]),
    );
    expect(facts).to.deep.equal({
      'CRM record': 'No record assigned',
      'Lookup results': 'No match',
      Activity: '–not available',
      Participants: '–not available',
      Queue: '–not available',
      'Dialled number': '–not available',
      DNIS: '–not available',
      'Call type': '–not available',
      'Wrap-up reason': '–not available',
    });
    expect(c.querySelector('[part="variables"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the CRM record, the other lookup results, the activity, queue and numbers', async () => {
    const { el, store } = await mount();
    feed(store, 'workitemConnect', {
      id: 'd1',
      state: 'Active',
      direction: 'Incoming',
      classification: 'Customer',
      ani: '+41 44 000 11 22',
      connectedAt: iso(T0),
      participants: [{ address: '+41 44 000 11 22' }, { address: '5001' }],
      associatedParticipant: { id: 'c1', name: 'Anna Muster', recordType: 'customer_contact' },
      participantLookupResult: [
        { id: 'c1', name: 'Anna Muster', recordType: 'customer_contact' },
        { id: 'c9', name: 'Muster AG', recordType: 'customer_account' },
      ],
      activity: { id: 'act1', recordType: 'phonecall' },
      associations: [{ id: 'act1', name: 'PHN0001234', recordType: 'phonecall' }],
      ctiData: {
        queueName: 'Support',
        queueNumber: '8001',
        dialedNumber: '+41 800 8001',
        DNIS: '8001',
        callType: 'ACD_IN',
        wrapUpReason: '',
      },
    });
    await settle(el);
    const rows = [...card(el, 'd1').querySelectorAll('[part="details"] > div')].map((row) => {
      const items = [...row.querySelectorAll('dd li')];
      return items.length > 0
        ? items.map((item) => text(item)).join(' | ')
        : text(row.querySelector('dd'));
    });
    expect(rows).to.deep.equal([
      'Anna Muster (customer_contact)',
      'Muster AG (customer_account)',
      'PHN0001234 (phonecall)',
      '+41 44 000 11 22 | 5001',
      'Support · 8001',
      '+41 800 8001',
      '8001',
      'ACD_IN',
      '–not available',
    ]);
  });

  it('events out of order: a connect before its create shows the call talking since connectedAt', async () => {
    const { el, store, sim } = await mount();
    feed(store, 'workitemConnect', {
      id: 'o1',
      state: 'Active',
      direction: 'Incoming',
      ani: '+41 1',
      connectedAt: iso(sim.now()),
    });
    sim.advance(30_000);
    ticker.tick();
    await settle(el);
    const c = card(el, 'o1');
    expect(c.dataset.state).to.equal('Active');
    expect(partText(c, '[part="timer"]')).to.equal('0:30');
    // The create arrives late: the call stays Active (the store keeps the later state).
    feed(store, 'workitemCreate', {
      id: 'o1',
      state: 'Offered',
      direction: 'Incoming',
      ani: '+41 1',
    });
    await settle(el);
    expect(card(el, 'o1').dataset.state).to.equal('Active');
    expect(partText(card(el, 'o1'), '.state-word')).to.equal('Talking');
    feed(store, 'callVariableChanged', { id: 'o1', ctiData: { callVariable2: 'late data' } });
    await settle(el);
    expect(card(el, 'o1').dataset.state).to.equal('Active');
    expect(text(card(el, 'o1'))).to.contain('late data');
    // Ended is ended: a late data event does not bring the card back.
    feed(store, 'workitemEnd', { id: 'o1', state: 'Ended' });
    feed(store, 'wrapupDataChanged', { id: 'o1', ctiData: { wrapUpReason: 'Sale' } });
    await settle(el);
    expect(cards(el)).to.have.length(0);
  });

  it('two calls at once: two cards in the order they came, each with its own timer', async () => {
    const { el, sim } = await mount();
    const first = sim.offerCall({ ani: '+41 1' });
    sim.answer(first);
    sim.advance(20_000);
    const second = sim.offerCall({ ani: '+41 2' });
    sim.advance(5_000);
    await settle(el);
    expect(cards(el).map((c) => c.dataset.workitemId)).to.deep.equal([first, second]);
    expect(partText(card(el, first), '[part="timer"]')).to.equal('0:25');
    expect(partText(card(el, second), '[part="timer"]')).to.equal('0:05');
    expect(card(el, second).dataset.state).to.equal('Offered');
    await expect(el).to.be.accessible();
  });

  it('German', async () => {
    const { el, sim } = await mount(
      {},
      (store) => html`<connects-call-card lang="de" .store=${store}></connects-call-card>`,
    );
    expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.contain('Keine Anrufe');
    const id = sim.offerCall({ ani: '+41 1' });
    sim.answer(id);
    await settle(el);
    const c = card(el, id);
    expect(partText(c, '.state-word')).to.equal('Im Gespräch');
    expect(partText(c, '[part="direction"]')).to.equal('Eingehend');
    expect(partText(c, '[part="classification"]')).to.equal('Kundenanruf');
    expect(partText(c, 'button[data-action="directTransfer"]')).to.equal('Weiterleiten');
    expect(text(c)).to.contain('Anrufvariable 1');
    await expect(el).to.be.accessible();
  });

  it('logged out: the logged-out screen, not an empty list', async () => {
    const { el, sim } = await mount();
    expect(el.status).to.equal('enabled');
    sim.logout();
    await settle(el);
    expect(el.status).to.equal('disabled');
    expect(el.getAttribute('status')).to.equal('disabled');
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
    const screen = text(el.shadowRoot!.querySelector('[part="condition"]'));
    expect(screen).to.contain('Logged out');
    expect(screen).to.contain('Calls appear again after login.');
    await expect(el).to.be.accessible();
  });

  it('channel-id shows only that channel', async () => {
    const { el, store } = await mount(
      {},
      (s) => html`<connects-call-card channel-id="voice_5000" .store=${s}></connects-call-card>`,
    );
    feed(store, 'workitemCreate', { id: 'mine', state: 'Offered' });
    feed(store, 'workitemCreate', { id: 'other', state: 'Offered', channelId: 'voice_6000' });
    await settle(el);
    expect(cards(el).map((c) => c.dataset.workitemId)).to.deep.equal(['mine']);
  });
});
