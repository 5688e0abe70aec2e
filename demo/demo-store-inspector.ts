import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ConnectsStoreController, TickController } from '../src/lit/index.js';
import { MALFORMED_KINDS, type SimulatedCil } from '../src/simulator/index.js';
import {
  selectChannelList,
  selectDiagnostics,
  selectErrors,
  selectQueueDataStatus,
  selectQueueList,
  selectSourceStatus,
  selectTotals,
  selectVoiceChannel,
  selectWorkitemList,
  type ConnectsStore,
} from '../src/store/index.js';
import { renderChannels, renderWorkitems } from './agent-panel.js';
import { renderDiagnostics, renderErrors } from './diagnostics-panel.js';
import { describeClockOffset, describeError, formatClockTime } from './format.js';
import { inspectorStyles } from './inspector.styles.js';
import { renderQueueTable } from './queue-table.js';
import { appendEntry, settleEntry, type RequestLogEntry } from './request-log.js';

/** The speeds the clock buttons offer. */
const SPEEDS = [1, 10, 60] as const;

/** Calls the burst button sends into the first queue. */
const BURST_CALLS = 10;

/**
 * @summary Developer view of a (simulated) b+s Connects feeding the wallboard store:
 * everything the store holds, live, with buttons that drive the simulator. Demo only;
 * the wallboard elements replace it.
 *
 * The store is the nearest `<connects-store-provider>`'s (or `store`, or the page's
 * default store); the scenario buttons need `simulator`. Every value from an event is
 * rendered through Lit bindings, as text.
 *
 * @csspart queue-table - The queue table.
 */
@customElement('demo-store-inspector')
export class DemoStoreInspector extends LitElement {
  static override styles = inspectorStyles;

  /** The simulator behind the store, for the scenario buttons and the simulated clock. */
  @property({ attribute: false })
  simulator?: SimulatedCil;

  /** The simulator's real-time speed as the page set it; `undefined` for a manual clock. */
  @property({ type: Number })
  speed?: number;

  /** Lines to show above the view (e.g. ignored URL parameters). */
  @property({ attribute: false })
  notices: readonly string[] = [];

  @state()
  private log: readonly RequestLogEntry[] = [];
  private nextSeq = 1;

  /**
   * The whole state: the inspector shows all of it, so any change redraws it. The
   * list selectors below are memoised on the containers, so reading them per render
   * builds nothing.
   */
  private readonly state = new ConnectsStoreController(this, { selector: (state) => state });
  /** Redraws once a second so waiting times move between events. */
  private readonly ticks = new TickController(this);

  /** The store shown: set it to bypass the provider and the default store. */
  get store(): ConnectsStore | undefined {
    return this.state.store;
  }

  set store(store: ConnectsStore | undefined) {
    this.state.store = store;
  }

  /** Simulated time when a simulator is given, else the ticker's. */
  private now(): number {
    return this.simulator?.now() ?? this.ticks.now;
  }

  protected override render(): TemplateResult {
    const now = this.now();
    const state = this.state.value;
    const queueDataStatus = selectQueueDataStatus(state);
    return html`
      ${this.notices.map((notice) => html`<p class="notice" role="status">${notice}</p>`)}
      <dl class="status" aria-label="Store status">
        <div>
          <dt>Source</dt>
          <dd class="source-status">${selectSourceStatus(state)}</dd>
        </div>
        <div>
          <dt>Queue data</dt>
          <dd class="queue-data-status">${queueDataStatus}</dd>
        </div>
        <div>
          <dt>Flavour</dt>
          <dd>${state.flavour ?? this.simulator?.flavour ?? 'unknown'}</dd>
        </div>
        <div>
          <dt>${this.simulator ? 'Simulated clock' : 'Clock'}</dt>
          <dd class="clock">${formatClockTime(now)}</dd>
        </div>
        <div>
          <dt>Clock offset</dt>
          <dd class="clock-offset">${describeClockOffset(state.clock)}</dd>
        </div>
        <div>
          <dt>Speed</dt>
          <dd>${this.speed === undefined ? 'manual' : `${this.speed}×`}</dd>
        </div>
      </dl>
      <div class="grid">
        <section class="panel wide scroll" tabindex="0" aria-label="Queues">
          ${renderQueueTable(selectQueueList(state), selectTotals(state), queueDataStatus, now)}
        </section>
        <section class="panel wide scroll" tabindex="0" aria-label="Agent channels">
          ${renderChannels(selectChannelList(state), now)}
        </section>
        <section class="panel wide scroll" tabindex="0" aria-label="Workitems">
          ${renderWorkitems(selectWorkitemList(state), now)}
        </section>
        ${this.renderControls()}
        <div class="stack">
          ${this.renderLog()} ${renderErrors(selectErrors(state))}
          ${renderDiagnostics(selectDiagnostics(state))}
        </div>
      </div>
    `;
  }

  private renderControls(): TemplateResult {
    const off = !this.simulator;
    const button = (label: string, action: () => void, extra?: { pressed?: boolean }) =>
      html`<button
        type="button"
        ?disabled=${off}
        aria-pressed=${extra?.pressed === undefined ? nothing : String(extra.pressed)}
        @click=${action}
      >
        ${label}
      </button>`;
    return html`
      <section class="panel controls" aria-labelledby="controls-heading">
        <h2 id="controls-heading">Scenario</h2>
        ${off ? html`<p class="empty">No simulator: the buttons are off.</p>` : ''}
        <fieldset>
          <legend>Agent</legend>
          ${button('Log in', () => this.control('login', (sim) => sim.login()))}
          ${button('Log out', () => this.control('logout', (sim) => sim.logout()))}
          ${button('Set Ready', () => void this.setReady())}
          ${button('Set NotReady', () => void this.setNotReady())}
        </fieldset>
        <fieldset>
          <legend>Calls</legend>
          ${button(`Burst ${BURST_CALLS} calls into first queue`, () => this.burst())}
          ${button('Offer a call', () =>
            this.control('offerCall', (sim) => `workitem ${sim.offerCall()}`),
          )}
          ${button('Answer', () => this.control('answer', (sim) => sim.answer()))}
          ${button('Hold', () => this.control('hold', (sim) => sim.hold()))}
          ${button('Resume', () => this.control('resume', (sim) => sim.resume()))}
          ${button('Hang up', () => this.control('hangUp', (sim) => sim.hangUp()))}
        </fieldset>
        <fieldset>
          <legend>Clock and feed</legend>
          ${SPEEDS.map((speed) =>
            button(`Speed ${speed}×`, () => this.setSpeed(speed), {
              pressed: this.speed === speed,
            }),
          )}
          ${button('Repeat ENABLED', () =>
            this.control('repeatEnabled', (sim) => sim.repeatEnabled()),
          )}
        </fieldset>
        <fieldset>
          <legend>Inject malformed payload</legend>
          ${MALFORMED_KINDS.map(
            (kind) =>
              html`<button
                type="button"
                class="malformed"
                ?disabled=${off}
                @click=${() =>
                  this.control(`injectMalformed ${kind}`, (sim) => sim.injectMalformed(kind))}
              >
                ${kind}
              </button>`,
          )}
        </fieldset>
      </section>
    `;
  }

  private renderLog(): TemplateResult {
    return html`
      <section class="panel" aria-labelledby="log-heading">
        <h2 id="log-heading">Requests and controls</h2>
        ${
          this.log.length === 0
            ? html`<p class="empty">Press a scenario button; its outcome appears here.</p>`
            : html`<div role="log" aria-labelledby="log-heading">
                <ol class="lines request-log">
                  ${repeat(
                    [...this.log].reverse(),
                    (entry) => entry.seq,
                    (entry) =>
                      html`<li class="log-entry">
                        <span class="time">${formatClockTime(entry.at)}</span>
                        <span class="outcome ${entry.outcome}">${entry.outcome}</span>
                        <span class="action">${entry.action}</span>
                        <span class="muted detail">${entry.detail}</span>
                      </li>`,
                  )}
                </ol>
              </div>`
        }
      </section>
    `;
  }

  /** Runs `run`, logging it as pending, then as resolved with its text or rejected with its error. */
  private async track(action: string, run: () => string | Promise<string>): Promise<void> {
    const seq = this.nextSeq++;
    this.log = appendEntry(this.log, {
      seq,
      at: this.now(),
      action,
      outcome: 'pending',
      detail: '',
    });
    try {
      const detail = await run();
      this.log = settleEntry(this.log, seq, 'resolved', detail);
    } catch (error) {
      const { errorClass, message } = describeError(error);
      this.log = settleEntry(this.log, seq, 'rejected', `${errorClass}: ${message}`);
    }
  }

  /** A synchronous simulator control, logged like a request. */
  private control(action: string, run: (sim: SimulatedCil) => string | void): void {
    const sim = this.simulator;
    if (!sim) return;
    void this.track(action, () => run(sim) ?? 'done');
  }

  private burst(): void {
    this.control(`burst ${BURST_CALLS}`, (sim) => {
      const queueId = selectQueueList(this.state.value)[0]?.id ?? sim.queueIds()[0];
      if (queueId === undefined) throw new Error('no queue to burst into');
      sim.burst(queueId, BURST_CALLS);
      return `${BURST_CALLS} calls into queue ${queueId}`;
    });
  }

  private setSpeed(speed: number): void {
    this.control(`setSpeed ${speed}`, (sim) => {
      sim.setSpeed(speed);
      this.speed = speed;
    });
  }

  /** The store requests go through, and the voice channel they address. */
  private target(): { store: ConnectsStore; channelId: string } {
    const store = this.store;
    if (!store) throw new Error('no store');
    // The simulator accepts the generic `voice` id before any agentStateChange names one.
    const channelId = selectVoiceChannel(store.getState())?.channelId ?? 'voice';
    return { store, channelId };
  }

  private setReady(): Promise<void> {
    return this.track('setAgentState Ready', async () => {
      const { store, channelId } = this.target();
      const change = await store.setAgentState(channelId, 'Ready');
      return `agentStateChange ${change.oldState} → ${change.newState}`;
    });
  }

  private async setNotReady(): Promise<void> {
    let reasonCode: string | undefined;
    await this.track('getReasonCodeList NotReady', async () => {
      const { store, channelId } = this.target();
      const codes = await store.getReasonCodeList(channelId, 'NotReady');
      const [first] = codes;
      if (!first) throw new Error('no NotReady reason codes');
      reasonCode = first.id;
      return `${codes.length} codes; first ${first.id} “${first.label}”`;
    });
    if (reasonCode === undefined) return;
    const code = reasonCode;
    await this.track(`setAgentState NotReady (reason ${code})`, async () => {
      const { store, channelId } = this.target();
      const change = await store.setAgentState(channelId, 'NotReady', code);
      return `agentStateChange ${change.oldState} → ${change.newState} “${change.newReasonCodeLabel}”`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-store-inspector': DemoStoreInspector;
  }
}
