/**
 * The base of every wallboard element: it finds the store, reflects `status`,
 * shows the condition screens, resolves language and theme, keeps live timers on the
 * shared ticker, and emits typed events.
 *
 * @module
 */
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CilApi } from '../../src/cil/cil-api.js';
import { ConnectsStoreController } from '../../src/lit/connects-store-controller.js';
import type { ConnectsStore } from '../../src/store/connects-store.js';
import type { SourceStatus, StoreState } from '../../src/store/state.js';
import { sharedTicker, type Ticker } from '../../src/store/ticker.js';
import { serverNow, storeClockNow } from './clock.js';
import {
  conditionStyles,
  renderCondition,
  type Condition,
  type ConditionContext,
} from './conditions.js';
import { escalationStyles } from './escalation.js';
import type { ConnectsEventDetail, ConnectsEventName, EmitOptions } from './events.js';
import { localeFor, type ElementLocale } from './i18n/catalogue.js';
import {
  resolveLanguageTag,
  resolveTheme,
  watchInheritedAttributes,
  type ThemeName,
} from './inherited.js';
import { sourceStatus, type ElementStatus } from './status.js';
import { themeStyles } from './theme.js';

/** What the base reads from the store: the element's status and the source's. */
interface StatusSlice {
  readonly status: ElementStatus;
  readonly source: SourceStatus;
}

const sameStatus = (a: StatusSlice, b: StatusSlice): boolean =>
  a.status === b.status && a.source === b.source;

/**
 * Base class of the wallboard elements. A subclass:
 * - selects its slices with {@link select} (they follow `store`, `cil`, the provider
 *   and the default store like the status does);
 * - says which status applies by overriding {@link selectStatus} (default: the
 *   source's; use `queueStatus` or `agentStatus` from `status.ts`);
 * - renders its data in {@link renderContent}; the base renders the condition
 *   screen instead while {@link condition} returns one;
 * - reads time from {@link now} and returns true from {@link isLive} while it shows
 *   timers, so it is redrawn on each tick of the page's one ticker;
 * - emits its events with {@link emit}.
 *
 * @cssproperty --connects-color-surface - Background.
 * @cssproperty --connects-color-surface-raised - Background of rows and tiles.
 * @cssproperty --connects-color-text - Text.
 * @cssproperty --connects-color-muted - Secondary text (AA on the surface).
 * @cssproperty --connects-color-border - Lines.
 * @cssproperty --connects-color-accent - Links and focus rings.
 * @cssproperty --connects-color-normal - Escalation Normal (a background).
 * @cssproperty --connects-color-on-normal - Text on Normal.
 * @cssproperty --connects-color-warn - Escalation Warn (a background).
 * @cssproperty --connects-color-on-warn - Text on Warn.
 * @cssproperty --connects-color-critical - Escalation Critical (a background).
 * @cssproperty --connects-color-on-critical - Text on Critical.
 * @cssproperty --connects-font-family - Font family.
 * @cssproperty --connects-font-numeric - `font-variant-numeric` of numbers and timers (default tabular).
 * @cssproperty --connects-spacing - Base spacing unit.
 * @cssproperty --connects-radius - Corner radius.
 * @csspart condition - A condition screen (waiting, not found, CCX, logged out, nothing subscribed).
 * @csspart condition-title - Its title.
 * @csspart condition-detail - Its detail line.
 * @csspart condition-waited - How long the element has waited for b+s Connects.
 * @csspart condition-link - The not-found screen's link to the embedding documentation.
 * @csspart stale - The qualifier shown above numbers whose source went quiet.
 * @csspart escalation - An escalation badge (colour, shape, word and weight).
 */
export abstract class ConnectsElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles, escalationStyles, conditionStyles];

  /** Observes `lang` besides Lit's properties: the element's own language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The ticker whose ticks redraw live timers (the page's shared one). Tests
   * replace it on their subclass.
   */
  static ticker: Ticker = sharedTicker;

  /**
   * The store to show; wins over `cil`. Without either, the element uses the nearest
   * `<connects-store-provider>`'s store, else the page's default store (which finds
   * b+s Connects by itself).
   */
  @property({ attribute: false })
  get store(): ConnectsStore | undefined {
    return this.ownStore;
  }

  set store(store: ConnectsStore | undefined) {
    const old = this.ownStore;
    this.ownStore = store;
    for (const controller of this.controllers) controller.store = store;
    this.requestUpdate('store', old);
  }

  /** An Integration API to show the store of (`ConnectsStore.for(cil)`), when `store` is not set. */
  @property({ attribute: false })
  get cil(): CilApi | undefined {
    return this.ownCil;
  }

  set cil(cil: CilApi | undefined) {
    const old = this.ownCil;
    this.ownCil = cil;
    for (const controller of this.controllers) controller.cil = cil;
    this.requestUpdate('cil', old);
  }

  /**
   * What the element can show (reflected; set by the element, not by you):
   * `waiting`, `not-found`, `enabled`, `disabled` (logged out) or `unavailable` (the
   * platform has no such data, e.g. queue statistics on CCX).
   */
  @property({ reflect: true })
  status: ElementStatus = 'waiting';

  /**
   * `light`, `dark` or `high-contrast`; without it the nearest ancestor's `theme`
   * applies, else the system's colour scheme.
   */
  @property({ reflect: true })
  theme: ThemeName | undefined;

  private ownStore: ConnectsStore | undefined;
  private ownCil: CilApi | undefined;
  private readonly controllers: ConnectsStoreController<unknown>[] = [];
  private readonly statusSlice = this.select<StatusSlice>(
    (state) => ({ status: this.selectStatus(state), source: state.sourceStatus }),
    sameStatus,
  );
  private currentLocale: ElementLocale = localeFor('en');
  private stopWatchingInherited: (() => void) | undefined;
  private stopTicks: (() => void) | undefined;
  private waitingSince: number | undefined;

  /**
   * A slice of the store's state, kept current while connected: the host updates
   * only when `equals` (default `Object.is`) says it changed. Call it in a field
   * initializer: `private readonly queues = this.select((s) => s.queues);`.
   */
  protected select<T>(
    selector: (state: StoreState) => T,
    equals?: (a: T, b: T) => boolean,
  ): ConnectsStoreController<T> {
    const controller = new ConnectsStoreController<T>(this, {
      selector,
      ...(equals ? { equals } : {}),
      ...(this.ownStore ? { store: this.ownStore } : {}),
      ...(this.ownCil ? { cil: this.ownCil } : {}),
    });
    this.controllers.push(controller as ConnectsStoreController<unknown>);
    return controller;
  }

  /**
   * The status this element reflects, from the store's state. Default: the source's
   * alone. Queue elements return `queueStatus(state)`, agent elements
   * `agentStatus(state)` (both in `status.ts`).
   */
  protected selectStatus(state: StoreState): ElementStatus {
    return sourceStatus(state);
  }

  /**
   * The condition screen to show instead of the content, or `null` to render
   * {@link renderContent}. Default: from `status` (`enabled` shows the content).
   * Override to add `empty` ("nothing subscribed") when there is nothing to show.
   */
  protected condition(): Condition | null {
    switch (this.status) {
      case 'waiting':
        return this.statusSlice.value.source === 'attached' ? 'waiting-data' : 'waiting';
      case 'not-found':
        return 'not-found';
      case 'unavailable':
        return 'unavailable';
      case 'disabled':
        return 'disabled';
      case 'enabled':
        return null;
    }
  }

  /**
   * The element's own words on a condition screen: a `title` or `detail` replacing
   * the default ones (a call list says "No calls" and "Calls appear again after
   * login", not the queue wording). Default: none.
   */
  protected conditionText(_condition: Condition): Pick<ConditionContext, 'title' | 'detail'> {
    return {};
  }

  /** The element's own content, rendered while {@link condition} is `null`. */
  protected abstract renderContent(): unknown;

  /**
   * Whether the content shows live timers: while true, the element is redrawn on each
   * tick of the shared ticker. Default false. (The waiting screen ticks by itself.)
   */
  protected isLive(): boolean {
    return false;
  }

  /** The store in use: the element's own, the provider's or the default store. */
  protected get connectsStore(): ConnectsStore | undefined {
    return this.statusSlice.store;
  }

  /** Language, strings and date-fns locale, from `lang` on the element or an ancestor, the document, the browser. */
  protected get locale(): ElementLocale {
    return this.currentLocale;
  }

  /**
   * The time for timers, epoch ms: the store's skew-corrected server clock
   * (`store.serverNow()`), to subtract times from the contact centre from.
   */
  protected now(): number {
    return serverNow(this.connectsStore);
  }

  /**
   * The store's own clock, epoch ms, for ages of what the store stamped itself
   * (`state.lastQueueEventAt`, a queue's `updatedAt`): "no update for 3 minutes".
   */
  protected storeNow(): number {
    return storeClockNow(this.connectsStore);
  }

  /**
   * Dispatches `name` with `detail` from this element: it bubbles and crosses shadow
   * roots (`composed`). Returns the event (check `defaultPrevented` when cancelable).
   */
  protected emit<K extends ConnectsEventName>(
    name: K,
    detail: ConnectsEventDetail<K>,
    options: EmitOptions = {},
  ): CustomEvent<ConnectsEventDetail<K>> {
    const event = new CustomEvent<ConnectsEventDetail<K>>(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    this.dispatchEvent(event);
    return event;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshInherited();
    this.stopWatchingInherited ??= watchInheritedAttributes(() => this.refreshInherited());
    // Back on the page (moved to another container, or removed and added again): the
    // ticks were given up on disconnect, and a store whose data did not change meanwhile
    // asks for no update, so render once: timers show the time that passed, and
    // `updated` follows the ticker again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingInherited?.();
    this.stopWatchingInherited = undefined;
    this.syncTicks(false);
    this.waitingSince = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.refreshInherited();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) this.refreshInherited();
    if (!this.isConnected) return;
    this.status = this.statusSlice.value.status;
    if (this.status === 'waiting') this.waitingSince ??= this.storeNow();
    else this.waitingSince = undefined;
  }

  protected override render(): unknown {
    const condition = this.condition();
    if (condition === null) return this.renderContent();
    return renderCondition(condition, {
      ...this.conditionText(condition),
      locale: this.locale,
      ...(condition === 'waiting' && this.waitingSince !== undefined
        ? { waitedMs: this.storeNow() - this.waitingSince }
        : {}),
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncTicks(this.isConnected && (this.status === 'waiting' || this.isLive()));
  }

  /** Follows the ticker while `on`; one subscription at most. */
  private syncTicks(on: boolean): void {
    if (on && !this.stopTicks) {
      const ticker = (this.constructor as typeof ConnectsElement).ticker;
      this.stopTicks = ticker.subscribe(() => this.requestUpdate());
    } else if (!on && this.stopTicks) {
      this.stopTicks();
      this.stopTicks = undefined;
    }
  }

  /** Reads language and theme from the element and its ancestors again. */
  private refreshInherited(): void {
    const locale = localeFor(resolveLanguageTag(this));
    if (locale !== this.currentLocale) {
      this.currentLocale = locale;
      this.requestUpdate();
    }
    const theme = resolveTheme(this);
    if (theme) {
      if (this.getAttribute('effective-theme') !== theme)
        this.setAttribute('effective-theme', theme);
    } else if (this.hasAttribute('effective-theme')) {
      this.removeAttribute('effective-theme');
    }
  }
}
