/**
 * The agent's view: the agent's state, the call card and a small queue board on one
 * store, with a control panel that drives the simulated b+s Connects and reaches every
 * condition screen: waiting and not found (no b+s Connects), CCX (no queue
 * statistics), logged out, nothing subscribed, stale (the feed paused), and a
 * recorded session replayed in place of the simulator.
 *
 * @module
 */
// The provider first: elements that connect before it is defined do not see it.
import '../components/connects-store-provider.js';
import '../components/index.js';
import { html, render } from 'lit';
import {
  createReplayCil,
  createSimulatedCil,
  MALFORMED_KINDS,
  type MalformedKind,
  type ReplayCil,
  type SimulatedCil,
} from '../src/simulator/index.js';
import { ConnectsStore } from '../src/store/index.js';
import { parseDemoOptions } from './demo-options.js';

/** The sample recording shipped with the demo (see demo/record-sample.ts). */
const SAMPLE_LOG = '/demo/sample-session.jsonl';
const SPEEDS = [1, 4, 10, 60] as const;
const FLAVOURS = ['CCE', 'CCX', 'WxCC'] as const;

const options = parseDemoOptions(location.search);
const params = new URLSearchParams(location.search);
const provider = document.querySelector('connects-store-provider')!;
const panel = document.querySelector<HTMLElement>('#controls')!;

type Source =
  | { kind: 'simulator'; cil: SimulatedCil }
  | { kind: 'replay'; cil: ReplayCil; name: string }
  | { kind: 'none' };

let source: Source = { kind: 'none' };
let store: ConnectsStore | undefined;
let speed = options.speed;
let status = '';
/** The queue feed is paused: the store's clock goes on, so the numbers turn stale. */
let pausedAt: number | null = null;
let chosenQueue = '';
let chosenMalformed: MalformedKind = MALFORMED_KINDS[0];

function dispose(): void {
  store?.dispose();
  if (source.kind !== 'none') source.cil.dispose();
  source = { kind: 'none' };
  store = undefined;
  pausedAt = null;
}

function useSimulator(): void {
  dispose();
  const cil = createSimulatedCil(options.simulator);
  source = { kind: 'simulator', cil };
  // The store reads the simulated clock (so its times agree with the events'); while
  // the feed is paused, real time is added, so the board sees the feed go quiet.
  store = new ConnectsStore(cil, {
    now: () => cil.now() + (pausedAt === null ? 0 : Date.now() - pausedAt),
    flavour: cil.flavour,
  });
  chosenQueue = cil.queueIds()[0] ?? '';
  provider.store = store;
  status = `Simulated b+s Connects, ${cil.flavour}, seed ${options.simulator.seed}`;
  update();
}

async function useReplay(text: string, name: string): Promise<void> {
  dispose();
  const cil = createReplayCil(text, { speed, loop: true, rebaseTimes: true });
  source = { kind: 'replay', cil, name };
  store = new ConnectsStore(cil, { now: () => cil.now() });
  provider.store = store;
  status = `Replaying ${name}: ${cil.entries.length} events, ${Math.round(cil.duration / 1000)} s recorded, looping${
    cil.problems.length > 0 ? `; ${cil.problems.length} lines skipped` : ''
  }`;
  update();
}

/** No b+s Connects: the elements wait for one; `notFound` makes them give up. */
function useNothing(notFound: boolean): void {
  dispose();
  store = new ConnectsStore();
  if (notFound) store.markSourceNotFound();
  provider.store = store;
  status = notFound ? 'No b+s Connects: not found' : 'No b+s Connects yet: waiting';
  update();
}

function simulator(): SimulatedCil | undefined {
  return source.kind === 'simulator' ? source.cil : undefined;
}

/** Runs a scenario control; a refused one (e.g. no such call) is reported, not thrown. */
function act(label: string, action: (cil: SimulatedCil) => unknown): void {
  const cil = simulator();
  if (!cil) return;
  try {
    action(cil);
    status = label;
  } catch (error) {
    status = `${label}: ${error instanceof Error ? error.message : String(error)}`;
  }
  update();
}

function setSpeed(value: number): void {
  speed = value;
  if (source.kind === 'simulator' && pausedAt === null) source.cil.setSpeed(value);
  if (source.kind === 'replay') source.cil.setSpeed(value);
  update();
}

function togglePause(): void {
  const cil = simulator();
  if (!cil) return;
  if (pausedAt === null) {
    pausedAt = Date.now();
    cil.setSpeed(0);
    status = 'Queue feed paused: the board turns stale after 20 s';
  } else {
    // Catch up with the time paused, so the simulated clock and the store's agree again.
    const gap = Date.now() - pausedAt;
    pausedAt = null;
    cil.advance(gap);
    cil.setSpeed(speed);
    status = 'Queue feed resumed';
  }
  update();
}

function setFlavour(flavour: string): void {
  const next = new URLSearchParams(location.search);
  next.set('flavour', flavour);
  location.search = next.toString();
}

async function replaySample(): Promise<void> {
  const response = await fetch(SAMPLE_LOG);
  await useReplay(await response.text(), 'the sample session (demo/sample-session.jsonl)');
}

async function replayFile(event: Event): Promise<void> {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) await useReplay(await file.text(), file.name);
}

function setTheme(theme: string): void {
  document.body.setAttribute('theme', theme);
  document.documentElement.style.colorScheme = theme === 'light' ? 'light' : 'dark';
}

function update(): void {
  const cil = simulator();
  const queues = cil?.queueIds() ?? [];
  const diagnostics = store?.getState().diagnostics;
  render(
    html`<section class="panel">
      <h2>Control panel</h2>
      <p role="status" class="status">${status}</p>
      <p class="status">
        Rejected payloads: <strong>${diagnostics?.rejectedTotal ?? 0}</strong> · anomalies:
        <strong>${diagnostics?.anomaliesTotal ?? 0}</strong>
      </p>

      <fieldset>
        <legend>Source</legend>
        <label
          >Flavour
          <select @change=${(e: Event) => setFlavour((e.target as HTMLSelectElement).value)}>
            ${FLAVOURS.map(
              (f) =>
                html`<option value=${f} ?selected=${f === options.simulator.flavour}>${f}</option>`,
            )}
          </select></label
        >
        <label
          >Speed
          <select @change=${(e: Event) => setSpeed(Number((e.target as HTMLSelectElement).value))}>
            ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === speed}>×${s}</option>`)}
          </select></label
        >
        <div class="row">
          <button @click=${useSimulator}>Simulator</button>
          <button @click=${() => void replaySample()}>Replay the sample log</button>
        </div>
        <label
          >Replay a recorded log (.jsonl)
          <input type="file" accept=".jsonl,.json,.txt" @change=${(e: Event) => void replayFile(e)}
        /></label>
        <div class="row">
          <button @click=${() => useNothing(false)}>No b+s Connects (waiting)</button>
          <button @click=${() => useNothing(true)}>Not found</button>
        </div>
      </fieldset>

      <fieldset ?disabled=${!cil}>
        <legend>Agent</legend>
        <div class="row">
          <button @click=${() => act('Logged in', (c) => c.login())}>Log in</button>
          <button @click=${() => act('Logged out', (c) => c.logout())}>Log out</button>
        </div>
      </fieldset>

      <fieldset ?disabled=${!cil}>
        <legend>Queues</legend>
        <label
          >Queue
          <select @change=${(e: Event) => (chosenQueue = (e.target as HTMLSelectElement).value)}>
            ${queues.map(
              (id) =>
                html`<option value=${id} ?selected=${id === chosenQueue}>
                  ${cil?.inspectQueue(id).name ?? id}
                  ${cil?.inspectQueue(id).subscribed ? '' : '(not subscribed)'}
                </option>`,
            )}
          </select></label
        >
        <div class="row">
          <button @click=${() => act('Subscribed', (c) => c.subscribeQueue(chosenQueue))}>
            Subscribe
          </button>
          <button @click=${() => act('Unsubscribed', (c) => c.unsubscribeQueue(chosenQueue))}>
            Unsubscribe
          </button>
          <button
            @click=${() =>
              act('Every queue unsubscribed', (c) => {
                for (const id of c.queueIds())
                  if (c.inspectQueue(id).subscribed) c.unsubscribeQueue(id);
              })}
          >
            Unsubscribe all
          </button>
          <button @click=${() => act('10 calls arrived', (c) => c.burst(chosenQueue, 10))}>
            Burst of 10 calls
          </button>
          <button @click=${togglePause}>
            ${pausedAt === null ? 'Pause the feed (stale)' : 'Resume the feed'}
          </button>
        </div>
      </fieldset>

      <fieldset ?disabled=${!cil}>
        <legend>Calls</legend>
        <div class="row">
          <button @click=${() => act('A call rings', (c) => c.offerCall())}>Offer a call</button>
          <button @click=${() => act('Answered', (c) => c.answer())}>Answer</button>
          <button @click=${() => act('On hold', (c) => c.hold())}>Hold</button>
          <button @click=${() => act('Resumed', (c) => c.resume())}>Resume</button>
          <button @click=${() => act('Hung up', (c) => c.hangUp())}>Hang up</button>
        </div>
      </fieldset>

      <fieldset ?disabled=${!cil}>
        <legend>Bad input</legend>
        <label
          >Malformed event
          <select
            @change=${(e: Event) => (chosenMalformed = (e.target as HTMLSelectElement).value as MalformedKind)}
          >
            ${MALFORMED_KINDS.map((k) => html`<option value=${k} ?selected=${k === chosenMalformed}>${k}</option>`)}
          </select></label
        >
        <button
          @click=${() => act(`Injected ${chosenMalformed}`, (c) => c.injectMalformed(chosenMalformed))}
        >
          Inject
        </button>
      </fieldset>

      <fieldset>
        <legend>Look</legend>
        <label
          >Theme
          <select @change=${(e: Event) => setTheme((e.target as HTMLSelectElement).value)}>
            <option value="dark">dark</option>
            <option value="light">light</option>
            <option value="high-contrast">high contrast</option>
          </select></label
        >
        <label
          >Language
          <select
            @change=${(e: Event) => (document.documentElement.lang = (e.target as HTMLSelectElement).value)}
          >
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select></label
        >
      </fieldset>
    </section>`,
    panel,
  );
}

setTheme(params.get('theme') ?? 'dark');
if (params.get('source') === 'replay') void replaySample();
else useSimulator();
// The diagnostics counts follow the store.
setInterval(update, 1000);
