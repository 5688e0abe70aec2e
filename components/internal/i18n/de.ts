/**
 * German: every key of the English catalogue, translated.
 *
 * @module
 */
import type { Catalogue } from './catalogue.js';

export const de: Catalogue = {
  levelNormal: 'Normal',
  levelWarn: 'Warnung',
  levelCritical: 'Kritisch',
  levelNone: 'Keine Eskalation',

  notAvailable: 'nicht verfügbar',

  unitDays: 'T',
  unitHours: 'Std.',

  waitingTitle: 'Warten auf b+s Connects',
  waitingFor: (duration) => `Wartet seit ${duration}`,
  waitingDataTitle: 'Warten auf Daten',
  waitingDataDetail: 'b+s Connects ist verbunden; die ersten Daten sind noch nicht eingetroffen.',

  notFoundTitle: 'b+s Connects nicht gefunden',
  notFoundDetail:
    'Öffnen Sie diese Seite in b+s Connects, oder übergeben Sie dem Element die Integration API in seiner Eigenschaft cil.',
  notFoundLink: 'So wird das Wallboard eingebunden',

  unavailableTitle: 'Keine Warteschlangenstatistik auf dieser Plattform',
  unavailableDetail:
    'Cisco Unified Contact Center Express (CCX) liefert keine Warteschlangendaten.',

  disabledTitle: 'Abgemeldet',
  disabledDetail: 'Die Statistik erscheint nach der Anmeldung wieder.',

  emptyTitle: 'Keine Warteschlangen abonniert',
  emptyDetail: 'In b+s Connects abonnierte Warteschlangen erscheinen hier.',

  staleFor: (age) => `Seit ${age} keine Aktualisierung`,
  updated: (ago) => `Aktualisiert ${ago}`,

  agentStateReady: 'Bereit',
  agentStateNotReady: 'Nicht bereit',
  agentStateActive: 'Im Gespräch',
  agentStateWrapup: 'Nachbearbeitung',
  agentStateLogout: 'Abgemeldet',
  agentStateOffline: 'Offline',
  agentStateUnknown: 'Unbekannt',
  agentCallTalking: 'Im Gespräch',
  agentCallHeld: 'Anruf gehalten',
  agentCallRinging: 'Anruf klingelt',
  agentCallDialing: 'Wählt',
  agentCallWrapup: 'Nachbearbeitung eines Anrufs',
  agentReasonCode: (code) => `Grund ${code}`,
  agentTimeInState: (duration) => `seit ${duration} in diesem Status`,
  agentChannelVoice: 'Telefon',
  agentChannelMail: 'E-Mail',
  agentChannelChat: 'Chat',
  agentChannelTask: 'Aufgabe',
  agentChannelFederation: 'Föderation',
  agentChannelOther: 'Kanal',
  agentExtension: (extension) => `Nebenstelle ${extension}`,
  agentTeam: (team) => `Team ${team}`,
  agentIdentityUnknown: 'Agent',
  agentChannels: 'Agentenstatus je Kanal',
  agentControls: (channel) => `Status von ${channel} ändern`,
  agentGoReady: 'Bereit',
  agentGoNotReady: 'Nicht bereit',
  agentGoLogout: 'Abmelden',
  agentNotReadyReason: 'Grund für Nicht bereit',
  agentLogoutReason: 'Grund für Abmeldung',
  agentReasonsLoading: 'Gründe werden geladen…',
  agentReasonsFailed: 'Gründe konnten nicht geladen werden',
  agentNoReason: 'Kein Grund',
  agentPending: (target) => `Wechsel zu ${target}…`,
  agentPendingAfterCall: (target) => `${target} nach diesem Anruf`,
  agentFailed: (target, why) => `${target} wurde nicht gesetzt: ${why}`,
  agentTimedOut: (target) =>
    `${target} wurde nicht rechtzeitig bestätigt. Der Status ist unverändert; bitte erneut versuchen.`,
  agentLoginHint: 'Melden Sie sich in b+s Connects an, um den Status hier zu ändern.',
  agentNoChannel: (channel) => `Kein Kanal ${channel} für diesen Agenten.`,
  agentAnnounce: (channel, state) => `${channel}: ${state}`,

  wallboardTitle: 'Wallboard',
  wallboardHeadline: 'Kennzahlen',
  wallboardCharts: 'Diagramme',
  wallboardAgent: 'Mein Status und meine Anrufe',
  kpiCallsWaiting: 'Wartende Anrufe',
  kpiInQueues: (count) => (count === 1 ? 'in 1 Warteschlange' : `in ${count} Warteschlangen`),
  kpiLongestWait: 'Längste Wartezeit',
  kpiLongestWaitIn: (queue) => `in ${queue}`,
  kpiNoCallWaiting: 'Kein Anruf wartet',
  kpiQueuesCritical: 'Warteschlangen kritisch',
  kpiQueuesWarn: 'Warteschlangen mit Warnung',
  kpiQueuesOf: (count) => (count === 1 ? 'von 1 Warteschlange' : `von ${count} Warteschlangen`),
  kpiDataAge: 'Alter der Daten',
  kpiLive: 'Live',
  kpiStale: 'Veraltet',
  kpiNoData: 'Noch keine Warteschlangendaten',
  kpiUpdatedAt: (time) => `Letzte Aktualisierung ${time}`,
  kpiClock: 'Uhrzeit',
};
