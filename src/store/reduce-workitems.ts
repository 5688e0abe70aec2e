/**
 * Workitem events. Tolerant of order: an event for a workitem not seen before
 * inserts it (noting an `out-of-order` anomaly), `workitemEnd` removes it, and
 * callVariableChanged / wrapupDataChanged merge their data over what is known.
 * Consultation and conference calls are simply further workitems, side by side.
 *
 * @module
 */
import type { Workitem, WorkitemEventName, WorkitemState } from '../cil/index.js';
import { recordProblem } from './diagnostics.js';
import type { StateDraft } from './draft.js';
import { CCX_CHANNEL_ID, noteCcx, refreshActivity } from './reduce-agent.js';
import type { ResolvedContext } from './reduce-context.js';
import type { WorkitemEntry } from './state.js';

/** The state an event implies when its payload's state is `Unknown`. */
const IMPLIED_STATE: Readonly<Record<WorkitemEventName, WorkitemState | null>> = {
  workitemCreate: 'Offered',
  workitemConnect: 'Active',
  workitemPause: 'Paused',
  workitemResume: 'Active',
  workitemWrapup: 'Wrapup',
  workitemEnd: null,
  callVariableChanged: null,
  wrapupDataChanged: null,
};

/**
 * How far along its life a workitem state is. An event never moves a workitem back:
 * a workitemCreate (Offered) arriving after the workitemConnect keeps it Active. Active
 * and Paused share a rank, as a call goes back and forth between them.
 */
function progress(state: WorkitemState): number {
  switch (state) {
    case 'Initiated':
    case 'Offered':
      return 1;
    case 'Active':
    case 'Paused':
      return 2;
    case 'Wrapup':
      return 3;
    case 'Ended':
    case 'EndedAbandoned':
    case 'EndedTransferred':
    case 'EndedUnknown':
      return 4;
    default:
      return 0;
  }
}

/** Remembers that `id` ended, in a bounded list (oldest forgotten first). */
function rememberEnded(draft: StateDraft, id: string, context: ResolvedContext): void {
  const max = context.limits.maxEndedWorkitems;
  if (max === 0) return;
  const known = draft.state.endedWorkitemIds;
  if (known.includes(id)) return;
  const next = known.length >= max ? known.slice(known.length - max + 1) : known.slice();
  next.push(id);
  draft.set('endedWorkitemIds', next);
}

/**
 * `update` over `known`: fields the update carries win, call variables are merged
 * key by key, and empty lists do not erase known ones (a data-change event may
 * carry less than the full workitem).
 */
export function mergeWorkitem(known: Workitem, update: Workitem): Workitem {
  return {
    ...known,
    ...update,
    associations: update.associations.length > 0 ? update.associations : known.associations,
    capabilities: update.capabilities.length > 0 ? update.capabilities : known.capabilities,
    participants: update.participants.length > 0 ? update.participants : known.participants,
    participantLookupResult:
      update.participantLookupResult.length > 0
        ? update.participantLookupResult
        : known.participantLookupResult,
    connectedAt: update.connectedAt ?? known.connectedAt,
    ctiData: { ...known.ctiData, ...update.ctiData },
  };
}

function anomaly(
  draft: StateDraft,
  context: ResolvedContext,
  event: WorkitemEventName,
  reason: 'unknown-workitem' | 'out-of-order' | 'out-of-range',
  detail: string,
): void {
  recordProblem(draft, 'anomaly', { event, path: 'id', reason, detail }, context);
}

/** Drops one workitem to make room: the oldest ended one, else the oldest. */
function evictOne(draft: StateDraft, context: ResolvedContext, event: WorkitemEventName): void {
  const workitems = draft.state.workitems;
  let victim: WorkitemEntry | undefined;
  for (const entry of workitems.values()) {
    victim ??= entry;
    if (entry.state.startsWith('Ended')) {
      victim = entry;
      break;
    }
  }
  if (!victim) return;
  draft.writeWorkitems().delete(victim.id);
  refreshActivity(draft, victim.workitem.channelId);
  anomaly(
    draft,
    context,
    event,
    'out-of-range',
    `more than ${context.limits.maxWorkitems} workitems; ${victim.id} dropped`,
  );
}

/** Applies one workitem event to the draft. */
export function applyWorkitemEvent(
  draft: StateDraft,
  name: WorkitemEventName,
  workitem: Workitem,
  context: ResolvedContext,
): void {
  if (workitem.channelId === CCX_CHANNEL_ID) noteCcx(draft);
  const { id } = workitem;
  const previous = draft.state.workitems.get(id);
  if (!previous && draft.state.endedWorkitemIds.includes(id)) {
    // Ended is ended: a late event must not bring the workitem back.
    anomaly(draft, context, name, 'out-of-order', `${name} for workitem ${id}, which ended`);
    return;
  }
  if (name === 'workitemEnd') {
    if (!previous) {
      anomaly(draft, context, name, 'unknown-workitem', `workitemEnd for unknown workitem ${id}`);
      rememberEnded(draft, id, context);
      return;
    }
    draft.writeWorkitems().delete(id);
    rememberEnded(draft, id, context);
    refreshActivity(draft, previous.workitem.channelId);
    if (workitem.channelId !== previous.workitem.channelId)
      refreshActivity(draft, workitem.channelId);
    return;
  }
  if (!previous && name !== 'workitemCreate') {
    anomaly(
      draft,
      context,
      name,
      'out-of-order',
      `${name} before workitemCreate for ${id}; inserted`,
    );
  }
  const merged = previous ? mergeWorkitem(previous.workitem, workitem) : workitem;
  const reported: WorkitemState =
    workitem.state !== 'Unknown'
      ? workitem.state
      : (IMPLIED_STATE[name] ?? previous?.state ?? 'Unknown');
  let state = reported;
  if (previous && progress(reported) < progress(previous.state)) {
    // Out of order: the data is merged, the later state kept.
    state = previous.state;
    anomaly(
      draft,
      context,
      name,
      'out-of-order',
      `${name} (${reported}) after ${previous.lastEvent} (${previous.state}) for ${id}; state kept`,
    );
  }
  const now = context.serverNow;
  const entry: WorkitemEntry = {
    id,
    state,
    workitem: merged.state === state ? merged : { ...merged, state },
    lastEvent: state === reported ? name : (previous?.lastEvent ?? name),
    createdAt: previous?.createdAt ?? now,
    connectedAt: merged.connectedAt ?? previous?.connectedAt ?? (state === 'Active' ? now : null),
    pausedAt: state === 'Paused' ? (previous?.pausedAt ?? now) : null,
    wrapupAt: state === 'Wrapup' ? (previous?.wrapupAt ?? now) : null,
  };
  if (!previous && draft.state.workitems.size >= context.limits.maxWorkitems) {
    evictOne(draft, context, name);
  }
  draft.writeWorkitems().set(id, entry);
  refreshActivity(draft, entry.workitem.channelId);
  if (previous && previous.workitem.channelId !== entry.workitem.channelId) {
    refreshActivity(draft, previous.workitem.channelId);
  }
}
