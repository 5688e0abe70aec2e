import type { Subscribable } from '../../src/store/subscribable.js';

/** A minimal store for controller tests: `set` replaces the state and notifies at once. */
export class FakeStore<S> implements Subscribable<S> {
  private state: S;
  private readonly listeners = new Set<(state: S) => void>();

  constructor(initial: S) {
    this.state = initial;
  }

  /** Listeners subscribed right now. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  getState(): S {
    return this.state;
  }

  subscribe(listener: (state: S) => void): () => void {
    // Wrapped so one listener subscribed twice counts twice, like a real store.
    const entry = (state: S) => listener(state);
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  set(next: S): void {
    this.state = next;
    for (const listener of [...this.listeners]) listener(next);
  }
}
