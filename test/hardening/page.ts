/**
 * What the hardening tests share: every element on one page, a watch on everything
 * that may go wrong without a test noticing (console.error, uncaught errors, rejected
 * promises nobody handles), the walk through every shadow root, and the checks that
 * the screen says what the store holds.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import type { ConnectsAgentState } from '../../components/agent-state/connects-agent-state.js';
import type { ConnectsCallCard } from '../../components/call-card/connects-call-card.js';
import type { ConnectsQueueBoard } from '../../components/queue-board/connects-queue-board.js';
import type { ConnectsQueueChart } from '../../components/queue-chart/connects-queue-chart.js';
import type { ConnectsWallboard } from '../../components/wallboard/connects-wallboard.js';
import { agentStatus, queueStatus } from '../../components/internal/status.js';
import type { LitElement } from 'lit';
import type { ConnectsStore, StoreState } from '../../src/store/index.js';

/** Every element, standalone, plus the wallboard with its optional parts. */
export interface Page {
  readonly root: HTMLElement;
  readonly wallboard: ConnectsWallboard;
  readonly board: ConnectsQueueBoard;
  readonly agentsChart: ConnectsQueueChart;
  readonly trendChart: ConnectsQueueChart;
  readonly agentState: ConnectsAgentState;
  readonly callCard: ConnectsCallCard;
  /** The standalone elements (the wallboard's own children are found through it). */
  readonly elements: readonly LitElement[];
}

/** Mounts every element on `store`, renders as fast as asked (no render gate in the way). */
export async function mountPage(store: ConnectsStore | undefined): Promise<Page> {
  const root = await fixture<HTMLElement>(html`
    <div style="width: 1280px">
      <connects-wallboard
        show="agent calls"
        board-layout="table"
        style="--connects-wallboard-height: 900px"
        .store=${store}
      ></connects-wallboard>
      <connects-queue-board max-updates-per-second="1000" .store=${store}></connects-queue-board>
      <connects-queue-chart
        kind="agents"
        max-updates-per-second="1000"
        .store=${store}
      ></connects-queue-chart>
      <connects-queue-chart
        kind="trend"
        max-updates-per-second="1000"
        .store=${store}
      ></connects-queue-chart>
      <connects-agent-state .store=${store}></connects-agent-state>
      <connects-call-card variables="callVariable*, user.*" .store=${store}></connects-call-card>
    </div>
  `);
  const one = <T extends Element>(selector: string): T => root.querySelector<T>(selector)!;
  const page: Page = {
    root,
    wallboard: one('connects-wallboard'),
    board: one('connects-queue-board'),
    agentsChart: one('connects-queue-chart[kind="agents"]'),
    trendChart: one('connects-queue-chart[kind="trend"]'),
    agentState: one('connects-agent-state'),
    callCard: one('connects-call-card'),
    elements: [],
  };
  (page as { elements: readonly LitElement[] }).elements = [
    page.wallboard,
    page.board,
    page.agentsChart,
    page.trendChart,
    page.agentState,
    page.callCard,
  ];
  await settle(page);
  openGates(page);
  return page;
}

/** The wallboard's inner board and charts render without a rate limit too. */
function openGates(page: Page): void {
  for (const inner of wallboardChildren(page)) {
    if ('maxUpdatesPerSecond' in inner)
      (inner as { maxUpdatesPerSecond: number }).maxUpdatesPerSecond = 1000;
  }
}

/** The elements inside the wallboard's shadow root. */
export function wallboardChildren(page: Page): LitElement[] {
  return [
    ...(page.wallboard.shadowRoot?.querySelectorAll<LitElement>(
      'connects-queue-board, connects-queue-chart, connects-agent-state, connects-call-card',
    ) ?? []),
  ];
}

/** Points every element at `store` (the wallboard hands it to its children). */
export function setStore(page: Page, store: ConnectsStore | undefined): void {
  for (const el of page.elements)
    (el as unknown as { store: ConnectsStore | undefined }).store = store;
}

/** Lets the store flush and every element (the wallboard's too) finish rendering. */
export async function settle(page: Page): Promise<void> {
  let quiet = 0;
  for (let round = 0; round < 200 && quiet < 2; round += 1) {
    // A macrotask: the store's flush, held renders' timers, Chart.js's lazy import.
    await new Promise((resolve) => setTimeout(resolve, 2));
    const all = [...page.elements, ...wallboardChildren(page)];
    const done = await Promise.all(all.map((el) => el.updateComplete));
    quiet = done.every(Boolean) && !all.some((el) => el.isUpdatePending) ? quiet + 1 : 0;
  }
}

// ------------------------------------------------------------------------------------
// What must never happen unseen

/** Collects console.error calls, uncaught errors and unhandled rejections. */
export class Watch {
  readonly problems: string[] = [];
  private readonly originalError = console.error;
  private readonly onError = (event: ErrorEvent): void => {
    this.problems.push(`uncaught: ${event.message}`);
  };
  private readonly onRejection = (event: PromiseRejectionEvent): void => {
    this.problems.push(`unhandled rejection: ${String(event.reason)}`);
  };

  start(): void {
    console.error = (...args: unknown[]) => {
      this.problems.push(`console.error: ${args.map(String).join(' ')}`);
    };
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  stop(): void {
    console.error = this.originalError;
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }

  expectNone(): void {
    expect(this.problems, this.problems.slice(0, 3).join('\n')).to.deep.equal([]);
  }
}

// ------------------------------------------------------------------------------------
// Nothing from the data becomes an element

/** Every element under `root`, through every shadow root. */
export function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const child of node.children) {
      found.push(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** Tags the elements render themselves (HTML and SVG), and the page's own. */
const RENDERED_TAGS = new Set(
  (
    'a article bdi button canvas caption circle dd div dl dt figure form h1 header input ' +
    'label li option p path polyline section select slot span strong svg table tbody td ' +
    'tfoot th thead tr ul'
  ).split(' '),
);

/** Asserts that no element or attribute under `root` came from the data. */
export function expectNothingFromData(root: Element): void {
  expect((window as { __pwned?: unknown }).__pwned, 'script from data ran').to.equal(undefined);
  for (const el of allElements(root)) {
    const tag = el.localName;
    const known = RENDERED_TAGS.has(tag) || tag.startsWith('connects-');
    expect(known, `an element <${tag}> the elements never render`).to.equal(true);
    for (const attribute of el.attributes) {
      const name = attribute.name;
      expect(name.startsWith('on'), `event-handler attribute ${name} on <${tag}>`).to.equal(false);
      expect(name, `attribute from data on <${tag}>`).not.to.match(/evil|pwn/i);
      if (name === 'href' || name === 'src' || name === 'action' || name === 'formaction') {
        expect(attribute.value, `${name} on <${tag}>`).not.to.match(/^\s*javascript:/i);
      }
    }
  }
}

// ------------------------------------------------------------------------------------
// The screen equals the store

const ids = (root: ParentNode, selector: string, key: string): string[] =>
  [...root.querySelectorAll<HTMLElement>(selector)].map((el) => el.dataset[key] ?? '').sort();

/** Asserts that what each element shows is what `state` holds. */
export function expectScreenEqualsStore(page: Page, state: StoreState): void {
  const queueIds = [...state.queues.keys()].sort();
  const queues = queueStatus(state);
  const agent = agentStatus(state);
  // Queue views: the status, one row (bar) per queue, the totals.
  for (const el of [page.board, page.agentsChart, page.trendChart, page.wallboard]) {
    expect(el.status, `${el.localName} status`).to.equal(queues);
  }
  const board = page.board.shadowRoot!;
  if (queues === 'enabled') {
    expect(ids(board, '[data-queue-id]:not([data-totals])', 'queueId'), 'board rows').to.deep.equal(
      queueIds,
    );
    expect(
      ids(page.agentsChart.shadowRoot!, 'tr[data-queue-id]', 'queueId'),
      'chart rows',
    ).to.deep.equal(queueIds);
    const calls = page.wallboard.shadowRoot!.querySelector(
      '[data-kpi="calls"] [part="kpi-value"]',
    )?.textContent;
    const total = state.totals.callsInQueue;
    if (total === null) expect(calls?.trim(), 'calls waiting').to.match(/^–/);
    else expect(calls?.trim(), 'calls waiting').to.equal(total.toLocaleString('en'));
  } else {
    expect(board.querySelectorAll('[data-queue-id]').length, 'board rows').to.equal(0);
  }
  // The agent's state: one entry per channel shown, each the store's state.
  expect(page.agentState.status, 'agent-state status').to.equal(agent);
  if (agent === 'enabled') {
    for (const li of page.agentState.shadowRoot!.querySelectorAll<HTMLElement>(
      '[data-channel-id]',
    )) {
      const channel = state.channels.get(li.dataset.channelId ?? '');
      expect(channel, `channel ${li.dataset.channelId} shown`).to.exist;
    }
  }
  // The calls: one card per workitem.
  if (page.callCard.status === 'enabled') {
    expect(
      ids(page.callCard.shadowRoot!, '[part~="card"][data-workitem-id]', 'workitemId'),
      'call cards',
    ).to.deep.equal([...state.workitems.keys()].sort());
  } else {
    expect(state.workitems.size, 'calls but no call card').to.equal(0);
  }
  // No timer shows a negative or NaN duration anywhere.
  for (const el of allElements(page.root)) {
    if (el.children.length > 0) continue;
    const text = el.textContent ?? '';
    expect(text, `text of <${el.localName}>`).not.to.match(/NaN|undefined|-\d+:\d\d/);
  }
}
