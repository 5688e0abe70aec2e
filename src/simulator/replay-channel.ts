/**
 * What a replay answers its queries from, since it cannot ask b+s Connects: the agent's
 * channel as the events played so far show it, and the reason codes the whole log shows.
 *
 * @module
 */
import { AGENT_STATES, CHANNEL_TYPES, isOneOf } from '../cil/enums.js';
import type { CilEventName, ReasonType } from '../cil/enums.js';
import { asRecord } from '../cil/parse-primitives.js';
import type { WireGetChannel, WireReasonCode, WireWorkitem } from '../cil/wire.js';
import { clonePayload } from './event-log.js';
import type { RecordedEvent } from './event-log.js';

/** Open workitems remembered for `getChannel` and `isSendDtmfEnabled`. */
const MAX_OPEN_WORKITEMS = 256;
/** Reason codes `getReasonCodeList` returns at most per type. */
const MAX_REASON_CODES = 1000;

/** The channel state the played events leave behind. */
export class PlayedChannel {
  /** The API version of the last payload played (the replay's own `error` events carry it). */
  version = '1.0';
  private readonly agentStates = new Map<string, Record<string, unknown>>();
  private lastAgentState: Record<string, unknown> | undefined;
  private readonly openWorkitems = new Map<string, Record<string, unknown>>();

  /** Notes a dispatched payload: agent state changes and workitems opening and ending. */
  track(event: CilEventName, data: unknown): void {
    const record = asRecord(data);
    if (!record) return;
    if (typeof record.version === 'string') this.version = record.version;
    if (event === 'agentStateChange') {
      const channelId = typeof record.channelId === 'string' ? record.channelId : '';
      this.agentStates.set(channelId, record);
      this.lastAgentState = record;
      return;
    }
    if (event === 'queueDataUpdate' || event === 'error') return;
    const id =
      typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : '';
    if (id === '') return;
    // Deleted first, so a workitem's latest event moves it to the newest end.
    this.openWorkitems.delete(id);
    if (event === 'workitemEnd') return;
    this.openWorkitems.set(id, record);
    if (this.openWorkitems.size > MAX_OPEN_WORKITEMS) {
      const oldest = this.openWorkitems.keys().next().value;
      if (oldest !== undefined) this.openWorkitems.delete(oldest);
    }
  }

  /** Whether an open workitem is `Active` (`isSendDtmfEnabled`). */
  hasActiveWorkitem(): boolean {
    for (const workitem of this.openWorkitems.values()) {
      if (workitem.state === 'Active') return true;
    }
    return false;
  }

  /**
   * `getChannel`: the last agentStateChange played for `channelId` (or for any channel)
   * and the open workitems. Before any has played, the `old*` side of `upcoming()`, the
   * next one to play: what the agent was in when the recording started.
   * `startTime` stands in for a state change time the log does not give.
   */
  channel(
    channelId: string,
    upcoming: () => Record<string, unknown> | undefined,
    startTime: number,
  ): WireGetChannel {
    const played = this.agentStates.get(channelId) ?? this.lastAgentState;
    const change = played ?? upcoming() ?? {};
    const side = played ? 'new' : 'old';
    const state = change[`${side}State`];
    const reasonCode = change[`${side}ReasonCode`];
    const reasonCodeLabel = change[`${side}ReasonCodeLabel`];
    const stateChangeTime = change[`${side}StateChangeTime`];
    const id = typeof change.channelId === 'string' ? change.channelId : channelId;
    const workitems = [...this.openWorkitems.values()].filter(
      (workitem) => workitem.channelId === undefined || workitem.channelId === id,
    );
    const agentId = workitems
      .map((workitem) => workitem.agentId)
      .find((value) => typeof value === 'string');
    return {
      channel: {
        id,
        type: isOneOf(CHANNEL_TYPES, change.channelType) ? change.channelType : 'Voice',
        state: isOneOf(AGENT_STATES, state) ? state : 'Unknown',
        reasonCode: typeof reasonCode === 'number' ? reasonCode : -1,
        reasonCodeLabel: typeof reasonCodeLabel === 'string' ? reasonCodeLabel : '',
        stateChangeTime:
          typeof stateChangeTime === 'string' ? stateChangeTime : new Date(startTime).toISOString(),
        workitems: workitems.map((workitem) => clonePayload(workitem) as WireWorkitem),
      },
      // The event stream carries no names or extension.
      extension: '',
      firstName: '',
      agentId: typeof agentId === 'string' ? agentId : '',
      lastName: '',
      loginName: '',
      teamId: '',
    };
  }
}

/** Reason codes per type, as the log shows them: agent state reasons and wrap-up reasons. */
export function collectReasonCodes(
  entries: readonly RecordedEvent[],
): Map<ReasonType, WireReasonCode[]> {
  const found = new Map<ReasonType, Map<string, WireReasonCode>>([
    ['Logout', new Map()],
    ['NotReady', new Map()],
    ['Wrapup', new Map()],
  ]);
  const add = (type: ReasonType, id: string | number, label: string): void => {
    const codes = found.get(type);
    if (codes && codes.size < MAX_REASON_CODES && !codes.has(String(id))) {
      codes.set(String(id), { id, label });
    }
  };
  for (const entry of entries) {
    const record = asRecord(entry.data);
    if (!record) continue;
    if (entry.event === 'agentStateChange') {
      for (const side of ['new', 'old'] as const) {
        const state = record[`${side}State`];
        const code = record[`${side}ReasonCode`];
        const label = record[`${side}ReasonCodeLabel`];
        if ((state === 'NotReady' || state === 'Logout') && typeof code === 'number' && code >= 0) {
          add(state, code, typeof label === 'string' ? label : '');
        }
      }
      continue;
    }
    const reason = asRecord(record.ctiData)?.wrapUpReason;
    if (typeof reason === 'string' && reason !== '') add('Wrapup', reason, reason);
  }
  const result = new Map<ReasonType, WireReasonCode[]>();
  for (const [type, codes] of found) result.set(type, [...codes.values()]);
  return result;
}
