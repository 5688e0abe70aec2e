/**
 * The smallest contract a view needs from a store: read the current state, and be told
 * when it changes. `ConnectsStore` implements it; Lit's `StoreController` consumes it.
 *
 * @module
 */

/** A source of immutable state snapshots with change notification. */
export interface Subscribable<S> {
  /** The current state. Snapshots are immutable: a changed part is a new object. */
  getState(): S;
  /**
   * Calls `listener` after state changes (batched: at most once per flush, never
   * synchronously inside `subscribe`). Returns the function that unsubscribes.
   */
  subscribe(listener: (state: S) => void): () => void;
}
