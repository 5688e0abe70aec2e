/**
 * Realistic names for queues, agents and callers, picked deterministically.
 *
 * @module
 */
import type { Prng } from './prng.js';

/** Queue names a contact centre really has. */
export const QUEUE_NAMES: readonly string[] = [
  'Sales',
  'Support EN',
  'Billing',
  'VIP',
  'Support DE',
  'Technical Support',
  'Returns',
  'Claims',
  'Onboarding',
  'Retention',
  'Collections',
  'IT Helpdesk',
  'Support FR',
  'Orders',
  'Shipping',
  'Appointments',
  'Complaints',
  'Business Sales',
  'Renewals',
  'Fraud Hotline',
  'Partner Line',
  'Premium Care',
  'Support IT',
  'Roadside Assistance',
];

/** Sites used to tell apart queues beyond the list above ("Billing Zurich"). */
export const SITES: readonly string[] = [
  'Zurich',
  'Bern',
  'Geneva',
  'Basel',
  'Lausanne',
  'Lugano',
  'Vienna',
  'Munich',
  'Berlin',
  'Hamburg',
  'Lyon',
  'Milan',
];

/** First names of agents and callers. */
export const FIRST_NAMES: readonly string[] = [
  'Anna',
  'Luca',
  'Sofia',
  'Noah',
  'Mia',
  'Elias',
  'Lea',
  'David',
  'Laura',
  'Jonas',
  'Sara',
  'Marco',
  'Nina',
  'Tim',
  'Julia',
  'Samuel',
  'Emma',
  'Leon',
  'Chiara',
  'Yusuf',
  'Aylin',
  'Priya',
  'Kenji',
  'Fatima',
];

/** Last names of agents and callers. */
export const LAST_NAMES: readonly string[] = [
  'Müller',
  'Meier',
  'Schmid',
  'Keller',
  'Weber',
  'Huber',
  'Schneider',
  'Frei',
  'Brunner',
  'Rossi',
  'Bianchi',
  'Dubois',
  'Martin',
  'Fischer',
  'Baumann',
  'Gerber',
  'Kaya',
  'Nguyen',
  'Patel',
  'Tanaka',
];

/** Name of queue number `index` (0-based): the list first, then list × site. */
export function queueName(index: number): string {
  const base = QUEUE_NAMES[index % QUEUE_NAMES.length] ?? 'Queue';
  const round = Math.floor(index / QUEUE_NAMES.length);
  if (round === 0) return base;
  const site = SITES[(round - 1) % SITES.length] ?? 'Site';
  const cycle = Math.floor((round - 1) / SITES.length);
  return cycle === 0 ? `${base} ${site}` : `${base} ${site} ${cycle + 1}`;
}

/** A caller's name, or empty (an unknown caller, no CRM match) three times in ten. */
export function randomCallerName(prng: Prng): string {
  return prng.chance(0.7) ? `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}` : '';
}
