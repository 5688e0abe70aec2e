/**
 * A full workitem lifecycle as b+s Connects sends it, for the store and memory
 * benchmarks: create (Offered), connect (Active), pause (Paused), resume (Active),
 * wrap-up, end, each a complete `WireWorkitem` with ctiData and CRM records.
 */
import type { WireWorkitem, WorkitemEventName, WorkitemState } from '../src/cil/index.js';

/** The events of one lifecycle, in order, with the state each reports. */
export const LIFECYCLE: readonly (readonly [WorkitemEventName, WorkitemState])[] = [
  ['workitemCreate', 'Offered'],
  ['workitemConnect', 'Active'],
  ['workitemPause', 'Paused'],
  ['workitemResume', 'Active'],
  ['workitemWrapup', 'Wrapup'],
  ['workitemEnd', 'Ended'],
];

const CAPABILITIES: Partial<Record<WorkitemState, string[]>> = {
  Offered: ['ANSWER'],
  Active: ['HOLD', 'DROP', 'TRANSFER_SST', 'CONFERENCE_SST', 'SEND_DTMF', 'UPDATE_CALL_DATA'],
  Paused: ['RETRIEVE', 'DROP', 'UPDATE_CALL_DATA'],
  Wrapup: ['UPDATE_CALL_DATA', 'UPDATE_WRAP_UP'],
};

/** The payloads of lifecycle `n` (call id `bench-<n>`), `at` its start, epoch ms. */
export function lifecyclePayloads(n: number, at: number): WireWorkitem[] {
  const id = `bench-${n}`;
  const caller = `+4144555${String(n % 10_000).padStart(4, '0')}`;
  const contact = { id: `contact-${n % 97}`, name: `Contact ${n % 97}`, recordType: 'contact' };
  const activity = { id: `phonecall-${n}`, recordType: 'phonecall' };
  return LIFECYCLE.map(([event, state], step) => {
    const payload: WireWorkitem = {
      event,
      version: '1.0',
      agentId: '1001',
      ani: caller,
      associations: [{ id: activity.id, name: `PHN${n}`, recordType: 'phonecall' }],
      capabilities: CAPABILITIES[state] ?? [],
      channelId: 'voice_5000',
      channelType: 'Voice',
      classification: 'Customer',
      ctiData: {
        callType: 'PREROUTE_ACD_IN',
        callVariable1: `CUST-${n % 1000}`,
        dialedNumber: '8000',
        queueName: 'Sales',
        queueNumber: '5001',
      },
      direction: 'Incoming',
      id,
      participants: [{ address: caller }, { address: '1001' }],
      participantLookupResult: [contact],
      state,
      activity,
      associatedParticipant: contact,
    };
    if (step > 0) payload.connectedAt = new Date(at + 3000).toISOString();
    return payload;
  });
}
