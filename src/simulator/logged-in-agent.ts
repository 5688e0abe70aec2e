/**
 * The logged-in agent: the user of the integration. Its state (with reason codes and
 * change times), its workitems (calls) and every request that acts on them. It is also
 * an agent of the contact centre: it counts in the statistics of the queues it serves
 * and receives routed calls while Ready.
 *
 * Flavour rules from the reference: on CCE the agent goes Active when a call connects
 * and Wrapup/Ready/NotReady after; on CCX no Active agentStateChange is sent when a call
 * is received or placed in Not Ready; on CCE a blind transfer shows an extra,
 * short-lived Transfer workitem.
 *
 * @module
 */
import type {
  AgentState,
  CilEventName,
  Classification,
  WireGetChannel,
  WireReasonCode,
  WorkitemEventName,
  ReasonType,
} from '../cil/index.js';
import type { Agenda, Happening } from './clock.js';
import type { Prng } from './prng.js';
import { randomCallerName } from './names.js';
import { WorkitemFactory, type WorkitemSpec } from './workitem-factory.js';
import type { AgentBucket, ContactCentre, SimQueue, WaitingCall } from './contact-centre.js';
import { channelIdOf, dtmfPattern, type ResolvedOptions } from './options.js';
import {
  agentStateChangePayload,
  iso,
  workitemPayload,
  type AgentStateSnapshot,
  type SimWorkitem,
  type WorkitemOwner,
} from './payloads.js';
import {
  NO_REASON,
  REASONS_BY_TYPE,
  RING_NO_ANSWER,
  WRAPUP_REASONS,
  findReason,
  type SimReasonCode,
} from './reason-codes.js';

/** What the agent needs from the simulator around it. */
export interface AgentContext {
  readonly options: ResolvedOptions;
  readonly agenda: Agenda;
  readonly prng: Prng;
  readonly centre: ContactCentre;
  /** Dispatches an event to the callbacks (and the event log). */
  emit(event: CilEventName, payload: unknown): void;
  /** The agent logged in (queue feed ENABLED). */
  loggedIn(): void;
  /** The agent logged out (queue feed DISABLED). */
  loggedOut(): void;
}

/** A request's outcome: `undefined` on success, the error message otherwise. */
export type Failure = string | undefined;

/** The idle state an agent returns to after its calls. */
interface IdleState {
  readonly state: 'Ready' | 'NotReady';
  readonly reason: SimReasonCode;
  /** The request that asked for it while a call was present (its event carries the id). */
  readonly requestId?: string | undefined;
}

/** A target state, with the id of the pending request it fulfils, if any. */
type Target = AgentStateSnapshot & { readonly requestId?: string | undefined };

/** A connected call: talking or on hold. */
const LIVE_STATES = new Set(['Active', 'Paused']);
/** A call that holds the line: connected, or still being dialled. */
const ON_THE_LINE_STATES = new Set(['Active', 'Paused', 'Initiated']);
const UPDATABLE_STATES = new Set(['Active', 'Paused', 'Wrapup']);
/** Custom wrap-up reasons set through the API get this id in getReasonCodeList. */
const CUSTOM_WRAPUP_ID = 99;
const ADDRESS = /^\+?[0-9*#]{2,32}$/;
const CALL_VARIABLE = /^callVariable(?:[1-9]|10)$/;
const ECC_VARIABLE = /^user\.[A-Za-z0-9_.-]+$/;

/** The user's own agent and its calls. */
export class LoggedInAgent {
  /** Current state. */
  state: AgentState = 'Logout';
  /** Current reason (negative id when none). */
  reason: SimReasonCode = NO_REASON;
  /** When the current state began. */
  since: number;
  /** Workitems by id, oldest first. */
  readonly workitems = new Map<string, SimWorkitem>();
  /** Agent identity, as getChannel reports it. */
  readonly owner: WorkitemOwner;
  private idle: IdleState = { state: 'NotReady', reason: NO_REASON };
  /** Follow-up state asked for during a call, applied when the calls are done. */
  private pending: IdleState | undefined;
  /** A logout asked for during a call, applied when the calls are done. */
  private pendingLogout:
    { readonly reason: SimReasonCode; readonly requestId?: string } | undefined;
  private customWrapupReason: string | undefined;
  private wrapupTimer: Happening | undefined;
  private autopilotTimer: Happening | undefined;
  private readonly factory: WorkitemFactory;

  constructor(private readonly ctx: AgentContext) {
    this.since = ctx.agenda.time;
    this.owner = {
      agentId: ctx.centre.user.id,
      extension: ctx.centre.user.extension,
      channelId: channelIdOf(ctx.options.flavour),
    };
    this.factory = new WorkitemFactory(ctx.options.flavour, ctx.agenda, ctx.prng, this.owner);
  }

  /** Whether the agent is logged in. */
  get loggedIn(): boolean {
    return this.state !== 'Logout';
  }

  // -- login and logout ----------------------------------------------------------

  /** Logs in: NotReady, queue feed ENABLED, call recovery for calls on the phone. */
  login(requestId?: string): void {
    if (this.loggedIn) return;
    this.idle = { state: 'NotReady', reason: NO_REASON };
    this.pending = undefined;
    this.pendingLogout = undefined;
    this.moveTo(this.targetState(), requestId, true);
    // Counted in its queues before ENABLED, so ENABLED already includes the agent.
    this.syncCentre();
    this.ctx.loggedIn();
    for (const item of this.workitems.values()) this.emitWorkitem('workitemCreate', item);
    if (this.ctx.options.autopilot) {
      this.autopilotTimer = this.ctx.agenda.after(3000, () => {
        if (this.state === 'NotReady' && this.reason === NO_REASON && this.workitems.size === 0) {
          this.setIdle({ state: 'Ready', reason: NO_REASON }, undefined);
        }
      });
    }
  }

  /** Logs out (forced: calls stay on the phone, unseen until the next login). */
  logout(reason: SimReasonCode = NO_REASON, requestId?: string): void {
    if (!this.loggedIn) return;
    this.pendingLogout = undefined;
    this.ctx.agenda.cancel(this.autopilotTimer);
    this.emitState({ state: 'Logout', reason, since: this.ctx.agenda.time }, requestId);
    this.ctx.loggedOut();
    this.syncCentre();
  }

  // -- requests ------------------------------------------------------------------

  /** setAgentState: Ready, NotReady (reason) or Logout (reason). */
  setAgentState(
    state: string,
    reasonCode: string | number | undefined,
    requestId?: string,
  ): Failure {
    if (!this.loggedIn) return 'Agent is not logged in';
    // Empty or negative means "no reason code", as in the reference's events.
    const hasCode =
      reasonCode !== undefined && String(reasonCode).trim() !== '' && !(Number(reasonCode) < 0);
    if (state === 'Ready') {
      if (hasCode) return 'A reason code is not allowed for state Ready';
      if (this.hasLiveCall())
        return 'Illegal state transition from Active to Ready while on a call';
      return this.goIdle({ state: 'Ready', reason: NO_REASON }, requestId);
    }
    if (state === 'NotReady' || state === 'Logout') {
      let reason = NO_REASON;
      if (hasCode) {
        const found = findReason(REASONS_BY_TYPE[state], reasonCode);
        if (!found) return `Unknown ${state} reason code: ${String(reasonCode)}`;
        reason = found;
      } else if (this.ctx.options.reasonCodesRequired) {
        return `A ${state} reason code is required`;
      }
      if (state === 'Logout') {
        // Finesse applies a logout asked for during a call when the call ends; in
        // wrap-up it ends the wrap-up first.
        this.pendingLogout = { reason, requestId };
        if (this.hasLiveCall() || this.hasOffered()) return undefined;
        if (this.state === 'Wrapup') this.endWrapup(undefined);
        else this.afterCallChange();
        return undefined;
      }
      if (this.hasLiveCall() || this.hasOffered()) {
        // Finesse's pending state: applied when the calls are done.
        this.pending = { state: 'NotReady', reason, requestId };
        this.syncCentre();
        return undefined;
      }
      return this.goIdle({ state: 'NotReady', reason }, requestId);
    }
    return `Unknown state: ${String(state)}`;
  }

  /** dialOrConsult: a new outgoing call, or a consultation when a call exists. */
  dialOrConsult(address: string, requestId?: string): Failure {
    if (!this.loggedIn) return 'Agent is not logged in';
    if (typeof address !== 'string' || !ADDRESS.test(address))
      return `Invalid address: ${String(address)}`;
    if (this.hasOffered()) return 'Cannot dial while a call is alerting';
    const live = [...this.workitems.values()].filter((w) => ON_THE_LINE_STATES.has(w.state));
    if (live.length >= 2) return 'Cannot dial: the maximum number of calls is reached';
    let classification: Classification = address.length <= 5 ? 'Internal' : 'Customer';
    let callType = classification === 'Internal' ? 'AGENT_INSIDE' : 'OUT';
    const [existing] = live;
    if (existing) {
      if (existing.state !== 'Active') return 'A consultation needs an Active call';
      classification = 'Consultation';
      callType = 'CONSULT';
      existing.state = 'Paused';
      this.emitWorkitem('workitemPause', existing, requestId);
    }
    const item = this.addWorkitem({
      direction: 'Outgoing',
      classification,
      remote: address,
      state: 'Initiated',
      ctiData: {
        callType,
        dialedNumber: address,
        DNIS: address,
        ...(classification === 'Customer' ? { outboundClassification: 'VOICE' } : {}),
      },
      bucket: classification === 'Customer' ? 'talkingOutbound' : 'talkingInternal',
      wrapupAfter: classification === 'Customer',
      callerName: '',
    });
    this.emitWorkitem('workitemCreate', item, requestId);
    // The far end answers after a few rings (the world, not the agent).
    item.timer = this.ctx.agenda.after(this.ctx.prng.between(3000, 7000), () =>
      this.answer(item.id),
    );
    this.syncCentre();
    return undefined;
  }

  /** directTransfer: ends the (one Active, or given) workitem. */
  directTransfer(address: string, workitemId: string | undefined, requestId?: string): Failure {
    const target = this.transferTarget(address, workitemId);
    if (typeof target === 'string') return target;
    if (this.ctx.options.flavour === 'CCE') {
      // CCE may signal an extra call to complete the transfer.
      const helper = this.addWorkitem({
        direction: 'Outgoing',
        classification: 'Transfer',
        remote: address,
        state: 'Initiated',
        ctiData: { callType: 'TRANSFER', dialedNumber: address },
        bucket: 'talkingOutbound',
        wrapupAfter: false,
        callerName: '',
      });
      this.emitWorkitem('workitemCreate', helper, requestId);
      helper.timer = this.ctx.agenda.after(500, () => this.finish(helper, 'Ended'));
    }
    this.ctx.agenda.cancel(target.timer);
    this.finish(target, 'EndedTransferred', requestId);
    return undefined;
  }

  /** singleStepConference: the new party joins the (one Active, or given) workitem. */
  singleStepConference(address: string, workitemId: string | undefined): Failure {
    const target = this.transferTarget(address, workitemId);
    if (typeof target === 'string') return target;
    target.classification = 'Conference';
    target.participants.push(address);
    return undefined;
  }

  /** sendDtmf: needs an Active call and only the flavour's characters. */
  sendDtmf(dtmf: string): Failure {
    if (!this.loggedIn || !this.activeCall()) return 'No active call to send DTMF to';
    if (typeof dtmf !== 'string' || !dtmfPattern(this.ctx.options.flavour).test(dtmf)) {
      return `Invalid DTMF string for ${this.ctx.options.flavour}: ${String(dtmf)}`;
    }
    return undefined;
  }

  /** isSendDtmfEnabled: a call exists for which DTMF can be sent. */
  isSendDtmfEnabled(): boolean {
    return this.loggedIn && this.activeCall() !== undefined;
  }

  /** isUpdateWorkitemDataEnabled: the workitem exists and is Active, Paused or in Wrapup. */
  isUpdateWorkitemDataEnabled(workitemId: string): boolean {
    const item = this.workitems.get(workitemId);
    return this.loggedIn && item !== undefined && UPDATABLE_STATES.has(item.state);
  }

  /** updateWorkitemData: string values for callVariableN, user.* and wrapUpReason. */
  updateWorkitemData(workitemId: string, updatedData: unknown, requestId?: string): Failure {
    const item = this.updatable(workitemId);
    if (typeof item === 'string') return item;
    if (typeof updatedData !== 'object' || updatedData === null || Array.isArray(updatedData)) {
      return 'updatedData must be an object';
    }
    const entries = Object.entries(updatedData as Record<string, unknown>);
    for (const [key, value] of entries) {
      if (typeof value !== 'string') return `Value of ${key} must be a string`;
      if (!CALL_VARIABLE.test(key) && !ECC_VARIABLE.test(key) && key !== 'wrapUpReason') {
        return `Unknown call variable: ${key}`;
      }
    }
    let changed = false;
    let wrapupChanged = false;
    for (const [key, value] of entries as [string, string][]) {
      if (item.ctiData[key] === value) continue;
      item.ctiData[key] = value;
      changed = true;
      if (key === 'wrapUpReason') {
        wrapupChanged = true;
        this.noteWrapupReason(value);
      }
    }
    if (changed) this.emitWorkitem('callVariableChanged', item, requestId);
    if (wrapupChanged) this.emitWorkitem('wrapupDataChanged', item, requestId);
    return undefined;
  }

  /** setWrapupReason: wrapupDataChanged, and callVariableChanged for ctiData.wrapUpReason. */
  setWrapupReason(workitemId: string, wrapUpReason: string, requestId?: string): Failure {
    const item = this.updatable(workitemId);
    if (typeof item === 'string') return item;
    if (typeof wrapUpReason !== 'string' || wrapUpReason.trim() === '') {
      return 'wrapUpReason must be a non-empty string';
    }
    if (item.ctiData.wrapUpReason === wrapUpReason) return undefined;
    item.ctiData.wrapUpReason = wrapUpReason;
    this.noteWrapupReason(wrapUpReason);
    this.emitWorkitem('wrapupDataChanged', item, requestId);
    this.emitWorkitem('callVariableChanged', item, requestId);
    return undefined;
  }

  /** getReasonCodeList for a reason type (a custom wrap-up reason set via the API is listed). */
  reasonCodes(type: ReasonType): WireReasonCode[] | undefined {
    // The type comes from the caller as is: anything but the three is unknown.
    if (!Object.hasOwn(REASONS_BY_TYPE, type)) return undefined;
    const list = REASONS_BY_TYPE[type];
    const codes: WireReasonCode[] = list.map((r) => ({ id: r.id, label: r.label }));
    if (type === 'Wrapup' && this.customWrapupReason !== undefined) {
      codes.push({ id: CUSTOM_WRAPUP_ID, label: this.customWrapupReason });
    }
    return codes;
  }

  /** getChannel: the agent and its channel with its workitems. */
  channel(): WireGetChannel {
    const user = this.ctx.centre.user;
    const info: WireGetChannel = {
      channel: {
        id: this.owner.channelId,
        type: 'Voice',
        state: this.state,
        reasonCode: this.reason.id,
        reasonCodeLabel: this.reason.label,
        stateChangeTime: iso(this.since),
        workitems: this.loggedIn
          ? [...this.workitems.values()].map((item) =>
              workitemPayload('getChannel', item, this.owner, {
                hasConsultation: this.hasConsultation(),
              }),
            )
          : [],
      },
      extension: this.owner.extension,
      firstName: user.firstName,
      agentId: user.id,
      lastName: user.lastName,
      loginName: `${user.firstName}.${user.lastName}`.toLowerCase(),
      teamId: '7',
    };
    if (this.ctx.options.flavour === 'CCE') info.activeDeviceId = `SEP00505${user.extension}A1`;
    return info;
  }

  // -- scenario controls -----------------------------------------------------------

  /** A call for this agent (routed from a queue, or offered directly): workitemCreate, Offered. */
  offer(
    queue: SimQueue | undefined,
    ani?: string,
    callerName?: string,
    routed?: WaitingCall,
  ): SimWorkitem {
    const name = callerName ?? randomCallerName(this.ctx.prng);
    const item = this.addWorkitem({
      direction: 'Incoming',
      classification: 'Customer',
      remote: ani ?? this.ctx.centre.randomPhoneNumber(),
      state: 'Offered',
      ctiData: this.factory.inboundCtiData(queue),
      bucket: 'talkingInbound',
      wrapupAfter: true,
      callerName: name,
    });
    this.emitWorkitem('workitemCreate', item);
    const ringNoAnswer = this.ctx.options.ringNoAnswerSeconds * 1000;
    if (this.ctx.options.autopilot) {
      item.timer = this.ctx.agenda.after(this.ctx.prng.between(2000, 6000), () =>
        this.answer(item.id),
      );
    } else if (routed && ringNoAnswer > 0) {
      item.timer = this.ctx.agenda.after(ringNoAnswer, () => this.ringNoAnswer(item, routed));
    }
    this.syncCentre();
    return item;
  }

  /** Nobody answered a routed call: it goes back to its queue, the agent goes Not Ready. */
  private ringNoAnswer(item: SimWorkitem, call: WaitingCall): void {
    item.timer = undefined;
    if (item.state !== 'Offered') return;
    item.state = 'Ended';
    this.emitWorkitem('workitemEnd', item);
    this.workitems.delete(item.id);
    this.idle = { state: 'NotReady', reason: RING_NO_ANSWER };
    this.pending = undefined;
    this.afterCallChange();
    this.ctx.centre.requeue(call);
  }

  /** Answers an Offered call (or connects an Initiated one): workitemConnect, Active. */
  answer(workitemId?: string): void {
    const item = this.pick(workitemId, (w) => w.state === 'Offered' || w.state === 'Initiated');
    if (!item) return;
    // One line, one Active call: answering a second call holds the first, as Finesse does.
    for (const other of this.workitems.values()) {
      if (other === item || other.state !== 'Active') continue;
      other.state = 'Paused';
      this.emitWorkitem('workitemPause', other);
    }
    this.ctx.agenda.cancel(item.timer);
    item.timer = undefined;
    item.state = 'Active';
    item.connectedAt = this.ctx.agenda.time;
    // Once connected, both ends are participants (the ani rule then picks fromAddress).
    if (!item.participants.includes(item.remote)) item.participants.push(item.remote);
    item.activity ??= this.factory.activityRecord();
    this.emitWorkitem('workitemConnect', item);
    if (this.ctx.options.autopilot && item.classification !== 'Transfer') {
      const mean = this.ctx.options.meanHandleSeconds * 1000;
      item.timer = this.ctx.agenda.after(this.ctx.prng.duration(mean, 10_000), () =>
        this.hangUp(item.id),
      );
    }
    this.afterCallChange();
  }

  /** Puts an Active call on hold: workitemPause. */
  hold(workitemId?: string): void {
    const item = this.pick(workitemId, (w) => w.state === 'Active');
    if (!item || item.state !== 'Active') return;
    item.state = 'Paused';
    this.emitWorkitem('workitemPause', item);
    this.afterCallChange();
  }

  /** Resumes a call on hold: workitemResume. */
  resume(workitemId?: string): void {
    const item = this.pick(workitemId, (w) => w.state === 'Paused');
    if (!item || item.state !== 'Paused') return;
    item.state = 'Active';
    this.emitWorkitem('workitemResume', item);
    this.afterCallChange();
  }

  /** Ends a call: wrap-up when enabled (workitemWrapup), else workitemEnd. */
  hangUp(workitemId?: string): void {
    const order = ['Active', 'Paused', 'Initiated', 'Offered', 'Wrapup'];
    let item: SimWorkitem | undefined;
    if (workitemId !== undefined) item = this.pick(workitemId, () => true);
    else for (const state of order) item ??= this.pick(undefined, (w) => w.state === state);
    if (!item) return;
    this.ctx.agenda.cancel(item.timer);
    item.timer = undefined;
    if (item.state === 'Offered') return this.finish(item, 'EndedAbandoned');
    if (item.state === 'Initiated' || item.state === 'Wrapup') return this.finish(item, 'Ended');
    // A logged-out agent has no wrap-up: the call simply ends.
    if (this.loggedIn && this.ctx.options.wrapupEnabled && item.wrapupAfter) {
      item.state = 'Wrapup';
      this.emitWorkitem('workitemWrapup', item);
      this.startWrapupTimer();
    } else {
      item.state = 'Ended';
      this.emitWorkitem('workitemEnd', item);
      this.workitems.delete(item.id);
    }
    // After a consultation, the autopilot takes the held call back.
    const held = this.pick(undefined, (w) => w.state === 'Paused');
    if (held && this.ctx.options.autopilot && !this.activeCall()) {
      this.ctx.agenda.after(1000, () => this.resume(held.id));
    }
    this.afterCallChange();
  }

  /** Stops the agent's own happenings. */
  dispose(): void {
    this.ctx.agenda.cancel(this.autopilotTimer);
    this.ctx.agenda.cancel(this.wrapupTimer);
    for (const item of this.workitems.values()) this.ctx.agenda.cancel(item.timer);
  }

  // -- internals -----------------------------------------------------------------

  private hasLiveCall(): boolean {
    for (const w of this.workitems.values()) if (ON_THE_LINE_STATES.has(w.state)) return true;
    return false;
  }

  private hasOffered(): boolean {
    for (const w of this.workitems.values()) if (w.state === 'Offered') return true;
    return false;
  }

  private hasConsultation(): boolean {
    for (const w of this.workitems.values())
      if (w.classification === 'Consultation' && w.state !== 'Wrapup') return true;
    return false;
  }

  private activeCall(): SimWorkitem | undefined {
    for (const w of this.workitems.values()) if (w.state === 'Active') return w;
    return undefined;
  }

  private pick(
    workitemId: string | undefined,
    test: (w: SimWorkitem) => boolean,
  ): SimWorkitem | undefined {
    if (workitemId !== undefined) {
      const item = this.workitems.get(workitemId);
      if (!item) throw new Error(`No workitem ${workitemId}`);
      return test(item) ? item : undefined;
    }
    for (const w of this.workitems.values()) if (test(w)) return w;
    return undefined;
  }

  private transferTarget(address: string, workitemId: string | undefined): SimWorkitem | string {
    if (!this.loggedIn) return 'Agent is not logged in';
    if (typeof address !== 'string' || !ADDRESS.test(address))
      return `Invalid address: ${String(address)}`;
    if (workitemId !== undefined && workitemId !== '') {
      const item = this.workitems.get(workitemId);
      if (!item) return `Unknown workitem: ${workitemId}`;
      if (item.state !== 'Active') return `Workitem ${workitemId} is not Active`;
      return item;
    }
    const active = [...this.workitems.values()].filter((w) => w.state === 'Active');
    if (active.length !== 1) {
      return `Exactly one Active workitem is needed without a workitemId (found ${active.length})`;
    }
    return active[0] as SimWorkitem;
  }

  private updatable(workitemId: string): SimWorkitem | string {
    if (!this.loggedIn) return 'Agent is not logged in';
    const item = this.workitems.get(workitemId);
    if (!item) return `Unknown workitem: ${String(workitemId)}`;
    if (!UPDATABLE_STATES.has(item.state))
      return `Workitem ${workitemId} cannot be updated in state ${item.state}`;
    return item;
  }

  private noteWrapupReason(reason: string): void {
    // A custom reason joins the list; choosing another removes the previous custom one.
    this.customWrapupReason = WRAPUP_REASONS.some((r) => r.label === reason) ? undefined : reason;
  }

  private finish(
    item: SimWorkitem,
    state: 'Ended' | 'EndedAbandoned' | 'EndedTransferred',
    requestId?: string,
  ): void {
    this.ctx.agenda.cancel(item.timer);
    item.timer = undefined;
    item.state = state;
    this.emitWorkitem('workitemEnd', item, requestId);
    this.workitems.delete(item.id);
    this.afterCallChange(requestId);
  }

  private startWrapupTimer(): void {
    if (this.wrapupTimer && !this.wrapupTimer.cancelled) return;
    const mean = this.ctx.options.meanWrapupSeconds * 1000;
    const duration = this.ctx.options.autopilot ? this.ctx.prng.duration(mean, 3000) : mean;
    if (this.ctx.options.autopilot && this.ctx.prng.chance(0.6)) {
      this.ctx.agenda.after(duration / 2, () => {
        const item = this.pick(undefined, (w) => w.state === 'Wrapup');
        if (item) this.setWrapupReason(item.id, this.ctx.prng.pick(WRAPUP_REASONS).label);
      });
    }
    this.wrapupTimer = this.ctx.agenda.after(duration, () => this.endWrapup(undefined));
  }

  /** Ends wrap-up: workitemEnd for every item in Wrapup, then the follow-up state. */
  private endWrapup(requestId: string | undefined): void {
    this.ctx.agenda.cancel(this.wrapupTimer);
    this.wrapupTimer = undefined;
    for (const item of [...this.workitems.values()]) {
      if (item.state !== 'Wrapup') continue;
      item.state = 'Ended';
      this.emitWorkitem('workitemEnd', item, requestId);
      this.workitems.delete(item.id);
    }
    this.afterCallChange(requestId);
  }

  private goIdle(target: IdleState, requestId: string | undefined): Failure {
    if (this.state === 'Wrapup') {
      this.pending = target;
      this.endWrapup(requestId);
      return undefined;
    }
    this.setIdle(target, requestId);
    return undefined;
  }

  private setIdle(target: IdleState, requestId: string | undefined): void {
    this.idle = target;
    this.pending = undefined;
    this.moveTo(this.targetState(), requestId, true);
    this.syncCentre();
  }

  /** The state the agent should be in, given its calls. */
  private targetState(): Target {
    const now = this.ctx.agenda.time;
    const items = [...this.workitems.values()];
    // CCX: a call received or placed in Not Ready does not make the agent Active.
    const ccxNotReady = this.ctx.options.flavour === 'CCX' && this.idle.state === 'NotReady';
    if (!ccxNotReady && items.some((w) => LIVE_STATES.has(w.state))) {
      return { state: 'Active', reason: NO_REASON, since: now };
    }
    if (!ccxNotReady && items.some((w) => w.state === 'Wrapup')) {
      return { state: 'Wrapup', reason: NO_REASON, since: now };
    }
    if (items.some((w) => LIVE_STATES.has(w.state) || w.state === 'Wrapup')) {
      return { state: this.idle.state, reason: this.idle.reason, since: now };
    }
    const pending = this.pending;
    if (pending) {
      this.idle = { state: pending.state, reason: pending.reason };
      this.pending = undefined;
    }
    return {
      state: this.idle.state,
      reason: this.idle.reason,
      since: now,
      requestId: pending?.requestId,
    };
  }

  private afterCallChange(requestId?: string): void {
    const logout = this.pendingLogout;
    if (logout && this.loggedIn && !this.hasLiveCall() && !this.hasOffered() && !this.inWrapup()) {
      this.pendingLogout = undefined;
      this.logout(logout.reason, logout.requestId);
      return;
    }
    if (this.loggedIn) this.moveTo(this.targetState(), requestId, false);
    this.syncCentre();
  }

  private inWrapup(): boolean {
    for (const w of this.workitems.values()) if (w.state === 'Wrapup') return true;
    return false;
  }

  /** Emits agentStateChange when the state (or, when `always`, the reason) changes. */
  private moveTo(target: Target, requestId: string | undefined, always: boolean): void {
    const same = target.state === this.state && target.reason.id === this.reason.id;
    // A fulfilled pending request always gets its event, so its caller hears back.
    if (same && !always && !target.requestId) return;
    this.emitState(
      { state: target.state, reason: target.reason, since: target.since },
      requestId ?? target.requestId,
    );
  }

  private emitState(target: AgentStateSnapshot, requestId: string | undefined): void {
    const from: AgentStateSnapshot = { state: this.state, reason: this.reason, since: this.since };
    this.state = target.state;
    this.reason = target.reason;
    this.since = target.since;
    this.ctx.emit(
      'agentStateChange',
      agentStateChangePayload(this.owner.channelId, from, target, requestId),
    );
  }

  /** Puts the agent where it counts in the queue statistics, and (un)routable. */
  private syncCentre(): void {
    const user = this.ctx.centre.user;
    let bucket: AgentBucket;
    const items = [...this.workitems.values()];
    const live = items.find((w) => ON_THE_LINE_STATES.has(w.state));
    const followUp = (this.pending ?? this.idle).state;
    if (!this.loggedIn) bucket = 'loggedOut';
    else if (live) bucket = live.bucket;
    else if (items.some((w) => w.state === 'Wrapup'))
      bucket = followUp === 'Ready' ? 'wrapUpReady' : 'wrapUpNotReady';
    else bucket = this.idle.state === 'Ready' ? 'ready' : 'notReady';
    user.acceptsCalls = this.ctx.options.routeCallsToAgent && this.loggedIn && items.length === 0;
    this.ctx.centre.setBucket(user, bucket);
  }

  private addWorkitem(spec: WorkitemSpec): SimWorkitem {
    const item = this.factory.create(spec);
    this.workitems.set(item.id, item);
    return item;
  }

  private emitWorkitem(event: WorkitemEventName, item: SimWorkitem, requestId?: string): void {
    if (!this.loggedIn) return;
    this.ctx.emit(
      event,
      workitemPayload(event, item, this.owner, {
        // The reference: a workitem's requestId is "for future use".
        requestId: this.ctx.options.echoWorkitemRequestIds ? requestId : undefined,
        hasConsultation: this.hasConsultation(),
      }),
    );
  }
}
