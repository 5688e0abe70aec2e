import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import type { ConnectsWorkitemActionEvent } from '../../../components/call-card/connects-call-card.js';
import {
  card,
  cards,
  clickAction,
  disposeAll,
  mount,
  partText,
  settle,
  submit,
  text,
  type,
  type Mounted,
} from './helpers.js';

/** A call offered and answered: Active, with its card. */
async function activeCall(mounted: Mounted, ani = '+41 44 668 18 00'): Promise<string> {
  const id = mounted.sim.offerCall({ ani });
  mounted.sim.answer(id);
  await settle(mounted.el);
  return id;
}

function buttons(cardElement: HTMLElement): string[] {
  return [...cardElement.querySelectorAll<HTMLButtonElement>('[part="actions"] button')].map(
    (button) => button.dataset.action ?? '',
  );
}

function outcome(cardElement: HTMLElement): { status: string; text: string } {
  const node = cardElement.querySelector<HTMLElement>('[part="outcome"]')!;
  return { status: node.dataset.status ?? '', text: text(node) };
}

/** The requestId the cil was called with for the n-th call of a request. */
function requestIdOf(mounted: Mounted, name: Parameters<Mounted['script']['failNext']>[0], n = 0) {
  const args = mounted.script.calls.get(name)?.[n];
  return args?.at(-1) as string | undefined;
}

describe('<connects-call-card>: actions', function () {
  // Rendering, the simulator and axe: slow on a loaded machine, not a timing assertion.
  this.timeout(90_000);
  afterEach(disposeAll);

  it('offers only what the capabilities and the is…Enabled answers allow', async () => {
    const mounted = await mount();
    const id = mounted.sim.offerCall();
    await settle(mounted.el);
    // Offered: ANSWER only, which the card does not offer.
    expect(buttons(card(mounted.el, id))).to.deep.equal([]);
    mounted.sim.answer(id);
    await settle(mounted.el);
    expect(buttons(card(mounted.el, id))).to.deep.equal([
      'directTransfer',
      'singleStepConference',
      'dialOrConsult',
      'sendDtmf',
      'updateWorkitemData',
    ]);
    mounted.sim.hold(id);
    await settle(mounted.el);
    // On hold: only data editing (UPDATE_CALL_DATA, and isUpdateWorkitemDataEnabled says yes).
    expect(buttons(card(mounted.el, id))).to.deep.equal(['updateWorkitemData']);
    await expect(mounted.el).to.be.accessible();
  });

  it('no keypad when isSendDtmfEnabled says no, though the capability is there', async () => {
    const mounted = await mount();
    const original = mounted.sim.isSendDtmfEnabled.bind(mounted.sim);
    mounted.sim.isSendDtmfEnabled = () => Promise.resolve(false);
    const id = await activeCall(mounted);
    expect(buttons(card(mounted.el, id))).to.not.include('sendDtmf');
    mounted.sim.isSendDtmfEnabled = original;
  });

  it('transfer: sent with the workitem id, confirmed by the call ending; the event carries the requestId', async () => {
    const mounted = await mount();
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'directTransfer');
    await settle(mounted.el);
    const input = card(mounted.el, id).querySelector<HTMLInputElement>('.panel input');
    expect(mounted.el.shadowRoot!.activeElement).to.equal(input);
    await expect(mounted.el).to.be.accessible();
    type(input, '4711');
    const fired = oneEvent(mounted.el, 'connects-workitem-action');
    submit(input);
    const event = (await fired) as ConnectsWorkitemActionEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.include({
      action: 'directTransfer',
      workitemId: id,
      status: 'confirmed',
      value: '4711',
    });
    expect(event.detail.requestId).to.equal(requestIdOf(mounted, 'directTransfer'));
    const [args] = mounted.script.calls.get('directTransfer')!;
    expect(args!.slice(0, 3)).to.deep.equal(['voice_5000', '4711', id]);
    await settle(mounted.el);
    // The call left the agent: its card is gone, the outcome announced.
    expect(cards(mounted.el).map((c) => c.dataset.workitemId)).to.not.include(id);
    expect(text(mounted.el.shadowRoot!.querySelector('p.visually-hidden[role="status"]'))).to.equal(
      'Transfer: done',
    );
  });

  it('transfer: an error event with its requestId fails it on the card, and no event is fired', async () => {
    const mounted = await mount();
    const id = await activeCall(mounted);
    let fired = 0;
    mounted.el.addEventListener('connects-workitem-action', () => (fired += 1));
    mounted.script.failNext('directTransfer', { message: 'Destination <busy>' });
    clickAction(card(mounted.el, id), 'directTransfer');
    await settle(mounted.el);
    type(card(mounted.el, id).querySelector('.panel input'), '4711');
    submit(card(mounted.el, id).querySelector('.panel input'));
    await settle(mounted.el);
    const requestId = requestIdOf(mounted, 'directTransfer');
    const entry = mounted.store.getState().requests.find((r) => r.requestId === requestId);
    expect(entry?.status).to.equal('failed');
    expect(outcome(card(mounted.el, id))).to.deep.equal({
      status: 'failed',
      text: 'Transfer failed: Destination <busy>',
    });
    expect(fired).to.equal(0);
    // The form stays open with the address, to try again.
    expect(card(mounted.el, id).querySelector<HTMLInputElement>('.panel input')?.value).to.equal(
      '4711',
    );
    await expect(mounted.el).to.be.accessible();
  });

  it('an empty address is not sent and says why', async () => {
    const mounted = await mount();
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'singleStepConference');
    await settle(mounted.el);
    submit(card(mounted.el, id).querySelector('.panel input'));
    await settle(mounted.el);
    const input = card(mounted.el, id).querySelector<HTMLInputElement>('.panel input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(partText(card(mounted.el, id), '.field-error')).to.equal('Enter a number or address.');
    expect(mounted.script.calls.has('singleStepConference')).to.equal(false);
  });

  it('conference: sent (no success event), then a late error still fails it on the card', async () => {
    const mounted = await mount();
    const id = await activeCall(mounted);
    mounted.script.failNext('singleStepConference', { message: 'Conference limit', late: true });
    clickAction(card(mounted.el, id), 'singleStepConference');
    await settle(mounted.el);
    type(card(mounted.el, id).querySelector('.panel input'), '4712');
    const fired = oneEvent(mounted.el, 'connects-workitem-action');
    submit(card(mounted.el, id).querySelector('.panel input'));
    const event = (await fired) as ConnectsWorkitemActionEvent;
    expect(event.detail).to.include({ action: 'singleStepConference', status: 'sent' });
    await settle(mounted.el);
    expect(outcome(card(mounted.el, id))).to.deep.equal({
      status: 'sent',
      text: 'Conference: sent',
    });
    mounted.script.deliverLateErrors();
    await settle(mounted.el);
    expect(outcome(card(mounted.el, id))).to.deep.equal({
      status: 'failed',
      text: 'Conference failed: Conference limit',
    });
  });

  it('consult: pending until the consultation call appears beside the original, which goes on hold', async () => {
    const mounted = await mount({ requestLatencyMs: 1_000 });
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'dialOrConsult');
    await settle(mounted.el);
    type(card(mounted.el, id).querySelector('.panel input'), '4713');
    submit(card(mounted.el, id).querySelector('.panel input'));
    await settle(mounted.el);
    expect(outcome(card(mounted.el, id))).to.deep.equal({
      status: 'pending',
      text: 'Consultation call: sending…',
    });
    expect(
      card(mounted.el, id).querySelector<HTMLButtonElement>('.panel button[type="submit"]')
        ?.disabled,
    ).to.equal(true);
    mounted.sim.advance(1_000);
    await settle(mounted.el);
    expect(outcome(card(mounted.el, id)).status).to.equal('confirmed');
    const all = cards(mounted.el);
    expect(all).to.have.length(2);
    expect(all[0]!.dataset.state).to.equal('Paused');
    expect(all[1]!.dataset.state).to.equal('Initiated');
    expect(partText(all[1]!, '[part="classification"]')).to.equal('Consultation');
    expect(partText(all[1]!, '[part="direction"]')).to.equal('Outgoing');
    expect(partText(all[1]!, '[part="party"]')).to.equal('4713');
    expect(partText(all[1]!, '.state-word')).to.equal('Dialling');
    mounted.sim.advance(8_000);
    await settle(mounted.el);
    // Connected: two participants, ani is now the agent; the card still shows the consulted party.
    expect(cards(mounted.el)[1]!.dataset.state).to.equal('Active');
    expect(partText(cards(mounted.el)[1]!, '[part="party"]')).to.equal('4713');
    await expect(mounted.el).to.be.accessible();
  });

  it('consult: an error event fails it on the card', async () => {
    const mounted = await mount();
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'dialOrConsult');
    await settle(mounted.el);
    // The simulator rejects this address, as b+s Connects would: an error event with the requestId.
    type(card(mounted.el, id).querySelector('.panel input'), 'x');
    submit(card(mounted.el, id).querySelector('.panel input'));
    await settle(mounted.el);
    expect(outcome(card(mounted.el, id))).to.deep.equal({
      status: 'failed',
      text: 'Consultation call failed: Invalid address: x',
    });
    expect(cards(mounted.el)).to.have.length(1);
  });
});

describe('<connects-call-card>: DTMF', function () {
  // Rendering, the simulator and axe: slow on a loaded machine, not a timing assertion.
  this.timeout(90_000);
  afterEach(disposeAll);

  it('CCE: a 16-key keypad, 0-9 * # A-D accepted, anything else refused before sending', async () => {
    const mounted = await mount({ flavour: 'CCE' });
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'sendDtmf');
    await settle(mounted.el);
    const c = card(mounted.el, id);
    const keys = [...c.querySelectorAll<HTMLButtonElement>('.keypad button')];
    expect(keys.map((k) => k.dataset.key).join('')).to.equal('123A456B789C*0#D');
    expect(keys[3]!.getAttribute('aria-label')).to.equal('Send tone A');
    const input = c.querySelector<HTMLInputElement>('.dtmf-form input');
    type(input, '12E+');
    submit(input);
    await settle(mounted.el);
    expect(partText(card(mounted.el, id), '.field-error')).to.equal(
      'Not a tone on this platform: E +. Allowed: 0-9 * # A-D.',
    );
    expect(mounted.script.calls.has('sendDtmf')).to.equal(false);
    type(card(mounted.el, id).querySelector('.dtmf-form input'), '12 ab#');
    const fired = oneEvent(mounted.el, 'connects-workitem-action');
    submit(card(mounted.el, id).querySelector('.dtmf-form input'));
    const event = (await fired) as ConnectsWorkitemActionEvent;
    expect(event.detail).to.include({ action: 'sendDtmf', value: '12AB#', status: 'sent' });
    expect(mounted.script.calls.get('sendDtmf')![0]![0]).to.equal('12AB#');
    await settle(mounted.el);
    expect(outcome(card(mounted.el, id)).text).to.equal('Tones: sent');
    await expect(mounted.el).to.be.accessible();
  });

  it('CCX: a 12-key keypad, A-D refused', async () => {
    const mounted = await mount({ flavour: 'CCX' });
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'sendDtmf');
    await settle(mounted.el);
    const c = card(mounted.el, id);
    expect(c.querySelectorAll('.keypad button')).to.have.length(12);
    type(c.querySelector('.dtmf-form input'), '1A');
    submit(c.querySelector('.dtmf-form input'));
    await settle(mounted.el);
    expect(partText(card(mounted.el, id), '.field-error')).to.contain(
      'Not a tone on this platform: A.',
    );
    expect(mounted.script.calls.has('sendDtmf')).to.equal(false);
  });

  it('a key sends its tone at once; a late error is shown on the card', async () => {
    const mounted = await mount();
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'sendDtmf');
    await settle(mounted.el);
    mounted.script.failNext('sendDtmf', { message: 'No active call', late: true });
    card(mounted.el, id).querySelector<HTMLButtonElement>('.keypad button[data-key="5"]')!.click();
    await settle(mounted.el);
    expect(mounted.script.calls.get('sendDtmf')![0]![0]).to.equal('5');
    expect(outcome(card(mounted.el, id)).status).to.equal('sent');
    mounted.script.deliverLateErrors();
    await settle(mounted.el);
    expect(outcome(card(mounted.el, id)).text).to.equal('Tones failed: No active call');
  });

  it('Escape closes the keypad and gives focus back to its button', async () => {
    const mounted = await mount();
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'sendDtmf');
    await settle(mounted.el);
    const field = card(mounted.el, id).querySelector<HTMLElement>('.panel button')!;
    expect(mounted.el.shadowRoot!.activeElement).to.equal(field);
    field.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await settle(mounted.el);
    expect(card(mounted.el, id).querySelector('.panel')).to.equal(null);
    const button = card(mounted.el, id).querySelector('button[data-action="sendDtmf"]');
    expect(mounted.el.shadowRoot!.activeElement).to.equal(button);
    expect(button!.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('<connects-call-card>: call variables', function () {
  // Rendering, the simulator and axe: slow on a loaded machine, not a timing assertion.
  this.timeout(90_000);
  afterEach(disposeAll);

  const labelled = (store: Mounted['store']) =>
    html`<connects-call-card
      .store=${store}
      variables="callVariable1=Customer no., user.Intent=Intent, callVariable9"
      share-record-variable="callVariable9"
    ></connects-call-card>`;

  it('shows the chosen variables with their labels, absent ones as absent', async () => {
    const mounted = await mount({}, labelled);
    const id = await activeCall(mounted);
    const rows = [...card(mounted.el, id).querySelectorAll('[part="variables"] > div')];
    expect(
      rows.map((row) => [text(row.querySelector('dt')), row.getAttribute('data-key')]),
    ).to.deep.equal([
      ['Customer no.', 'callVariable1'],
      ['Intent', 'user.Intent'],
      ['Call variable 9', 'callVariable9'],
    ]);
    expect(text(rows[2]!.querySelector('dd'))).to.equal('–not available');
    expect(rows[2]!.querySelector('dd .visually-hidden')).to.exist;
  });

  it('edits send strings with updateWorkitemData; the share-record variable asks first', async () => {
    const mounted = await mount({}, labelled);
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'updateWorkitemData');
    await settle(mounted.el);
    const inputs = () => [
      ...card(mounted.el, id).querySelectorAll<HTMLInputElement>('.editor input'),
    ];
    expect(inputs()).to.have.length(3);
    type(inputs()[2]!, 'INC0012345');
    submit(inputs()[2]!);
    await settle(mounted.el);
    const warning = card(mounted.el, id).querySelector('.warning[role="alert"]');
    expect(text(warning)).to.contain('callVariable9 is the share-record variable');
    expect(mounted.script.calls.has('updateWorkitemData')).to.equal(false);
    await expect(mounted.el).to.be.accessible();
    const fired = oneEvent(mounted.el, 'connects-workitem-action');
    warning!.querySelector<HTMLButtonElement>('button')!.click();
    const event = (await fired) as ConnectsWorkitemActionEvent;
    expect(event.detail.value).to.deep.equal({ callVariable9: 'INC0012345' });
    expect(mounted.script.calls.get('updateWorkitemData')![0]!.slice(0, 3)).to.deep.equal([
      'voice_5000',
      id,
      { callVariable9: 'INC0012345' },
    ]);
    await settle(mounted.el);
    const row = card(mounted.el, id).querySelector(
      '[part="variables"] > div[data-key="callVariable9"] dd',
    );
    expect(text(row)).to.equal('INC0012345');
    expect(outcome(card(mounted.el, id)).text).to.equal('Call data: sent');
    expect(card(mounted.el, id).querySelector('.panel')).to.equal(null);
  });

  it('an edit that changes nothing is not sent; an error is shown on the card', async () => {
    const mounted = await mount({}, labelled);
    const id = await activeCall(mounted);
    clickAction(card(mounted.el, id), 'updateWorkitemData');
    await settle(mounted.el);
    submit(card(mounted.el, id).querySelector('.editor input'));
    await settle(mounted.el);
    expect(partText(card(mounted.el, id), '.editor .field-error')).to.equal('Nothing changed.');
    mounted.script.failNext('updateWorkitemData', { message: 'Workitem is locked' });
    type(card(mounted.el, id).querySelector('.editor input'), 'CH-1');
    submit(card(mounted.el, id).querySelector('.editor input'));
    await settle(mounted.el);
    expect(outcome(card(mounted.el, id)).text).to.equal('Call data failed: Workitem is locked');
  });
});

describe('<connects-call-card>: wrap-up reason', function () {
  // Rendering, the simulator and axe: slow on a loaded machine, not a timing assertion.
  this.timeout(90_000);
  afterEach(disposeAll);

  function options(cardElement: HTMLElement): string[] {
    return [...cardElement.querySelectorAll<HTMLOptionElement>('[part="wrapup"] option')]
      .filter((option) => option.value !== '')
      .map((option) => option.value);
  }

  function selected(cardElement: HTMLElement): string {
    return cardElement.querySelector<HTMLSelectElement>('[part="wrapup"] select')!.value;
  }

  it('the list from getReasonCodeList; a custom reason set through the API appears selected and goes when another is chosen', async () => {
    const mounted = await mount();
    const id = await activeCall(mounted);
    mounted.sim.hangUp(id);
    await settle(mounted.el);
    const standard = [
      'Sale',
      'Information',
      'Complaint',
      'Callback Requested',
      'Wrong Number',
      'Documentation',
    ];
    expect(options(card(mounted.el, id))).to.deep.equal(standard);
    expect(selected(card(mounted.el, id))).to.equal('');
    await expect(mounted.el).to.be.accessible();

    // Another integration sets a custom reason.
    await mounted.sim.setWrapupReason('voice', id, 'Escalated to <legal>');
    await settle(mounted.el);
    expect(options(card(mounted.el, id))).to.deep.equal([...standard, 'Escalated to <legal>']);
    expect(selected(card(mounted.el, id))).to.equal('Escalated to <legal>');

    // The agent picks another: the custom reason leaves the list.
    const select = card(mounted.el, id).querySelector<HTMLSelectElement>('[part="wrapup"] select')!;
    select.value = 'Sale';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(mounted.el);
    // Choosing alone sends nothing (a keyboard walks a closed select option by option).
    expect(mounted.script.calls.has('setWrapupReason')).to.equal(false);
    const fired = oneEvent(mounted.el, 'connects-workitem-action');
    card(mounted.el, id).querySelector<HTMLButtonElement>('[part="wrapup"] button')!.click();
    const event = (await fired) as ConnectsWorkitemActionEvent;
    expect(event.detail).to.include({ action: 'setWrapupReason', value: 'Sale' });
    await settle(mounted.el);
    expect(options(card(mounted.el, id))).to.deep.equal(standard);
    expect(selected(card(mounted.el, id))).to.equal('Sale');
    expect(partText(card(mounted.el, id), '[part="details"] div:last-child dd')).to.equal('Sale');
  });

  it('a failed setWrapupReason is shown and the selection returns to the set reason', async () => {
    const mounted = await mount();
    const id = await activeCall(mounted);
    mounted.sim.hangUp(id);
    await settle(mounted.el);
    mounted.script.failNext('setWrapupReason', { message: 'Wrap-up already ended' });
    const select = card(mounted.el, id).querySelector<HTMLSelectElement>('[part="wrapup"] select')!;
    select.value = 'Complaint';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(mounted.el);
    card(mounted.el, id).querySelector<HTMLButtonElement>('[part="wrapup"] button')!.click();
    await settle(mounted.el);
    expect(outcome(card(mounted.el, id)).text).to.equal(
      'Wrap-up reason failed: Wrap-up already ended',
    );
    expect(selected(card(mounted.el, id))).to.equal('');
  });
});
