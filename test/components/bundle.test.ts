import { expect } from '@open-wc/testing';
import { CIL_REQUEST_NAMES, REGISTRATION_METHODS } from '../../src/cil/enums.js';
import {
  AGENT_STATE_CHANGE,
  GET_CHANNEL,
  QUEUE_ENABLED,
  QUEUE_UPDATED,
  SAMPLE_CHANNEL_ID,
  SAMPLE_WORKITEM_ID,
  WORKITEM_CONNECT,
  WORKITEM_CREATE,
} from '../cil/samples.js';

/** One bundle, as the test server reports it (built like `npm run build` does). */
interface BundleSize {
  readonly file: string;
  readonly entry: string;
  readonly format: 'esm' | 'iife';
  readonly budget: 'core' | 'full';
  readonly bytes: number;
  /** gzip -9, as `npm run build` prints it. */
  readonly gzip: number;
  /** The budget. */
  readonly limit: number;
  /** For a bundle over its budget, how far it may go (scripts/bundles.mjs says why); else the budget. */
  readonly ceiling: number;
}

interface ManifestDeclaration {
  readonly customElement?: boolean;
  readonly tagName?: string;
}
interface Manifest {
  readonly modules: readonly {
    readonly path: string;
    readonly declarations?: readonly ManifestDeclaration[];
  }[];
}

/** What the blank page records. */
interface BlankPageWindow extends Window {
  readonly errors: string[];
  readonly registrations: Record<string, number>;
  readonly ConnectsWallboard?: Record<string, unknown>;
  /** Calls every callback the page's store registered for `event` with `payload`. */
  readonly fire: (event: string, payload: unknown) => void;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.ok, url).to.equal(true);
  return (await response.json()) as T;
}

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/**
 * Every public element: each custom element the manifest lists from `components/`
 * outside `internal/`. An element added later is in the manifest (lint keeps it
 * current), so it is checked here without editing this test.
 */
async function publicElements(): Promise<string[]> {
  const manifest = await json<Manifest>('/custom-elements.json');
  const tags = manifest.modules
    .filter((m) => m.path.startsWith('components/') && !m.path.startsWith('components/internal/'))
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName!);
  return [...new Set(tags)].sort();
}

/**
 * A blank page with a stand-in `cil` (every `on*` registration counted and kept, so the
 * test can fire events; `getChannel` resolving an agent on a call, every other request
 * resolving), an error recorder, and nothing else but the bundle.
 */
function blankPage(script: string): string {
  const registrations = Object.entries(REGISTRATION_METHODS);
  const stand = `
    window.errors = [];
    addEventListener('error', (e) => errors.push('error: ' + e.message));
    addEventListener('unhandledrejection', (e) => errors.push('rejection: ' + String(e.reason)));
    const consoleError = console.error.bind(console);
    console.error = (...args) => { errors.push('console.error: ' + args.join(' ')); consoleError(...args); };
    window.registrations = {};
    const callbacks = {};
    window.fire = (event, payload) => (callbacks[event] || []).forEach((callback) => callback(payload));
    const cil = {};
    for (const [event, name] of ${JSON.stringify(registrations)}) {
      cil[name] = (callback) => {
        registrations[name] = (registrations[name] || 0) + 1;
        (callbacks[event] = callbacks[event] || []).push(callback);
      };
    }
    for (const name of ${JSON.stringify(CIL_REQUEST_NAMES)}) {
      cil[name] = () => Promise.resolve(undefined);
    }
    cil.getChannel = () => Promise.resolve(${JSON.stringify(GET_CHANNEL)});
    window.cil = cil;`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>${stand}</script>${script}</head><body></body></html>`;
}

/** Loads `html` in an iframe; resolves with its window once loaded. */
async function load(html: string): Promise<BlankPageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as BlankPageWindow;
}

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

describe('one-file bundles', () => {
  let sizes: BundleSize[];
  let tags: string[];

  before(async () => {
    sizes = await json<BundleSize[]>('/__bundles__/sizes.json');
    tags = await publicElements();
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the manifest lists the elements to check', () => {
    expect(tags).to.include('connects-store-provider');
  });

  it('each bundle is within its gzip budget (without charts 25 kB, with charts 80 kB), or a bundle already over it within its ceiling', async () => {
    expect(sizes.map((s) => s.file).sort()).to.deep.equal([
      'connects-wallboard-core.classic.js',
      'connects-wallboard-core.js',
      'connects-wallboard.classic.js',
      'connects-wallboard.js',
    ]);
    for (const size of sizes) {
      expect(size.limit, size.file).to.equal(size.budget === 'core' ? 25_000 : 80_000);
      const text = await (await fetch(`/__bundles__/${size.file}`)).text();
      // Bytes, not UTF-16 units: the bundles carry non-ASCII text (arrows, German words).
      expect(new TextEncoder().encode(text).length, size.file).to.equal(size.bytes);
      // Measured twice: gzip -9 by the build (the size table), and the browser's own gzip.
      const browserGzip = await gzipSize(text);
      expect(Math.abs(browserGzip - size.gzip) / size.gzip, size.file).to.be.below(0.05);
      expect(size.ceiling, size.file).to.be.at.least(size.limit);
      const over = `${size.file}: ${size.gzip} bytes gzip, budget ${size.limit}, ceiling ${size.ceiling} (scripts/bundles.mjs)`;
      expect(size.gzip, over).to.be.at.most(size.ceiling);
      expect(browserGzip, over).to.be.at.most(size.ceiling);
    }
  });

  for (const [file, script] of [
    ['connects-wallboard.js', (src: string) => `<script type="module" src="${src}"></script>`],
    ['connects-wallboard.classic.js', (src: string) => `<script src="${src}"></script>`],
    ['connects-wallboard-core.js', (src: string) => `<script type="module" src="${src}"></script>`],
    ['connects-wallboard-core.classic.js', (src: string) => `<script src="${src}"></script>`],
  ] as const) {
    it(`${file} alone in a blank page defines every element, without errors`, async () => {
      const win = await load(blankPage(script(`/__bundles__/${file}`)));
      const core = file.startsWith('connects-wallboard-core');
      for (const tag of tags) {
        // The core bundles leave out the charts and the wallboard, which shows them.
        if (core && (/chart/.test(tag) || tag === 'connects-wallboard')) continue;
        const defined = win.customElements.get(tag);
        expect(defined, `${tag} defined`).to.be.a('function');
        const el = win.document.createElement(tag);
        win.document.body.append(el);
        expect(el, `${tag} upgraded`).to.be.instanceOf(defined!);
        // Bounded, so that an element that threw shows up as the errors below, not as a timeout.
        await Promise.race([
          (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete,
          new Promise((resolve) => setTimeout(resolve, 3000)),
        ]);
      }
      await nextFrame(win);
      await nextFrame(win);
      expect(win.errors).to.deep.equal([]);
      // The page's default store found the stand-in and registered each callback once.
      for (const method of Object.values(REGISTRATION_METHODS)) {
        expect(win.registrations[method], method).to.equal(1);
      }
      if (file.includes('classic')) {
        // A classic script: no import/export (it would not have run), one global.
        expect(win.ConnectsWallboard).to.be.an('object');
        expect(win.ConnectsWallboard!['configureDefaultStore']).to.be.a('function');
      } else {
        expect(win.ConnectsWallboard).to.equal(undefined);
      }
    });

    it(`${file} alone in a blank page shows live data in every element`, async () => {
      const win = await load(blankPage(script(`/__bundles__/${file}`)));
      const full = !file.startsWith('connects-wallboard-core');
      const shown = full
        ? tags
        : tags.filter((tag) => !/chart/.test(tag) && tag !== 'connects-wallboard');
      for (const tag of shown) {
        if (tag === 'connects-store-provider') continue;
        win.document.body.append(win.document.createElement(tag));
      }
      // The stream, as b+s Connects sends it: queues, the agent's state, a call.
      win.fire('queueDataUpdate', QUEUE_ENABLED);
      win.fire('queueDataUpdate', QUEUE_UPDATED);
      win.fire('agentStateChange', AGENT_STATE_CHANGE);
      win.fire('workitemCreate', WORKITEM_CREATE);
      win.fire('workitemConnect', WORKITEM_CONNECT);

      const one = (tag: string) => win.document.querySelector(tag)!.shadowRoot!;
      const text = (node: Element | null | undefined) =>
        (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const queues = QUEUE_ENABLED.queueData.length;
      const waitFor = async (what: string, test: () => boolean) => {
        const until = performance.now() + 10_000;
        while (!test()) {
          if (performance.now() > until) throw new Error(`${file}: ${what}`);
          await nextFrame(win);
        }
      };

      const board = () => one('connects-queue-board');
      await waitFor(
        'board rows',
        () => board().querySelectorAll('[data-queue-id]').length >= queues,
      );
      // Sales after the UPDATED: 4 calls in queue, as text.
      const salesRow = [...board().querySelectorAll('[data-queue-id]')].find((row) =>
        text(row).includes('Sales'),
      );
      expect(text(salesRow?.querySelector('[data-stat="callsInQueue"]'))).to.equal('4');

      const agent = () => one('connects-agent-state');
      await waitFor(
        'agent state',
        () => agent().querySelector(`[data-channel-id="${SAMPLE_CHANNEL_ID}"]`) !== null,
      );
      const channel = agent().querySelector(`[data-channel-id="${SAMPLE_CHANNEL_ID}"]`)!;
      expect(channel.getAttribute('data-state')).to.equal('NotReady');
      expect(text(channel)).to.contain('Lunch');

      const calls = () => one('connects-call-card');
      await waitFor(
        'call card',
        () => calls().querySelector(`[data-workitem-id="${SAMPLE_WORKITEM_ID}"]`) !== null,
      );

      if (full) {
        const chart = () => one('connects-queue-chart');
        await waitFor(
          'chart table',
          () => chart().querySelectorAll('table tbody tr').length >= queues,
        );
        await waitFor('chart canvas', () => chart().querySelector('canvas') !== null);
        const wallboard = () => one('connects-wallboard');
        await waitFor(
          'wallboard figures',
          () => wallboard().querySelector('[data-kpi="calls"]') !== null,
        );
        // Calls waiting over every queue the source reports: Sales 4, Support 11, Billing 0.
        expect(text(wallboard().querySelector('[data-kpi="calls"] [part="kpi-value"]'))).to.equal(
          '15',
        );
      }
      for (const tag of shown) {
        if (tag === 'connects-store-provider') continue;
        expect(win.document.querySelector(tag)!.getAttribute('status'), tag).to.not.be.oneOf([
          'waiting',
          'not-found',
        ]);
      }
      expect(win.errors).to.deep.equal([]);
    });
  }
});
