/**
 * A channel snapshot from `getChannel`: how a store attached after login learns the
 * agent's state and calls, which no event would tell it until the next change.
 *
 * @module
 */
import type { Channel } from '../cil/index.js';
import type { StateDraft } from './draft.js';
import { applyAgentStateChange } from './reduce-agent.js';
import type { ResolvedContext } from './reduce-context.js';
import { applyWorkitemEvent } from './reduce-workitems.js';

/**
 * Applies what `getChannel` returned: the channel's state (unless `keepChannel`, when
 * an agentStateChange arrived while the request was under way and is at least as
 * new) and its workitems not yet known (call recovery for a store attached late).
 */
export function applyChannelSnapshot(
  draft: StateDraft,
  channel: Channel,
  context: ResolvedContext,
  keepChannel: boolean,
): void {
  for (const workitem of channel.workitems) {
    if (!draft.state.workitems.has(workitem.id)) {
      applyWorkitemEvent(
        draft,
        'workitemCreate',
        { ...workitem, channelId: workitem.channelId ?? channel.id },
        context,
      );
    }
  }
  if (keepChannel) return;
  applyAgentStateChange(
    draft,
    {
      channelId: channel.id,
      ...(channel.type ? { channelType: channel.type } : {}),
      newState: channel.state,
      newReasonCode: channel.reasonCode,
      newReasonCodeLabel: channel.reasonCodeLabel,
      newStateChangeTime: channel.stateChangeTime,
      oldState: 'Unknown',
      oldReasonCode: null,
      oldReasonCodeLabel: '',
      oldStateChangeTime: null,
    },
    context,
  );
}
