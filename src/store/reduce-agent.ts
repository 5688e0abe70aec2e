/**
 * agentStateChange: the agent's state per channel, and CCX detection (`voice_-1`).
 *
 * @module
 */
import type { AgentStateChange } from '../cil/index.js';
import { deriveActivity, workitemsOnChannel } from './activity.js';
import { recordProblem } from './diagnostics.js';
import type { StateDraft } from './draft.js';
import { channelEqual } from './equality.js';
import type { ResolvedContext } from './reduce-context.js';
import type { ChannelState, WorkitemEntry } from './state.js';

/** The CCX voice channel id, per the reference. */
export const CCX_CHANNEL_ID = 'voice_-1';

/** Notes that the platform is CCX, where queue data does not exist. */
export function noteCcx(draft: StateDraft): void {
  const { flavour, queueDataStatus } = draft.state;
  if (flavour !== null && flavour !== 'CCX') return;
  draft.set('flavour', 'CCX');
  // What was received wins: queue data that came (enabled) or a DISABLED.
  if (queueDataStatus === 'unknown') draft.set('queueDataStatus', 'unavailable');
}

/** Recomputes the activity of one channel after its workitems changed. */
export function refreshActivity(draft: StateDraft, channelId: string | undefined): void {
  if (channelId === undefined) return;
  const channel = draft.state.channels.get(channelId);
  if (!channel) return;
  const activity = deriveActivity(
    channel.state,
    workitemsOnChannel(draft.state.workitems, channelId),
  );
  if (activity !== channel.activity) draft.writeChannels().set(channelId, { ...channel, activity });
}

/**
 * Logout ends the channel's calls for this store: b+s Connects announces calls still
 * on the phone again with workitemCreate at the next login (call recovery), so
 * keeping them would show a call, or a wrap-up, that nobody sees any more. They are
 * not remembered as ended, so the recovery brings them back.
 */
function dropWorkitemsOfChannel(draft: StateDraft, channelId: string): void {
  let workitems: Map<string, WorkitemEntry> | undefined;
  for (const entry of draft.state.workitems.values()) {
    if (entry.workitem.channelId !== channelId) continue;
    workitems ??= draft.writeWorkitems();
    workitems.delete(entry.id);
  }
}

/** Applies one agentStateChange to the draft. */
export function applyAgentStateChange(
  draft: StateDraft,
  change: AgentStateChange,
  context: ResolvedContext,
): void {
  const { channelId } = change;
  if (channelId === CCX_CHANNEL_ID) noteCcx(draft);
  const channels = draft.state.channels;
  const previous = channels.get(channelId);
  const reported = change.newStateChangeTime;
  if (
    previous !== undefined &&
    reported !== null &&
    previous.stateChangeTime !== null &&
    reported < previous.stateChangeTime
  ) {
    // An older change arriving late must not overwrite the state shown.
    recordProblem(
      draft,
      'anomaly',
      {
        event: 'agentStateChange',
        path: 'newStateChangeTime',
        reason: 'out-of-order',
        detail: `${change.newState} of ${new Date(reported).toISOString()} is older than the ${previous.state} shown; ignored`,
      },
      context,
    );
    return;
  }
  if (change.newState === 'Logout') dropWorkitemsOfChannel(draft, channelId);
  const reasonCodeLabel = change.newReasonCodeLabel === '' ? null : change.newReasonCodeLabel;
  const sameState =
    previous !== undefined &&
    previous.state === change.newState &&
    previous.reasonCode === change.newReasonCode &&
    previous.reasonCodeLabel === reasonCodeLabel;
  const channelType = change.channelType ?? previous?.channelType;
  const next: ChannelState = {
    channelId,
    ...(channelType ? { channelType } : {}),
    state: change.newState,
    reasonCode: change.newReasonCode,
    reasonCodeLabel,
    // Without a time on the event, a repeat of the same state keeps its start.
    since: reported ?? (sameState ? previous.since : context.serverNow),
    stateChangeTime: reported ?? (sameState ? previous.stateChangeTime : null),
    ...(change.requestId !== undefined ? { requestId: change.requestId } : {}),
    activity: deriveActivity(change.newState, workitemsOnChannel(draft.state.workitems, channelId)),
  };
  if (previous && channelEqual(previous, next)) return;
  if (!previous && channels.size >= context.limits.maxChannels) {
    const oldest = channels.keys().next().value;
    if (oldest !== undefined) draft.writeChannels().delete(oldest);
    recordProblem(
      draft,
      'anomaly',
      {
        event: 'agentStateChange',
        path: 'channelId',
        reason: 'out-of-range',
        detail: `more than ${context.limits.maxChannels} channels; ${oldest ?? ''} dropped`,
      },
      context,
    );
  }
  draft.writeChannels().set(channelId, next);
}
