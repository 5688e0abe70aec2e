/**
 * The front page: `<connects-wallboard>` full screen on the simulator, as a
 * supervisor would hang it on a TV. A busier centre than the simulator's default
 * (fewer agents, more calls), so Warning and Critical show up within a minute.
 * Query options as on the other pages: `?flavour=WxCC&seed=7&queues=8&speed=5`.
 *
 * @module
 */
import '../components/index.js';
import { createSimulatedCil } from '../src/simulator/index.js';
import { ConnectsStore } from '../src/store/index.js';
import { parseDemoOptions } from './demo-options.js';

const options = parseDemoOptions(location.search);
const params = new URLSearchParams(location.search);
const cil = createSimulatedCil({
  // A busy hour: calls arrive faster than 30 agents answer them at peaks.
  agents: 30,
  arrivalRatePerMinute: 2.2,
  ...options.simulator,
  queues: params.has('queues') ? options.simulator.queues : 8,
});
// The store reads the simulated clock, so its times agree with the events' times.
const store = new ConnectsStore(cil, { now: () => cil.now(), flavour: cil.flavour });

const wallboard = document.querySelector('connects-wallboard');
if (wallboard) {
  wallboard.store = store;
  for (const name of ['lang', 'theme', 'show', 'queues', 'board-layout']) {
    const value = params.get(name);
    if (value !== null) wallboard.setAttribute(name, value);
  }
}
const source = document.querySelector('#demo-source');
if (source) {
  source.textContent = `Simulated b+s Connects: ${cil.flavour}, seed ${options.simulator.seed}, speed ×${options.speed}`;
  for (const warning of options.warnings) source.textContent += ` (${warning})`;
}
