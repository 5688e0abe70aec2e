/**
 * The demo page: a simulated b+s Connects (options from the query string) feeding one
 * store, handed by `<connects-store-provider>` to the store inspector.
 *
 * @module
 */
import '../components/call-card/connects-call-card.js';
import '../components/connects-store-provider.js';
import './demo-store-inspector.js';
import { createSimulatedCil } from '../src/simulator/index.js';
import { ConnectsStore } from '../src/store/index.js';
import { parseDemoOptions } from './demo-options.js';

const options = parseDemoOptions(location.search);
const cil = createSimulatedCil(options.simulator);
// The store reads the simulated clock, so its times agree with the events' times.
const store = new ConnectsStore(cil, { now: () => cil.now(), flavour: cil.flavour });

const provider = document.createElement('connects-store-provider');
provider.store = store;
const inspector = document.createElement('demo-store-inspector');
inspector.simulator = cil;
inspector.speed = options.speed;
inspector.notices = options.warnings;
// The agent's calls, live, with the CTI data the simulator gives them.
const calls = document.createElement('connects-call-card');
calls.setAttribute('variables', 'callVariable1=Customer no., callVariable2=Language, user.*');
calls.setAttribute('theme', 'dark');
provider.append(calls, inspector);
document.querySelector('#inspector')?.append(provider);
