import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { TickController } from '../../src/lit/tick-controller.js';
import { ManualTicker } from './manual-ticker.js';

const ticker = new ManualTicker();

/** Shows how long since t=0, as m:ss. */
@customElement('test-waiting-timer')
class TestWaitingTimer extends LitElement {
  renders = 0;
  readonly clock = new TickController(this, { ticker });

  protected override render() {
    this.renders += 1;
    const seconds = Math.floor(this.clock.now / 1000);
    return html`waiting ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  }
}

describe('TickController', () => {
  it('re-renders its host on every tick while connected, and leaves the ticker on disconnect', async () => {
    ticker.time = 60_000;
    const el = await fixture<TestWaitingTimer>(html`<test-waiting-timer></test-waiting-timer>`);
    expect(el.shadowRoot!.textContent).to.contain('waiting 1:00');
    expect(ticker.subscribers).to.equal(1);

    ticker.tick(185_000);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('waiting 3:05');
    const renders = el.renders;

    const parent = el.parentElement!;
    el.remove();
    expect(ticker.subscribers).to.equal(0);
    ticker.tick(186_000);
    await el.updateComplete;
    expect(el.renders).to.equal(renders);

    parent.append(el);
    expect(ticker.subscribers).to.equal(1);
    ticker.tick(187_000);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('waiting 3:07');
    el.remove();
  });
});
