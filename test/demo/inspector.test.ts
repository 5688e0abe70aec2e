import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/connects-store-provider.js';
import type { ConnectsStoreProvider } from '../../components/connects-store-provider.js';
import '../../demo/demo-store-inspector.js';
import type { DemoStoreInspector } from '../../demo/demo-store-inspector.js';
import { ABSENT, formatDuration } from '../../demo/format.js';
import type { WireQueueDataUpdate } from '../../src/cil/index.js';
import {
  createSimulatedCil,
  type SimulatedCil,
  type SimulatorOptions,
} from '../../src/simulator/index.js';
import { ConnectsStore } from '../../src/store/index.js';

/** A fixed start: the test never reads the machine's clock. */
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

interface Mounted {
  readonly el: DemoStoreInspector;
  readonly cil: SimulatedCil;
  readonly store: ConnectsStore;
}

/** What each test created, disposed after it. */
const live: { dispose(): void }[] = [];

/** The inspector under a provider, as the demo page wires it, on a manual simulated clock. */
async function mount(options: SimulatorOptions = {}): Promise<Mounted> {
  const cil = createSimulatedCil({ seed: 7, clock: 'manual', startTime: T0, ...options });
  const store = new ConnectsStore(cil, { now: () => cil.now(), flavour: cil.flavour });
  const provider = await fixture<ConnectsStoreProvider>(html`
    <connects-store-provider .store=${store}>
      <demo-store-inspector .simulator=${cil}></demo-store-inspector>
    </connects-store-provider>
  `);
  const el = provider.querySelector('demo-store-inspector')!;
  const mounted = { el, cil, store };
  live.push(cil, store);
  await settle(el);
  return mounted;
}

/** Lets the store flush (a microtask) and the element render. */
async function settle(el: DemoStoreInspector): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

function root(el: DemoStoreInspector): ShadowRoot {
  return el.shadowRoot!;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function queueRows(el: DemoStoreInspector): HTMLTableRowElement[] {
  return [...root(el).querySelectorAll<HTMLTableRowElement>('table.queues tbody tr.queue')];
}

/** Column index of a heading in the queue table. */
function column(el: DemoStoreInspector, heading: string): number {
  const headings = [...root(el).querySelectorAll('table.queues thead th')].map(text);
  const index = headings.indexOf(heading);
  expect(index, `column ${heading}`).to.be.greaterThan(-1);
  return index;
}

function cell(row: HTMLTableRowElement | undefined, index: number): string {
  return text(row?.cells[index]);
}

function rowOf(el: DemoStoreInspector, name: string): HTMLTableRowElement | undefined {
  return queueRows(el).find((row) => text(row.cells[0]) === name);
}

function workitemIds(el: DemoStoreInspector): string[] {
  return [...root(el).querySelectorAll('table.workitems tbody tr.workitem th')].map(text);
}

function button(el: DemoStoreInspector, label: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => text(b) === label);
  expect(found, `button ${label}`).to.exist;
  return found!;
}

function logLines(el: DemoStoreInspector): string[] {
  return [...root(el).querySelectorAll('.request-log li')].map(text);
}

/** The last wire payload the simulator sent for a queue (independent of the store). */
function lastWireQueue(cil: SimulatedCil, queueId: string) {
  const entries = cil.eventLog().filter((entry) => entry.event === 'queueDataUpdate');
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const update = entries[i]!.data as WireQueueDataUpdate;
    const queue = update.queueData?.find((q) => q.id === queueId);
    if (queue && 'statistics' in queue) return queue;
  }
  return undefined;
}

describe('<demo-store-inspector>', function () {
  // A full simulated centre renders per test: over 20 s when the shared machine is loaded.
  this.timeout(60_000);
  afterEach(() => {
    for (const disposable of live.splice(0)) disposable.dispose();
  });

  it('shows every queue the store holds, by name, with its counts and escalation as text', async () => {
    const { el, cil, store } = await mount();
    const queues = [...store.getState().queues.values()];
    expect(queues).to.have.length(6);
    expect(queueRows(el).map((row) => text(row.cells[0]))).to.deep.equal(queues.map((q) => q.name));

    const inQueue = column(el, 'In queue');
    const level = column(el, 'Escalation');
    for (const queue of queues) {
      const row = rowOf(el, queue.name);
      const wire = lastWireQueue(cil, queue.id);
      expect(wire, queue.name).to.exist;
      // The count as sent on the wire, through the store, onto the screen.
      expect(cell(row, inQueue)).to.equal(String(wire!.statistics.callsInQueue));
      // A glyph for the shape, then the level as a word: never colour alone.
      expect(cell(row, level)).to.match(new RegExp(`^\\S ${wire!.escalationLevel}$`));
    }
    expect(text(root(el).querySelector('.source-status'))).to.equal('attached');
    expect(text(root(el).querySelector('.queue-data-status'))).to.equal('enabled');
    await expect(el).to.be.accessible();
  });

  it('follows a burst of calls: the count rises, the queue turns Critical, the wait runs', async () => {
    const { el, cil, store } = await mount({ routeCallsToAgent: false });
    const first = [...store.getState().queues.values()][0]!;
    const inQueue = column(el, 'In queue');
    const before = Number(cell(rowOf(el, first.name), inQueue));

    button(el, 'Burst 10 calls into first queue').click();
    cil.advance(1000);
    await settle(el);

    const wire = lastWireQueue(cil, first.id)!;
    const row = rowOf(el, first.name);
    expect(cell(row, inQueue)).to.equal(String(wire.statistics.callsInQueue));
    expect(Number(cell(row, inQueue))).to.be.greaterThan(before);
    expect(cell(row, column(el, 'Escalation'))).to.match(/^\S Critical$/);
    expect(row!.classList.contains('level-critical')).to.equal(true);
    expect(cell(row, column(el, 'Oldest wait'))).to.not.equal(ABSENT);

    cil.advance(30_000);
    await settle(el);
    const since = store.getState().queues.get(first.id)!.statistics.startTimeOfLongestCallInQueue;
    expect(since).to.be.a('number');
    expect(cell(rowOf(el, first.name), column(el, 'Oldest wait'))).to.equal(
      formatDuration(cil.now() - since!),
    );
    expect(logLines(el)[0]).to.contain('resolved').and.contain(`queue ${first.id}`);
  });

  it('shows "–" where a queue reports -1 (not assigned) and where counts were unusable', async () => {
    const { el, store } = await mount({ notAssignedQueue: true });
    const queues = [...store.getState().queues.values()];
    const last = rowOf(el, queues[queues.length - 1]!.name)!;
    const ready = column(el, 'Ready');
    expect(cell(last, column(el, 'In queue'))).to.equal(ABSENT);
    expect(cell(last, ready)).to.equal(ABSENT);
    // A queue that reports its counters shows numbers.
    expect(cell(rowOf(el, queues[0]!.name), ready)).to.match(/^\d+$/);

    button(el, 'negative-counts').click();
    await settle(el);
    const first = rowOf(el, queues[0]!.name);
    expect(cell(first, ready)).to.equal(ABSENT);
    expect(cell(first, column(el, 'In queue'))).to.equal(ABSENT);
    expect(text(root(el).querySelector('dl.counts'))).to.match(/Warnings \d*[1-9]\d* out-of-range/);
  });

  it('shows a workitem from offer to end, and drops it after wrap-up', async () => {
    const { el, cil } = await mount({ routeCallsToAgent: false });
    expect(workitemIds(el)).to.deep.equal([]);

    button(el, 'Offer a call').click();
    await settle(el);
    const [id] = workitemIds(el);
    expect(id).to.be.a('string').and.not.equal('');
    const row = () =>
      [...root(el).querySelectorAll<HTMLTableRowElement>('tr.workitem')].find(
        (r) => text(r.cells[0]) === id,
      );
    expect(text(row()?.cells[1])).to.equal('Offered');
    expect(text(row())).to.contain('Customer').and.contain('Incoming');
    expect(logLines(el)[0]).to.contain(`workitem ${id}`);

    button(el, 'Answer').click();
    await settle(el);
    expect(text(row()?.cells[1])).to.equal('Active');
    button(el, 'Hold').click();
    await settle(el);
    expect(text(row()?.cells[1])).to.equal('Paused');
    button(el, 'Resume').click();
    button(el, 'Hang up').click();
    await settle(el);
    expect(text(row()?.cells[1])).to.equal('Wrapup');

    cil.advance(10 * 60_000);
    await settle(el);
    expect(row()).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('logs request outcomes: NotReady with the first reason code, Ready rejected when logged out', async () => {
    const { el, store } = await mount({ routeCallsToAgent: false });

    button(el, 'Set NotReady').click();
    await waitUntil(() => logLines(el).length === 2 && !logLines(el)[0]!.includes('pending'));
    await settle(el);
    const [setState, codes] = logLines(el);
    expect(codes).to.match(/^\S+ resolved getReasonCodeList NotReady \d+ codes; first /);
    expect(setState).to.contain('resolved').and.contain('setAgentState NotReady (reason');
    const channel = [...store.getState().channels.values()][0]!;
    expect(channel.state).to.equal('NotReady');
    const channelRow = root(el).querySelector('table.channels tbody tr')!;
    expect(text(channelRow)).to.contain('NotReady').and.contain(channel.reasonCodeLabel!);

    button(el, 'Log out').click();
    button(el, 'Set Ready').click();
    await waitUntil(
      () =>
        logLines(el)[0]?.includes('setAgentState Ready') === true &&
        !logLines(el)[0]!.includes('pending'),
    );
    expect(logLines(el)[0]).to.contain('rejected').and.contain('CilRequestError');
    await settle(el);
    expect(text(root(el).querySelector('.queue-data-status'))).to.equal('disabled');
    expect(text(root(el).querySelector('#errors-heading'))).to.not.contain('(0)');
  });

  it('renders HTML from a payload as text, never as markup', async () => {
    const { el } = await mount();
    button(el, 'html-in-name').click();
    await settle(el);
    const names = queueRows(el).map((row) => text(row.cells[0]));
    expect(names.some((name) => name.includes('<img src=x'))).to.equal(true);
    expect(root(el).querySelector('table.queues img, table.queues b')).to.equal(null);
  });

  it('says queue data is unavailable on CCX', async () => {
    const { el } = await mount({ flavour: 'CCX' });
    expect(text(root(el).querySelector('.queue-data-status'))).to.equal('unavailable');
    expect(queueRows(el)).to.have.length(0);
    expect(text(root(el).querySelector('table.queues tbody'))).to.contain('not available');
  });

  it('has its buttons off without a simulator', async () => {
    const cil = createSimulatedCil({ clock: 'manual', startTime: T0 });
    const store = new ConnectsStore(cil, { now: () => cil.now() });
    live.push(cil, store);
    const el = await fixture<DemoStoreInspector>(
      html`<demo-store-inspector .store=${store}></demo-store-inspector>`,
    );
    await settle(el);
    expect(el.store).to.equal(store);
    expect(queueRows(el)).to.have.length(6);
    expect(button(el, 'Log in').disabled).to.equal(true);
  });
});
