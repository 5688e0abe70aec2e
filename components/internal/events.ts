/**
 * Types for the elements' events. Each element declares its events in
 * `GlobalEventHandlersEventMap` (so `addEventListener('connects-…')` is typed for
 * everyone), and {@link ConnectsElement.emit} accepts exactly those names with their
 * detail.
 *
 * ```ts
 * export type ConnectsQueueSelectEvent = CustomEvent<{ readonly queueId: string }>;
 * declare global {
 *   interface GlobalEventHandlersEventMap {
 *     'connects-queue-select': ConnectsQueueSelectEvent;
 *   }
 * }
 * ```
 *
 * @module
 */

/** Every `connects-*` event name declared in `GlobalEventHandlersEventMap` as a `CustomEvent`. */
export type ConnectsEventName = {
  [K in keyof GlobalEventHandlersEventMap]: K extends `connects-${string}`
    ? GlobalEventHandlersEventMap[K] extends CustomEvent<unknown>
      ? K
      : never
    : never;
}[keyof GlobalEventHandlersEventMap];

/** The `detail` of event `K`. */
export type ConnectsEventDetail<K extends ConnectsEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Options of `emit`: events always bubble and cross shadow roots; some can be cancelled. */
export interface EmitOptions {
  /** Whether a listener may call `preventDefault()` (default false). */
  readonly cancelable?: boolean;
}
