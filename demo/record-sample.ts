/**
 * Writes `demo/sample-session.jsonl`, the log the agent page replays: ten simulated
 * minutes of a busy CCE centre, recorded from the simulator's event log (the format a
 * real b+s Connects recording has, see docs/record-and-replay.md). Seeded and on the
 * manual clock, so the file is the same on every run:
 *
 *     npx esbuild demo/record-sample.ts --bundle --platform=node --format=esm \
 *       --outfile=.bench/record-sample.mjs && node .bench/record-sample.mjs
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { createSimulatedCil, serializeEventLog } from '../src/simulator/index.js';

const START = Date.UTC(2026, 10, 30, 9, 0, 0);
const cil = createSimulatedCil({
  flavour: 'CCE',
  seed: 42,
  queues: 6,
  agents: 30,
  arrivalRatePerMinute: 2.2,
  clock: 'manual',
  startTime: START,
  autopilot: true,
  eventLogLimit: 20_000,
});
// The store-side registrations the log is made of: anything registered counts.
cil.onQueueDataUpdate(() => undefined);
const [first, second] = cil.queueIds();
for (let minute = 0; minute < 10; minute += 1) {
  if (minute === 2 && first) cil.burst(first, 6);
  if (minute === 5) cil.offerCall({ ...(second ? { queueId: second } : {}) });
  if (minute === 7) cil.injectMalformed('missing-queue-id');
  cil.advance(60_000);
}
const log = cil.eventLog();
writeFileSync(
  'demo/sample-session.jsonl',
  serializeEventLog(log, {
    header: {
      recordedAt: new Date(START).toISOString(),
      source: 'connects-wallboard simulator, CCE, seed 42',
    },
  }),
);
cil.dispose();
console.log(`demo/sample-session.jsonl: ${log.length} events`);
