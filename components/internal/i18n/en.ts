/**
 * English: every visible string of the wallboard elements. This object defines the
 * catalogue's keys; {@link ../i18n/de.ts} must have each of them (the type checks it,
 * and a test too).
 *
 * @module
 */
export const en = {
  /** The escalation levels (the reference's `escalationLevel`), as a person reads them. */
  levelNormal: 'Normal',
  levelWarn: 'Warning',
  levelCritical: 'Critical',
  levelNone: 'No escalation',

  /** A number or time the source does not report, for screen readers (a dash is shown). */
  notAvailable: 'not available',

  /** Duration units of the compact day form, `2 d 3 h`. */
  unitDays: 'd',
  unitHours: 'h',

  waitingTitle: 'Waiting for b+s Connects',
  waitingFor: (duration: string) => `Waiting for ${duration}`,
  waitingDataTitle: 'Waiting for data',
  waitingDataDetail: 'b+s Connects is connected; the first data has not arrived yet.',

  notFoundTitle: 'b+s Connects not found',
  notFoundDetail:
    'Open this page inside b+s Connects, or give the element the Integration API in its cil property.',
  notFoundLink: 'How to embed the wallboard',

  unavailableTitle: 'No queue statistics on this platform',
  unavailableDetail: 'Cisco Unified Contact Center Express (CCX) does not send queue data.',

  disabledTitle: 'Logged out',
  disabledDetail: 'Statistics appear again after login.',

  emptyTitle: 'No queues subscribed',
  emptyDetail: 'Queues subscribed to in b+s Connects appear here.',

  /** The stale qualifier: numbers shown, marked with their age. */
  staleFor: (age: string) => `No update for ${age}`,
  updated: (ago: string) => `Updated ${ago}`,
};
