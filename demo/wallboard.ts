/**
 * The front page: `<connects-wallboard>` full screen on the simulator, as a
 * supervisor would hang it on a TV. A busier centre than the simulator's default
 * (fewer agents, more calls), so Warning and Critical show up within a minute.
 * Query options as on the other pages: `?flavour=WxCC&seed=7&queues=8&speed=5`.
 * The centre opens with its last hour behind it (simulated in a moment before the
 * page shows it), so the trend chart and the trend cues have something to say at
 * once; `?warmup=0` starts from an empty history instead.
 *
 * @module
 */
import '../components/index.js';
import { createSimulatedCil } from '../src/simulator/index.js';
import { ConnectsStore } from '../src/store/index.js';
import { parseDemoOptions } from './demo-options.js';

const options = parseDemoOptions(location.search);
const params = new URLSearchParams(location.search);
const WARM_UP_MS = params.get('warmup') === '0' ? 0 : 60 * 60_000;
const cil = createSimulatedCil({
  // A busy hour: calls arrive faster than 30 agents answer them at peaks.
  agents: 30,
  arrivalRatePerMinute: 2.2,
  ...options.simulator,
  queues: params.has('queues') ? options.simulator.queues : 8,
  startTime: Date.now() - WARM_UP_MS,
});
// The store reads the simulated clock, so its times agree with the events' times.
const store = new ConnectsStore(cil, { now: () => cil.now(), flavour: cil.flavour });

// The last hour, in 10 s steps (the history's interval), before anything is shown.
if (WARM_UP_MS > 0) {
  cil.setSpeed(0);
  for (let elapsed = 0; elapsed < WARM_UP_MS; elapsed += 10_000) {
    cil.advance(10_000);
    store.tick(cil.now());
  }
  cil.setSpeed(options.speed);
}

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
