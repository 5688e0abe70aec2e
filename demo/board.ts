/**
 * The queue board full screen on the simulator, as on a wallboard TV:
 * `/demo/board.html?layout=tiles&theme=dark&queues=12&speed=5`. Simulator options as
 * on the inspector page plus `arrivals` (calls per queue per minute); every attribute of `<connects-queue-board>` can be given too.
 *
 * @module
 */
import '../components/connects-store-provider.js';
import '../components/queue-board/connects-queue-board.js';
import { createSimulatedCil } from '../src/simulator/index.js';
import { ConnectsStore } from '../src/store/index.js';
import { parseDemoOptions } from './demo-options.js';

/** Board attributes the query string may set (`queues` is the simulator's count here). */
const BOARD_ATTRIBUTES = [
  'layout',
  'density',
  'theme',
  'lang',
  'sort',
  'select',
  'warn-wait',
  'critical-wait',
  'warn-calls',
  'critical-calls',
  'page-seconds',
  'stale-after',
  'totals-agents',
  'max-updates-per-second',
  'charts',
];

const options = parseDemoOptions(location.search);
const params = new URLSearchParams(location.search);
// `arrivals`: calls per queue per minute, to show a busy floor.
const arrivals = Number(params.get('arrivals') ?? NaN);
const cil = createSimulatedCil({
  ...options.simulator,
  ...(Number.isFinite(arrivals) && arrivals >= 0 ? { arrivalRatePerMinute: arrivals } : {}),
});
const store = new ConnectsStore(cil, { now: () => cil.now(), flavour: cil.flavour });

const provider = document.createElement('connects-store-provider');
provider.store = store;
const board = document.createElement('connects-queue-board');
for (const name of BOARD_ATTRIBUTES) {
  const value = params.get(name);
  // `select` stands for the board's own `queues` attribute (the simulator's count has the name).
  if (value !== null) board.setAttribute(name === 'select' ? 'queues' : name, value);
}
// `charts=agents trend`: the board names the chart element, the page loads it.
if (params.get('charts')) void import('../components/queue-chart/connects-queue-chart.js');
provider.append(board);
document.body.append(provider);
for (const warning of options.warnings) console.warn(warning);
