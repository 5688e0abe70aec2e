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

  /** `<connects-agent-state>`: the reference's agent states, as a person reads them. */
  agentStateReady: 'Ready',
  agentStateNotReady: 'Not Ready',
  agentStateActive: 'Talking',
  agentStateWrapup: 'Wrap-Up',
  agentStateLogout: 'Logged out',
  agentStateOffline: 'Offline',
  agentStateUnknown: 'Unknown',
  /** What the calls on a channel add to its state (CCX: Not Ready with a call). */
  agentCallTalking: 'On a call',
  agentCallHeld: 'Call on hold',
  agentCallRinging: 'Call ringing',
  agentCallDialing: 'Dialling',
  agentCallWrapup: 'Wrapping up a call',
  /** A reason code the system sent without a label. */
  agentReasonCode: (code: string) => `Reason ${code}`,
  /** Time in state, for screen readers. */
  agentTimeInState: (duration: string) => `in this state for ${duration}`,
  agentChannelVoice: 'Voice',
  agentChannelMail: 'Email',
  agentChannelChat: 'Chat',
  agentChannelTask: 'Task',
  agentChannelFederation: 'Federation',
  agentChannelOther: 'Channel',
  agentExtension: (extension: string) => `Extension ${extension}`,
  agentTeam: (team: string) => `Team ${team}`,
  agentIdentityUnknown: 'Agent',
  agentChannels: 'Agent state per channel',
  agentControls: (channel: string) => `Change the state of ${channel}`,
  agentGoReady: 'Ready',
  agentGoNotReady: 'Not Ready',
  agentGoLogout: 'Log out',
  agentNotReadyReason: 'Not Ready reason',
  agentLogoutReason: 'Logout reason',
  agentReasonsLoading: 'Loading reasons…',
  agentReasonsFailed: 'Reasons could not be loaded',
  agentNoReason: 'No reason',
  agentPending: (target: string) => `Changing to ${target}…`,
  agentPendingAfterCall: (target: string) => `${target} after this call`,
  agentFailed: (target: string, why: string) => `${target} was not set: ${why}`,
  agentTimedOut: (target: string) =>
    `${target} was not confirmed in time. The state has not changed; try again.`,
  agentLoginHint: 'Log in to b+s Connects to change the state here.',
  agentNoChannel: (channel: string) => `No channel ${channel} for this agent.`,
  agentAnnounce: (channel: string, state: string) => `${channel}: ${state}`,

  // <connects-wallboard>
  wallboardTitle: 'Wallboard',
  wallboardHeadline: 'Headline figures',
  wallboardCharts: 'Charts',
  wallboardAgent: 'My state and calls',
  kpiCallsWaiting: 'Calls waiting',
  kpiInQueues: (count: number) => (count === 1 ? 'in 1 queue' : `in ${count} queues`),
  kpiLongestWait: 'Longest wait',
  kpiLongestWaitIn: (queue: string) => `in ${queue}`,
  kpiNoCallWaiting: 'No call waiting',
  kpiQueuesCritical: 'Queues in Critical',
  kpiQueuesWarn: 'Queues in Warning',
  kpiQueuesOf: (count: number) => (count === 1 ? 'of 1 queue' : `of ${count} queues`),
  kpiDataAge: 'Data age',
  kpiLive: 'Live',
  kpiStale: 'Stale',
  kpiNoData: 'No queue data yet',
  kpiUpdatedAt: (time: string) => `Last update ${time}`,
  kpiClock: 'Time',
};
