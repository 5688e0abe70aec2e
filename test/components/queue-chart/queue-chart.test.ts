import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../../components/queue-chart/connects-queue-chart.js';
import type { ConnectsQueueChart } from '../../../components/queue-chart/connects-queue-chart.js';
import { ConnectsStore } from '../../../src/store/connects-store.js';
import { createFakeCil, type FakeCil } from '../../store/fake-cil.js';

type Stats = Record<string, number | string | null>;

interface QueueSpec {
  readonly id: string;
  readonly name: string;
  readonly level?: 'Normal' | 'Warn' | 'Critical';
  readonly stats: Stats;
}

function payload(dataState: 'ENABLED' | 'UPDATED', queues: readonly QueueSpec[]): unknown {
  return {
    event: 'queueDataUpdate',
    version: '1.0',
    dataState,
    queueData: queues.map((q) => ({
      id: q.id,
      name: q.name,
      channel: 'Voice',
      escalationLevel: q.level ?? 'Normal',
      statistics: q.stats,
    })),
  };
}

const agents = (ready: number, notReady: number, inbound: number, extra: Stats = {}): Stats => ({
  agentsReady: ready,
  agentsNotReady: notReady,
  agentsTalkingInbound: inbound,
  agentsTalkingOutbound: 1,
  agentsTalkingInternal: 0,
  agentsWrapUpReady: 2,
  agentsWrapUpNotReady: 1,
  callsInQueue: 0,
  ...extra,
});

const QUEUES: readonly QueueSpec[] = [
  { id: 'q1', name: 'Sales', level: 'Normal', stats: agents(5, 2, 3) },
  { id: 'q2', name: 'Support', level: 'Critical', stats: agents(1, 4, 6) },
  { id: 'q3', name: 'Billing', level: 'Warn', stats: agents(0, 1, 2, { agentsReady: -1 }) },
];

function chartOf(el: ConnectsQueueChart): Chart | undefined {
  const canvas = el.shadowRoot?.querySelector('canvas');
  return canvas ? Chart.getChart(canvas) : undefined;
}

async function chartReady(el: ConnectsQueueChart): Promise<Chart> {
  await waitUntil(() => chartOf(el) !== undefined, 'the chart was not created');
  return chartOf(el)!;
}

/** Lets the store flush its batch and the element render. */
async function settle(el: ConnectsQueueChart): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}

const rootFontPx = (): number =>
  Number.parseFloat(getComputedStyle(document.documentElement).fontSize);

const instances = (): number => Object.keys(Chart.instances).length;

/** The hidden table's cells, row by row (header cells included). */
function tableRows(el: ConnectsQueueChart): string[][] {
  const rows = el.shadowRoot!.querySelectorAll('table[part="table"] tbody tr');
  return [...rows].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) =>
      cell.textContent!.replace(/\s+/g, ' ').trim(),
    ),
  );
}

function screen(el: ConnectsQueueChart): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="condition"]');
}

describe('<connects-queue-chart kind="agents">', function () {
  // Charts, axe and 1,000 updates under the shared machine's load.
  this.timeout(120_000);
  let store: ConnectsStore;
  let cil: FakeCil;

  beforeEach(() => {
    store = new ConnectsStore();
    cil = createFakeCil();
    store.attach(cil);
  });

  afterEach(() => store.dispose());

  it('draws a stacked horizontal bar per queue with the store numbers, in the board order, and tells them in a table', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart .store=${store}></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    expect(el.status).to.equal('enabled');
    expect(chart.options.indexAxis).to.equal('y');
    // Board's default order: worst level first.
    expect(chart.data.labels).to.deep.equal(['Support', 'Billing', 'Sales']);
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal([
      'Ready',
      'Not Ready',
      'Talking inbound',
      'Talking outbound',
      'Talking internal',
      'Wrap-Up',
    ]);
    const scales = chart.options.scales as Record<string, { stacked?: boolean }>;
    expect(scales['x']!.stacked).to.equal(true);
    expect(scales['y']!.stacked).to.equal(true);
    // Ready per queue; Billing's -1 is "not available", not a number.
    expect(chart.data.datasets[0]!.data).to.deep.equal([1, null, 5]);
    expect(chart.data.datasets[1]!.data).to.deep.equal([4, 1, 2]);
    expect(chart.data.datasets[2]!.data).to.deep.equal([6, 2, 3]);
    // Wrap-Up is ready plus not ready.
    expect(chart.data.datasets[5]!.data).to.deep.equal([3, 3, 3]);
    expect(chart.options.plugins?.legend?.display).to.not.equal(false);

    expect(tableRows(el)).to.deep.equal([
      ['Support', '1', '4', '6', '1', '0', '3'],
      ['Billing', '–not available', '1', '2', '1', '0', '3'],
      ['Sales', '5', '2', '3', '1', '0', '3'],
    ]);
    const headers = [...el.shadowRoot!.querySelectorAll('table thead th')].map((th) =>
      th.textContent!.trim(),
    );
    expect(headers).to.deep.equal([
      'Queue',
      'Ready',
      'Not Ready',
      'Talking inbound',
      'Talking outbound',
      'Talking internal',
      'Wrap-Up',
    ]);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('Agents by state per queue');
    await expect(el).to.be.accessible();
  });

  it('follows the board rules: queues by id or name, sort by name or a statistic', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart
        .store=${store}
        queues="sales, q2"
        sort="name"
      ></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    expect(chart.data.labels).to.deep.equal(['Sales', 'Support']);
    el.sort = 'agentsReady desc';
    el.queues = '';
    await el.updateComplete;
    // Missing values sort last either way.
    expect(chart.data.labels).to.deep.equal(['Sales', 'Support', 'Billing']);
    expect(chartOf(el)).to.equal(chart);
    expect(tableRows(el).map((row) => row[0])).to.deep.equal(['Sales', 'Support', 'Billing']);
  });

  it('no selected queue: the "no queues" screen, the canvas kept hidden', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart .store=${store} queues="Nowhere"></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    expect(screen(el)!.dataset.condition).to.equal('empty');
    expect(el.shadowRoot!.querySelector<HTMLElement>('.content')!.hidden).to.equal(true);
    el.queues = 'Sales';
    await el.updateComplete;
    expect(screen(el)).to.equal(null);
    expect(chartOf(el)).to.equal(chart);
    expect(chart.data.labels).to.deep.equal(['Sales']);
  });

  it('keeps one chart instance across 1,000 updates, updated in place without animation', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart
        .store=${store}
        max-updates-per-second="1000"
      ></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    const modes: (string | undefined)[] = [];
    const update = chart.update.bind(chart);
    chart.update = (mode) => {
      modes.push(mode as string | undefined);
      update(mode);
    };
    for (let i = 1; i <= 1000; i += 1) {
      cil.emit(
        'queueDataUpdate',
        payload('UPDATED', [{ id: 'q1', name: 'Sales', stats: agents(i, 2, 3) }]),
      );
      await settle(el);
    }
    expect(instances()).to.equal(1);
    expect(chartOf(el)).to.equal(chart);
    expect(modes.length).to.be.greaterThan(0);
    expect(modes.every((mode) => mode === 'none')).to.equal(true);
    await waitUntil(() => tableRows(el).some((row) => row[1] === '1,000'), 'last update not shown');
    const sales = (chart.data.labels as string[]).indexOf('Sales');
    expect(chart.data.datasets[0]!.data[sales]).to.equal(1000);
  });

  it('updates the chart at most max-updates-per-second times under a flood', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart
        .store=${store}
        max-updates-per-second="2"
      ></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    let updates = 0;
    const update = chart.update.bind(chart);
    chart.update = (mode) => {
      updates += 1;
      update(mode);
    };
    const start = performance.now();
    for (let i = 1; i <= 300; i += 1) {
      cil.emit(
        'queueDataUpdate',
        payload('UPDATED', [{ id: 'q2', name: 'Support', stats: agents(i, 2, 3) }]),
      );
      await settle(el);
    }
    const elapsedSeconds = (performance.now() - start) / 1000;
    // Two per second, plus the first change after a quiet spell.
    expect(updates).to.be.at.most(Math.ceil(elapsedSeconds * 2) + 1);
    // The held change is drawn when the interval ends (the bars may have moved: Support is Normal now).
    const supportReady = () =>
      chart.data.datasets[0]!.data[(chart.data.labels as string[]).indexOf('Support')];
    await waitUntil(() => supportReady() === 300, 'the last change was dropped', {
      timeout: 5000,
    });
  });

  it('destroys the chart on removal: zero Chart.instances, also after 200 mount/unmount cycles', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart .store=${store}></connects-queue-chart>`,
    );
    await chartReady(el);
    expect(instances()).to.equal(1);
    el.remove();
    expect(instances()).to.equal(0);

    const host = document.createElement('div');
    document.body.append(host);
    for (let i = 0; i < 200; i += 1) {
      const chart = document.createElement('connects-queue-chart');
      chart.store = store;
      chart.kind = i % 2 === 0 ? 'agents' : 'trend';
      host.append(chart);
      await chart.updateComplete;
      // Every other cycle waits for the chart; the others leave before Chart.js arrives.
      if (i % 2 === 0) await chartReady(chart);
      chart.remove();
      expect(instances()).to.equal(0);
    }
    // A creation still pending when its element left creates nothing later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(instances()).to.equal(0);
    host.remove();
  });

  it('moving between containers destroys the chart and rebuilds it once, with the same data', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <section id="a"><connects-queue-chart .store=${store}></connects-queue-chart></section>
        <section id="b"></section>
      </div>`,
    );
    const el = wrapper.querySelector('connects-queue-chart')!;
    const first = await chartReady(el);
    wrapper.querySelector('#b')!.append(el);
    await waitUntil(() => chartOf(el) !== undefined && chartOf(el) !== first, 'not rebuilt');
    expect(instances()).to.equal(1);
    const second = chartOf(el)!;
    expect(second.data.labels).to.deep.equal(['Support', 'Billing', 'Sales']);
    cil.emit(
      'queueDataUpdate',
      payload('UPDATED', [{ id: 'q1', name: 'Sales', stats: agents(9, 2, 3) }]),
    );
    await waitUntil(
      () => second.data.datasets[0]!.data[2] === 9,
      'the rebuilt chart is not updated',
    );
    el.remove();
    expect(instances()).to.equal(0);
  });

  it('reads its colours from the theme tokens, in light and dark, and again when the theme changes', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart .store=${store} theme="light"></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    const style = getComputedStyle(el);
    const token = (name: string) => style.getPropertyValue(name).trim();
    expect(chart.data.datasets[0]!.backgroundColor).to.equal(
      token('--_connects-queue-chart-ready'),
    );
    expect(chart.data.datasets[5]!.backgroundColor).to.equal(
      token('--_connects-queue-chart-wrap-up'),
    );
    expect(chart.options.color).to.equal('#1d1d1f');
    const lightReady = token('--_connects-queue-chart-ready');
    await expect(el).to.be.accessible();

    el.theme = 'dark';
    await waitUntil(() => chart.options.color === '#f2f2f2', 'not restyled for dark');
    expect(chartOf(el)).to.equal(chart);
    const dark = getComputedStyle(el).getPropertyValue('--_connects-queue-chart-ready').trim();
    expect(chart.data.datasets[0]!.backgroundColor).to.equal(dark);
    expect(dark).to.not.equal(lightReady);
    await expect(el).to.be.accessible();

    // A page's own token wins, once the chart is told to read them again.
    el.style.setProperty('--connects-queue-chart-ready', 'rgb(1, 2, 3)');
    el.refreshTheme();
    await waitUntil(
      () => chart.data.datasets[0]!.backgroundColor === 'rgb(1, 2, 3)',
      'page token not read',
    );
  });

  it('follows an ancestor theme', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const wrapper = await fixture<HTMLElement>(
      html`<div theme="light"><connects-queue-chart .store=${store}></connects-queue-chart></div>`,
    );
    const el = wrapper.querySelector('connects-queue-chart')!;
    const chart = await chartReady(el);
    expect(chart.options.color).to.equal('#1d1d1f');
    wrapper.setAttribute('theme', 'dark');
    await waitUntil(() => chart.options.color === '#f2f2f2', 'not restyled for dark');
  });

  it('animates nothing under prefers-reduced-motion', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<ConnectsQueueChart>(
        html`<connects-queue-chart .store=${store}></connects-queue-chart>`,
      );
      const chart = await chartReady(el);
      expect(chart.options.animation).to.equal(false);
      await emulateMedia({ reducedMotion: 'no-preference' });
      await waitUntil(() => chart.options.animation !== false, 'motion preference not followed');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('resizes with its container: a relative wrapper with an explicit height', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 600px">
        <connects-queue-chart .store=${store}></connects-queue-chart>
      </div>`,
    );
    const el = wrapper.querySelector('connects-queue-chart')!;
    const chart = await chartReady(el);
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="canvas-box"]')!;
    expect(getComputedStyle(box).position).to.equal('relative');
    expect(box.getBoundingClientRect().height).to.be.greaterThan(100);
    await waitUntil(() => chart.width === 600, 'not sized to the container');
    wrapper.style.width = '400px';
    await waitUntil(() => chart.width === 400, 'did not follow the container');
    expect(chartOf(el)).to.equal(chart);
  });

  it('fills a container of fixed height (a grid cell), and reads its text size from a token', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const grid = await fixture<HTMLElement>(
      html`<div style="display: grid; grid-template-rows: 420px; width: 500px">
        <connects-queue-chart
          .store=${store}
          style="--connects-queue-chart-font-size: 20px"
        ></connects-queue-chart>
      </div>`,
    );
    const el = grid.querySelector('connects-queue-chart')!;
    const chart = await chartReady(el);
    await waitUntil(
      () => chart.height > 380,
      `${chart.height} px: the chart does not fill the cell`,
    );
    expect(el.getBoundingClientRect().height).to.equal(420);
    const scales = chart.options.scales as Record<string, { ticks?: { font?: { size?: number } } }>;
    expect(scales['x']!.ticks!.font!.size).to.equal(20);
    expect(scales['y']!.ticks!.font!.size).to.equal(20);
    // In rem, of the root's font size, read again on refreshTheme().
    el.style.setProperty('--connects-queue-chart-font-size', '1.5rem');
    el.refreshTheme();
    await waitUntil(
      () => (chart.options.scales as typeof scales)['x']!.ticks!.font!.size === 1.5 * rootFontPx(),
      'rem not applied',
    );
    // Every queue named on the axis, none skipped.
    expect(chart.scales['y']!.ticks.map((tick) => tick.label)).to.deep.equal([
      'Support',
      'Billing',
      'Sales',
    ]);
  });
});

describe('<connects-queue-chart> condition screens', function () {
  // Charts, axe and 1,000 updates under the shared machine's load.
  this.timeout(120_000);
  let store: ConnectsStore;
  let cil: FakeCil;
  let clock: number;

  beforeEach(() => {
    clock = 1_700_000_000_000;
    store = new ConnectsStore(undefined, { now: () => clock });
    cil = createFakeCil();
  });

  afterEach(() => store.dispose());

  it('waiting, then the chart; logged out hides every number', async () => {
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart .store=${store}></connects-queue-chart>`,
    );
    expect(screen(el)!.dataset.condition).to.equal('waiting');
    store.attach(cil);
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    // A status change is a store change: drawn within the update interval.
    await waitUntil(() => el.status === 'enabled', 'not enabled', { timeout: 5000 });
    expect(screen(el)).to.equal(null);
    const chart = await chartReady(el);
    expect(chart.data.labels).to.deep.equal(['Support', 'Billing', 'Sales']);
    cil.emit('queueDataUpdate', {
      event: 'queueDataUpdate',
      version: '1.0',
      dataState: 'DISABLED',
      queueData: [],
    });
    await waitUntil(() => el.status === 'disabled', 'not disabled', { timeout: 5000 });
    expect(screen(el)!.dataset.condition).to.equal('disabled');
    expect(el.shadowRoot!.querySelector<HTMLElement>('.content')!.hidden).to.equal(true);
    expect(tableRows(el)).to.deep.equal([]);
    expect(chartOf(el)).to.equal(chart);
    await expect(el).to.be.accessible();
  });

  it('CCX: no queue statistics on this platform', async () => {
    const ccx = new ConnectsStore(undefined, { flavour: 'CCX' });
    ccx.attach(cil);
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart .store=${ccx} kind="trend"></connects-queue-chart>`,
    );
    expect(el.status).to.equal('unavailable');
    expect(screen(el)!.dataset.condition).to.equal('unavailable');
    ccx.dispose();
  });

  it('stale after stale-after seconds without a queue event, fresh with the next one', async () => {
    store.attach(cil);
    cil.emit('queueDataUpdate', payload('ENABLED', QUEUES));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart
        .store=${store}
        stale-after="60"
        max-updates-per-second="100"
      ></connects-queue-chart>`,
    );
    await chartReady(el);
    expect(el.stale).to.equal(false);
    clock += 61_000;
    // A tick: the render gate may hold it for up to 10 ms after the last render.
    el.requestUpdate();
    await waitUntil(() => el.hasAttribute('stale'), 'not marked stale', { timeout: 5000 });
    const notice = el.shadowRoot!.querySelector('[part="stale"]')!;
    expect(notice.textContent).to.contain('No update for 1 minute');
    expect(el.shadowRoot!.querySelector('[part="chart"]')!.classList.contains('stale')).to.equal(
      true,
    );
    await expect(el).to.be.accessible();
    cil.emit(
      'queueDataUpdate',
      payload('UPDATED', [{ id: 'q1', name: 'Sales', stats: agents(1, 1, 1) }]),
    );
    await waitUntil(() => !el.hasAttribute('stale'), 'still stale', { timeout: 5000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
  });
});

describe('<connects-queue-chart kind="trend">', function () {
  // Charts, axe and 1,000 updates under the shared machine's load.
  this.timeout(120_000);
  let store: ConnectsStore;
  let cil: FakeCil;
  let clock: number;

  const calls = (id: string, name: string, callsInQueue: number, waitingSince: number | null) => ({
    id,
    name,
    stats: {
      callsInQueue,
      startTimeOfLongestCallInQueue:
        waitingSince === null ? null : new Date(waitingSince).toISOString(),
    },
  });

  /** Advances the controlled clock by `seconds` and lets the store sample. */
  function advance(seconds: number): void {
    clock += seconds * 1000;
    store.tick(clock);
  }

  beforeEach(() => {
    // On a 10 s boundary, so each step of 10 s is one sample.
    clock = Date.UTC(2026, 10, 30, 9, 0, 0);
    store = new ConnectsStore(undefined, { now: () => clock });
    cil = createFakeCil();
    store.attach(cil);
  });

  afterEach(() => store.dispose());

  it('plots calls in queue and the longest wait in minutes on a second axis, for the totals', async () => {
    const start = clock;
    cil.emit(
      'queueDataUpdate',
      payload('ENABLED', [
        calls('q1', 'Sales', 2, start - 30_000),
        calls('q2', 'Support', 1, null),
      ]),
    );
    await Promise.resolve();
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart
        .store=${store}
        kind="trend"
        lang="en-GB"
        max-updates-per-second="100"
      ></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    advance(10);
    cil.emit('queueDataUpdate', payload('UPDATED', [calls('q2', 'Support', 3, start + 5_000)]));
    advance(10);
    await settle(el);
    await waitUntil(() => (chart.data.datasets[0]!.data as unknown[]).length === 3, 'samples');
    const points = (i: number) => chart.data.datasets[i]!.data as { x: number; y: number | null }[];
    expect(points(0).map((p) => p.x)).to.deep.equal([start, start + 10_000, start + 20_000]);
    // Calls in queue: a true total over queues.
    expect(points(0).map((p) => p.y)).to.deep.equal([3, 3, 5]);
    // The oldest call waited 30 s, 40 s, 50 s: in minutes.
    expect(points(1).map((p) => p.y)).to.deep.equal([0.5, 0.7, 0.8]);
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal([
      'Calls in queue',
      'Longest wait (minutes)',
    ]);
    expect((chart.data.datasets[1] as { yAxisID?: string }).yAxisID).to.equal('wait');
    const scales = chart.options.scales as Record<
      string,
      { position?: string; min?: number; max?: number }
    >;
    expect(scales['wait']!.position).to.equal('right');
    expect(scales['x']!.max).to.equal(clock);
    expect(scales['x']!.min).to.equal(clock - 60 * 60_000);
    // The same numbers in the table, times in the viewer's zone and locale.
    const time = (t: number) =>
      new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit' }).format(t);
    expect(tableRows(el)).to.deep.equal([
      [time(start), '3', '0.5'],
      [time(start + 10_000), '3', '0.7'],
      [time(start + 20_000), '5', '0.8'],
    ]);
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.equal(
      'Calls in queue and longest wait, all queues, last 60 minutes',
    );
    await expect(el).to.be.accessible();
  });

  it('one queue by name, over the last `minutes`; the time axis ticks on round local times', async () => {
    const start = clock;
    cil.emit(
      'queueDataUpdate',
      payload('ENABLED', [calls('q1', 'Sales', 1, null), calls('q2', 'Support', 4, null)]),
    );
    await Promise.resolve();
    for (let i = 0; i < 90; i += 1) {
      cil.emit('queueDataUpdate', payload('UPDATED', [calls('q1', 'Sales', i % 7, null)]));
      advance(10);
    }
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart
        .store=${store}
        kind="trend"
        queue="sales"
        minutes="5"
      ></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    const points = chart.data.datasets[0]!.data as { x: number; y: number | null }[];
    // Five minutes of 10 s samples, both ends included.
    expect(points.length).to.equal(31);
    expect(points[0]!.x).to.equal(clock - 5 * 60_000);
    expect(points.at(-1)).to.deep.equal({ x: clock, y: 89 % 7 });
    expect(points.every((p) => p.x >= start)).to.equal(true);
    expect(tableRows(el).length).to.equal(31);
    const x = chart.scales['x']!;
    expect(x.ticks.length).to.be.greaterThan(1);
    for (const tick of x.ticks) {
      const date = new Date(tick.value);
      expect(date.getSeconds()).to.equal(0);
      expect(date.getMilliseconds()).to.equal(0);
    }
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.contain(
      'Sales, last 5 minutes',
    );
  });

  it('a queue that is not subscribed says so', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', [calls('q1', 'Sales', 1, null)]));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart
        .store=${store}
        kind="trend"
        queue="Nowhere"
      ></connects-queue-chart>`,
    );
    expect(screen(el)!.dataset.condition).to.equal('empty');
    expect(screen(el)!.textContent).to.contain('“Nowhere” is not among the subscribed queues');
  });

  it('German words and number format; dark theme passes axe', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', [calls('q1', 'Sales', 1, clock - 90_000)]));
    await Promise.resolve();
    advance(10);
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart
        .store=${store}
        kind="trend"
        lang="de"
        theme="dark"
      ></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal([
      'Anrufe in der Warteschlange',
      'Längste Wartezeit (Minuten)',
    ]);
    expect(tableRows(el).map((row) => row.slice(1))).to.deep.equal([
      ['1', '1,5'],
      ['1', '1,7'],
    ]);
    expect(chart.options.color).to.equal('#f2f2f2');
    await expect(el).to.be.accessible();
  });

  it('a chart created before any sample follows the history as it grows, in place', async () => {
    cil.emit('queueDataUpdate', payload('ENABLED', [calls('q1', 'Sales', 1, null)]));
    const el = await fixture<ConnectsQueueChart>(
      html`<connects-queue-chart
        .store=${store}
        kind="trend"
        max-updates-per-second="100"
      ></connects-queue-chart>`,
    );
    const chart = await chartReady(el);
    for (let i = 0; i < 5; i += 1) {
      advance(10);
      await settle(el);
    }
    await waitUntil(() => (chart.data.datasets[0]!.data as unknown[]).length >= 5, 'no samples');
    expect(chartOf(el)).to.equal(chart);
    expect(instances()).to.equal(1);
  });
});

describe('Chart.js is loaded lazily, registered in one module', () => {
  it('the element module imports Chart.js only dynamically, never chart.js/auto', async () => {
    const source = await (await fetch('/components/queue-chart/connects-queue-chart.ts')).text();
    // The dev server serves the module compiled, type imports gone (and `.js` as `.ts`).
    const dynamic = /import\(\s*["'][^"']*chart-setup\.[jt]s["']\s*\)/.test(source);
    expect(dynamic, 'chart-setup is imported with import()').to.equal(true);
    const staticChart = /^\s*import\s[^;(]*["'][^"']*(chart\.js|chart-setup)[^"']*["']/m.test(
      source,
    );
    expect(staticChart, 'no static import of Chart.js or chart-setup').to.equal(false);
    const setup = await (await fetch('/components/queue-chart/chart-setup.ts')).text();
    expect(setup).to.not.contain('chart.js/auto');
    expect(setup).to.contain('Chart.register(');
  });
});
