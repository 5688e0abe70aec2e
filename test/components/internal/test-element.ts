import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { renderStale, type Condition } from '../../../components/internal/conditions.js';
import { ConnectsElement } from '../../../components/internal/connects-element.js';
import { renderEscalation } from '../../../components/internal/escalation.js';
import { formatNumber, renderValue } from '../../../components/internal/format.js';
import { queueStatus, type ElementStatus } from '../../../components/internal/status.js';
import type { StoreState } from '../../../src/store/state.js';
import { ManualTicker } from '../../lit/manual-ticker.js';

/** The test element's event. */
export type TestPingEvent = CustomEvent<{ readonly queueCount: number }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'connects-test-ping': TestPingEvent;
  }
  interface HTMLElementTagNameMap {
    'test-connects-element': TestConnectsElement;
  }
}

/** The ticker every `test-connects-element` follows; tests tick it by hand. */
export const testTicker = new ManualTicker();

/**
 * A queue element as thin as possible, built on the base: it shows the number of
 * queues with the worst escalation, "nothing subscribed" when there are none, and
 * emits `connects-test-ping` from `ping()`.
 */
@customElement('test-connects-element')
export class TestConnectsElement extends ConnectsElement {
  static override ticker = testTicker;
  /** The clock `now()` reads; tests set it. */
  static clock = 1_000_000;
  renders = 0;
  /** Store clock of the last update, when the test says the source went quiet. */
  @property({ attribute: false })
  quietSince: number | undefined;
  private readonly queues = this.select((state) => state.queues);
  private readonly totals = this.select((state) => state.totals);

  ping(): TestPingEvent {
    return this.emit('connects-test-ping', { queueCount: this.queues.value.size });
  }

  protected override selectStatus(state: StoreState): ElementStatus {
    return queueStatus(state);
  }

  protected override condition(): Condition | null {
    return super.condition() ?? (this.queues.value.size === 0 ? 'empty' : null);
  }

  protected override storeNow(): number {
    return TestConnectsElement.clock;
  }

  protected override render(): unknown {
    this.renders += 1;
    return super.render();
  }

  protected override isLive(): boolean {
    return this.quietSince !== undefined;
  }

  protected override renderContent(): unknown {
    const { locale } = this;
    const stale = this.quietSince !== undefined;
    return html`${stale ? renderStale(this.storeNow() - this.quietSince!, locale) : ''}
      <p>
        <span class="numeric ${stale ? 'stale' : ''}" data-stat="callsInQueue"
          >${renderValue(formatNumber(this.totals.value.callsInQueue, locale), locale)}</span
        >
        ${renderEscalation(this.totals.value.worstEscalationLevel, locale.t)}
      </p>`;
  }
}
