import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { agentStatus, queueStatus, sourceStatus } from '../../../components/internal/status.js';
import {
  inheritedAttribute,
  resolveLanguageTag,
  resolveTheme,
} from '../../../components/internal/inherited.js';
import { createInitialState, reduce, type StoreState } from '../../../src/store/index.js';
import { parsed, wireAgentState } from '../../store/helpers.js';
import { enabledQueues } from '../../store/fake-cil.js';

const attached = (state: StoreState = createInitialState()): StoreState => ({
  ...state,
  sourceStatus: 'attached',
});
const agent = (state: StoreState, newState: string, channelId = 'voice_5000'): StoreState =>
  reduce(state, parsed('agentStateChange', wireAgentState(newState, { channelId })), { now: 0 });
const queues = (state: StoreState, payload: unknown): StoreState =>
  reduce(state, parsed('queueDataUpdate', payload), { now: 0 });

describe('element status from the store', () => {
  it('source: waiting, not found, attached', () => {
    expect(sourceStatus(createInitialState())).to.equal('waiting');
    expect(sourceStatus(createInitialState({ sourceStatus: 'not-found' }))).to.equal('not-found');
    expect(sourceStatus(attached())).to.equal('enabled');
  });

  it('queues: per the dataState, CCX unavailable even before the source attaches', () => {
    expect(queueStatus(createInitialState())).to.equal('waiting');
    expect(queueStatus(attached())).to.equal('waiting');
    const enabled = queues(attached(), enabledQueues('Sales'));
    expect(queueStatus(enabled)).to.equal('enabled');
    const off = { event: 'queueDataUpdate', version: '1.0', dataState: 'DISABLED', queueData: [] };
    expect(queueStatus(queues(enabled, off))).to.equal('disabled');
    expect(queueStatus(createInitialState({ flavour: 'CCX' }))).to.equal('unavailable');
    expect(queueStatus(createInitialState({ flavour: 'CCX', sourceStatus: 'not-found' }))).to.equal(
      'not-found',
    );
  });

  it('agent: waiting until a channel is known, disabled when every channel is logged out', () => {
    expect(agentStatus(createInitialState({ sourceStatus: 'not-found' }))).to.equal('not-found');
    let state = attached();
    expect(agentStatus(state)).to.equal('waiting');
    state = agent(state, 'NotReady');
    expect(agentStatus(state)).to.equal('enabled');
    state = agent(state, 'Logout');
    expect(agentStatus(state)).to.equal('disabled');
    state = agent(state, 'Ready', 'chat_1');
    expect(agentStatus(state)).to.equal('enabled');
    // Agent state does not depend on queue data: CCX has agents.
    expect(agentStatus({ ...state, queueDataStatus: 'unavailable' })).to.equal('enabled');
  });
});

/** A shadow host whose shadow root holds a plain element, for lookups across the boundary. */
@customElement('test-inherit-host')
class TestInheritHost extends LitElement {
  protected override render() {
    return html`<span id="inner"></span>`;
  }
}

describe('lang and theme from the nearest ancestor', () => {
  it('crosses shadow roots to the host, and the nearest wins', async () => {
    const outer = await fixture<HTMLElement>(
      html`<section lang="de-CH" theme="dark">
        <div lang="en-US"><test-inherit-host theme="high-contrast"></test-inherit-host></div>
      </section>`,
    );
    const host = outer.querySelector<TestInheritHost>('test-inherit-host')!;
    await host.updateComplete;
    const inner = host.shadowRoot!.getElementById('inner')!;
    expect(resolveLanguageTag(inner)).to.equal('en-US');
    expect(resolveTheme(inner)).to.equal('high-contrast');
    host.removeAttribute('theme');
    expect(resolveTheme(inner)).to.equal('dark');
    outer.querySelector('div')!.removeAttribute('lang');
    expect(resolveLanguageTag(inner)).to.equal('de-CH');
    expect(inheritedAttribute(inner, 'data-none')).to.equal(undefined);
  });

  it('then the document, then the browser; an unknown theme is no theme', async () => {
    const el = await fixture<HTMLElement>(html`<div theme="sepia"></div>`);
    expect(resolveTheme(el)).to.equal(undefined);
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      root.setAttribute('lang', 'de');
      expect(resolveLanguageTag(el)).to.equal('de');
      root.removeAttribute('lang');
      expect(resolveLanguageTag(el)).to.equal(navigator.languages[0] ?? navigator.language);
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });
});
