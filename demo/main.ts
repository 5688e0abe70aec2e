/**
 * The demo page: a simulated b+s Connects (options from the query string) feeding one
 * store, handed by `<connects-store-provider>` to the store inspector.
 *
 * @module
 */
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
provider.append(inspector);
document.querySelector('#inspector')?.append(provider);
