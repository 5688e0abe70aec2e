/**
 * The eleven `on*` registrations of the `CilApi` and the dispatch to the callbacks they
 * stored. Every stand-in for b+s Connects here (the simulator, the replay) extends this
 * rather than spelling the eleven methods, the callback lists and the error guard out
 * again.
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

/** Base class implementing the `on*` half of `CilApi`, and dispatching to what registered. */
export abstract class CilRegistrations {
  private readonly callbacks = new Map<CilEventName, RegisteredCallback[]>();
  private closed = false;

  /**
   * Stores `callback` for `event`. Not a function, or after {@link closeRegistrations}:
   * ignored, as nothing would ever call it.
   */
  protected register(event: CilEventName, callback: RegisteredCallback): void {
    if (this.closed || typeof callback !== 'function') return;
    const list = this.callbacks.get(event);
    if (list) list.push(callback);
    else this.callbacks.set(event, [callback]);
  }

  /**
   * Calls every callback of `event` (or only `only`) with `data`, in registration order.
   * A callback that throws is logged and the others still run: one faulty integration
   * must not break the others, nor the source. Stops early once the source is closed
   * (a callback disposed it).
   */
  protected dispatch(event: CilEventName, data: unknown, only?: RegisteredCallback): void {
    // A copy: a callback may register another while this loop runs.
    const targets = only ? [only] : [...(this.callbacks.get(event) ?? [])];
    for (const callback of targets) {
      if (this.closed) return;
      try {
        callback(data);
      } catch (error) {
        console.error(`a ${event} callback threw`, error);
      }
    }
  }

  /** Drops every callback and refuses new ones: the source is gone for good. */
  protected closeRegistrations(): void {
    this.closed = true;
    this.callbacks.clear();
  }

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
