/**
 * The reason codes the simulated b+s Connects offers (getReasonCodeList).
 *
 * @module
 */
import type { ReasonType } from '../cil/index.js';

/** A reason code as the simulator keeps it. */
export interface SimReasonCode {
  /** Numeric id, as Finesse reason codes are. */
  readonly id: number;
  /** The descriptive reason name. */
  readonly label: string;
}

/** Not Ready reasons. */
export const NOT_READY_REASONS: readonly SimReasonCode[] = [
  { id: 1, label: 'Break' },
  { id: 2, label: 'Lunch' },
  { id: 3, label: 'Meeting' },
  { id: 4, label: 'Training' },
  { id: 5, label: 'Coaching' },
  { id: 6, label: 'Back Office' },
];

/** Logout reasons. */
export const LOGOUT_REASONS: readonly SimReasonCode[] = [
  { id: 20, label: 'End of Shift' },
  { id: 21, label: 'Lunch Logout' },
  { id: 22, label: 'Sick Leave' },
];

/** Wrap-up reasons. */
export const WRAPUP_REASONS: readonly SimReasonCode[] = [
  { id: 40, label: 'Sale' },
  { id: 41, label: 'Information' },
  { id: 42, label: 'Complaint' },
  { id: 43, label: 'Callback Requested' },
  { id: 44, label: 'Wrong Number' },
  { id: 45, label: 'Documentation' },
];

/** The selectable reasons of each reason type. */
export const REASONS_BY_TYPE: Readonly<Record<ReasonType, readonly SimReasonCode[]>> = {
  NotReady: NOT_READY_REASONS,
  Logout: LOGOUT_REASONS,
  Wrapup: WRAPUP_REASONS,
};

/** The system's Not Ready reason after a routed call rang unanswered (not selectable). */
export const RING_NO_ANSWER: SimReasonCode = { id: 32767, label: 'Ring No Answer' };

/** "No code available": the reference's negative reason code. */
export const NO_REASON: SimReasonCode = { id: -1, label: '' };

/** Finds a reason by id (a number or numeric string), or `undefined`. */
export function findReason(
  list: readonly SimReasonCode[],
  code: string | number,
): SimReasonCode | undefined {
  const id = typeof code === 'number' ? code : /^\s*\d+\s*$/.test(code) ? Number(code) : NaN;
  return list.find((reason) => reason.id === id);
}
