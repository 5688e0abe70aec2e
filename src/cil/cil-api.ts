/**
 * The `cil` object b+s Connects exposes to integrations, with the argument order and
 * return types of the reference's samples. The real one, the simulator and the replay
 * all implement this interface.
 *
 * The reference offers no way to unregister a callback, so callers must register at
 * most once per `cil` object (the store guarantees that).
 *
 * @module
 */
import type { ReasonType, RequestedAgentState } from './enums.js';
import type {
  CilResult,
  WireAgentStateChange,
  WireError,
  WireGetChannel,
  WireQueueDataUpdate,
  WireReasonCode,
  WireWorkitem,
} from './wire.js';

/** A callback for one event. Payloads are typed as documented but must be validated. */
export type CilCallback<T> = (data: T) => void;

/** Reason code argument of `setAgentState`; empty when no reason code is required. */
export type ReasonCodeArgument = string | number | undefined;

/** The Integration API surface (`cil` in the reference's samples). */
export interface CilApi {
  /** A new work item appears and is alerting; also sent on login with a call present (call recovery). */
  onWorkitemCreate(callback: CilCallback<WireWorkitem>): void;
  /** A work item is accepted. */
  onWorkitemConnect(callback: CilCallback<WireWorkitem>): void;
  /** A work item is paused (e.g. a call is put on hold). */
  onWorkitemPause(callback: CilCallback<WireWorkitem>): void;
  /** A paused work item is resumed. */
  onWorkitemResume(callback: CilCallback<WireWorkitem>): void;
  /** A work item changes the state to Wrap-Up. */
  onWorkitemWrapup(callback: CilCallback<WireWorkitem>): void;
  /** A work item disappears (after wrap-up if enabled, else right after hang-up). */
  onWorkitemEnd(callback: CilCallback<WireWorkitem>): void;
  /** A call variable (e.g. callVariable1, user.eccVar, wrapUpReason) changed. */
  onCallVariableChanged(callback: CilCallback<WireWorkitem>): void;
  /** The Wrap-Up reason changed. */
  onWrapupDataChanged(callback: CilCallback<WireWorkitem>): void;
  /** The state of the agent on a channel changed. */
  onAgentStateChange(callback: CilCallback<WireAgentStateChange>): void;
  /** Queue data changed; only while logged in, never on CCX. */
  onQueueDataUpdate(callback: CilCallback<WireQueueDataUpdate>): void;
  /** A request failed, or b+s Connects met an error. */
  onError(callback: CilCallback<WireError>): void;

  /** Sets the agent state on a channel; success is an `agentStateChange` event. */
  setAgentState(
    channelId: string,
    state: RequestedAgentState,
    reasonCode?: ReasonCodeArgument,
    requestId?: string,
  ): Promise<CilResult<void>>;
  /** Direct (blind) transfer; success is a `workitemEnd` event. */
  directTransfer(
    channelId: string,
    address: string,
    workitemId?: string,
    requestId?: string,
  ): Promise<CilResult<void>>;
  /** Single step conference of a new party. */
  singleStepConference(
    channelId: string,
    address: string,
    workitemId?: string,
    requestId?: string,
  ): Promise<CilResult<void>>;
  /** New call, or a consultation call when the agent already has one; success is `workitemCreate`. */
  dialOrConsult(channelId: string, address: string, requestId?: string): Promise<CilResult<void>>;
  /** Reason codes of a type. */
  getReasonCodeList(
    channelId: string,
    reasonType: ReasonType,
  ): Promise<CilResult<WireReasonCode[]>>;
  /** Information about a channel and its agent. */
  getChannel(channelId: string): Promise<CilResult<WireGetChannel>>;
  /** Sends DTMF to the active call (CCE `0-9*#A-D`, CCX `0-9*#`). */
  sendDtmf(dtmf: string, requestId?: string): Promise<CilResult<void>>;
  /** Whether a call exists for which DTMF can be sent. */
  isSendDtmfEnabled(): Promise<CilResult<boolean | { enabled: boolean }>>;
  /** Updates call variables and the Wrap-Up reason; values must be strings. */
  updateWorkitemData(
    channelId: string,
    workitemId: string,
    updatedData: Readonly<Record<string, string>>,
    requestId?: string,
  ): Promise<CilResult<void>>;
  /** Whether the data of a workitem can be updated. */
  isUpdateWorkitemDataEnabled(
    channelId: string,
    workitemId: string,
  ): Promise<CilResult<boolean | { enabled: boolean }>>;
  /** Sets the Wrap-Up reason of a call. */
  setWrapupReason(
    channelId: string,
    workitemId: string,
    wrapUpReason: string,
    requestId?: string,
  ): Promise<CilResult<void>>;
}
