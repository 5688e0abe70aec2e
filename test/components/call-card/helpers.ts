/**
 * Mounting `<connects-call-card>` on the simulator, on a manual clock, and a `cil`
 * wrapper that makes chosen requests fail with an `error` event carrying their
 * `requestId`, at once or later (a late error).
 */
import { fixture, html } from '@open-wc/testing';
import '../../../components/call-card/connects-call-card.js';
import { ConnectsCallCard } from '../../../components/call-card/connects-call-card.js';
import type { CilApi, CilCallback, CilRequestName, WireError } from '../../../src/cil/index.js';
import {
  createSimulatedCil,
  type SimulatedCil,
  type SimulatorOptions,
} from '../../../src/simulator/index.js';
import { ConnectsStore } from '../../../src/store/index.js';
import { ManualTicker } from '../../lit/manual-ticker.js';

/** A fixed start: the tests never read the machine's clock. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** The page's ticker, driven by hand in these tests. */
export const ticker = new ManualTicker();
ConnectsCallCard.ticker = ticker;

/** A scripted failure: the request resolves as b+s Connects does, its error comes as an event. */
export interface Failure {
  readonly message: string;
  /** `late`: the error comes only when {@link ScriptedCil.deliverLateErrors} is called. */
  readonly late?: boolean;
}

/** The simulator seen through a wrapper that can make requests fail. */
export interface ScriptedCil {
  readonly cil: CilApi;
  /** The next call of `name` fails with `failure` (its requestId is the last argument). */
  failNext(name: CilRequestName, failure: Failure): void;
  /** Sends the late errors held back so far. */
  deliverLateErrors(): void;
  /** The request ids the wrapped requests were called with, by request name. */
  readonly calls: Map<CilRequestName, unknown[][]>;
}

function scripted(sim: SimulatedCil): ScriptedCil {
  const errorCallbacks: CilCallback<WireError>[] = [];
  const failures = new Map<string, Failure>();
  const late: WireError[] = [];
  const calls = new Map<CilRequestName, unknown[][]>();
  const emitError = (error: WireError): void => {
    for (const callback of errorCallbacks) callback(error);
  };
  const cil = new Proxy(sim as unknown as CilApi, {
    get(target, property) {
      if (property === 'onError') {
        return (callback: CilCallback<WireError>) => {
          errorCallbacks.push(callback);
          sim.onError(callback);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      const name = String(property) as CilRequestName;
      return (...args: unknown[]) => {
        const list = calls.get(name) ?? [];
        list.push(args);
        calls.set(name, list);
        const failure = failures.get(name);
        if (!failure) return (value as (...a: unknown[]) => unknown).apply(target, args);
        failures.delete(name);
        const requestId = typeof args.at(-1) === 'string' ? (args.at(-1) as string) : '';
        const error: WireError = {
          event: 'error',
          version: '1.0',
          requestId,
          message: failure.message,
        };
        if (failure.late) late.push(error);
        else emitError(error);
        return Promise.resolve(undefined);
      };
    },
  });
  return {
    cil,
    calls,
    failNext: (name, failure) => failures.set(name, failure),
    deliverLateErrors: () => {
      for (const error of late.splice(0)) emitError(error);
    },
  };
}

/** One mounted card element and what feeds it. */
export interface Mounted {
  readonly el: ConnectsCallCard;
  readonly sim: SimulatedCil;
  readonly script: ScriptedCil;
  readonly store: ConnectsStore;
}

const live: { dispose(): void }[] = [];

/** Disposes what the tests mounted (call it in `afterEach`). */
export function disposeAll(): void {
  for (const item of live.splice(0)) item.dispose();
}

/**
 * The element on a simulated CCE (or the given flavour) with a manual clock: no
 * autopilot, no routed calls, no queue traffic; the agent is logged in.
 */
export async function mount(
  options: SimulatorOptions = {},
  template: (store: ConnectsStore) => ReturnType<typeof html> = (store) =>
    html`<connects-call-card .store=${store}></connects-call-card>`,
): Promise<Mounted> {
  const sim = createSimulatedCil({
    seed: 11,
    clock: 'manual',
    startTime: T0,
    warmupSeconds: 0,
    arrivalRatePerMinute: 0,
    routeCallsToAgent: false,
    ...options,
  });
  const script = scripted(sim);
  const store = new ConnectsStore(script.cil, {
    now: () => sim.now(),
    flavour: sim.flavour,
    requests: { errorGraceMs: 0 },
    // The agent logged in before the store came: getChannel tells it, as after a page load.
    initialChannel: 'voice',
  });
  live.push(sim, store);
  const el = await fixture<ConnectsCallCard>(template(store));
  await settle(el);
  return { el, sim, script, store };
}

/** Lets the store flush, pending promises settle and the element render. */
export async function settle(el: ConnectsCallCard): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

/** The cards, in order. */
export function cards(el: ConnectsCallCard): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('article.card')];
}

/** The card of one workitem. */
export function card(el: ConnectsCallCard, workitemId: string): HTMLElement {
  const found = cards(el).find((c) => c.dataset.workitemId === workitemId);
  if (!found) throw new Error(`no card for ${workitemId}`);
  return found;
}

/** Text as a person reads it: whitespace collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible text of a card's part. */
export function partText(cardElement: HTMLElement, selector: string): string {
  return text(cardElement.querySelector(selector));
}

/** Clicks the card's action button. */
export function clickAction(cardElement: HTMLElement, action: string): void {
  const button = cardElement.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  if (!button) throw new Error(`no ${action} button`);
  button.click();
}

/** Types into an input as a person does (value, then an input event). */
export function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no input');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Submits the form around an element (as pressing Enter in it does). */
export function submit(inside: Element | null): void {
  const form = inside?.closest('form');
  if (!form) throw new Error('no form');
  form.requestSubmit();
}
