import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConnectsStore } from '../../../src/store/connects-store.js';
import { createFakeCil, enabledQueues } from '../../store/fake-cil.js';
import type { TestConnectsElement, TestPingEvent } from './test-element.js';
import './test-element.js';

let shared: ConnectsStore | undefined;

/** Holds a test element two shadow roots deep. */
@customElement('test-emit-outer')
class TestEmitOuter extends LitElement {
  protected override render() {
    return html`<test-emit-inner></test-emit-inner>`;
  }
}

@customElement('test-emit-inner')
class TestEmitInner extends LitElement {
  protected override render() {
    return html`<test-connects-element .store=${shared}></test-connects-element>`;
  }
}

describe('emit()', () => {
  afterEach(() => {
    shared?.dispose();
    shared = undefined;
  });

  it('bubbles out of two shadow roots with its typed detail, retargeted to the outer host', async () => {
    const cil = createFakeCil();
    shared = new ConnectsStore(cil);
    cil.emit('queueDataUpdate', enabledQueues('Sales', 'Support'));
    const outer = await fixture<TestEmitOuter>(html`<test-emit-outer></test-emit-outer>`);
    const inner = outer.shadowRoot!.querySelector<TestEmitInner>('test-emit-inner')!;
    await inner.updateComplete;
    const el = inner.shadowRoot!.querySelector<TestConnectsElement>('test-connects-element')!;
    await el.updateComplete;

    const seen: { detail: number; target: EventTarget | null; composedTarget: EventTarget }[] = [];
    const listener = (event: TestPingEvent) =>
      seen.push({
        detail: event.detail.queueCount,
        target: event.target,
        composedTarget: event.composedPath()[0]!,
      });
    document.addEventListener('connects-test-ping', listener);
    try {
      const event = el.ping();
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(false);
    } finally {
      document.removeEventListener('connects-test-ping', listener);
    }
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail).to.equal(2);
    expect(seen[0]!.target).to.equal(outer);
    expect(seen[0]!.composedTarget).to.equal(el);
  });
});
