import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Classification, CrmRecord, Workitem, WorkitemState } from '../../src/cil/index.js';
import type { ConnectsStore } from '../../src/store/connects-store.js';
import type { TrackedRequest } from '../../src/store/requests.js';
import type {
  RequestEntry,
  RequestStatus,
  StoreState,
  WorkitemEntry,
} from '../../src/store/state.js';
import { renderCondition, type Condition, type ConditionContext } from '../internal/conditions.js';
import { ConnectsElement } from '../internal/connects-element.js';
import { formatDurationLong, formatTimer, renderValue } from '../internal/format.js';
import type { Catalogue } from '../internal/i18n/catalogue.js';
import { sourceStatus, type ElementStatus } from '../internal/status.js';
import {
  allowedActions,
  dtmfCharacterSet,
  dtmfKeys,
  dtmfPlatform,
  validateDtmf,
  type CardAction,
  type DtmfCheck,
  type EnabledAnswers,
} from './call-actions.js';
import { callCardStyles } from './connects-call-card.styles.js';
import {
  changedVariables,
  overwritesShareRecord,
  parseVariableSpec,
  selectVariables,
  type VariableRow,
  type VariableSpec,
} from './call-variables.js';
import {
  learnStandardReasons,
  wrapupReasonOptions,
  type WrapupReasonOption,
} from './wrapup-reasons.js';
import { cardTimer, elapsed, isEnded, otherParty } from './workitem-view.js';

/** The actions that open a panel with an address field. */
type AddressAction = 'directTransfer' | 'singleStepConference' | 'dialOrConsult';

/** The panel open on a card. */
type Panel = AddressAction | 'sendDtmf' | 'updateWorkitemData' | null;

/** The `detail` of `connects-workitem-action`. */
export interface ConnectsWorkitemActionDetail {
  /** The request (`directTransfer`, `singleStepConference`, `dialOrConsult`, `sendDtmf`, `updateWorkitemData`, `setWrapupReason`). */
  readonly action: CardAction;
  /** The workitem whose card sent it. */
  readonly workitemId: string;
  /** The channel it was sent for. */
  readonly channelId: string;
  /** The id the store gave the request. */
  readonly requestId: string;
  /**
   * `confirmed`: its success event arrived; `sent`: b+s Connects took it and no error
   * came within the grace period (requests without a success event).
   */
  readonly status: 'confirmed' | 'sent';
  /** What was sent: the address, the tones, the wrap-up reason or the changed variables. */
  readonly value: string | Readonly<Record<string, string>>;
}

/** Fired after an action of a card succeeded. */
export type ConnectsWorkitemActionEvent = CustomEvent<ConnectsWorkitemActionDetail>;

/** The last request a card sent, and what came of it as far as its promise tells. */
interface SentRequest {
  readonly action: CardAction;
  readonly requestId: string | null;
  /** From the promise: `pending` until it settles. `state.requests` knows more (late errors). */
  readonly local: 'pending' | 'done' | 'failed';
  readonly error: string | null;
}

/** What a person is doing on one card; kept while the workitem is there. */
interface CardUi {
  panel: Panel;
  address: string;
  addressMissing: boolean;
  dtmf: string;
  dtmfCheck: DtmfCheck | null;
  edits: Record<string, string>;
  /** The changes waiting for "overwrite anyway" (they touch the share-record variable). */
  confirmShare: Readonly<Record<string, string>> | null;
  noChanges: boolean;
  /** The wrap-up reason chosen in the picker, not yet sent; `null` shows the call's. */
  wrapupChoice: string | null;
  sent: SentRequest | undefined;
}

/** What the `is…Enabled` requests answered for one workitem, for one state and set of capabilities. */
interface EnabledCache extends EnabledAnswers {
  readonly key: string;
}

/** The wrap-up reasons of one channel. */
interface ReasonList {
  listed: readonly string[];
  standard: ReadonlySet<string>;
  /** The wrap-up reason set when the list was last asked for. */
  askedFor: string;
  loading: boolean;
  failed: boolean;
}

/** The slice the element renders from. */
interface CallsSlice {
  readonly workitems: StoreState['workitems'];
  readonly flavour: StoreState['flavour'];
  readonly requests: StoreState['requests'];
}

const sameCalls = (a: CallsSlice, b: CallsSlice): boolean =>
  a.workitems === b.workitems && a.flavour === b.flavour && a.requests === b.requests;

const STATE_WORDS: Readonly<Record<WorkitemState, keyof Catalogue>> = {
  Unknown: 'callStateUnknown',
  Initiated: 'callStateInitiated',
  Offered: 'callStateOffered',
  Active: 'callStateActive',
  Paused: 'callStatePaused',
  Wrapup: 'callStateWrapup',
  Ended: 'callStateEnded',
  EndedAbandoned: 'callStateEndedAbandoned',
  EndedTransferred: 'callStateEndedTransferred',
  EndedUnknown: 'callStateEndedUnknown',
};

const CLASS_WORDS: Readonly<Record<Classification, keyof Catalogue>> = {
  Customer: 'classCustomer',
  Consultation: 'classConsultation',
  Conference: 'classConference',
  Transfer: 'classTransfer',
  Internal: 'classInternal',
  Unknown: 'classUnknown',
};

const ACTION_WORDS: Readonly<Record<CardAction, keyof Catalogue>> = {
  directTransfer: 'actionDirectTransfer',
  singleStepConference: 'actionSingleStepConference',
  dialOrConsult: 'actionDialOrConsult',
  sendDtmf: 'actionSendDtmf',
  updateWorkitemData: 'actionUpdateWorkitemData',
  setWrapupReason: 'actionSetWrapupReason',
};

const OUTCOME_WORDS: Readonly<Record<CardAction, keyof Catalogue>> = {
  directTransfer: 'outcomeDirectTransfer',
  singleStepConference: 'outcomeSingleStepConference',
  dialOrConsult: 'outcomeDialOrConsult',
  sendDtmf: 'outcomeSendDtmf',
  updateWorkitemData: 'outcomeUpdateWorkitemData',
  setWrapupReason: 'outcomeSetWrapupReason',
};

const SUBMIT_WORDS: Readonly<Record<AddressAction, keyof Catalogue>> = {
  directTransfer: 'submitDirectTransfer',
  singleStepConference: 'submitSingleStepConference',
  dialOrConsult: 'submitDialOrConsult',
};

const DIRECTION_ICONS = {
  // An arrow coming in (down-left) and going out (up-right).
  Incoming: svg`<path d="M17 7 7 17M7 9v8h8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  Outgoing: svg`<path d="M7 17 17 7M9 7h8v8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  unknown: svg`<circle cx="12" cy="12" r="3" fill="currentColor"/>`,
};

function word(t: Catalogue, key: keyof Catalogue): string {
  const value = t[key];
  return typeof value === 'string' ? value : String(key);
}

/**
 * The message of a failed request without the request's name in front (the store's
 * errors read "directTransfer failed: …"; the card already names the action).
 */
function errorMessage(error: string | null, action: CardAction): string {
  if (error === null) return '';
  const prefix = `${action} failed: `;
  return error.startsWith(prefix) ? error.slice(prefix.length) : error;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The agent's calls, one card per workitem: a consultation call beside the call it
 * consults about, a conference as one card. Each card shows the direction (word and
 * icon), the other party, the call's class and state with a live timer (ringing since
 * it alerted, talking since `connectedAt`, on hold since the pause, in wrap-up since it
 * began, all on the store's skew-corrected clock), the CRM record and the other lookup
 * results, the phone call activity, participants, queue, dialled number, DNIS, call
 * type, the chosen call and ECC variables, and the wrap-up reason. Anything the call
 * does not carry is shown as absent.
 *
 * Controls appear only where the workitem's `capabilities` allow them (DTMF also only
 * when `isSendDtmfEnabled()`, data editing only when `isUpdateWorkitemDataEnabled()`):
 * transfer, conference and consult to an address, a DTMF keypad with the platform's
 * characters (CCE `0-9 * # A-D`, CCX `0-9 * #`), editing call and ECC variables (with a
 * warning before overwriting the share-record variable), and the wrap-up reason. Each
 * request's outcome (sending, done, failed, even when the error comes later) is shown
 * on its card.
 *
 * ```html
 * <connects-call-card
 *   variables="callVariable1=Customer no., user.Intent=Intent"
 *   share-record-variable="callVariable10"
 * ></connects-call-card>
 * ```
 *
 * @summary The agent's calls with live timers, CTI data and call controls.
 * @fires connects-workitem-action - After a card's action succeeded; `detail` is a {@link ConnectsWorkitemActionDetail}.
 * @csspart list - The list of cards.
 * @csspart card - One workitem's card; carries `data-workitem-id` and `data-state`.
 * @csspart direction - The direction, icon and word.
 * @csspart party - The other party.
 * @csspart classification - The call's class.
 * @csspart state - The state and its timer.
 * @csspart timer - The live timer.
 * @csspart details - CRM record, lookup results, activity, participants, queue, numbers.
 * @csspart variables - The call and ECC variables.
 * @csspart actions - The row of call controls.
 * @csspart action - One call control button.
 * @csspart panel - The open form (address, keypad, variable editor).
 * @csspart wrapup - The wrap-up reason picker.
 * @csspart outcome - The outcome of the card's last request.
 * @csspart empty - Shown when there is no call.
 * @cssproperty --connects-call-card-min-width - Narrowest a card gets before the cards wrap (default 20rem).
 */
@customElement('connects-call-card')
export class ConnectsCallCard extends ConnectsElement {
  static override styles = [ConnectsElement.styles, callCardStyles];

  /**
   * Which ctiData fields to show and how to label them: comma-separated keys, each
   * with an optional `=label`; `callVariable*` is every call variable (1–10), `user.*`
   * every ECC variable the call carries. A key named on its own is shown as absent
   * when the call lacks it. Default `callVariable*, user.*`.
   */
  @property()
  variables: string | null = null;

  /**
   * The ctiData key of the share-record variable configured in b+s Connects (e.g.
   * `callVariable10` or `user.ShareRecord`): editing it asks for a confirmation, as
   * the reference warns that overwriting it can make b+s Connects misbehave.
   */
  @property({ attribute: 'share-record-variable' })
  shareRecordVariable: string | null = null;

  /** Show only the workitems of this channel (e.g. `voice_5000`); default every channel. */
  @property({ attribute: 'channel-id' })
  channelId: string | null = null;

  private readonly calls = this.select<CallsSlice>(
    (state) => ({ workitems: state.workitems, flavour: state.flavour, requests: state.requests }),
    sameCalls,
  );
  private readonly ui = new Map<string, CardUi>();
  private readonly enabled = new Map<string, EnabledCache>();
  private readonly reasons = new Map<string, ReasonList>();
  /** Short ids for the elements of each card (workitem ids can hold anything). */
  private readonly keys = new Map<string, number>();
  private nextKey = 1;
  private specs: readonly VariableSpec[] = parseVariableSpec(null);
  /** A panel just opened: focus goes to its first field after the update. */
  private focusPanelOf: string | undefined;
  /** A panel just closed: focus goes back to its button after the update. */
  private focusButton: { workitemId: string; action: CardAction } | undefined;
  /** The last outcome of a card that is gone (a transfer ends the call): announced. */
  private goneOutcome = '';

  protected override selectStatus(state: StoreState): ElementStatus {
    const source = sourceStatus(state);
    if (source !== 'enabled') return source;
    // A call shows whatever the agent state says; without one, the channels decide.
    if (state.workitems.size > 0) return 'enabled';
    if (state.channels.size === 0) return 'waiting';
    for (const channel of state.channels.values()) {
      if (channel.state !== 'Logout' && channel.state !== 'Offline') return 'enabled';
    }
    return 'disabled';
  }

  protected override conditionText(condition: Condition): Pick<ConditionContext, 'detail'> {
    return condition === 'disabled' ? { detail: this.locale.t.callsDisabledDetail } : {};
  }

  protected override isLive(): boolean {
    for (const entry of this.visibleEntries()) if (cardTimer(entry) !== null) return true;
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variables')) this.specs = parseVariableSpec(this.variables);
    if (!this.isConnected) return;
    const entries = this.visibleEntries();
    this.forgetGone(entries);
    const store = this.connectsStore;
    if (!store) return;
    for (const entry of entries) {
      this.askEnabled(store, entry.workitem);
      this.askReasons(store, entry.workitem);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusPanelOf !== undefined) {
      const card = this.cardElement(this.focusPanelOf);
      this.focusPanelOf = undefined;
      card?.querySelector<HTMLElement>('.panel input, .panel button')?.focus();
    }
    if (this.focusButton) {
      const { workitemId, action } = this.focusButton;
      this.focusButton = undefined;
      this.cardElement(workitemId)
        ?.querySelector<HTMLElement>(`button[data-action="${action}"]`)
        ?.focus();
    }
  }

  protected override renderContent(): unknown {
    const { t } = this.locale;
    const entries = this.visibleEntries();
    // Outcomes of cards that are gone (a transfer ends the call) are still announced.
    const announcer = html`<p class="visually-hidden" role="status">${this.goneOutcome}</p>`;
    if (entries.length === 0) {
      return html`<div part="empty">
          ${renderCondition('empty', {
            locale: this.locale,
            title: t.callsEmptyTitle,
            detail: t.callsEmptyDetail,
          })}
        </div>
        ${announcer}`;
    }
    return html`<ul class="cards" part="list" aria-label=${t.callsLabel}>
        ${repeat(
          entries,
          (entry) => entry.id,
          (entry) => html`<li>${this.renderCard(entry)}</li>`,
        )}
      </ul>
      ${announcer}`;
  }

  // --- rendering ---------------------------------------------------------------------

  private renderCard(entry: WorkitemEntry): TemplateResult {
    const { t } = this.locale;
    const { workitem } = entry;
    const key = this.keyOf(entry.id);
    const party = otherParty(workitem);
    const actions = allowedActions(workitem, this.enabled.get(entry.id) ?? {});
    const ui = this.uiOf(entry.id);
    const direction = workitem.direction ?? 'unknown';
    const directionWord =
      workitem.direction === 'Incoming'
        ? t.directionIncoming
        : workitem.direction === 'Outgoing'
          ? t.directionOutgoing
          : t.directionUnknown;
    return html`<article
      class="card"
      part="card"
      data-workitem-id=${entry.id}
      data-state=${entry.state}
      data-classification=${workitem.classification}
      aria-labelledby="party-${key}"
      aria-describedby="state-${key}"
    >
      <header class="head">
        <span class="direction" part="direction" data-direction=${direction.toLowerCase()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            ${DIRECTION_ICONS[direction]}
          </svg>
          <span>${directionWord}</span>
        </span>
        <span class="classification" part="classification">
          ${word(t, CLASS_WORDS[workitem.classification])}
        </span>
        <p class="party" part="party" id="party-${key}">
          ${
            party.address === null
              ? html`<span class="unknown">${t.unknownParty}</span>`
              : html`<bdi>${party.address}</bdi>`
          }
        </p>
        ${this.renderState(entry, key)}
      </header>
      ${this.renderDetails(workitem)} ${this.renderVariables(workitem)}
      ${this.renderActions(entry, actions, ui, key)}
      ${
        ui.panel !== null && actions.has(ui.panel)
          ? this.renderPanel(entry, ui.panel, ui, key)
          : nothing
      }
      ${actions.has('setWrapupReason') ? this.renderWrapup(entry, key) : nothing}
      ${this.renderOutcome(ui)}
    </article>`;
  }

  private renderState(entry: WorkitemEntry, key: number): TemplateResult {
    const { t } = this.locale;
    const stateWord = word(t, STATE_WORDS[entry.state]);
    const timer = cardTimer(entry);
    const ms = timer ? elapsed(timer.since, this.now()) : null;
    const short = formatTimer(ms, this.locale);
    const long = formatDurationLong(ms, this.locale);
    return html`<p class="state" part="state" id="state-${key}" data-state=${entry.state}>
      <span class="state-word">${stateWord}</span>
      ${
        short === null
          ? nothing
          : html`<span class="timer numeric" part="timer" aria-hidden="true">${short}</span
              ><span class="visually-hidden">${t.timerFor(stateWord, long ?? short)}</span>`
      }
    </p>`;
  }

  private renderDetails(workitem: Workitem): TemplateResult {
    const { t } = this.locale;
    const cti = workitem.ctiData;
    const queue = [cti.queueName, cti.queueNumber].filter(
      (part): part is string => part !== undefined && part !== '',
    );
    const activity = workitem.activity;
    const activityName = activity
      ? workitem.associations.find((record) => record.id === activity.id)?.name
      : undefined;
    return html`<dl class="details" part="details">
      <div>
        <dt>${t.crmRecord}</dt>
        <dd>
          ${
            workitem.associatedParticipant
              ? this.renderRecord(workitem.associatedParticipant)
              : html`<span class="muted">${t.crmRecordNone}</span>`
          }
        </dd>
      </div>
      ${this.renderLookup(workitem)}
      <div>
        <dt>${t.activityRecord}</dt>
        <dd>
          ${
            activity
              ? html`<bdi>${activityName ?? activity.id}</bdi>
                  <span class="muted">(${activity.recordType})</span>`
              : renderValue(null, this.locale)
          }
        </dd>
      </div>
      <div>
        <dt>${t.participants}</dt>
        <dd>
          ${
            workitem.participants.length === 0
              ? renderValue(null, this.locale)
              : html`<ul class="inline-list">
                  ${workitem.participants.map(
                    (participant) => html`<li><bdi>${participant.address}</bdi></li>`,
                  )}
                </ul>`
          }
        </dd>
      </div>
      ${this.renderFact(t.queue, queue.length === 0 ? null : queue.join(' · '))}
      ${this.renderFact(t.dialedNumber, cti.dialedNumber)} ${this.renderFact(t.dnis, cti.DNIS)}
      ${this.renderFact(t.callType, cti.callType)}
      ${this.renderFact(t.wrapUpReason, cti.wrapUpReason)}
    </dl>`;
  }

  private renderLookup(workitem: Workitem): TemplateResult {
    const { t } = this.locale;
    const assigned = workitem.associatedParticipant;
    const others = workitem.participantLookupResult.filter(
      (record) => !assigned || record.id !== assigned.id,
    );
    return html`<div>
      <dt>${t.lookupResults}</dt>
      <dd>
        ${
          workitem.participantLookupResult.length === 0
            ? html`<span class="muted">${t.lookupNone}</span>`
            : others.length === 0
              ? html`<span class="muted">${t.lookupNoOther}</span>`
              : html`<ul class="inline-list">
                  ${others.map((record) => html`<li>${this.renderRecord(record)}</li>`)}
                </ul>`
        }
      </dd>
    </div>`;
  }

  private renderRecord(record: CrmRecord): TemplateResult {
    return html`<bdi>${record.name === '' ? record.id : record.name}</bdi>
      <span class="muted">(${record.recordType})</span>`;
  }

  private renderFact(label: string, value: string | null | undefined): TemplateResult {
    const shown = value === undefined || value === null || value === '' ? null : value;
    return html`<div>
      <dt>${label}</dt>
      <dd>${shown === null ? renderValue(null, this.locale) : html`<bdi>${shown}</bdi>`}</dd>
    </div>`;
  }

  private variableLabel(row: VariableRow): string {
    const { t } = this.locale;
    if (row.label !== null) return row.label;
    if (row.kind.type === 'call') return t.callVariable(row.kind.index);
    if (row.kind.type === 'ecc') return t.eccVariable(row.kind.name);
    return row.key;
  }

  private renderVariables(workitem: Workitem): TemplateResult | typeof nothing {
    const rows = selectVariables(workitem.ctiData, this.specs);
    if (rows.length === 0) return nothing;
    return html`<dl class="variables" part="variables">
      ${rows.map(
        (row) =>
          html`<div data-key=${row.key}>
            <dt>${this.variableLabel(row)}</dt>
            <dd>
              ${
                row.value === null || row.value === ''
                  ? renderValue(null, this.locale)
                  : html`<bdi>${row.value}</bdi>`
              }
            </dd>
          </div>`,
      )}
    </dl>`;
  }

  private renderActions(
    entry: WorkitemEntry,
    actions: ReadonlySet<CardAction>,
    ui: CardUi,
    key: number,
  ): TemplateResult | typeof nothing {
    const { t } = this.locale;
    const toggles = (
      [
        'directTransfer',
        'singleStepConference',
        'dialOrConsult',
        'sendDtmf',
        'updateWorkitemData',
      ] as const
    ).filter((action) => actions.has(action));
    if (toggles.length === 0) return nothing;
    return html`<div class="actions" part="actions" role="group" aria-label=${t.callControls}>
      ${toggles.map(
        (action) =>
          html`<button
            type="button"
            part="action"
            data-action=${action}
            aria-expanded=${ui.panel === action ? 'true' : 'false'}
            aria-controls="panel-${key}"
            @click=${() => this.togglePanel(entry.id, action)}
          >
            ${word(t, ACTION_WORDS[action])}
          </button>`,
      )}
    </div>`;
  }

  private renderPanel(
    entry: WorkitemEntry,
    panel: Exclude<Panel, null>,
    ui: CardUi,
    key: number,
  ): TemplateResult {
    const body =
      panel === 'sendDtmf'
        ? this.renderKeypad(entry, ui, key)
        : panel === 'updateWorkitemData'
          ? this.renderEditor(entry, ui, key)
          : this.renderAddressForm(entry, panel, ui, key);
    return html`<div
      class="panel"
      part="panel"
      id="panel-${key}"
      data-panel=${panel}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          this.closePanel(entry.id);
        }
      }}
    >
      ${body}
    </div>`;
  }

  private isPending(ui: CardUi, action: CardAction): boolean {
    if (ui.sent?.action !== action) return false;
    const status = this.statusOf(ui.sent);
    return status === 'pending' || status === 'pending-after-call';
  }

  private renderAddressForm(
    entry: WorkitemEntry,
    action: AddressAction,
    ui: CardUi,
    key: number,
  ): TemplateResult {
    const { t } = this.locale;
    const errorId = `address-error-${key}`;
    return html`<form
      class="address-form"
      @submit=${(event: Event) => {
        event.preventDefault();
        this.submitAddress(entry, action);
      }}
    >
      <label for="address-${key}">${t.address}</label>
      <input
        id="address-${key}"
        type="tel"
        autocomplete="off"
        .value=${live(ui.address)}
        aria-invalid=${ui.addressMissing ? 'true' : 'false'}
        aria-describedby=${ui.addressMissing ? errorId : nothing}
        @input=${(event: Event) => {
          ui.address = (event.target as HTMLInputElement).value;
          if (ui.addressMissing) {
            ui.addressMissing = false;
            this.requestUpdate();
          }
        }}
      />
      <button type="submit" ?disabled=${this.isPending(ui, action)}>
        ${word(t, SUBMIT_WORDS[action])}
      </button>
      <button type="button" @click=${() => this.closePanel(entry.id)}>${t.cancel}</button>
      ${
        ui.addressMissing
          ? html`<p class="field-error" id=${errorId}>${t.addressMissing}</p>`
          : nothing
      }
    </form>`;
  }

  private renderKeypad(entry: WorkitemEntry, ui: CardUi, key: number): TemplateResult {
    const { t } = this.locale;
    const platform = dtmfPlatform(this.calls.value.flavour, entry.workitem.channelId);
    const keys = dtmfKeys(platform);
    const check = ui.dtmfCheck;
    const errorId = `dtmf-error-${key}`;
    const error =
      check === null || check.ok
        ? null
        : check.reason === 'empty'
          ? t.dtmfMissing
          : t.dtmfInvalid(check.invalid.join(' '), dtmfCharacterSet(platform));
    const pending = this.isPending(ui, 'sendDtmf');
    return html`<div class="keypad" role="group" aria-label=${t.keypad} data-platform=${platform}>
        ${keys.map(
          (dtmfKey) =>
            html`<button
              type="button"
              class="key"
              data-key=${dtmfKey}
              aria-label=${t.dtmfKey(dtmfKey)}
              ?disabled=${pending}
              @click=${() => this.sendDtmf(entry, dtmfKey)}
            >
              ${dtmfKey}
            </button>`,
        )}
      </div>
      <form
        class="dtmf-form"
        @submit=${(event: Event) => {
          event.preventDefault();
          this.sendDtmf(entry, ui.dtmf);
        }}
      >
        <label for="dtmf-${key}">${t.dtmfDigits}</label>
        <input
          id="dtmf-${key}"
          type="text"
          inputmode="tel"
          autocomplete="off"
          .value=${live(ui.dtmf)}
          aria-invalid=${error === null ? 'false' : 'true'}
          aria-describedby=${error === null ? nothing : errorId}
          @input=${(event: Event) => {
            ui.dtmf = (event.target as HTMLInputElement).value;
            if (ui.dtmfCheck !== null) {
              ui.dtmfCheck = null;
              this.requestUpdate();
            }
          }}
        />
        <button type="submit" ?disabled=${pending}>${t.dtmfSend}</button>
        <button type="button" @click=${() => this.closePanel(entry.id)}>${t.cancel}</button>
        ${error === null ? nothing : html`<p class="field-error" id=${errorId}>${error}</p>`}
      </form>`;
  }

  private renderEditor(entry: WorkitemEntry, ui: CardUi, key: number): TemplateResult {
    const { t } = this.locale;
    const rows = selectVariables(entry.workitem.ctiData, this.specs).filter((row) => row.editable);
    const pending = this.isPending(ui, 'updateWorkitemData');
    const warningId = `share-warning-${key}`;
    return html`<form
      class="editor"
      @submit=${(event: Event) => {
        event.preventDefault();
        this.submitEdits(entry, false);
      }}
    >
      ${rows.map(
        (row, index) =>
          html`<div class="field" data-key=${row.key}>
            <label for="var-${key}-${index}">${this.variableLabel(row)}</label>
            <input
              id="var-${key}-${index}"
              type="text"
              autocomplete="off"
              .value=${live(ui.edits[row.key] ?? row.value ?? '')}
              aria-describedby=${
                ui.confirmShare !== null && row.key === this.shareRecordVariable
                  ? warningId
                  : nothing
              }
              @input=${(event: Event) => {
                ui.edits[row.key] = (event.target as HTMLInputElement).value;
                if (ui.confirmShare !== null || ui.noChanges) {
                  ui.confirmShare = null;
                  ui.noChanges = false;
                  this.requestUpdate();
                }
              }}
            />
          </div>`,
      )}
      ${
        ui.confirmShare !== null
          ? html`<div class="warning" role="alert" id=${warningId}>
              <p>${t.shareRecordWarning(this.shareRecordVariable ?? '')}</p>
              <button type="button" class="danger" @click=${() => this.submitEdits(entry, true)}>
                ${t.overwriteAnyway}
              </button>
            </div>`
          : nothing
      }
      ${ui.noChanges ? html`<p class="field-error" role="status">${t.noChanges}</p>` : nothing}
      <div class="form-buttons">
        <button type="submit" ?disabled=${pending}>${t.save}</button>
        <button type="button" @click=${() => this.closePanel(entry.id)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderWrapup(entry: WorkitemEntry, key: number): TemplateResult {
    const { t } = this.locale;
    const channelId = entry.workitem.channelId ?? '';
    const list = this.reasons.get(channelId);
    const current = entry.workitem.ctiData.wrapUpReason ?? '';
    const options: readonly WrapupReasonOption[] = wrapupReasonOptions(
      list?.listed ?? [],
      list?.standard ?? new Set(),
      current,
    );
    const ui = this.uiOf(entry.id);
    const hasSelection = options.some((option) => option.selected);
    const chosen = ui.wrapupChoice ?? (hasSelection ? current : '');
    const pending = this.isPending(ui, 'setWrapupReason');
    // A keyboard changes a closed select option by option: only the button sends.
    return html`<form
      class="wrapup"
      part="wrapup"
      @submit=${(event: Event) => {
        event.preventDefault();
        if (chosen !== '' && chosen !== current) this.setWrapupReason(entry, chosen);
      }}
    >
      <label for="wrapup-${key}">${t.wrapUpReason}</label>
      <select
        id="wrapup-${key}"
        .value=${live(chosen)}
        @change=${(event: Event) => {
          ui.wrapupChoice = (event.target as HTMLSelectElement).value;
          this.requestUpdate();
        }}
      >
        ${
          hasSelection
            ? nothing
            : html`<option value="" disabled ?selected=${chosen === ''}>${t.wrapupChoose}</option>`
        }
        ${options.map(
          (option) =>
            html`<option
              value=${option.label}
              ?selected=${option.label === chosen}
              ?data-custom=${option.custom}
            >
              ${option.label}
            </option>`,
        )}
      </select>
      <button type="submit" ?disabled=${pending || chosen === '' || chosen === current}>
        ${t.wrapupSet}
      </button>
      ${
        list?.loading && options.length === 0
          ? html`<span class="muted">${t.wrapupLoading}</span>`
          : nothing
      }
      ${list?.failed ? html`<span class="field-error">${t.wrapupListFailed}</span>` : nothing}
    </form>`;
  }

  private statusOf(sent: SentRequest): RequestStatus | 'unknown' {
    const entry = this.requestEntry(sent.requestId);
    if (entry) return entry.status;
    if (sent.local === 'pending') return 'pending';
    return sent.local === 'failed' ? 'failed' : 'unknown';
  }

  private requestEntry(requestId: string | null): RequestEntry | undefined {
    if (requestId === null) return undefined;
    const requests = this.calls.value.requests;
    for (let i = requests.length - 1; i >= 0; i -= 1) {
      if (requests[i]?.requestId === requestId) return requests[i];
    }
    return undefined;
  }

  private outcomeText(sent: SentRequest): string {
    const { t } = this.locale;
    const action = word(t, OUTCOME_WORDS[sent.action]);
    const entry = this.requestEntry(sent.requestId);
    const status = this.statusOf(sent);
    switch (status) {
      case 'pending':
        return t.requestPending(action);
      case 'pending-after-call':
        return t.requestPendingAfterCall(action);
      case 'sent':
        return t.requestSent(action);
      case 'confirmed':
        return t.requestConfirmed(action);
      case 'failed':
        return t.requestFailed(action, errorMessage(entry?.error ?? sent.error, sent.action));
      case 'timed-out':
        return t.requestTimedOut(action);
      case 'unknown':
        return t.requestSent(action);
    }
  }

  private renderOutcome(ui: CardUi): TemplateResult {
    const sent = ui.sent;
    return html`<p
      class="outcome"
      part="outcome"
      role="status"
      data-status=${sent ? this.statusOf(sent) : 'none'}
      data-action=${sent ? sent.action : nothing}
    >
      ${sent ? this.outcomeText(sent) : nothing}
    </p>`;
  }

  // --- actions -----------------------------------------------------------------------

  private togglePanel(workitemId: string, action: Exclude<Panel, null>): void {
    const ui = this.uiOf(workitemId);
    if (ui.panel === action) {
      this.closePanel(workitemId);
      return;
    }
    ui.panel = action;
    ui.addressMissing = false;
    ui.dtmfCheck = null;
    ui.confirmShare = null;
    ui.noChanges = false;
    ui.edits = {};
    this.focusPanelOf = workitemId;
    this.requestUpdate();
  }

  private closePanel(workitemId: string): void {
    const ui = this.uiOf(workitemId);
    if (ui.panel === null) return;
    this.focusButton = { workitemId, action: ui.panel };
    ui.panel = null;
    ui.confirmShare = null;
    this.requestUpdate();
  }

  private submitAddress(entry: WorkitemEntry, action: AddressAction): void {
    const ui = this.uiOf(entry.id);
    const address = ui.address.trim();
    if (address === '') {
      ui.addressMissing = true;
      this.requestUpdate();
      return;
    }
    this.send(entry, action, address, (store, channelId) => {
      if (action === 'directTransfer') return store.directTransfer(channelId, address, entry.id);
      if (action === 'singleStepConference') {
        return store.singleStepConference(channelId, address, entry.id);
      }
      return store.dialOrConsult(channelId, address);
    });
  }

  private sendDtmf(entry: WorkitemEntry, input: string): void {
    const ui = this.uiOf(entry.id);
    const platform = dtmfPlatform(this.calls.value.flavour, entry.workitem.channelId);
    const check = validateDtmf(input, platform);
    ui.dtmfCheck = check;
    this.requestUpdate();
    if (!check.ok) return;
    this.send(entry, 'sendDtmf', check.dtmf, (store) => store.sendDtmf(check.dtmf));
  }

  private submitEdits(entry: WorkitemEntry, confirmed: boolean): void {
    const ui = this.uiOf(entry.id);
    const rows = selectVariables(entry.workitem.ctiData, this.specs);
    const changes =
      confirmed && ui.confirmShare ? ui.confirmShare : changedVariables(rows, ui.edits);
    ui.noChanges = Object.keys(changes).length === 0;
    if (ui.noChanges) {
      this.requestUpdate();
      return;
    }
    if (!confirmed && overwritesShareRecord(changes, this.shareRecordVariable)) {
      ui.confirmShare = changes;
      this.requestUpdate();
      return;
    }
    ui.confirmShare = null;
    this.send(entry, 'updateWorkitemData', changes, (store, channelId) =>
      store.updateWorkitemData(channelId, entry.id, changes),
    );
  }

  private setWrapupReason(entry: WorkitemEntry, reason: string): void {
    this.send(entry, 'setWrapupReason', reason, (store, channelId) =>
      store.setWrapupReason(channelId, entry.id, reason),
    );
  }

  /**
   * Sends one request through the store and follows it: the card shows its status
   * from `state.requests` (so an error that comes after the request seemed done shows
   * too), and `connects-workitem-action` is fired once it succeeded.
   */
  private send(
    entry: WorkitemEntry,
    action: CardAction,
    value: string | Readonly<Record<string, string>>,
    request: (store: ConnectsStore, channelId: string) => TrackedRequest<unknown>,
  ): void {
    const store = this.connectsStore;
    const channelId = entry.workitem.channelId;
    if (!store || channelId === undefined) return;
    const ui = this.uiOf(entry.id);
    let promise: TrackedRequest<unknown>;
    try {
      promise = request(store, channelId);
    } catch (error) {
      ui.sent = { action, requestId: null, local: 'failed', error: describeError(error) };
      this.requestUpdate();
      return;
    }
    const sent: SentRequest = {
      action,
      requestId: promise.requestId,
      local: 'pending',
      error: null,
    };
    ui.sent = sent;
    this.requestUpdate();
    const settle = (next: SentRequest): void => {
      const current = this.ui.get(entry.id);
      if (current?.sent === sent) current.sent = next;
      // A transfer ends the call: its card goes, the outcome is still announced.
      const gone = store.getState().workitems.get(entry.id);
      if (!gone || isEnded(gone.state)) this.goneOutcome = this.outcomeText(next);
      this.requestUpdate();
    };
    promise.then(
      () => {
        const status = this.requestEntry(sent.requestId)?.status;
        settle({ ...sent, local: 'done' });
        if (ui.panel === action && action !== 'sendDtmf') {
          this.closePanel(entry.id);
          ui.address = '';
          ui.edits = {};
        }
        if (action === 'sendDtmf') ui.dtmf = '';
        if (action === 'setWrapupReason') ui.wrapupChoice = null;
        this.emit('connects-workitem-action', {
          action,
          workitemId: entry.id,
          channelId,
          requestId: promise.requestId,
          status: status === 'sent' ? 'sent' : 'confirmed',
          value,
        });
      },
      (error: unknown) => {
        // The picker shows the call's reason again, not the one that failed.
        if (action === 'setWrapupReason') ui.wrapupChoice = null;
        settle({ ...sent, local: 'failed', error: describeError(error) });
      },
    );
  }

  // --- requests for what the card may offer ------------------------------------------

  /** Asks `isSendDtmfEnabled` / `isUpdateWorkitemDataEnabled` when the workitem's state or capabilities change. */
  private askEnabled(store: ConnectsStore, workitem: Workitem): void {
    const key = `${workitem.state}|${workitem.capabilities.join(',')}`;
    if (this.enabled.get(workitem.id)?.key === key) return;
    this.enabled.set(workitem.id, { key });
    const channelId = workitem.channelId;
    if (isEnded(workitem.state) || channelId === undefined) return;
    const answer = (field: keyof EnabledAnswers, value: boolean): void => {
      const cached = this.enabled.get(workitem.id);
      if (cached?.key !== key) return;
      this.enabled.set(workitem.id, { ...cached, [field]: value });
      this.requestUpdate();
    };
    const probe = allowedActions(workitem, { sendDtmf: true, updateWorkitemData: true });
    if (probe.has('sendDtmf')) {
      store.isSendDtmfEnabled().then(
        (value) => answer('sendDtmf', value),
        () => answer('sendDtmf', false),
      );
    }
    if (probe.has('updateWorkitemData')) {
      store.isUpdateWorkitemDataEnabled(channelId, workitem.id).then(
        (value) => answer('updateWorkitemData', value),
        () => answer('updateWorkitemData', false),
      );
    }
  }

  /** Asks for the channel's wrap-up reasons when a card offers the picker, again when its reason changes. */
  private askReasons(store: ConnectsStore, workitem: Workitem): void {
    const channelId = workitem.channelId;
    if (channelId === undefined) return;
    if (!allowedActions(workitem, {}).has('setWrapupReason')) return;
    const current = workitem.ctiData.wrapUpReason ?? '';
    const list = this.reasons.get(channelId);
    if (list && (list.loading || list.askedFor === current)) return;
    const next: ReasonList = list ?? {
      listed: [],
      standard: new Set(),
      askedFor: current,
      loading: true,
      failed: false,
    };
    next.askedFor = current;
    next.loading = true;
    this.reasons.set(channelId, next);
    store.getReasonCodeList(channelId, 'Wrapup').then(
      (codes) => {
        const labels = codes.map((code) => code.label);
        next.standard = learnStandardReasons(next.standard, labels, current);
        next.listed = labels;
        next.loading = false;
        next.failed = false;
        this.requestUpdate();
      },
      () => {
        next.loading = false;
        next.failed = true;
        this.requestUpdate();
      },
    );
  }

  // --- bookkeeping -------------------------------------------------------------------

  private visibleEntries(): readonly WorkitemEntry[] {
    const entries: WorkitemEntry[] = [];
    for (const entry of this.calls.value.workitems.values()) {
      if (this.channelId !== null && entry.workitem.channelId !== this.channelId) continue;
      entries.push(entry);
    }
    return entries;
  }

  private forgetGone(entries: readonly WorkitemEntry[]): void {
    const present = new Set(entries.map((entry) => entry.id));
    for (const map of [this.ui, this.enabled, this.keys] as const) {
      for (const id of map.keys()) if (!present.has(id)) map.delete(id);
    }
  }

  private uiOf(workitemId: string): CardUi {
    let ui = this.ui.get(workitemId);
    if (!ui) {
      ui = {
        panel: null,
        address: '',
        addressMissing: false,
        dtmf: '',
        dtmfCheck: null,
        edits: {},
        confirmShare: null,
        noChanges: false,
        wrapupChoice: null,
        sent: undefined,
      };
      this.ui.set(workitemId, ui);
    }
    return ui;
  }

  private keyOf(workitemId: string): number {
    let key = this.keys.get(workitemId);
    if (key === undefined) {
      key = this.nextKey++;
      this.keys.set(workitemId, key);
    }
    return key;
  }

  private cardElement(workitemId: string): HTMLElement | undefined {
    for (const card of this.renderRoot.querySelectorAll<HTMLElement>('article.card')) {
      if (card.dataset.workitemId === workitemId) return card;
    }
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connects-call-card': ConnectsCallCard;
  }
  interface GlobalEventHandlersEventMap {
    'connects-workitem-action': ConnectsWorkitemActionEvent;
  }
}
