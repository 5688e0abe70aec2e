/**
 * The eleven `on*` registrations of the `CilApi`, each handing its callback to one
 * `register(event, callback)`. Every stand-in for b+s Connects here (the simulator,
 * the replay) extends this rather than spelling the eleven methods out again.
 *
 * @module
 */
import type { CilEventName } from '../cil/enums.js';
import type { CilCallback } from '../cil/cil-api.js';
import type {
  WireAgentStateChange,
  WireError,
  WireQueueDataUpdate,
  WireWorkitem,
} from '../cil/wire.js';

/** A registered callback, as the event source stores it. */
export type RegisteredCallback = (data: unknown) => void;

/** Base class implementing the `on*` half of `CilApi` over one `register`. */
export abstract class CilRegistrations {
  /** Stores `callback` for `event`; the subclass decides what registering means. */
  protected abstract register(event: CilEventName, callback: RegisteredCallback): void;

  private add<T>(event: CilEventName, callback: CilCallback<T>): void {
    // The source calls each callback only with its own event's payload.
    this.register(event, callback as RegisteredCallback);
  }

  onWorkitemCreate(callback: CilCallback<WireWorkitem>): void {
    this.add('workitemCreate', callback);
  }
  onWorkitemConnect(callback: CilCallback<WireWorkitem>): void {
    this.add('workitemConnect', callback);
  }
  onWorkitemPause(callback: CilCallback<WireWorkitem>): void {
    this.add('workitemPause', callback);
  }
  onWorkitemResume(callback: CilCallback<WireWorkitem>): void {
    this.add('workitemResume', callback);
  }
  onWorkitemWrapup(callback: CilCallback<WireWorkitem>): void {
    this.add('workitemWrapup', callback);
  }
  onWorkitemEnd(callback: CilCallback<WireWorkitem>): void {
    this.add('workitemEnd', callback);
  }
  onCallVariableChanged(callback: CilCallback<WireWorkitem>): void {
    this.add('callVariableChanged', callback);
  }
  onWrapupDataChanged(callback: CilCallback<WireWorkitem>): void {
    this.add('wrapupDataChanged', callback);
  }
  onAgentStateChange(callback: CilCallback<WireAgentStateChange>): void {
    this.add('agentStateChange', callback);
  }
  onQueueDataUpdate(callback: CilCallback<WireQueueDataUpdate>): void {
    this.add('queueDataUpdate', callback);
  }
  onError(callback: CilCallback<WireError>): void {
    this.add('error', callback);
  }
}
