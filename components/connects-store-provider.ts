import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CilApi } from '../src/cil/cil-api.js';
import { connectsStoreContext } from '../src/lit/context.js';
import { ConnectsStore } from '../src/store/connects-store.js';
import { getDefaultStore, onDefaultStoreChange } from '../src/store/default-store.js';

/**
 * The store is `store` when set, else the store of `cil` (one per `cil`, so its
 * callbacks are registered once), else the page's default store, which finds the
 * Integration API by itself (and is followed when it is replaced). Define this
 * element before the elements inside it connect: a provider that upgrades later is
 * not seen by them. It renders nothing of its own (`display: contents`).
 *
 * ```html
 * <connects-store-provider>
 *   <my-queue-board></my-queue-board>
 * </connects-store-provider>
 * ```
 *
 * @summary Hands one wallboard store to every element inside it, across shadow roots.
 * @slot - The wallboard elements that should read this store.
 */
@customElement('connects-store-provider')
export class ConnectsStoreProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The store to provide; wins over `cil`. */
  @property({ attribute: false })
  store?: ConnectsStore;

  /** An Integration API to provide the store of (`ConnectsStore.for(cil)`), when `store` is not set. */
  @property({ attribute: false })
  cil?: CilApi;

  private readonly provider = new ContextProvider(this, { context: connectsStoreContext });
  /** Held while connected: the default store can be replaced (disposed, or superseded). */
  private stopDefaultStoreChanges: (() => void) | undefined;

  /** The store provided right now (undefined before the element first connects). */
  get providedStore(): ConnectsStore | undefined {
    return this.provider.value;
  }

  override connectedCallback(): void {
    // Children connect before this element's first update: the store must be there now.
    this.provide();
    this.stopDefaultStoreChanges ??= onDefaultStoreChange(() => this.provide());
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopDefaultStoreChanges?.();
    this.stopDefaultStoreChanges = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') || changed.has('cil')) this.provide();
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }

  private provide(): void {
    const store = this.store ?? (this.cil ? ConnectsStore.for(this.cil) : getDefaultStore());
    // Same instance: no notification (context compares by Object.is).
    this.provider.setValue(store);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connects-store-provider': ConnectsStoreProvider;
  }
}
