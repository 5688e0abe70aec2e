/**
 * What `<connects-agent-state>` shows and allows, as plain functions of the store's
 * state: which channels, the state in words with its reason, what the calls on a
 * channel add to the reported state (the CCX rule), which state changes make sense
 * now, and where the element's own request stands. No DOM, no Lit: unit-tested alone.
 *
 * @module
 */
import type {
  AgentState,
  ChannelInfo,
  ChannelType,
  RequestedAgentState,
} from '../../src/cil/index.js';
import { stateActivity } from '../../src/store/index.js';
import type { ChannelActivity, ChannelState, RequestEntry } from '../../src/store/index.js';

/** What the calls on a channel add to its reported state. */
export type CallActivity = 'talking' | 'held' | 'ringing' | 'dialing' | 'wrapup';

/** One channel as the element shows it. */
export interface ChannelView {
  /** Channel identifier (`voice_<peripheral_id>`, CCX `voice_-1`, WxCC `telephony`). */
  readonly channelId: string;
  /** Channel type, when known. */
  readonly channelType: ChannelType | null;
  /** The reported state (`newState`): shown in words and reflected as `data-state`. */
  readonly state: AgentState;
  /** The reason code; `null` when none (the reference's negative code). */
  readonly reasonCode: number | null;
  /**
   * The reason as shown: its label, or (a code without a label) the code itself;
   * `null` when there is no reason.
   */
  readonly reason: { readonly label: string } | { readonly code: number } | null;
  /** Since when the channel is in this state, server clock (epoch ms). */
  readonly since: number;
  /**
   * What the workitems on the channel say beyond the reported state; `null` when the
   * state says it all. On CCX a call taken in Not Ready raises no `Active` state, so
   * the channel stays `NotReady` (with its reason) and this says `talking`.
   */
  readonly call: CallActivity | null;
}

const CALL_ACTIVITIES: ReadonlySet<ChannelActivity> = new Set<ChannelActivity>([
  'talking',
  'held',
  'ringing',
  'dialing',
  'wrapup',
]);

/** The view of one channel of the store. */
export function channelView(channel: ChannelState): ChannelView {
  const activity = channel.activity;
  const call =
    CALL_ACTIVITIES.has(activity) && activity !== stateActivity(channel.state)
      ? (activity as CallActivity)
      : null;
  return {
    channelId: channel.channelId,
    channelType: channel.channelType ?? null,
    state: channel.state,
    reasonCode: channel.reasonCode,
    reason: reasonOf(channel),
    since: channel.since,
    call,
  };
}

/**
 * The reason to show: none for a negative (absent) code, as the reference says;
 * otherwise its label, or the bare code when the system sent no label.
 */
function reasonOf(channel: ChannelState): ChannelView['reason'] {
  if (channel.reasonCode === null) return null;
  const label = channel.reasonCodeLabel?.trim();
  return label ? { label } : { code: channel.reasonCode };
}

/** Whether a channel is a voice channel (`voice`, as the reference's requests name them all). */
export function isVoiceChannel(channel: Pick<ChannelState, 'channelId' | 'channelType'>): boolean {
  if (channel.channelType !== undefined) return channel.channelType === 'Voice';
  return channel.channelId.startsWith('voice') || channel.channelId === 'telephony';
}

/**
 * The channels to show. Without a filter, all of them in the order first seen. With
 * one (the `channel` attribute), only that channel: its exact id, or for `voice` the
 * first voice channel (the reference's name for "the voice channel").
 */
export function shownChannels(
  channels: readonly ChannelState[],
  filter: string | null | undefined,
): readonly ChannelState[] {
  const wanted = filter?.trim();
  if (!wanted) return channels;
  const exact = channels.find((channel) => channel.channelId === wanted);
  if (exact) return [exact];
  if (wanted === 'voice') {
    const voice = channels.find(isVoiceChannel);
    return voice ? [voice] : [];
  }
  return [];
}

/** The channel whose state the host reflects: the first voice channel shown, else the first. */
export function primaryChannel(shown: readonly ChannelState[]): ChannelState | undefined {
  return shown.find(isVoiceChannel) ?? shown[0];
}

/** Which state changes make sense on a channel now. */
export interface ChannelActions {
  /** Go Ready: from Not Ready or Wrap-Up, not while a call is connected. */
  readonly ready: boolean;
  /** Not Ready (or another reason): whenever logged in; during a call it applies after the call. */
  readonly notReady: boolean;
  /** Log out: whenever logged in; during a call it applies after the call, in wrap-up it ends it. */
  readonly logout: boolean;
}

const NO_ACTIONS: ChannelActions = Object.freeze({ ready: false, notReady: false, logout: false });

/**
 * The state changes offered for a channel. Logged out or offline offers none (the
 * Integration API has no login). A connected call (talking, held, dialling) rules out
 * Ready; Not Ready and Logout asked for during a call wait for its end, as Finesse
 * does (the store reports them `pending-after-call`).
 */
export function channelActions(channel: ChannelState): ChannelActions {
  if (channel.state === 'Logout' || channel.state === 'Offline') return NO_ACTIONS;
  const activity = channel.activity;
  const connected = activity === 'talking' || activity === 'held' || activity === 'dialing';
  return {
    ready: !connected && !(channel.state === 'Ready' && activity === 'ready'),
    notReady: true,
    logout: true,
  };
}

/** Milliseconds in state at server time `now`; never negative (a clock a little behind). */
export function timeInState(since: number, now: number): number | null {
  if (!Number.isFinite(since) || !Number.isFinite(now)) return null;
  return Math.max(0, now - since);
}

/** The agent as `getChannel` describes them, ready to show; empty fields are absent. */
export interface AgentIdentity {
  /** First and last name, else the login name; `null` when neither is known. */
  readonly name: string | null;
  /** Login name, when known and not already the name. */
  readonly loginName: string | null;
  /** Extension, when known. */
  readonly extension: string | null;
  /** Team identifier, when known. */
  readonly teamId: string | null;
  /** Agent identifier, when known. */
  readonly agentId: string | null;
}

function text(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The identity part of a `getChannel` answer. */
export function agentIdentity(info: ChannelInfo): AgentIdentity {
  const fullName = [text(info.firstName), text(info.lastName)].filter(Boolean).join(' ');
  const loginName = text(info.loginName);
  return {
    name: fullName || loginName,
    loginName: fullName ? loginName : null,
    extension: text(info.extension),
    teamId: text(info.teamId),
    agentId: text(info.agentId),
  };
}

/**
 * Whether a channel just went from logged out (or unknown to the store) to logged in:
 * the moment the agent's identity is asked for again.
 */
export function loggedInNow(
  before: ChannelState | undefined,
  after: ChannelState | undefined,
): boolean {
  const out = (channel: ChannelState | undefined) =>
    channel === undefined || channel.state === 'Logout' || channel.state === 'Offline';
  return out(before) && !out(after);
}

/** A change the element asked for. */
export interface StateRequest {
  /** The channel it was sent for. */
  readonly channelId: string;
  /** The state asked for. */
  readonly state: RequestedAgentState;
  /** The reason, when one was chosen. */
  readonly reason: { readonly id: string; readonly label: string } | null;
}

/**
 * Where a request stands, as the element shows it: under way, held back until the
 * call ends, refused (an `error` event or a failing call), or not answered in time.
 * A confirmed request shows nothing: the new state says it.
 */
export type RequestPhase = 'pending' | 'pending-after-call' | 'failed' | 'timed-out';

/** The request statuses the store reports (`state.requests`). */
export type StoreRequestStatus =
  'pending' | 'pending-after-call' | 'sent' | 'confirmed' | 'failed' | 'timed-out';

/** The phase to show for a request's status; `null` when nothing is to be shown. */
export function requestPhase(status: StoreRequestStatus): RequestPhase | null {
  switch (status) {
    case 'pending':
    case 'sent':
      return 'pending';
    case 'pending-after-call':
      return 'pending-after-call';
    case 'failed':
      return 'failed';
    case 'timed-out':
      return 'timed-out';
    case 'confirmed':
      return null;
  }
}

/**
 * The latest `setAgentState` request for a channel in the store's recent requests,
 * whoever sent it (this element, another one, the page): `voice` names every voice
 * channel, as the reference says.
 */
export function latestStateRequest(
  requests: readonly RequestEntry[],
  channel: Pick<ChannelState, 'channelId' | 'channelType'>,
): RequestEntry | undefined {
  for (let index = requests.length - 1; index >= 0; index -= 1) {
    const request = requests[index];
    if (request?.name !== 'setAgentState' || request.channelId === undefined) continue;
    if (
      request.channelId === channel.channelId ||
      (request.channelId === 'voice' && isVoiceChannel(channel))
    ) {
      return request;
    }
  }
  return undefined;
}

/**
 * A reason id as `setAgentState` takes it: reason ids are numbers on every platform the
 * reference names (the parser turns them into strings), so a numeric id goes back as a
 * number; anything else as it came.
 */
export function reasonCodeArgument(id: string): string | number {
  return /^-?\d+$/.test(id) ? Number(id) : id;
}

/** Whether the controls of a channel wait for a request (a second one would race it). */
export function blocksControls(phase: RequestPhase | null): boolean {
  return phase === 'pending';
}
