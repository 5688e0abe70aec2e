/**
 * Both queue charts on the simulator: `/demo/charts.html?theme=dark&queues=8&speed=20`.
 * Simulator options as on the inspector page; `theme`, `lang`, `sort`, `select` (the
 * agents chart's `queues`), `queue` and `minutes` (the trend's) are passed to the charts.
 *
 * @module
 */
import '../components/connects-store-provider.js';
import '../components/queue-chart/connects-queue-chart.js';
import { createSimulatedCil } from '../src/simulator/index.js';
import { ConnectsStore } from '../src/store/index.js';
import { parseDemoOptions } from './demo-options.js';

const options = parseDemoOptions(location.search);
const params = new URLSearchParams(location.search);
const cil = createSimulatedCil(options.simulator);
// The store reads the simulated clock, so its times and history agree with the events'.
const store = new ConnectsStore(cil, { now: () => cil.now(), flavour: cil.flavour });

const provider = document.querySelector('connects-store-provider');
if (provider) provider.store = store;
for (const name of ['theme', 'lang']) {
  const value = params.get(name);
  if (value !== null) document.body.setAttribute(name, value);
}

const agents = document.createElement('connects-queue-chart');
agents.kind = 'agents';
const select = params.get('select');
if (select !== null) agents.queues = select;
const sort = params.get('sort');
if (sort !== null) agents.sort = sort;

const trend = document.createElement('connects-queue-chart');
trend.kind = 'trend';
const queue = params.get('queue');
if (queue !== null) trend.queue = queue;
const minutes = Number(params.get('minutes') ?? NaN);
if (Number.isFinite(minutes) && minutes > 0) trend.minutes = minutes;

document.querySelector('main')?.append(agents, trend);
