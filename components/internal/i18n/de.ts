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
};
