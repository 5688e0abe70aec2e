import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CIL_EVENT_NAMES, parseEvent, type CilEventName } from '../../src/cil/index.js';
import {
  ConnectsStore,
  computeTotals,
  createInitialState,
  deriveActivity,
  reduceResult,
  type StoreState,
} from '../../src/store/index.js';
import { RecordingCil } from './helpers.js';
import { QueueModel, progress, queueView as view } from './reference-model.js';

const RUNS = 1000;
const LIMITS = {
  maxErrors: 3,
  maxDiagnosticExamples: 4,
  maxWorkitems: 3,
  maxChannels: 2,
  maxQueues: 50,
};

// ------------------------------------------------------------------------------------
// Arbitrary streams of valid and malformed events

const queueIds = fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5');
const count = fc.oneof(
  fc.integer({ min: 0, max: 30 }),
  fc.constant(-1),
  fc.constant(undefined),
  fc.constantFrom('7', 'x', null, Number.NaN, 2.5, -3),
);
const wireQueue = fc.record(
  {
    id: fc.oneof(
      { weight: 10, arbitrary: queueIds },
      { weight: 1, arbitrary: fc.constantFrom('', null, 3) },
    ),
    name: fc.oneof(fc.constantFrom('Sales', 'Support'), fc.constant(undefined)),
    channel: fc.constant('Voice'),
    escalationLevel: fc.constantFrom('Normal', 'Warn', 'Critical', 'Purple', undefined),
    statistics: fc.oneof(
      {
        weight: 10,
        arbitrary: fc.record(
          {
            callsInQueue: count,
            agentsReady: count,
            agentsNotReady: count,
            startTimeOfLongestCallInQueue: fc.constantFrom(
              '',
              '2026-11-25T08:58:00.000Z',
              'yesterday',
              undefined,
            ),
          },
          { requiredKeys: [] },
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom(undefined, 'n/a', 42) },
    ),
  },
  { requiredKeys: ['id'] },
);
const queueUpdate = fc.oneof(
  fc.record({
    dataState: fc.constantFrom('ENABLED', 'ADDED', 'UPDATED'),
    queueData: fc.array(wireQueue, { maxLength: 6 }),
  }),
  fc.record({
    dataState: fc.constant('DELETED'),
    queueData: fc.array(fc.oneof(fc.record({ id: queueIds }), queueIds), { maxLength: 2 }),
  }),
  fc.record({ dataState: fc.constant('DISABLED'), queueData: fc.constant([]) }),
  // Malformed updates.
  fc.record({ dataState: fc.constantFrom('BOGUS', '', 7, undefined), queueData: fc.anything() }),
  fc.record({
    dataState: fc.constantFrom('ADDED', 'UPDATED', 'DELETED'),
    queueData: fc.constantFrom(undefined, 'q1', {}, []),
  }),
);
const workitemIds = fc.constantFrom('w1', 'w2', 'w3', 'w4');
const channelIds = fc.constantFrom('voice_5000', 'voice_-1', 'chat_1');
const workitem = fc.record(
  {
    id: fc.oneof(
      { weight: 10, arbitrary: workitemIds },
      { weight: 1, arbitrary: fc.constantFrom('', undefined) },
    ),
    state: fc.constantFrom(
      'Offered',
      'Active',
      'Paused',
      'Wrapup',
      'Ended',
      'Initiated',
      'Weird',
      undefined,
    ),
    channelId: fc.oneof(channelIds, fc.constant(undefined)),
    classification: fc.constantFrom('Customer', 'Consultation', 'Conference'),
    connectedAt: fc.constantFrom(undefined, '2026-11-25T08:59:00.000Z', 'never', -5),
    ctiData: fc.oneof(
      fc.dictionary(
        fc.constantFrom('callVariable1', 'user.x', 'wrapUpReason'),
        fc.string({ maxLength: 3 }),
      ),
      fc.constant('junk'),
    ),
  },
  { requiredKeys: [] },
);
const agentState = fc.record(
  {
    channelId: fc.oneof(
      { weight: 10, arbitrary: channelIds },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    newState: fc.constantFrom(
      'Ready',
      'NotReady',
      'Active',
      'Wrapup',
      'Logout',
      'Offline',
      'Unknown',
      'Dancing',
      undefined,
    ),
    newReasonCode: fc.constantFrom(-1, 3, '12', 'x', undefined),
    newReasonCodeLabel: fc.constantFrom('', 'Lunch', undefined),
    // Several times, so older changes arrive after newer ones (out of order).
    newStateChangeTime: fc.constantFrom(
      undefined,
      '2026-11-25T08:58:00.000Z',
      '2026-11-25T08:59:00.000Z',
      '2026-11-25T09:00:00.000Z',
      'soon',
    ),
  },
  { requiredKeys: [] },
);
const workitemEventNames = CIL_EVENT_NAMES.filter(
  (name) => name !== 'agentStateChange' && name !== 'queueDataUpdate' && name !== 'error',
);
type WireEvent = { readonly name: CilEventName; readonly data: unknown };
const wireEvent: fc.Arbitrary<WireEvent> = fc.oneof(
  { weight: 6, arbitrary: queueUpdate.map((data) => ({ name: 'queueDataUpdate' as const, data })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...workitemEventNames), workitem)
      .map(([name, data]) => ({ name, data })),
  },
  { weight: 2, arbitrary: agentState.map((data) => ({ name: 'agentStateChange' as const, data })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        requestId: fc.constantFrom('r1', '', undefined),
        message: fc.constantFrom('busy', '', undefined),
      })
      .map((data) => ({ name: 'error' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...CIL_EVENT_NAMES), fc.anything())
      .map(([name, data]) => ({ name, data })),
  },
);

// ------------------------------------------------------------------------------------
// Invariants

function serialise(state: StoreState): string {
  return JSON.stringify(state, (_key, value: unknown) =>
    value instanceof Map ? [...(value as Map<unknown, unknown>).entries()] : value,
  );
}

function assertNoNaN(value: unknown, path: string, seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new Error(`NaN at ${path}`);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const [key, item] of value) assertNoNaN(item, `${path}.get(${String(key)})`, seen);
    return;
  }
  for (const [key, item] of Object.entries(value)) assertNoNaN(item, `${path}.${key}`, seen);
}

function assertInvariants(state: StoreState, model: QueueModel): void {
  expect([...state.queues.keys()]).to.deep.equal([...model.queues.keys()]);
  if (model.disabled) expect(state.queueDataStatus).to.equal('disabled');
  for (const [id, queue] of model.queues) {
    const stored = state.queues.get(id);
    expect(stored && view(stored)).to.deep.equal(view(queue));
  }
  expect(state.workitems.size).to.be.at.most(LIMITS.maxWorkitems);
  expect(state.channels.size).to.be.at.most(LIMITS.maxChannels);
  expect(state.errors.length).to.be.at.most(LIMITS.maxErrors);
  expect(state.diagnostics.examples.length).to.be.at.most(LIMITS.maxDiagnosticExamples);
  expect(state.queues.size).to.be.at.most(LIMITS.maxQueues);
  assertNoNaN(state, 'state');
  // Totals are current, and each channel's activity agrees with its workitems.
  expect(state.totals).to.deep.equal(computeTotals(state.queues));
  for (const channel of state.channels.values()) {
    const onChannel = [...state.workitems.values()].filter(
      (entry) => entry.workitem.channelId === channel.channelId,
    );
    expect(channel.activity).to.equal(deriveActivity(channel.state, onChannel));
  }
}

describe('store properties (fast-check)', () => {
  it('pure reducer: never throws, queues equal the model, untouched queues keep identity, bounded, no NaN', () => {
    fc.assert(
      fc.property(fc.array(wireEvent, { maxLength: 40 }), (events) => {
        let state = createInitialState();
        const model = new QueueModel();
        let now = Date.UTC(2026, 10, 25, 9, 0, 0);
        for (const { name, data } of events) {
          now += 1000;
          const result = parseEvent(name, data);
          const before = state;
          const frozen = serialise(before);
          state = reduceResult(state, result, { now, limits: LIMITS });
          // Pure: the input state is left exactly as it was.
          expect(serialise(before)).to.equal(frozen);
          if (result.ok && result.value.name === 'queueDataUpdate') {
            const update = result.value.update;
            const untouched = model.untouched(update, model.queues);
            model.apply(update);
            for (const id of untouched) {
              expect(state.queues.get(id), `identity of ${id}`).to.equal(before.queues.get(id));
            }
          }
          if (!result.ok) {
            // A rejected payload touches only the diagnostics.
            expect(state.queues).to.equal(before.queues);
            expect(state.workitems).to.equal(before.workitems);
            expect(state.channels).to.equal(before.channels);
            expect(state.diagnostics.rejectedTotal).to.equal(before.diagnostics.rejectedTotal + 1);
          }
          if (result.ok && result.value.name !== 'queueDataUpdate') {
            expect(state.queues).to.equal(before.queues);
          }
          assertInvariants(state, model);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('store through a cil: never throws, batches, matches the model, counts each rejection once, history bounded', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(wireEvent, fc.boolean(), fc.integer({ min: 0, max: 4000 })), {
          maxLength: 30,
        }),
        async (steps) => {
          const cil = new RecordingCil();
          let time = Date.UTC(2026, 10, 25, 9, 0, 0);
          const store = new ConnectsStore(cil.api, {
            ...LIMITS,
            now: () => time,
            historyIntervalMs: 1000,
            historyLength: 5,
          });
          const model = new QueueModel();
          let notifications = 0;
          let yields = 0;
          let rejected = 0;
          let lastSeen = store.getState();
          store.subscribe(() => (notifications += 1));
          for (const [{ name, data }, yieldAfter, advance] of steps) {
            time += advance;
            expect(() => cil.emit(name, data)).not.to.throw();
            const result = parseEvent(name, data);
            if (!result.ok) rejected += 1;
            if (result.ok && result.value.name === 'queueDataUpdate')
              model.apply(result.value.update);
            if (yieldAfter) {
              yields += 1;
              const changed = store.getState() !== lastSeen;
              const before = notifications;
              await Promise.resolve();
              // A batch that changed the state is told at least once.
              if (changed) expect(notifications).to.be.greaterThan(before);
              lastSeen = store.getState();
            }
            if (advance > 3000) store.tick();
          }
          await Promise.resolve();
          expect(notifications).to.be.at.most(yields + 1);
          const state = store.getState();
          assertInvariants(state, model);
          // Each rejected payload counted exactly once.
          expect(state.diagnostics.rejectedTotal).to.equal(rejected);
          // A sample in a new bucket gives every queue a history.
          store.tick(time + 1000);
          for (const id of state.queues.keys()) {
            const series = store.getHistory(id, 'callsInQueue');
            expect(series).to.not.equal(undefined);
            expect(series?.values.length).to.be.at.most(5);
            expect(series?.times.length).to.equal(series?.values.length);
          }
          expect(store.getTotalsHistory('callsInQueue').values.length).to.be.at.most(5);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("workitems and channels, in any order: ended stays ended, Logout drops the channel's calls, no state goes back, an older agent state never wins", () => {
    // Bounds above the number of ids used, so the model needs no eviction rule.
    const roomy = { ...LIMITS, maxWorkitems: 10, maxChannels: 10 };
    fc.assert(
      fc.property(fc.array(wireEvent, { maxLength: 40 }), (events) => {
        let state = createInitialState();
        /** Live workitems: id -> channel. */
        const workitems = new Map<string, string | undefined>();
        const ended = new Set<string>();
        const channels = new Map<string, { state: string; time: number | null }>();
        let now = Date.UTC(2026, 10, 25, 9, 0, 0);
        for (const { name, data } of events) {
          now += 1000;
          const result = parseEvent(name, data);
          const before = state;
          expect(
            () => (state = reduceResult(state, result, { now, limits: roomy })),
          ).not.to.throw();
          if (!result.ok) continue;
          const event = result.value;
          if (event.name === 'agentStateChange') {
            const { channelId, newState, newStateChangeTime } = event.change;
            const shown = channels.get(channelId);
            const older =
              shown !== undefined &&
              shown.time !== null &&
              newStateChangeTime !== null &&
              newStateChangeTime < shown.time;
            if (!older) {
              const time = newStateChangeTime ?? (shown?.state === newState ? shown.time : null);
              channels.set(channelId, { state: newState, time });
              if (newState === 'Logout') {
                for (const [id, on] of workitems) if (on === channelId) workitems.delete(id);
              }
            }
          } else if (event.name !== 'queueDataUpdate' && event.name !== 'error') {
            const { id, channelId } = event.workitem;
            if (ended.has(id) && !workitems.has(id)) {
              // Ended is ended: nothing changes but the diagnostics.
              expect(state.workitems).to.equal(before.workitems);
            } else if (event.name === 'workitemEnd') {
              workitems.delete(id);
              ended.add(id);
            } else {
              workitems.set(id, channelId ?? workitems.get(id));
              // No regression: a known workitem never moves back in its life.
              const was = before.workitems.get(id)?.state;
              const is = state.workitems.get(id)?.state;
              if (was !== undefined && is !== undefined) {
                expect(progress(is)).to.be.at.least(progress(was));
              }
            }
          }
          expect([...state.workitems.keys()].sort()).to.deep.equal([...workitems.keys()].sort());
          for (const [channelId, shown] of channels) {
            expect(state.channels.get(channelId)?.state).to.equal(shown.state);
          }
          expect(state.channels.size).to.equal(channels.size);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
