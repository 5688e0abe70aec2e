/**
 * The `<connects-agent-state>` demo page: the simulator (options from the query
 * string, as on the main demo page) feeding one store shared by every instance.
 * `?scenario=call` puts the agent Not Ready with a reason and on a call (on CCX the
 * reference's "Not Ready with a call"), `?scenario=pending` asks for Not Ready during
 * that call, `?scenario=error` has the page ask for a logout during it (refused);
 * `?theme=dark` themes the page's elements.
 *
 * @module
 */
// The provider first: elements that connect before it is defined do not see it.
import '../components/connects-store-provider.js';
import '../components/agent-state/connects-agent-state.js';
import { createSimulatedCil } from '../src/simulator/index.js';
import { ConnectsStore } from '../src/store/index.js';
import { parseDemoOptions } from './demo-options.js';

const options = parseDemoOptions(location.search);
const params = new URLSearchParams(location.search);
const scenario = params.get('scenario');
// `?theme=dark|light|high-contrast` themes every element (an ancestor's `theme` applies).
const theme = params.get('theme');
if (theme) document.body.setAttribute('theme', theme);
const cil = createSimulatedCil({
  ...options.simulator,
  ...(scenario ? { autopilot: false, routeCallsToAgent: false } : {}),
});
cil.setSpeed(options.speed);
const store = new ConnectsStore(cil, { now: () => cil.now(), flavour: cil.flavour });
const provider = document.querySelector('connects-store-provider');
if (provider) provider.store = store;

const channel =
  cil.flavour === 'CCX' ? 'voice_-1' : cil.flavour === 'WxCC' ? 'telephony' : 'voice_5000';

/** A call rings and is answered. */
function takeCall(): void {
  cil.offerCall();
  cil.answer();
}

if (scenario === 'call') {
  // Not Ready (Lunch), then a call: on CCX no Active state follows.
  void store.setAgentState(channel, 'NotReady', 2).then(takeCall, () => undefined);
} else if (scenario === 'error') {
  // A logout during a call (sent by the page, not the element): b+s Connects refuses it.
  void store.setAgentState(channel, 'Ready').then(
    () => {
      takeCall();
      void store.setAgentState(channel, 'Logout', 20).catch(() => undefined);
    },
    () => undefined,
  );
} else if (scenario === 'pending') {
  // Ready, then a call, then Not Ready (Break): it waits for the end of the call.
  void store.setAgentState(channel, 'Ready').then(
    () => {
      takeCall();
      void store.setAgentState(channel, 'NotReady', 1).catch(() => undefined);
    },
    () => undefined,
  );
}
