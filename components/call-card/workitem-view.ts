/**
 * What a call card derives from a workitem, without DOM: the other party, the
 * running timer and whether the call is over. Pure functions, unit-tested.
 *
 * @module
 */
import type { Workitem, WorkitemState } from '../../src/cil/index.js';
import type { WorkitemEntry } from '../../src/store/state.js';

/** Whether a workitem state is one of the reference's `Ended…` states. */
export function isEnded(state: WorkitemState): boolean {
  return state.startsWith('Ended');
}

/** Who the agent is talking to, and where that was read from. */
export interface OtherParty {
  /** The other party's address; `null` when no field names one. */
  readonly address: string | null;
  /** Where `address` came from. */
  readonly source: 'ani' | 'participants' | 'dialedNumber' | 'none';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * The other party of a call. The reference's `ani` is "toAddress when there is only
 * one participant and the direction is outgoing, otherwise fromAddress": on an
 * outgoing call with more than one participant (once it connected) `ani` is the
 * agent's own address, so the other party is the first participant besides it. On
 * an incoming call `ani` is the caller. Without either, an outgoing call falls back
 * to the dialed number. The card lists every participant separately.
 */
export function otherParty(workitem: Workitem): OtherParty {
  const ani = nonEmpty(workitem.ani);
  if (workitem.direction === 'Outgoing' && workitem.participants.length > 1) {
    // `ani` is fromAddress here: the agent. The other side is someone else.
    const other = workitem.participants.find(
      (participant) => nonEmpty(participant.address) !== undefined && participant.address !== ani,
    );
    if (other) return { address: other.address, source: 'participants' };
  }
  if (ani !== undefined) return { address: ani, source: 'ani' };
  const dialed = nonEmpty(workitem.ctiData.dialedNumber);
  if (workitem.direction === 'Outgoing' && dialed !== undefined) {
    return { address: dialed, source: 'dialedNumber' };
  }
  return { address: null, source: 'none' };
}

/** The phase a card's timer measures. */
export type TimerPhase = 'ringing' | 'dialing' | 'talking' | 'held' | 'wrapup';

/** The running timer of a card: which phase, since when (server clock). */
export interface CardTimer {
  /** The phase. */
  readonly phase: TimerPhase;
  /** Start of the phase, epoch ms on the store's (server) clock. */
  readonly since: number;
}

/**
 * The timer a card shows: ringing (or dialing, for a call the agent placed) since
 * it was created, talking since `connectedAt`, on hold since the pause, in wrap-up
 * since it began; `null` for an ended or unknown workitem.
 */
export function cardTimer(entry: WorkitemEntry): CardTimer | null {
  switch (entry.state) {
    case 'Offered':
      return { phase: 'ringing', since: entry.createdAt };
    case 'Initiated':
      return { phase: 'dialing', since: entry.createdAt };
    case 'Active':
      return { phase: 'talking', since: entry.connectedAt ?? entry.createdAt };
    case 'Paused':
      return { phase: 'held', since: entry.pausedAt ?? entry.connectedAt ?? entry.createdAt };
    case 'Wrapup':
      return { phase: 'wrapup', since: entry.wrapupAt ?? entry.createdAt };
    default:
      return null;
  }
}

/** Milliseconds from `since` to `now`, never negative (a clock behind the server's counts from 0). */
export function elapsed(since: number, now: number): number {
  const ms = now - since;
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}
