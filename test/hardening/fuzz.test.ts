/**
 * Whole-stack fuzzing: random streams of valid, malformed and hostile events through a
 * `cil`'s callbacks into the store and every element on the page. Many short streams
 * share one render check: each batch of streams runs on a fresh store that every
 * element shows; after each stream the store is compared with the reference model,
 * after each batch the screen with the store.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  AGENT_STATES,
  CIL_EVENT_NAMES,
  WORKITEM_STATES,
  parseEvent,
  type CilEventName,
} from '../../src/cil/index.js';
import { ConnectsStore } from '../../src/store/index.js';
import { ROWS } from '../cil/malformed-rows.js';
import { createFakeCil, type FakeCil } from '../store/fake-cil.js';
import { StoreModel } from '../store/reference-model.js';
import {
  Watch,
  expectNothingFromData,
  expectScreenEqualsStore,
  mountPage,
  setStore,
  settle,
  type Page,
} from './page.js';

/** Streams per batch, and batches per CI run: 10,000 streams in all. */
const STREAMS_PER_BATCH = 100;
const BATCHES = 100;

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const iso = (ms: number): string => new Date(ms).toISOString();

// ------------------------------------------------------------------------------------
// Hostile text

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1"><b data-evil="1">',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<connects-evil-element></connects-evil-element>',
  '\u202Eenilno\u202C \u202Bمرحبا\u202C \u2066isolate\u2069',
  '👩‍💻📞🇨🇭 ✓ 中文 \u0000\uFFFF',
  '${window.__pwned=1} {{constructor.constructor("window.__pwned=1")()}}',
  '&lt;b&gt; &amp; &#60;i&#62;',
  '',
  ' ',
];
const HUGE = ['x'.repeat(100_000), '<b data-evil="1">'.repeat(6_000), '👩‍💻'.repeat(20_000)];

const plain = fc.string({ unit: fc.constantFrom(...'abcxyz ÄßéЖ<>"\'&/'), maxLength: 8 });
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Sales', 'Support', 'Billing', 'Lunch') },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: plain },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
);

// ------------------------------------------------------------------------------------
// Events

const count = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, '7', 'x', null, Number.NaN, 2.5, -3, 1e12) },
);
/** A time relative to the store clock: now, minutes off, days back, the future, invalid. */
const time = (now: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -600_000, max: 5_000 }).map((d) => iso(now + d)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        iso(now - 3 * 86_400_000),
        iso(now + 3_600_000),
        '2026-11-30T10:00:00',
        'yesterday',
        '',
        0,
        null,
      ),
    },
  );
const queueId = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5', 'q6') },
  { weight: 1, arbitrary: fc.constantFrom('<img src=x onerror=1>', '', 7) },
);
const queue = (now: number) =>
  fc.record(
    {
      id: queueId,
      name: text,
      channel: fc.constantFrom('Voice', 'Chat', 'Bogus'),
      escalationLevel: fc.constantFrom('Normal', 'Warn', 'Critical', 'Purple'),
      statistics: fc.record(
        {
          callsInQueue: count,
          agentsReady: count,
          agentsNotReady: count,
          agentsTalkingInbound: count,
          agentsWrapUpReady: count,
          startTimeOfLongestCallInQueue: time(now),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['id'] },
  );
const queueUpdate = (now: number) =>
  fc.oneof(
    fc.record({
      event: fc.constant('queueDataUpdate'),
      dataState: fc.constantFrom('ENABLED', 'ENABLED', 'ADDED', 'UPDATED'),
      queueData: fc.array(queue(now), { maxLength: 5 }),
    }),
    fc.record({
      dataState: fc.constant('DELETED'),
      // Known ids and ids no queue ever had.
      queueData: fc.array(fc.oneof(queueId, fc.constantFrom('nope', 'q99')), { maxLength: 3 }),
    }),
    fc.constant({ event: 'queueDataUpdate', dataState: 'DISABLED', queueData: [] }),
  );

const workitemId = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('w1', 'w2', 'w3', 'w4', 'w5', 'w6') },
  { weight: 1, arbitrary: fc.constantFrom('<b data-evil="1">w</b>', '') },
);
const channelId = fc.constantFrom('voice_5000', 'voice_5000', 'voice_-1', 'chat_1', 'telephony');
const record = fc.record({ id: plain, name: text, recordType: fc.constantFrom('contact', text) });
const workitem = (now: number) =>
  fc.record(
    {
      id: workitemId,
      // Every state of the reference, and one it does not know.
      state: fc.constantFrom(...WORKITEM_STATES, 'Weird'),
      channelId,
      channelType: fc.constantFrom('Voice', 'Chat'),
      classification: fc.constantFrom('Customer', 'Consultation', 'Conference', 'Weird'),
      direction: fc.constantFrom('Incoming', 'Outgoing', 'Sideways'),
      ani: text,
      dnis: text,
      connectedAt: time(now),
      participants: fc.array(fc.record({ address: text }), { maxLength: 3 }),
      participantLookupResult: fc.array(record, { maxLength: 2 }),
      associations: fc.array(record, { maxLength: 1 }),
      capabilities: fc.subarray(['TRANSFER_SST', 'CONFERENCE_SST', 'CONSULT_CALL', 'SEND_DTMF']),
      ctiData: fc.dictionary(
        fc.constantFrom('callVariable1', 'callVariable10', 'user.Intent', 'wrapUpReason', 'DNIS'),
        text,
        { maxKeys: 3 },
      ),
    },
    { requiredKeys: ['id', 'state', 'channelId'] },
  );
const agentState = (now: number) =>
  fc.record(
    {
      event: fc.constant('agentStateChange'),
      channelId,
      channelType: fc.constant('Voice'),
      newState: fc.constantFrom(...AGENT_STATES, 'Dancing'),
      newReasonCode: fc.constantFrom(-1, 3, '12', 'x'),
      newReasonCodeLabel: text,
      newStateChangeTime: time(now),
    },
    { requiredKeys: ['channelId', 'newState'] },
  );

type WireEvent = {
  readonly name: CilEventName;
  readonly data: () => unknown;
  readonly [fc.toStringMethod]: () => string;
};
const fixed = (name: CilEventName, data: unknown): WireEvent => ({
  name,
  data: () => data,
  [fc.toStringMethod]: () => `${name} ${fc.stringify(data).slice(0, 300)}`,
});
const workitemEvents = CIL_EVENT_NAMES.filter(
  (name) => name !== 'agentStateChange' && name !== 'queueDataUpdate' && name !== 'error',
);
/** Every row of the parsers' malformed table that is an event, built fresh each time. */
const malformedRows = ROWS.filter((row) =>
  (CIL_EVENT_NAMES as readonly string[]).includes(row.kind),
);

const event = (now: number): fc.Arbitrary<WireEvent> =>
  fc.oneof(
    { weight: 5, arbitrary: queueUpdate(now).map((data) => fixed('queueDataUpdate', data)) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom(...workitemEvents), workitem(now))
        .map(([name, data]) => fixed(name, data)),
    },
    // workitemEnd of ids never seen (the ended list must stay bounded).
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 0, max: 500 })
        .map((n) =>
          fixed('workitemEnd', { id: `gone-${n}`, state: 'Ended', channelId: 'voice_5000' }),
        ),
    },
    { weight: 3, arbitrary: agentState(now).map((data) => fixed('agentStateChange', data)) },
    {
      weight: 1,
      arbitrary: fc
        .record(
          {
            event: fc.constant('error'),
            requestId: fc.constantFrom('r1', 'unknown-id', ''),
            message: text,
          },
          { requiredKeys: ['message'] },
        )
        .map((data) => fixed('error', data)),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...malformedRows).map((row): WireEvent => ({
        name: row.kind as CilEventName,
        [fc.toStringMethod]: () => `${row.kind}: ${row.name}`,
        data: () =>
          typeof row.payload === 'function' ? (row.payload as () => unknown)() : row.payload,
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...CIL_EVENT_NAMES), fc.anything())
        .map(([name, data]) => fixed(name, data)),
    },
  );

/** A stream: short, and often begun with a lifecycle event (login, logout, DISABLED, ENABLED again). */
const stream = fc.array(fc.tuple(event(T0), fc.integer({ min: 0, max: 20_000 })), {
  minLength: 1,
  maxLength: 8,
});

// ------------------------------------------------------------------------------------

describe('hardening: random streams through the whole stack, every element on the page', () => {
  let page: Page;
  const watch = new Watch();
  // fixture() removes the page after each test.
  beforeEach(async () => {
    page = await mountPage(undefined);
  });
  beforeEach(() => watch.start());
  afterEach(() => watch.stop());

  it(`${BATCHES * STREAMS_PER_BATCH} streams in ${BATCHES} batches: nothing escapes, the store is the model, bounded, and the screen is the store`, async function () {
    this.timeout(15 * 60_000);
    let streams = 0;
    let previous: { store: ConnectsStore } | undefined;
    await fc.assert(
      fc.asyncProperty(
        fc.array(stream, { minLength: STREAMS_PER_BATCH, maxLength: STREAMS_PER_BATCH }),
        async (batch) => {
          let now = T0;
          const cil: FakeCil = createFakeCil();
          const store = new ConnectsStore(cil, { now: () => now });
          const model = new StoreModel();
          setStore(page, store);
          previous?.store.dispose();
          previous = { store };
          for (const events of batch) {
            for (const [{ name, data }, advance] of events) {
              now += advance;
              const parsed = parseEvent(name, data());
              expect(() => cil.emit(name, data()), `${name} escaped`).not.to.throw();
              if (parsed.ok) model.apply(parsed.value);
            }
            model.check(store.getState());
            streams += 1;
          }
          await settle(page);
          watch.expectNone();
          expectNothingFromData(page.root);
          expectScreenEqualsStore(page, store.getState());
        },
      ),
      { numRuns: BATCHES, includeErrorInReport: true },
    );
    previous?.store.dispose();
    expect(streams).to.equal(BATCHES * STREAMS_PER_BATCH);
  });

  it('ENABLED with 10,000 queues, repeated, then DISABLED and events after it: bounded, the screen follows', async function () {
    this.timeout(5 * 60_000);
    const cil = createFakeCil();
    const store = new ConnectsStore(cil);
    const model = new StoreModel();
    setStore(page, store);
    const many = {
      event: 'queueDataUpdate',
      dataState: 'ENABLED',
      queueData: Array.from({ length: 10_000 }, (_, i) => ({
        id: `big-${i}`,
        name: i % 2 === 0 ? `Queue ${i}` : HOSTILE[i % HOSTILE.length],
        escalationLevel: ['Normal', 'Warn', 'Critical'][i % 3],
        statistics: { callsInQueue: i % 7, agentsReady: i % 3 },
      })),
    };
    for (let round = 0; round < 3; round += 1) {
      expect(() => cil.emit('queueDataUpdate', many)).not.to.throw();
      const parsed = parseEvent('queueDataUpdate', many);
      if (parsed.ok) model.apply(parsed.value);
      model.check(store.getState());
    }
    expect(store.getState().queues.size).to.equal(2000);
    await settle(page);
    watch.expectNone();
    expectScreenEqualsStore(page, store.getState());
    expectNothingFromData(page.root);
    // Logged out; everything after DISABLED but ENABLED is ignored, and nothing shows.
    for (const [name, data] of [
      ['queueDataUpdate', { dataState: 'DISABLED', queueData: [] }],
      ['queueDataUpdate', { dataState: 'UPDATED', queueData: [many.queueData[0]] }],
      ['queueDataUpdate', { dataState: 'DELETED', queueData: ['big-1'] }],
      [
        'agentStateChange',
        { channelId: 'voice_5000', newState: 'Logout', newStateChangeTime: iso(Date.now()) },
      ],
      ['workitemConnect', { id: 'late', state: 'Active', channelId: 'voice_5000' }],
    ] as const) {
      cil.emit(name, data);
      const parsed = parseEvent(name, data);
      if (parsed.ok) model.apply(parsed.value);
    }
    model.check(store.getState());
    await settle(page);
    watch.expectNone();
    expectScreenEqualsStore(page, store.getState());
    store.dispose();
  });
});
