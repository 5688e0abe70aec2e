import { expect } from '@open-wc/testing';
import { card, cards, disposeAll, mount, partText, settle, text, ticker } from './helpers.js';

describe('<connects-call-card>: the lifecycle from the simulator', function () {
  // Rendering, the simulator and axe: slow on a loaded machine, not a timing assertion.
  this.timeout(90_000);
  afterEach(disposeAll);

  it('ringing, talking, on hold, wrap-up, gone: state, hooks and live timers on the store clock', async () => {
    const { el, sim } = await mount();
    expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.contain('No calls');
    await expect(el).to.be.accessible();

    const id = sim.offerCall({ ani: '+41 44 668 18 00' });
    await settle(el);
    let c = card(el, id);
    expect(c.dataset.state).to.equal('Offered');
    expect(partText(c, '[part="party"]')).to.equal('+41 44 668 18 00');
    expect(partText(c, '[part="direction"]')).to.equal('Incoming');
    expect(partText(c, '.state-word')).to.equal('Ringing');
    expect(partText(c, '[part="timer"]')).to.equal('0:00');
    sim.advance(7_000);
    ticker.tick();
    await settle(el);
    expect(partText(card(el, id), '[part="timer"]')).to.equal('0:07');
    await expect(el).to.be.accessible();

    sim.answer(id);
    sim.advance(65_000);
    ticker.tick();
    await settle(el);
    c = card(el, id);
    expect(c.dataset.state).to.equal('Active');
    expect(partText(c, '.state-word')).to.equal('Talking');
    expect(partText(c, '[part="timer"]')).to.equal('1:05');
    await expect(el).to.be.accessible();

    sim.hold(id);
    sim.advance(12_000);
    ticker.tick();
    await settle(el);
    c = card(el, id);
    expect(c.dataset.state).to.equal('Paused');
    expect(partText(c, '.state-word')).to.equal('On hold');
    expect(partText(c, '[part="timer"]')).to.equal('0:12');

    sim.resume(id);
    sim.advance(3_000);
    sim.hangUp(id);
    sim.advance(4_000);
    ticker.tick();
    await settle(el);
    c = card(el, id);
    expect(c.dataset.state).to.equal('Wrapup');
    expect(partText(c, '.state-word')).to.equal('Wrap-up');
    expect(partText(c, '[part="timer"]')).to.equal('0:04');
    await expect(el).to.be.accessible();

    sim.advance(120_000);
    await settle(el);
    expect(cards(el)).to.have.length(0);
    expect(el.status).to.equal('enabled');
  });
});
