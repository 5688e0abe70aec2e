/**
 * Parse throughput: validation at the edge alone (`parseEvent`, no store), for
 * - UPDATED `queueDataUpdate` events of one queue each, over 500 queues (the payloads
 *   of the store benchmark's full path),
 * - one UPDATED event carrying all 500 queues (queues per second),
 * - a `workitemConnect` event with every field of the reference (ctiData, CRM records).
 *
 * Each case runs several timed rounds after a warm-up and prints the median and the
 * best round. Every result is checked (no rejection, no warning), so a fast path
 * that breaks validation shows up here as an error rather than as a better figure.
 *
 * Run with `npm run bench:parse` (optional arguments: events per round, rounds;
 * `--quick` for a tenth of the events). With `BENCH_OUT=<file>` the figures are also
 * written there as JSON (`npm run bench` collects them). Not a test: figures depend on the machine.
 */
import { writeFileSync } from 'node:fs';
import { parseEvent, type CilEventName } from '../src/cil/index.js';
import { QUEUES, singleQueueUpdates, wireQueue } from './queue-payloads.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const argv = args.filter((arg) => !arg.startsWith('--'));
const EVENTS = Number(argv[0] ?? (quick ? 100_000 : 1_000_000));
const ROUNDS = Number(argv[1] ?? 5);
const results: Record<string, { medianPerSecond: number; bestPerSecond: number }> = {};

/** 7 UPDATED payloads carrying all 500 queues each. */
function allQueueUpdates(): unknown[] {
  return Array.from({ length: 7 }, (_, step) => ({
    event: 'queueDataUpdate',
    version: '1.0',
    dataState: 'UPDATED',
    queueData: Array.from({ length: QUEUES }, (_, q) => wireQueue(q, step)),
  }));
}

const CONTACT = {
  id: '62826bf03710200044e0bfc8bcbe5df1',
  name: 'Abel Tuter',
  recordType: 'contact',
};

/** A `workitemConnect` with every field of the reference's workitem table. */
function workitemConnect(): unknown[] {
  const call = {
    id: '9d3c5e1a1b2f4c10a7e0c2a4d5f6b7c8',
    name: 'PHN0012345',
    recordType: 'phonecall',
  };
  return [
    {
      event: 'workitemConnect',
      version: '1.0',
      requestId: '',
      activity: { id: call.id, recordType: 'phonecall' },
      agentId: '1001',
      ani: '+41445551234',
      associatedParticipant: { ...CONTACT },
      associations: [{ ...call }],
      capabilities: ['Answer', 'Hold', 'Release', 'Transfer', 'Conference', 'SendDtmf'],
      channelId: 'voice_5000',
      channelType: 'Voice',
      classification: 'Customer',
      connectedAt: '2026-11-25T08:15:03.696Z',
      ctiData: {
        callKeyCallId: '1234567',
        callKeyPrefix: '152000',
        callType: 'PREROUTE_ACD_IN',
        callVariable1: 'CUST-0042',
        callVariable2: 'Gold',
        callVariable3: 'DE',
        callVariable4: '',
        callVariable5: 'IVR-MAIN',
        dialedNumber: '8000',
        DNIS: '8000',
        mediaId: '1',
        outboundClassification: 'VOICE',
        queueName: 'Sales',
        queueNumber: '5001',
        'user.CustomerId': '4711',
        wrapUpReason: '',
      },
      direction: 'Incoming',
      id: '16777321',
      participants: [{ address: '+41445551234' }, { address: '1001' }],
      participantLookupResult: [{ ...CONTACT }],
      state: 'Active',
    },
  ];
}

/** Parses `payloads` round-robin `events` times; throws on any rejection or warning. */
function parseAll(name: CilEventName, payloads: readonly unknown[], events: number): number {
  let queues = 0;
  for (let i = 0; i < events; i += 1) {
    const result = parseEvent(name, payloads[i % payloads.length]);
    if (!result.ok) throw new Error(`rejected: ${result.problem.detail}`);
    if (result.warnings.length > 0) throw new Error(`warning: ${result.warnings[0]?.detail}`);
    if (result.value.name === 'queueDataUpdate' && 'queueData' in result.value.update) {
      queues += result.value.update.queueData.length;
    }
  }
  return queues;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function format(rate: number): string {
  return Math.round(rate).toLocaleString('en-US').padStart(11);
}

function bench(
  label: string,
  name: CilEventName,
  payloads: readonly unknown[],
  events: number,
): void {
  parseAll(name, payloads, Math.min(events, 200_000)); // warm-up: let the JIT compile the path
  const rates: number[] = [];
  let queues = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    queues = parseAll(name, payloads, events);
    rates.push(events / ((performance.now() - start) / 1000));
  }
  results[label] = { medianPerSecond: median(rates), bestPerSecond: Math.max(...rates) };
  const perQueue =
    queues > events ? ` (${format((median(rates) * queues) / events).trim()} queues/s)` : '';
  console.log(
    `${label.padEnd(34)} ${format(median(rates))} events/s median, ${format(Math.max(...rates)).trim()} best` +
      perQueue,
  );
}

console.log(
  `Parse benchmark (node ${process.version}, ${EVENTS.toLocaleString('en-US')} events per round, ` +
    `${ROUNDS} rounds)`,
);
bench('UPDATED, 1 of 500 queues', 'queueDataUpdate', singleQueueUpdates(), EVENTS);
bench(
  'UPDATED, all 500 queues',
  'queueDataUpdate',
  allQueueUpdates(),
  Math.max(1, Math.round(EVENTS / QUEUES)),
);
bench('workitemConnect, every field', 'workitemConnect', workitemConnect(), EVENTS);
if (process.env.BENCH_OUT) {
  writeFileSync(
    process.env.BENCH_OUT,
    JSON.stringify({ node: process.version, ...results }, null, 2),
  );
}
