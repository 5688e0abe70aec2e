/**
 * The effective activity on a channel. The reported agent state is not enough: on
 * CCX "when a call is received/placed and the agent state is Not Ready, no
 * agentStateChange (Active) event will be dispatched", so the workitems on the
 * channel decide whenever there are any.
 *
 * @module
 */
import type { AgentState, WorkitemState } from '../cil/index.js';
import type { ChannelActivity, WorkitemEntry } from './state.js';

/** Activity a workitem in `state` implies, with its precedence (higher wins); `null` for none. */
function workitemActivity(state: WorkitemState): readonly [ChannelActivity, number] | null {
  switch (state) {
    case 'Active':
      return ['talking', 5];
    case 'Paused':
      return ['held', 4];
    case 'Offered':
      return ['ringing', 3];
    case 'Initiated':
      return ['dialing', 2];
    case 'Wrapup':
      return ['wrapup', 1];
    default:
      return null;
  }
}

/** The activity the reported state alone implies (no workitems considered). */
export function stateActivity(state: AgentState): ChannelActivity {
  switch (state) {
    case 'Ready':
      return 'ready';
    case 'NotReady':
      return 'not-ready';
    case 'Active':
      return 'talking';
    case 'Wrapup':
      return 'wrapup';
    case 'Logout':
      return 'logged-out';
    case 'Offline':
      return 'offline';
    default:
      return 'unknown';
  }
}

/** The activity of a channel in `state` carrying `workitems` (only those on this channel). */
export function deriveActivity(
  state: AgentState,
  workitems: Iterable<WorkitemEntry>,
): ChannelActivity {
  if (state === 'Logout' || state === 'Offline') return stateActivity(state);
  let best: ChannelActivity | null = null;
  let rank = 0;
  for (const entry of workitems) {
    const implied = workitemActivity(entry.state);
    if (implied && implied[1] > rank) {
      best = implied[0];
      rank = implied[1];
    }
  }
  return best ?? stateActivity(state);
}

/** The workitems of `all` that are on `channelId`. */
export function* workitemsOnChannel(
  all: ReadonlyMap<string, WorkitemEntry>,
  channelId: string,
): Generator<WorkitemEntry> {
  for (const entry of all.values()) if (entry.workitem.channelId === channelId) yield entry;
}
