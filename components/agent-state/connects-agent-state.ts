import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type {
  AgentState,
  ChannelInfo,
  ChannelType,
  ReasonCode,
  ReasonType,
  RequestedAgentState,
} from '../../src/cil/index.js';
import type { ConnectsStore } from '../../src/store/connects-store.js';
import { CilRequestError, CilRequestTimeoutError } from '../../src/store/request-errors.js';
import { selectChannelList } from '../../src/store/selectors.js';
import type { ChannelState, RequestEntry, StoreState } from '../../src/store/state.js';
import type { Condition } from '../internal/conditions.js';
import { ConnectsElement } from '../internal/connects-element.js';
import { formatDurationLong, formatTimer } from '../internal/format.js';
import type { Catalogue } from '../internal/i18n/catalogue.js';
import { agentStatus, type ElementStatus } from '../internal/status.js';
import {
  agentIdentity,
  blocksControls,
  channelActions,
  channelView,
  loggedInNow,
  latestStateRequest,
  primaryChannel,
  reasonCodeArgument,
  requestPhase,
  shownChannels,
  timeInState,
  type AgentIdentity,
  type CallActivity,
  type ChannelView,
  type RequestPhase,
  type StateRequest,
} from './agent-state-model.js';
import { agentStateStyles } from './connects-agent-state.styles.js';
import { shared } from './shared-requests.js';

/** The detail of `connects-agent-state-change`. */
export interface ConnectsAgentStateChangeDetail {
  /** The channel whose state changed. */
  readonly channelId: string;
  /** The new state (`newState`). */
  readonly state: AgentState;
  /** The new reason code; `null` when none. */
  readonly reasonCode: number | null;
  /** The new reason label; `null` when none. */
  readonly reasonCodeLabel: string | null;
  /** The state before. */
  readonly oldState: AgentState;
  /** The reason code before; `null` when none. */
  readonly oldReasonCode: number | null;
  /**
   * The id of this element's request the change confirms; `null` when the change came
   * from elsewhere (the agent's desktop, a supervisor, the system).
   */
  readonly requestId: string | null;
}

/** Fired after a channel's state (or reason) changed, as confirmed by an `agentStateChange`. */
export type ConnectsAgentStateChangeEvent = CustomEvent<ConnectsAgentStateChangeDetail>;

/** A reason list of one channel and type: loading, loaded, or failed. */
type ReasonList =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly codes: readonly ReasonCode[] }
  | { readonly status: 'failed' };

/** A request this element sent, and what it knows of its outcome without the store's list. */
interface OwnRequest {
  readonly requestId: string;
  readonly request: StateRequest;
  /** Settled outcome, from the promise (the store's entry wins while it has one). */
  outcome: { readonly phase: RequestPhase | null; readonly error: string | null } | null;
}

/** What is shown beside the controls of a channel. */
interface RequestNote {
  readonly phase: RequestPhase;
  readonly text: string;
}

const REASON_TYPES: readonly ReasonType[] = ['NotReady', 'Logout'];

/** Icons of the states: the shape tells the state apart without its colour. */
const STATE_ICONS: Readonly<Record<AgentState, TemplateResult>> = {
  // A tick: ready.
  Ready: svg`<path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>`,
  // Pause bars: not ready.
  NotReady: svg`<path d="M9 6v12M15 6v12" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>`,
  // A handset: talking.
  Active: svg`<path d="M6.6 3.5l2.6 3.2-1.6 2.5a11 11 0 0 0 7.2 7.2l2.5-1.6 3.2 2.6-1.7 3A15.6 15.6 0 0 1 3.6 5.2Z" fill="currentColor"/>`,
  // A pencil: wrap-up.
  Wrapup: svg`<path d="M4 20l1-4L16 5l3 3L8 19Z M14 7l3 3" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`,
  // A door with an arrow out: logged out.
  Logout: svg`<path d="M14 4H5v16h9M10 12h10M17 8l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A crossed circle: offline.
  Offline: svg`<circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="M6.5 6.5l11 11" stroke="currentColor" stroke-width="2"/>`,
  // A question mark: unknown.
  Unknown: svg`<path d="M9 9a3 3 0 1 1 4.5 2.6c-1 .6-1.5 1.2-1.5 2.4" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/><circle cx="12" cy="18" r="1.3" fill="currentColor"/>`,
};

const CALL_ICON = svg`<path d="M6.6 3.5l2.6 3.2-1.6 2.5a11 11 0 0 0 7.2 7.2l2.5-1.6 3.2 2.6-1.7 3A15.6 15.6 0 0 1 3.6 5.2Z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>`;

/** The state in words. */
export function stateWord(state: AgentState, t: Catalogue): string {
  switch (state) {
    case 'Ready':
      return t.agentStateReady;
    case 'NotReady':
      return t.agentStateNotReady;
    case 'Active':
      return t.agentStateActive;
    case 'Wrapup':
      return t.agentStateWrapup;
    case 'Logout':
      return t.agentStateLogout;
    case 'Offline':
      return t.agentStateOffline;
    default:
      return t.agentStateUnknown;
  }
}

function callWord(call: CallActivity, t: Catalogue): string {
  switch (call) {
    case 'talking':
      return t.agentCallTalking;
    case 'held':
      return t.agentCallHeld;
    case 'ringing':
      return t.agentCallRinging;
    case 'dialing':
      return t.agentCallDialing;
    case 'wrapup':
      return t.agentCallWrapup;
  }
}

function channelTypeWord(type: ChannelType | null, t: Catalogue): string {
  switch (type) {
    case 'Voice':
      return t.agentChannelVoice;
    case 'Mail':
      return t.agentChannelMail;
    case 'Chat':
      return t.agentChannelChat;
    case 'Task':
      return t.agentChannelTask;
    case 'Federation':
      return t.agentChannelFederation;
    default:
      return t.agentChannelOther;
  }
}

/** The reason as shown, or `null`. */
function reasonText(view: ChannelView, t: Catalogue): string | null {
  if (view.reason === null) return null;
  return 'label' in view.reason ? view.reason.label : t.agentReasonCode(String(view.reason.code));
}

/** "Not Ready (Lunch)": a requested state with its reason. */
function targetText(request: StateRequest, t: Catalogue): string {
  const word =
    request.state === 'Ready'
      ? t.agentStateReady
      : request.state === 'NotReady'
        ? t.agentStateNotReady
        : t.agentStateLogout;
  return request.reason ? `${word} (${request.reason.label})` : word;
}

/** Plain words for why a request failed. */
function describeFailure(error: unknown): { phase: RequestPhase; error: string | null } {
  if (error instanceof CilRequestTimeoutError) return { phase: 'timed-out', error: null };
  if (error instanceof CilRequestError) return { phase: 'failed', error: error.cilError.message };
  return { phase: 'failed', error: error instanceof Error ? error.message : String(error) };
}

const channelsEqual = (a: readonly ChannelState[], b: readonly ChannelState[]): boolean =>
  a === b || (a.length === b.length && a.every((channel, index) => channel === b[index]));

/**
 * The logged-in agent's state on each of their channels: the state in words with its
 * reason, the time in state as a live timer on the store's skew-corrected clock, and
 * who the agent is (from `getChannel`, loaded at start and at each login). On CCX a
 * call taken in Not Ready raises no `Active` state change: the channel keeps showing
 * Not Ready with its reason, and "On a call" beside it.
 *
 * Unless `readonly`, each channel has controls: Ready, Not Ready with a reason (from
 * `getReasonCodeList(channel, 'NotReady')`) and Log out with a reason (the `Logout`
 * list), sent through the store's correlated `setAgentState`. The state shown changes
 * only when b+s Connects confirms it with an `agentStateChange`; until then the
 * control says the change is under way, or, asked during a call, "Not Ready after
 * this call". A refusal (`error` event) or a timeout is said beside the control in
 * plain words, and the control is usable again. State changes are announced politely.
 *
 * ```html
 * <connects-agent-state></connects-agent-state>
 * <connects-agent-state channel="voice" compact></connects-agent-state>
 * <connects-agent-state readonly lang="de"></connects-agent-state>
 * ```
 *
 * @summary The agent's state per channel, time in state, and state control.
 * @fires connects-agent-state-change - After a shown channel's state or reason changed (confirmed by an `agentStateChange`); `detail.requestId` is set when this element's request caused it.
 * @csspart identity - The agent's name, login name, extension and team.
 * @csspart channels - The list of channels.
 * @csspart channel - One channel; carries `data-channel-id`, `data-state` (the reference's state) and, while the calls say more than the state, `data-call` (`talking`, `held`, `ringing`, `dialing`, `wrapup`).
 * @csspart channel-name - The channel's type (and id when several of a type are shown).
 * @csspart state - The state badge: icon, word and colour.
 * @csspart reason - The reason of the state.
 * @csspart call - What the calls add to the state ("On a call" while Not Ready on CCX).
 * @csspart timer - The time in state.
 * @csspart controls - The state controls of a channel.
 * @csspart ready-button - The Ready button.
 * @csspart not-ready-reason - The Not Ready reason list.
 * @csspart not-ready-button - The Not Ready button.
 * @csspart logout-reason - The Logout reason list.
 * @csspart logout-button - The Log out button.
 * @csspart request - Where the last request stands: pending, after this call, refused or timed out.
 * @cssproperty --connects-agent-color-ready - Badge background of Ready.
 * @cssproperty --connects-agent-color-on-ready - Badge text of Ready.
 * @cssproperty --connects-agent-color-not-ready - Badge background of Not Ready.
 * @cssproperty --connects-agent-color-on-not-ready - Badge text of Not Ready.
 * @cssproperty --connects-agent-color-talking - Badge background of Talking.
 * @cssproperty --connects-agent-color-on-talking - Badge text of Talking.
 * @cssproperty --connects-agent-color-wrapup - Badge background of Wrap-Up.
 * @cssproperty --connects-agent-color-on-wrapup - Badge text of Wrap-Up.
 */
@customElement('connects-agent-state')
export class ConnectsAgentState extends ConnectsElement {
  static override styles = [ConnectsElement.styles, agentStateStyles];

  /**
   * Show one channel only: its id (`voice_5000`, `voice_-1`, `telephony`), or `voice`
   * for the agent's (first) voice channel. Without it every channel is shown.
   */
  @property({ reflect: true })
  channel: string | undefined;

  /** Hides the controls: the state only, for a wallboard. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' })
  readOnly = false;

  /** One line per channel, without the agent's identity: for a toolbar. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /**
   * The primary channel's state as the reference names it (`Ready`, `NotReady`,
   * `Active`, `Wrapup`, `Logout`, `Offline`, `Unknown`); absent while unknown.
   * Reflected; set by the element, not by you.
   */
  @property({ reflect: true })
  state: AgentState | undefined;

  private readonly channelList = this.select(selectChannelList, channelsEqual);
  private readonly requestList = this.select((state: StoreState) => state.requests);

  private identity: AgentIdentity | null = null;
  /** The store whose agent identity was asked for (once per store, again at login). */
  private identityStore: ConnectsStore | undefined;
  private identityToken = 0;
  private readonly reasonLists = new Map<string, ReasonList>();
  private readonly chosenReasons = new Map<string, string>();
  private readonly ownRequests = new Map<string, OwnRequest>();
  /** The channel's `since` when a request was sent or first seen: a later change supersedes its failure. */
  private readonly notedSince = new Map<string, number>();
  /** The shown channels as last rendered, to tell changes (events, announcements). */
  private lastSeen = new Map<string, ChannelState>();
  private pendingEvents: ConnectsAgentStateChangeDetail[] = [];
  private announcement = '';

  protected override selectStatus(state: StoreState): ElementStatus {
    return agentStatus(state);
  }

  /** Logged out is a state shown in words on each channel, not a blank screen. */
  protected override condition(): Condition | null {
    const condition = super.condition();
    return condition === 'disabled' ? null : condition;
  }

  protected override isLive(): boolean {
    return this.shown().length > 0;
  }

  private shown(): readonly ChannelState[] {
    return shownChannels(this.channelList.value, this.channel);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const store = this.connectsStore;
    const attached = store !== undefined && store.getState().sourceStatus === 'attached';
    if (changed.has('channel')) this.identityStore = undefined;
    if (attached && this.identityStore !== store) this.loadIdentity(store);

    const shown = this.shown();
    this.state = primaryChannel(shown)?.state;
    const seen = new Map<string, ChannelState>();
    const spoken: string[] = [];
    for (const channel of shown) {
      seen.set(channel.channelId, channel);
      const before = this.lastSeen.get(channel.channelId);
      if (attached && loggedInNow(before, channel) && before !== undefined) {
        // A new login: the agent (and their reason lists) may have changed.
        this.loadIdentity(store);
        for (const type of REASON_TYPES) this.reasonLists.delete(`${channel.channelId}\n${type}`);
      }
      if (
        before === undefined ||
        (before.state === channel.state &&
          before.reasonCode === channel.reasonCode &&
          before.reasonCodeLabel === channel.reasonCodeLabel)
      ) {
        continue;
      }
      const own = this.ownRequests.get(channel.channelId);
      const requestId =
        channel.requestId !== undefined && own?.requestId === channel.requestId
          ? channel.requestId
          : null;
      this.pendingEvents.push({
        channelId: channel.channelId,
        state: channel.state,
        reasonCode: channel.reasonCode,
        reasonCodeLabel: channel.reasonCodeLabel,
        oldState: before.state,
        oldReasonCode: before.reasonCode,
        requestId,
      });
      spoken.push(this.announce(channel, shown));
    }
    this.lastSeen = seen;
    if (spoken.length > 0) this.announcement = spoken.join('. ');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const detail of events) this.emit('connects-agent-state-change', detail);
    if (!this.readOnly && this.status !== 'not-found') this.loadReasonLists();
  }

  // --- Store requests -------------------------------------------------------------

  private loadIdentity(store: ConnectsStore): void {
    this.identityStore = store;
    const token = ++this.identityToken;
    const channelId = this.channel?.trim() || 'voice';
    const take = (info: ChannelInfo) => {
      if (token !== this.identityToken) return;
      this.identity = agentIdentity(info);
      this.requestUpdate();
    };
    // loadChannel also takes the channel's state into the store: never blank before the
    // first event. A channel the agent does not have still leaves the agent known.
    // A failure leaves the identity as it was (getChannel has nothing to add).
    const load = (id: string) => shared(store, `getChannel\n${id}`, () => store.loadChannel(id));
    load(channelId).then(take, () => {
      if (channelId !== 'voice') load('voice').then(take, () => undefined);
    });
  }

  private loadReasonLists(): void {
    const store = this.connectsStore;
    if (!store) return;
    for (const channel of this.shown()) {
      if (!channelActions(channel).notReady) continue;
      for (const type of REASON_TYPES) {
        const key = `${channel.channelId}\n${type}`;
        if (this.reasonLists.has(key)) continue;
        const loading: ReasonList = { status: 'loading' };
        this.reasonLists.set(key, loading);
        shared(store, `getReasonCodeList\n${key}`, () =>
          store.getReasonCodeList(channel.channelId, type),
        ).then(
          (codes) => this.settleReasonList(key, loading, { status: 'loaded', codes }),
          () => this.settleReasonList(key, loading, { status: 'failed' }),
        );
      }
    }
  }

  private settleReasonList(key: string, loading: ReasonList, list: ReasonList): void {
    // A list dropped meanwhile (a new login) is not brought back by its old answer.
    if (this.reasonLists.get(key) !== loading) return;
    this.reasonLists.set(key, list);
    this.requestUpdate();
  }

  /** The reason chosen in a channel's list of `type`; `null` when the list has none. */
  private chosenReason(channelId: string, type: ReasonType): ReasonCode | null {
    const list = this.reasonLists.get(`${channelId}\n${type}`);
    if (list?.status !== 'loaded' || list.codes.length === 0) return null;
    const chosen = this.chosenReasons.get(`${channelId}\n${type}`);
    return list.codes.find((code) => code.id === chosen) ?? list.codes[0] ?? null;
  }

  private send(channel: ChannelState, target: RequestedAgentState): void {
    const store = this.connectsStore;
    if (!store) return;
    const reason = target === 'Ready' ? null : this.chosenReason(channel.channelId, target);
    const request: StateRequest = {
      channelId: channel.channelId,
      state: target,
      reason: reason ? { id: reason.id, label: reason.label } : null,
    };
    const promise = store.setAgentState(
      channel.channelId,
      target,
      reason ? reasonCodeArgument(reason.id) : undefined,
    );
    const own: OwnRequest = { requestId: promise.requestId, request, outcome: null };
    this.ownRequests.set(channel.channelId, own);
    this.notedSince.set(promise.requestId, channel.since);
    promise.then(
      () => {
        own.outcome = { phase: null, error: null };
        this.requestUpdate();
      },
      (error: unknown) => {
        own.outcome = describeFailure(error);
        this.requestUpdate();
      },
    );
    this.requestUpdate();
  }

  /**
   * Where the latest state request for a channel stands, in words; `null`: nothing to
   * say. Any `setAgentState` in the store's recent requests counts, whoever sent it, so
   * a toolbar and a panel on one page say the same; this element's own request adds
   * its reason's label and, once the bounded list has dropped it, its outcome.
   */
  private requestNote(channel: ChannelState): RequestNote | null {
    const entry = latestStateRequest(this.requestList.value, channel);
    const ownRequest = this.ownRequests.get(channel.channelId);
    const own =
      ownRequest && (!entry || entry.requestId === ownRequest.requestId) ? ownRequest : undefined;
    if (!entry && !own) return null;
    let phase: RequestPhase | null = 'pending';
    let error: string | null = null;
    if (entry) {
      phase = requestPhase(entry.status);
      // The promise's failure has b+s Connects' own words; the entry's text is prefixed.
      error = own?.outcome?.error ?? entry.error?.replace(/^setAgentState failed: /, '') ?? null;
    } else if (own?.outcome) {
      ({ phase, error } = own.outcome);
    }
    if (phase === null) return null;
    const requestId = entry?.requestId ?? own?.requestId;
    if (requestId === undefined) return null;
    if (!this.notedSince.has(requestId)) this.noteSince(requestId, channel.since);
    const { t } = this.locale;
    const target = targetText(own?.request ?? this.describeEntry(entry!, channel), t);
    switch (phase) {
      case 'pending':
        return { phase, text: t.agentPending(target) };
      case 'pending-after-call':
        return { phase, text: t.agentPendingAfterCall(target) };
      case 'failed':
      case 'timed-out':
        // A later state change (from anywhere) makes an old refusal moot.
        if (channel.since !== this.notedSince.get(requestId)) return null;
        return phase === 'failed'
          ? { phase, text: t.agentFailed(target, error ?? t.notAvailable) }
          : { phase, text: t.agentTimedOut(target) };
    }
  }

  /** A request someone else sent, with its reason's label from this channel's lists. */
  private describeEntry(entry: RequestEntry, channel: ChannelState): StateRequest {
    const state: RequestedAgentState =
      entry.requestedState === 'NotReady' || entry.requestedState === 'Logout'
        ? entry.requestedState
        : 'Ready';
    if (entry.reasonCode === undefined || state === 'Ready') {
      return { channelId: channel.channelId, state, reason: null };
    }
    const id = String(entry.reasonCode);
    const list = this.reasonLists.get(`${channel.channelId}\n${state}`);
    const known = list?.status === 'loaded' ? list.codes.find((code) => code.id === id) : undefined;
    return {
      channelId: channel.channelId,
      state,
      reason: { id, label: known?.label ?? this.locale.t.agentReasonCode(id) },
    };
  }

  /** Remembers the channel's `since` when a request was first seen (bounded). */
  private noteSince(requestId: string, since: number): void {
    if (this.notedSince.size >= 64) {
      const recent = new Set(this.requestList.value.map((entry) => entry.requestId));
      for (const id of this.notedSince.keys()) if (!recent.has(id)) this.notedSince.delete(id);
    }
    this.notedSince.set(requestId, since);
  }

  // --- Rendering ------------------------------------------------------------------

  private channelName(channel: ChannelState, shown: readonly ChannelState[]): string {
    const type = channel.channelType ?? null;
    const word = channelTypeWord(type, this.locale.t);
    const sameType = shown.filter((other) => (other.channelType ?? null) === type).length;
    return sameType > 1 || type === null ? `${word} ${channel.channelId}` : word;
  }

  private announce(channel: ChannelState, shown: readonly ChannelState[]): string {
    const { t } = this.locale;
    const view = channelView(channel);
    const reason = reasonText(view, t);
    const state = reason ? `${stateWord(view.state, t)}, ${reason}` : stateWord(view.state, t);
    return t.agentAnnounce(this.channelName(channel, shown), state);
  }

  protected override renderContent(): unknown {
    const { t } = this.locale;
    const shown = this.shown();
    const now = this.now();
    return html`
      ${this.compact ? nothing : this.renderIdentity()}
      ${
        shown.length === 0
          ? html`<p class="no-channel" part="channels">
              ${t.agentNoChannel(this.channel?.trim() ?? '')}
            </p>`
          : html`<ul class="channels" part="channels" aria-label=${t.agentChannels}>
              ${repeat(
                shown,
                (channel) => channel.channelId,
                (channel) => this.renderChannel(channel, shown, now),
              )}
            </ul>`
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  private renderIdentity(): TemplateResult | typeof nothing {
    const identity = this.identity;
    if (!identity) return nothing;
    const { t } = this.locale;
    const details = [
      identity.loginName,
      identity.extension === null ? null : t.agentExtension(identity.extension),
      identity.teamId === null ? null : t.agentTeam(identity.teamId),
    ].filter((detail): detail is string => detail !== null);
    return html`<p class="identity" part="identity">
      <span class="agent-name">${identity.name ?? t.agentIdentityUnknown}</span>
      ${details.map((detail) => html`<span class="agent-detail">${detail}</span>`)}
    </p>`;
  }

  private renderChannel(
    channel: ChannelState,
    shown: readonly ChannelState[],
    now: number,
  ): TemplateResult {
    const { t } = this.locale;
    const view = channelView(channel);
    const name = this.channelName(channel, shown);
    const reason = reasonText(view, t);
    const elapsed = timeInState(view.since, now);
    const timer = formatTimer(elapsed, this.locale);
    const spokenTimer = formatDurationLong(elapsed, this.locale);
    return html`<li
      class="channel"
      part="channel"
      data-channel-id=${view.channelId}
      data-state=${view.state}
      data-call=${view.call ?? nothing}
    >
      <span class="channel-name" part="channel-name">${name}</span>
      <span class="status-line">
        <span class="state state-${view.state}" part="state">
          <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            ${STATE_ICONS[view.state]}
          </svg>
          <span class="state-word">${stateWord(view.state, t)}</span>
        </span>
        ${reason === null ? nothing : html`<span class="reason" part="reason">${reason}</span>`}
        ${
          view.call === null
            ? nothing
            : html`<span class="call call-${view.call}" part="call">
                <svg class="call-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  ${CALL_ICON}
                </svg>
                ${callWord(view.call, t)}
              </span>`
        }
        ${
          timer === null
            ? nothing
            : html`<span class="timer numeric" part="timer"
                ><span aria-hidden="true">${timer}</span
                ><span class="visually-hidden"
                  >${t.agentTimeInState(spokenTimer ?? timer)}</span
                ></span
              >`
        }
      </span>
      ${this.readOnly ? nothing : this.renderControls(channel, name)}
    </li>`;
  }

  private renderControls(channel: ChannelState, name: string): TemplateResult {
    const { t } = this.locale;
    const note = this.requestNote(channel);
    const message = html`<p
      class="request request-${note?.phase ?? 'none'}"
      part="request"
      role="status"
    >
      ${note?.text ?? nothing}
    </p>`;
    if (channel.state === 'Logout' || channel.state === 'Offline') {
      return html`<div class="controls" part="controls">
        <p class="login-hint">${t.agentLoginHint}</p>
        ${message}
      </div>`;
    }
    const actions = channelActions(channel);
    const busy = blocksControls(note?.phase ?? null);
    return html`<div
      class="controls"
      part="controls"
      role="group"
      aria-label=${t.agentControls(name)}
      aria-busy=${busy ? 'true' : 'false'}
    >
      <button
        type="button"
        part="ready-button"
        class="action action-ready"
        ?disabled=${busy || !actions.ready}
        @click=${() => this.send(channel, 'Ready')}
      >
        ${t.agentGoReady}
      </button>
      ${this.renderReasonAction(channel, 'NotReady', busy || !actions.notReady)}
      ${this.renderReasonAction(channel, 'Logout', busy || !actions.logout)} ${message}
    </div>`;
  }

  private renderReasonAction(
    channel: ChannelState,
    type: 'NotReady' | 'Logout',
    disabled: boolean,
  ): TemplateResult {
    const { t } = this.locale;
    const key = `${channel.channelId}\n${type}`;
    const list = this.reasonLists.get(key);
    const notReady = type === 'NotReady';
    const label = notReady ? t.agentNotReadyReason : t.agentLogoutReason;
    const selectPart = notReady ? 'not-ready-reason' : 'logout-reason';
    const loading = list === undefined || list.status === 'loading';
    const chosen = this.chosenReason(channel.channelId, type);
    let options: TemplateResult | TemplateResult[];
    if (loading) options = html`<option value="">${t.agentReasonsLoading}</option>`;
    else if (list.status === 'failed')
      options = html`<option value="">${t.agentReasonsFailed}</option>`;
    else if (list.codes.length === 0) options = html`<option value="">${t.agentNoReason}</option>`;
    else {
      options = list.codes.map(
        (code) =>
          html`<option value=${code.id} ?selected=${code.id === chosen?.id}>${code.label}</option>`,
      );
    }
    return html`<span class="reason-action">
      <label class="field">
        <span class="field-label">${label}</span>
        <select
          part=${selectPart}
          ?disabled=${disabled || loading || list.status !== 'loaded' || list.codes.length === 0}
          @change=${(event: Event) => {
            this.chosenReasons.set(key, (event.target as HTMLSelectElement).value);
          }}
        >
          ${options}
        </select>
      </label>
      <button
        type="button"
        part=${notReady ? 'not-ready-button' : 'logout-button'}
        class="action action-${notReady ? 'not-ready' : 'logout'}"
        ?disabled=${disabled || loading}
        @click=${() => this.send(channel, type)}
      >
        ${notReady ? t.agentGoNotReady : t.agentGoLogout}
      </button>
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connects-agent-state': ConnectsAgentState;
  }
  interface GlobalEventHandlersEventMap {
    'connects-agent-state-change': ConnectsAgentStateChangeEvent;
  }
}
