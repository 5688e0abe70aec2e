import { fixture, html } from '@open-wc/testing';
import '../../../components/agent-state/connects-agent-state.js';
import { ConnectsAgentState } from '../../../components/agent-state/connects-agent-state.js';
import type { CilApi } from '../../../src/cil/index.js';
import {
  createSimulatedCil,
  type SimulatedCil,
  type SimulatorOptions,
} from '../../../src/simulator/index.js';
import { ConnectsStore } from '../../../src/store/connects-store.js';
import type { RequestScheduler } from '../../../src/store/requests.js';
import { ManualTicker } from '../../lit/manual-ticker.js';

/** A fixed start: tests never compare against the machine's clock. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Every element in these tests redraws its timers on this ticker. */
export const ticker = new ManualTicker();
ConnectsAgentState.ticker = ticker;

/** Request timeouts fired by hand. */
export class ManualScheduler implements RequestScheduler {
  private next = 0;
  private readonly timers = new Map<number, () => void>();

  setTimeout(callback: () => void): unknown {
    this.next += 1;
    this.timers.set(this.next, callback);
    return this.next;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Fires every timer now (each request's timeout). */
  fireAll(): void {
    const due = [...this.timers.values()];
    this.timers.clear();
    for (const callback of due) callback();
  }
}

type Method = (...args: never[]) => unknown;

/** The simulator behind a thin proxy: a test may replace requests and emit events itself. */
export interface Harness {
  readonly sim: SimulatedCil;
  readonly cil: CilApi;
  readonly store: ConnectsStore;
  readonly scheduler: ManualScheduler;
  /** Requests made through the proxy, in order. */
  readonly calls: { readonly name: string; readonly args: readonly unknown[] }[];
  /** Replaces a request of the simulator. */
  readonly overrides: Map<string, Method>;
  /** Calls the store's callback for an event, as b+s Connects would. */
  emit(event: 'agentStateChange' | 'error', data: unknown): void;
}

export interface HarnessOptions extends SimulatorOptions {
  /** How far the store's (PC) clock is behind the simulated server, ms. */
  readonly skewMs?: number;
}

/** A quiet simulator on the manual clock, its store, and the proxy between them. */
export function createHarness(options: HarnessOptions = {}): Harness {
  const { skewMs = 0, ...simOptions } = options;
  const sim = createSimulatedCil({
    clock: 'manual',
    startTime: T0,
    seed: 42,
    agents: 0,
    arrivalRatePerMinute: 0,
    warmupSeconds: 0,
    routeCallsToAgent: false,
    ...simOptions,
  });
  const calls: { name: string; args: readonly unknown[] }[] = [];
  const overrides = new Map<string, Method>();
  const callbacks = new Map<string, (data: unknown) => void>();
  const cil = new Proxy(sim, {
    get(target, property, receiver) {
      const name = String(property);
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (name.startsWith('on')) {
        return (callback: (data: unknown) => void) => {
          callbacks.set(name, callback);
          (value as (callback: (data: unknown) => void) => void).call(target, callback);
        };
      }
      return (...args: unknown[]) => {
        calls.push({ name, args });
        const override = overrides.get(name);
        if (override) return (override as (...a: unknown[]) => unknown)(...args);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as CilApi;
  const scheduler = new ManualScheduler();
  const store = new ConnectsStore(cil, {
    now: () => sim.now() - skewMs,
    requests: { scheduler },
  });
  return {
    sim,
    cil,
    store,
    scheduler,
    calls,
    overrides,
    emit(event, data) {
      const name = event === 'error' ? 'onError' : 'onAgentStateChange';
      callbacks.get(name)?.(data);
    },
  };
}

/** Lets promises, the store's flush and the element's update run. */
export async function settle(element: ConnectsAgentState): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

/** Renders `<connects-agent-state>` on the harness's store and waits for its first data. */
export async function mount(
  h: Harness,
  template = html`<connects-agent-state .store=${h.store}></connects-agent-state>`,
): Promise<ConnectsAgentState> {
  const element = await fixture<ConnectsAgentState>(template);
  await settle(element);
  return element;
}

/** The shadow root's element matching `selector` (throws when absent). */
export function part<T extends Element = HTMLElement>(
  element: ConnectsAgentState,
  selector: string,
): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Every channel row. */
export function channels(element: ConnectsAgentState): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="channel"]')];
}

/** Visible text of an element, whitespace collapsed, without screen-reader-only text. */
export function visibleText(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('.visually-hidden')) hidden.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An agentStateChange payload as b+s Connects sends it. */
export function stateChange(
  channelId: string,
  newState: string,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    event: 'agentStateChange',
    version: '1.0',
    channelType: 'Voice',
    channelId,
    newState,
    newReasonCode: -1,
    newReasonCodeLabel: '',
    newStateChangeTime: new Date(T0).toISOString(),
    oldState: 'Unknown',
    oldReasonCode: -1,
    oldReasonCodeLabel: '',
    ...more,
  };
}
