import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type {
  ConnectsAgentState,
  ConnectsAgentStateChangeEvent,
} from '../../../components/agent-state/connects-agent-state.js';
import { AGENT_STATES } from '../../../src/cil/index.js';
import { LOGOUT_REASONS, NOT_READY_REASONS } from '../../../src/simulator/reason-codes.js';
import {
  T0,
  channels,
  createHarness,
  mount,
  part,
  settle,
  stateChange,
  ticker,
  visibleText,
  type Harness,
} from './harness.js';

const WORDS_EN = {
  Ready: 'Ready',
  NotReady: 'Not Ready',
  Active: 'Talking',
  Wrapup: 'Wrap-Up',
  Logout: 'Logged out',
  Offline: 'Offline',
  Unknown: 'Unknown',
} as const;

function stateWordOf(row: HTMLElement): string {
  return visibleText(row.querySelector('[part~="state"]')!);
}

function reasonOf(row: HTMLElement): string | null {
  const reason = row.querySelector('[part~="reason"]');
  return reason ? visibleText(reason) : null;
}

function timerOf(row: HTMLElement): string {
  return row.querySelector('[part~="timer"] [aria-hidden="true"]')!.textContent!.trim();
}

function requestText(element: ConnectsAgentState): string {
  return visibleText(part(element, '[part~="request"]'));
}

/** Chooses a reason by its label in a reason list, as a person would. */
async function choose(
  element: ConnectsAgentState,
  list: 'not-ready-reason' | 'logout-reason',
  label: string,
) {
  const select = part<HTMLSelectElement>(element, `[part~="${list}"]`);
  const option = [...select.options].find((candidate) => candidate.label === label);
  if (!option) throw new Error(`no reason ${label}`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function click(element: ConnectsAgentState, button: string) {
  part<HTMLButtonElement>(element, `[part~="${button}"]`).click();
  await settle(element);
}

describe('<connects-agent-state>', function () {
  // axe and the first render take seconds when the shared machine is loaded.
  this.timeout(60_000);
  let h: Harness | undefined;

  afterEach(() => {
    h?.store.dispose();
    h?.sim.dispose();
    h = undefined;
  });

  describe('what it shows', () => {
    it('shows the agent from getChannel before any event, and the channel state', async () => {
      h = createHarness();
      const element = await mount(h);
      // The simulator logged in before the store listened: only getChannel knows it.
      expect(h.calls.some((call) => call.name === 'getChannel')).to.equal(true);
      const identity = visibleText(part(element, '[part~="identity"]'));
      const info = await h.sim.getChannel('voice');
      const { firstName, lastName, extension } = info as {
        firstName: string;
        lastName: string;
        extension: string;
      };
      expect(identity).to.contain(`${firstName} ${lastName}`);
      expect(identity).to.contain(`Extension ${extension}`);
      expect(identity).to.contain('Team 7');
      const [row] = channels(element);
      expect(row!.dataset.channelId).to.equal('voice_5000');
      expect(row!.dataset.state).to.equal('NotReady');
      expect(stateWordOf(row!)).to.equal('Not Ready');
      expect(reasonOf(row!)).to.equal(null);
      expect(element.getAttribute('state')).to.equal('NotReady');
      expect(element.getAttribute('status')).to.equal('enabled');
      await expect(element).to.be.accessible();
    });

    it('shows every state in words, with its reason label, and none for a negative code', async () => {
      h = createHarness({ autoLogin: false });
      // Only the events speak here: no getChannel snapshot of the simulator's own state.
      h.overrides.set('getChannel', (() => Promise.reject(new Error('offline'))) as never);
      const element = await mount(h);
      for (const state of AGENT_STATES) {
        h.emit(
          'agentStateChange',
          stateChange('voice_5000', state, {
            newReasonCode: state === 'NotReady' ? 2 : -1,
            newReasonCodeLabel: state === 'NotReady' ? 'Lunch' : 'ignored',
          }),
        );
        await settle(element);
        const [row] = channels(element);
        expect(row!.dataset.state, state).to.equal(state);
        expect(stateWordOf(row!), state).to.equal(WORDS_EN[state]);
        expect(reasonOf(row!), state).to.equal(state === 'NotReady' ? 'Lunch' : null);
        expect(element.getAttribute('state')).to.equal(state);
      }
      h.emit(
        'agentStateChange',
        stateChange('voice_5000', 'NotReady', { newReasonCode: 12, newReasonCodeLabel: '' }),
      );
      await settle(element);
      expect(reasonOf(channels(element)[0]!)).to.equal('Reason 12');
    });

    it('counts the time in state on the store clock, from the shared ticker', async () => {
      h = createHarness();
      const element = await mount(h);
      await choose(element, 'not-ready-reason', 'Meeting');
      await click(element, 'not-ready-button');
      expect(timerOf(channels(element)[0]!)).to.equal('0:00');
      h.sim.advance(65_000);
      ticker.tick();
      await element.updateComplete;
      expect(timerOf(channels(element)[0]!)).to.equal('1:05');
      const spoken = part(element, '[part~="timer"] .visually-hidden').textContent!;
      expect(spoken).to.match(/1 minute 5 seconds/);
      h.sim.advance(3_600_000);
      ticker.tick();
      await element.updateComplete;
      expect(timerOf(channels(element)[0]!)).to.equal('1:01:05');
    });

    it('corrects a PC clock that is behind the contact centre', async () => {
      // The PC is 90 s behind: uncorrected, a fresh state would read 0:00 for 90 s.
      h = createHarness({ skewMs: 90_000 });
      const element = await mount(h);
      await click(element, 'ready-button');
      expect(channels(element)[0]!.dataset.state).to.equal('Ready');
      h.sim.advance(30_000);
      ticker.tick();
      await element.updateComplete;
      expect(timerOf(channels(element)[0]!)).to.equal('0:30');
    });

    it('never counts backwards when the PC clock is ahead', async () => {
      h = createHarness({ skewMs: -45_000, autoLogin: false });
      const element = await mount(h);
      // No sample yet (no event): the state's time is ahead of the store clock.
      h.emit(
        'agentStateChange',
        stateChange('voice_5000', 'Ready', {
          newStateChangeTime: new Date(T0 + 120_000).toISOString(),
        }),
      );
      await settle(element);
      ticker.tick();
      await element.updateComplete;
      expect(timerOf(channels(element)[0]!)).to.match(/^\d+:\d\d$/);
      expect(timerOf(channels(element)[0]!)).not.to.contain('-');
    });

    it('CCX: a call taken in Not Ready shows on a call, keeping Not Ready and its reason', async () => {
      h = createHarness({ flavour: 'CCX' });
      const element = await mount(h);
      await choose(element, 'not-ready-reason', 'Break');
      await click(element, 'not-ready-button');
      h.sim.offerCall();
      h.sim.answer();
      await settle(element);
      const [row] = channels(element);
      expect(row!.dataset.channelId).to.equal('voice_-1');
      expect(row!.dataset.state).to.equal('NotReady');
      expect(row!.dataset.call).to.equal('talking');
      expect(stateWordOf(row!)).to.equal('Not Ready');
      expect(reasonOf(row!)).to.equal('Break');
      expect(visibleText(row!.querySelector('[part~="call"]')!)).to.equal('On a call');
      // Ready is no choice during a call; a logout waits for its end.
      expect(part<HTMLButtonElement>(element, '[part~="ready-button"]').disabled).to.equal(true);
      expect(part<HTMLButtonElement>(element, '[part~="logout-button"]').disabled).to.equal(false);
      await choose(element, 'logout-reason', 'Sick Leave');
      await click(element, 'logout-button');
      expect(requestText(element)).to.equal('Logged out (Sick Leave) after this call');
      await expect(element).to.be.accessible();
      h.sim.hangUp();
      h.sim.advance(300_000); // through wrap-up
      await settle(element);
      expect(channels(element)[0]!.dataset.state).to.equal('Logout');
      expect(reasonOf(channels(element)[0]!)).to.equal('Sick Leave');
    });

    it('shows several CCE channels, each with its hooks, and one with the channel attribute', async () => {
      h = createHarness();
      const element = await mount(h);
      h.emit(
        'agentStateChange',
        stateChange('voice_5001', 'Ready', { newStateChangeTime: new Date(T0).toISOString() }),
      );
      h.emit(
        'agentStateChange',
        stateChange('mail_1', 'NotReady', {
          channelType: 'Mail',
          newReasonCode: 3,
          newReasonCodeLabel: 'Meeting',
        }),
      );
      await settle(element);
      const rows = channels(element);
      expect(rows.map((row) => row.dataset.channelId)).to.deep.equal([
        'voice_5000',
        'voice_5001',
        'mail_1',
      ]);
      expect(rows.map((row) => row.dataset.state)).to.deep.equal(['NotReady', 'Ready', 'NotReady']);
      // Two voice channels are told apart by their ids.
      expect(visibleText(rows[0]!.querySelector('[part~="channel-name"]')!)).to.equal(
        'Voice voice_5000',
      );
      expect(visibleText(rows[2]!.querySelector('[part~="channel-name"]')!)).to.equal('Email');
      expect(element.getAttribute('state')).to.equal('NotReady');

      element.channel = 'voice_5001';
      await settle(element);
      expect(channels(element).map((row) => row.dataset.channelId)).to.deep.equal(['voice_5001']);
      expect(element.getAttribute('state')).to.equal('Ready');
      await expect(element).to.be.accessible();
    });

    it('says so when the channel asked for does not exist', async () => {
      h = createHarness();
      const element = await mount(
        h,
        html`<connects-agent-state .store=${h.store} channel="chat_4"></connects-agent-state>`,
      );
      expect(channels(element)).to.have.length(0);
      expect(visibleText(part(element, '[part~="channels"]'))).to.contain('No channel chat_4');
      expect(element.hasAttribute('state')).to.equal(false);
    });

    it('readonly shows the state without controls and loads no reason lists', async () => {
      h = createHarness();
      const element = await mount(
        h,
        html`<connects-agent-state .store=${h.store} readonly></connects-agent-state>`,
      );
      expect(channels(element)).to.have.length(1);
      expect(element.shadowRoot!.querySelector('button, select')).to.equal(null);
      expect(h.calls.some((call) => call.name === 'getReasonCodeList')).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('compact: one line, no identity, still labelled controls', async () => {
      h = createHarness();
      const element = await mount(
        h,
        html`<connects-agent-state .store=${h.store} compact></connects-agent-state>`,
      );
      expect(element.shadowRoot!.querySelector('[part~="identity"]')).to.equal(null);
      expect(channels(element)).to.have.length(1);
      await expect(element).to.be.accessible();
    });

    it('speaks German', async () => {
      h = createHarness();
      const element = await mount(
        h,
        html`<connects-agent-state .store=${h.store} lang="de"></connects-agent-state>`,
      );
      const [row] = channels(element);
      expect(stateWordOf(row!)).to.equal('Nicht bereit');
      expect(visibleText(part(element, '[part~="ready-button"]'))).to.equal('Bereit');
      expect(visibleText(part(element, '[part~="logout-button"]'))).to.equal('Abmelden');
      expect(visibleText(part(element, '[part~="identity"]'))).to.contain('Nebenstelle');
      await choose(element, 'not-ready-reason', 'Lunch');
      await click(element, 'not-ready-button');
      expect(reasonOf(channels(element)[0]!)).to.equal('Lunch');
      expect(part(element, '[role="status"].visually-hidden').textContent).to.contain(
        'Nicht bereit, Lunch',
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('what it does', () => {
    it('lists the reasons of each type for the channel', async () => {
      h = createHarness();
      const element = await mount(h);
      const asked = h.calls
        .filter((call) => call.name === 'getReasonCodeList')
        .map((call) => call.args.join(' '));
      expect(asked).to.have.members(['voice_5000 NotReady', 'voice_5000 Logout']);
      const labels = (list: string) =>
        [...part<HTMLSelectElement>(element, `[part~="${list}"]`).options].map((o) => o.label);
      expect(labels('not-ready-reason')).to.deep.equal(NOT_READY_REASONS.map((r) => r.label));
      expect(labels('logout-reason')).to.deep.equal(LOGOUT_REASONS.map((r) => r.label));
    });

    it('goes Not Ready with the chosen reason, then Ready, confirming each by its event', async () => {
      h = createHarness();
      const element = await mount(h);
      await choose(element, 'not-ready-reason', 'Training');
      const changed = oneEvent(element, 'connects-agent-state-change');
      part<HTMLButtonElement>(element, '[part~="not-ready-button"]').click();
      const event = (await changed) as ConnectsAgentStateChangeEvent;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.include({
        channelId: 'voice_5000',
        state: 'NotReady',
        reasonCode: 4,
        reasonCodeLabel: 'Training',
        oldState: 'NotReady',
        oldReasonCode: null,
      });
      expect(event.detail.requestId).to.be.a('string');
      const setCall = h.calls.find((call) => call.name === 'setAgentState')!;
      expect(setCall.args.slice(0, 3)).to.deep.equal(['voice_5000', 'NotReady', 4]);
      expect(setCall.args[3]).to.equal(event.detail.requestId);
      await settle(element);
      expect(reasonOf(channels(element)[0]!)).to.equal('Training');

      await click(element, 'ready-button');
      expect(channels(element)[0]!.dataset.state).to.equal('Ready');
      expect(element.getAttribute('state')).to.equal('Ready');
      expect(part<HTMLButtonElement>(element, '[part~="ready-button"]').disabled).to.equal(true);
      expect(part(element, '[role="status"].visually-hidden').textContent).to.contain(
        'Voice: Ready',
      );
    });

    it('says a request is under way until its agentStateChange arrives', async () => {
      h = createHarness({ requestLatencyMs: 2_000 });
      const element = await mount(h);
      await click(element, 'ready-button');
      // Sent, not confirmed: the state shown is still the old one.
      expect(channels(element)[0]!.dataset.state).to.equal('NotReady');
      expect(requestText(element)).to.equal('Changing to Ready…');
      expect(part(element, '[part~="controls"]').getAttribute('aria-busy')).to.equal('true');
      expect(part<HTMLButtonElement>(element, '[part~="not-ready-button"]').disabled).to.equal(
        true,
      );
      await expect(element).to.be.accessible();
      h.sim.advance(2_000);
      await settle(element);
      expect(channels(element)[0]!.dataset.state).to.equal('Ready');
      expect(requestText(element)).to.equal('');
      expect(part<HTMLButtonElement>(element, '[part~="not-ready-button"]').disabled).to.equal(
        false,
      );
    });

    it('shows a request sent by someone else on the page too', async () => {
      h = createHarness({ requestLatencyMs: 2_000 });
      const element = await mount(h);
      void h.store.setAgentState('voice', 'NotReady', 2).catch(() => undefined);
      await settle(element);
      expect(requestText(element)).to.equal('Changing to Not Ready (Lunch)…');
      h.sim.advance(2_000);
      await settle(element);
      expect(requestText(element)).to.equal('');
      expect(reasonOf(channels(element)[0]!)).to.equal('Lunch');
    });

    it('a Not Ready during a call says "after this call" until the call ends', async () => {
      h = createHarness({ wrapupEnabled: false });
      const element = await mount(h);
      await click(element, 'ready-button');
      h.sim.offerCall();
      h.sim.answer();
      await settle(element);
      expect(channels(element)[0]!.dataset.state).to.equal('Active');
      await choose(element, 'not-ready-reason', 'Lunch');
      await click(element, 'not-ready-button');
      expect(requestText(element)).to.equal('Not Ready (Lunch) after this call');
      expect(channels(element)[0]!.dataset.state).to.equal('Active');
      // The controls stay usable: the agent may still change their mind.
      expect(part<HTMLButtonElement>(element, '[part~="not-ready-button"]').disabled).to.equal(
        false,
      );
      h.sim.hangUp();
      await settle(element);
      expect(channels(element)[0]!.dataset.state).to.equal('NotReady');
      expect(reasonOf(channels(element)[0]!)).to.equal('Lunch');
      expect(requestText(element)).to.equal('');
    });

    it('shows the error of its request in plain words, and the control works again', async () => {
      h = createHarness();
      // A reason the contact centre no longer knows: b+s Connects answers with an error.
      h.overrides.set('getReasonCodeList', (() =>
        Promise.resolve([
          { id: 1, label: 'Break' },
          { id: 77, label: 'Retired reason' },
        ])) as never);
      const element = await mount(h);
      await choose(element, 'not-ready-reason', 'Retired reason');
      await click(element, 'not-ready-button');
      expect(requestText(element)).to.equal(
        'Not Ready (Retired reason) was not set: Unknown NotReady reason code: 77',
      );
      expect(part(element, '[part~="request"]').getAttribute('role')).to.equal('status');
      expect(channels(element)[0]!.dataset.state).to.equal('NotReady');
      expect(reasonOf(channels(element)[0]!)).to.equal(null);
      expect(part<HTMLButtonElement>(element, '[part~="not-ready-button"]').disabled).to.equal(
        false,
      );
      await expect(element).to.be.accessible();
      await choose(element, 'not-ready-reason', 'Break');
      await click(element, 'not-ready-button');
      expect(requestText(element)).to.equal('');
      expect(reasonOf(channels(element)[0]!)).to.equal('Break');
    });

    it('an error event carrying its requestId fails it, whatever the cil returned', async () => {
      h = createHarness();
      h.overrides.set('setAgentState', (() => Promise.resolve(undefined)) as never);
      const element = await mount(h);
      await click(element, 'ready-button');
      const requestId = h.calls.find((call) => call.name === 'setAgentState')!.args[3];
      expect(requestId).to.be.a('string');
      h.emit('error', {
        event: 'error',
        version: '1.0',
        requestId,
        message: 'Agent state change not allowed',
      });
      await settle(element);
      expect(requestText(element)).to.equal('Ready was not set: Agent state change not allowed');
      expect(part<HTMLButtonElement>(element, '[part~="ready-button"]').disabled).to.equal(false);
    });

    it('an error for another request says nothing beside the control', async () => {
      h = createHarness({ requestLatencyMs: 1_000 });
      const element = await mount(h);
      await click(element, 'ready-button');
      h.emit('error', { event: 'error', version: '1.0', requestId: 'other-7', message: 'Boom' });
      await settle(element);
      expect(requestText(element)).to.equal('Changing to Ready…');
    });

    it('says when a request timed out, and the control works again', async () => {
      h = createHarness();
      h.overrides.set('setAgentState', (() => Promise.resolve(undefined)) as never);
      const element = await mount(h);
      await click(element, 'ready-button');
      expect(requestText(element)).to.equal('Changing to Ready…');
      h.scheduler.fireAll();
      await settle(element);
      expect(requestText(element)).to.equal(
        'Ready was not confirmed in time. The state has not changed; try again.',
      );
      expect(part<HTMLButtonElement>(element, '[part~="ready-button"]').disabled).to.equal(false);
      expect(channels(element)[0]!.dataset.state).to.equal('NotReady');
    });

    it('logs out with a reason; logged out shows the state and no controls', async () => {
      h = createHarness();
      const element = await mount(h);
      await choose(element, 'logout-reason', 'End of Shift');
      await click(element, 'logout-button');
      const [row] = channels(element);
      expect(row!.dataset.state).to.equal('Logout');
      expect(stateWordOf(row!)).to.equal('Logged out');
      expect(reasonOf(row!)).to.equal('End of Shift');
      expect(element.getAttribute('status')).to.equal('disabled');
      expect(element.shadowRoot!.querySelector('button')).to.equal(null);
      expect(visibleText(part(element, '[part~="controls"]'))).to.contain('Log in to b+s Connects');
      await expect(element).to.be.accessible();
    });

    it('asks for the agent again at login', async () => {
      h = createHarness();
      const element = await mount(h);
      await choose(element, 'logout-reason', 'End of Shift');
      await click(element, 'logout-button');
      const before = h.calls.filter((call) => call.name === 'getChannel').length;
      h.sim.login();
      await settle(element);
      expect(h.calls.filter((call) => call.name === 'getChannel').length).to.equal(before + 1);
      expect(channels(element)[0]!.dataset.state).to.equal('NotReady');
      expect(element.shadowRoot!.querySelector('[part~="ready-button"]')).not.to.equal(null);
    });

    it('is operated with the keyboard', async () => {
      h = createHarness();
      const element = await mount(h);
      part<HTMLButtonElement>(element, '[part~="ready-button"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(channels(element)[0]!.dataset.state).to.equal('Ready');
      part<HTMLSelectElement>(element, '[part~="not-ready-reason"]').focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('not-ready-button');
      await sendKeys({ press: 'Space' });
      await settle(element);
      expect(channels(element)[0]!.dataset.state).to.equal('NotReady');
      expect(reasonOf(channels(element)[0]!)).to.equal('Break');
    });

    it('several elements on one store ask b+s Connects once', async () => {
      h = createHarness();
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <connects-agent-state .store=${h.store}></connects-agent-state>
          <connects-agent-state .store=${h.store} compact></connects-agent-state>
        </div>`,
      );
      const elements = [...wrapper.querySelectorAll('connects-agent-state')];
      for (const element of elements) await settle(element);
      const count = (name: string) => h!.calls.filter((call) => call.name === name).length;
      expect(count('getChannel')).to.equal(1);
      expect(count('getReasonCodeList')).to.equal(2);
      for (const element of elements) expect(channels(element)).to.have.length(1);
    });

    it('fires no event for the state it found at start', async () => {
      h = createHarness();
      let events = 0;
      const count = () => (events += 1);
      document.addEventListener('connects-agent-state-change', count);
      try {
        await mount(h);
        h.sim.advance(10_000);
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(events).to.equal(0);
      } finally {
        document.removeEventListener('connects-agent-state-change', count);
      }
    });
  });
});
