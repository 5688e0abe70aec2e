import { expect } from '@open-wc/testing';
import { CIL_EVENT_NAMES, type Problem } from '../../src/cil/index.js';
import {
  ConnectsStore,
  selectQueue,
  selectTotals,
  type StoreState,
} from '../../src/store/index.js';
import {
  RecordingCil,
  flushMicrotasks,
  manualClock,
  wireAgentState,
  wireQueue,
  wireQueueUpdate,
  wireWorkitem,
} from './helpers.js';

describe('ConnectsStore', () => {
  describe('attaching to a cil', () => {
    it('registers one callback per event, exactly once per cil', () => {
      const cil = new RecordingCil();
      const store = ConnectsStore.for(cil.api);
      expect(cil.registrations.length).to.equal(CIL_EVENT_NAMES.length);
      expect(new Set(cil.registrations).size).to.equal(CIL_EVENT_NAMES.length);
      expect(ConnectsStore.for(cil.api)).to.equal(store);
      store.attach(cil.api);
      expect(cil.registrations.length).to.equal(CIL_EVENT_NAMES.length);
      expect(store.getState().sourceStatus).to.equal('attached');
    });

    it('throws a clear error when a second store is attached to the same cil', () => {
      const cil = new RecordingCil();
      ConnectsStore.for(cil.api);
      expect(() => new ConnectsStore(cil.api)).to.throw(/already feeds another ConnectsStore/);
      const waiting = new ConnectsStore();
      expect(() => waiting.attach(cil.api)).to.throw(/ConnectsStore\.for/);
      expect(waiting.getState().sourceStatus).to.equal('waiting');
      expect(cil.registrations.length).to.equal(CIL_EVENT_NAMES.length);
    });

    it('a store listens to one cil only', () => {
      const store = new ConnectsStore(new RecordingCil().api);
      expect(() => store.attach(new RecordingCil().api)).to.throw(/another cil/);
    });

    it('starts waiting, attaches later, or is marked not found', async () => {
      const store = new ConnectsStore();
      expect(store.getState().sourceStatus).to.equal('waiting');
      store.markSourceNotFound();
      expect(store.getState().sourceStatus).to.equal('not-found');
      const cil = new RecordingCil();
      store.attach(cil.api);
      expect(store.getState().sourceStatus).to.equal('attached');
      store.markSourceNotFound();
      expect(store.getState().sourceStatus).to.equal('attached');
      expect(ConnectsStore.for(cil.api)).to.equal(store);
    });

    it('a cil missing a registration method is noted, the rest still registers', () => {
      const cil = new RecordingCil();
      const api = { ...cil.api, onError: undefined } as unknown as typeof cil.api;
      const store = new ConnectsStore(api);
      expect(store.getState().diagnostics.anomalies['callback-threw']).to.equal(1);
    });
  });

  describe('callbacks', () => {
    it('nothing ever throws out of a callback, whatever the payload', () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('hostile getter');
          },
          ownKeys() {
            throw new Error('hostile keys');
          },
        },
      );
      for (const name of CIL_EVENT_NAMES) {
        for (const payload of [undefined, null, 42, 'x', [], {}, hostile, Symbol('s')]) {
          expect(() => cil.emit(name, payload)).not.to.throw();
        }
      }
      const state = store.getState();
      expect(state.diagnostics.rejectedTotal).to.be.greaterThan(0);
      expect(state.queues.size).to.equal(0);
    });

    it('a rejected payload is reported once: one count, one example, one onDiagnostic call', () => {
      const cil = new RecordingCil();
      const seen: Problem[] = [];
      const store = new ConnectsStore(cil.api, { onDiagnostic: (problem) => seen.push(problem) });
      cil.emit('queueDataUpdate', { dataState: 'NOPE', queueData: [] });
      const diagnostics = store.getState().diagnostics;
      expect(diagnostics.rejectedTotal).to.equal(1);
      expect(diagnostics.examples.length).to.equal(1);
      expect(seen.length).to.equal(1);
      expect(seen[0]?.event).to.equal('queueDataUpdate');
    });

    it('payloads with throwing getters deep inside, frozen payloads and huge arrays: no throw, one count per rejected payload', () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api, { maxQueues: 100 });
      const trap = (valid: Record<string, unknown>, key: string): Record<string, unknown> =>
        Object.defineProperty({ ...valid }, key, {
          enumerable: true,
          get() {
            throw new Error(`getter ${key}`);
          },
        });
      const badQueue = trap(wireQueue('a'), 'statistics');
      const badStats = { ...wireQueue('b'), statistics: trap({ callsInQueue: 1 }, 'agentsReady') };
      const rejectedBefore = store.getState().diagnostics.rejectedTotal;
      const payloads: [Parameters<typeof cil.emit>[0], unknown][] = [
        ['queueDataUpdate', trap(wireQueueUpdate('ENABLED'), 'queueData')],
        ['queueDataUpdate', wireQueueUpdate('ENABLED', [badQueue])],
        ['queueDataUpdate', wireQueueUpdate('UPDATED', [badStats])],
        ['workitemCreate', trap(wireWorkitem('w1', 'Offered'), 'ctiData')],
        ['agentStateChange', trap(wireAgentState('Ready'), 'newState')],
        ['error', trap({ event: 'error', requestId: 'r', message: 'm' }, 'message')],
      ];
      let rejectedExpected = 0;
      for (const [name, payload] of payloads) {
        const before = store.getState().diagnostics.rejectedTotal;
        expect(() => cil.emit(name, payload)).not.to.throw();
        const after = store.getState().diagnostics.rejectedTotal;
        // A payload is rejected at most once, however many problems it has.
        expect(after - before).to.be.at.most(1);
        rejectedExpected += after - before;
      }
      expect(rejectedExpected).to.be.greaterThan(0);
      expect(store.getState().diagnostics.rejectedTotal - rejectedBefore).to.equal(
        rejectedExpected,
      );

      // Frozen payloads are read, not written.
      const frozen = Object.freeze(
        wireQueueUpdate('ENABLED', [
          Object.freeze(wireQueue('f', Object.freeze({ callsInQueue: 2 }))),
        ]),
      );
      expect(() => cil.emit('queueDataUpdate', frozen)).not.to.throw();
      expect(store.getState().queues.get('f')?.statistics.callsInQueue).to.equal(2);

      // A huge array is bounded by maxQueues, with one anomaly for the overflow.
      const anomaliesBefore = store.getState().diagnostics.anomalies['out-of-range'] ?? 0;
      const huge = Array.from({ length: 20_000 }, (_, i) => wireQueue(`h${i}`));
      expect(() => cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', huge))).not.to.throw();
      const state = store.getState();
      expect(state.queues.size).to.equal(100);
      expect(state.totals.queueCount).to.equal(100);
      expect(state.diagnostics.anomalies['out-of-range']).to.equal(anomaliesBefore + 1);
      expect(state.diagnostics.examples.length).to.be.at.most(10);
      // A huge garbage array is one rejected payload.
      const before = state.diagnostics.rejectedTotal;
      cil.emit(
        'queueDataUpdate',
        wireQueueUpdate(
          'DELETED',
          Array.from({ length: 50_000 }, () => 7),
        ),
      );
      expect(store.getState().diagnostics.rejectedTotal - before).to.be.at.most(1);
    });

    it('a throwing onDiagnostic hook does not disturb the store', () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api, {
        onDiagnostic: () => {
          throw new Error('hook');
        },
      });
      expect(() => cil.emit('agentStateChange', {})).not.to.throw();
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
      expect(store.getState().queues.size).to.equal(1);
    });

    it('diagnostic examples are bounded', () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api, { maxDiagnosticExamples: 4 });
      for (let i = 0; i < 50; i += 1) cil.emit('agentStateChange', i);
      const diagnostics = store.getState().diagnostics;
      expect(diagnostics.rejectedTotal).to.equal(50);
      expect(diagnostics.examples.length).to.equal(4);
    });

    it('keeps recent errors with their requestId, bounded', () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api, { maxErrors: 3 });
      for (let i = 0; i < 5; i += 1) {
        cil.emit('error', { event: 'error', requestId: `r${i}`, message: `failed ${i}` });
      }
      const errors = store.getState().errors;
      expect(errors.map((error) => error.requestId)).to.deep.equal(['r2', 'r3', 'r4']);
      expect(errors[2]?.message).to.equal('failed 4');
    });
  });

  describe('notifications', () => {
    it('any number of events in one task produce one notification', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      await flushMicrotasks();
      const states: StoreState[] = [];
      store.subscribe((state) => states.push(state));
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a'), wireQueue('b')]));
      for (let i = 1; i <= 100; i += 1) {
        cil.emit(
          'queueDataUpdate',
          wireQueueUpdate('UPDATED', [wireQueue('a', { callsInQueue: i })]),
        );
      }
      expect(states.length).to.equal(0);
      await flushMicrotasks();
      expect(states.length).to.equal(1);
      expect(states[0]?.queues.get('a')?.statistics.callsInQueue).to.equal(100);
    });

    it('totals are computed once per change: the same object on every read, untouched by non-queue events', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a'), wireQueue('b')]));
      const totals = store.getState().totals;
      expect(store.getState().totals).to.equal(totals);
      cil.emit('agentStateChange', wireAgentState('Ready'));
      cil.emit('workitemCreate', wireWorkitem('w1', 'Offered'));
      await flushMicrotasks();
      expect(store.getState().totals).to.equal(totals);
      cil.emit(
        'queueDataUpdate',
        wireQueueUpdate('UPDATED', [wireQueue('a', { callsInQueue: 3 })]),
      );
      const next = store.getState().totals;
      expect(next).not.to.equal(totals);
      expect(next.callsInQueue).to.equal(3);
      expect(store.getState().totals).to.equal(next);
    });

    it('a batch of queue updates walks the queues once, at flush, however many events it holds', async () => {
      // computeTotals (and history) iterate the queue map with values(); counting those
      // calls tells per-flush work from per-event work without timing anything.
      const walksFor = async (events: number): Promise<number> => {
        const cil = new RecordingCil();
        const store = new ConnectsStore(cil.api);
        cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a'), wireQueue('b')]));
        await flushMicrotasks();
        const realValues = Map.prototype.values;
        let walks = 0;
        Map.prototype.values = function <K, V>(this: Map<K, V>) {
          walks += 1;
          return realValues.call(this) as MapIterator<V>;
        };
        try {
          for (let i = 1; i <= events; i += 1) {
            cil.emit(
              'queueDataUpdate',
              wireQueueUpdate('UPDATED', [wireQueue('a', { callsInQueue: i })]),
            );
          }
          await flushMicrotasks();
        } finally {
          Map.prototype.values = realValues;
        }
        expect(store.getState().totals.callsInQueue).to.equal(events);
        return walks;
      };
      const one = await walksFor(1);
      expect(one).to.be.greaterThan(0);
      expect(await walksFor(100)).to.equal(one);
    });

    it('getState between event and flush is already up to date', () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
      expect(store.getState().queues.has('a')).to.equal(true);
      cil.emit('queueDataUpdate', wireQueueUpdate('DELETED', [{ id: 'a' }]));
      expect(store.getState().queues.has('a')).to.equal(false);
    });

    it('never calls a listener synchronously inside subscribe', () => {
      const store = new ConnectsStore(new RecordingCil().api);
      let calls = 0;
      store.subscribe(() => (calls += 1));
      expect(calls).to.equal(0);
    });

    it('a repeated ENABLED with the same data tells no queue selector; only lastQueueEventAt advances', async () => {
      const clock = manualClock();
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api, { now: clock.now });
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a'), wireQueue('b')]));
      await flushMicrotasks();
      const before = store.getState();
      let calls = 0;
      store.select(
        (state) => state.queues,
        () => (calls += 1),
      );
      store.select(selectTotals, () => (calls += 1));
      clock.advance(1_000);
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a'), wireQueue('b')]));
      await flushMicrotasks();
      expect(calls).to.equal(0);
      const after = store.getState();
      expect(after.queues).to.equal(before.queues);
      expect(after.totals).to.equal(before.totals);
      expect(after.lastQueueEventAt).to.equal((before.lastQueueEventAt ?? 0) + 1_000);
    });

    it('select calls the listener only when the selected slice changed', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a'), wireQueue('b')]));
      await flushMicrotasks();
      const seenA: unknown[] = [];
      const seenTotals: unknown[] = [];
      store.select(selectQueue('a'), (queue) => seenA.push(queue));
      store.select(selectTotals, (totals) => seenTotals.push(totals));
      cil.emit(
        'queueDataUpdate',
        wireQueueUpdate('UPDATED', [wireQueue('b', { callsInQueue: 3 })]),
      );
      await flushMicrotasks();
      expect(seenA.length).to.equal(0);
      expect(seenTotals.length).to.equal(1);
      cil.emit(
        'queueDataUpdate',
        wireQueueUpdate('UPDATED', [wireQueue('a', { callsInQueue: 3 })]),
      );
      await flushMicrotasks();
      expect(seenA.length).to.equal(1);
    });

    it('select with a custom equals', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      const seen: number[] = [];
      store.select(
        (state) => state.queues.size,
        (size) => seen.push(size),
        (a, b) => a === b,
      );
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
      await flushMicrotasks();
      cil.emit(
        'queueDataUpdate',
        wireQueueUpdate('UPDATED', [wireQueue('a', { callsInQueue: 2 })]),
      );
      await flushMicrotasks();
      expect(seen).to.deep.equal([1]);
    });

    it('a selector that throws at first is counted, and later selections are delivered', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      const seen: number[] = [];
      expect(() =>
        store.select(
          (state) => {
            const queue = state.queues.get('a');
            if (!queue) throw new Error('no queue yet');
            return queue.statistics.callsInQueue ?? -1;
          },
          (calls) => seen.push(calls),
        ),
      ).not.to.throw();
      expect(store.getState().diagnostics.anomalies['callback-threw']).to.equal(1);
      cil.emit(
        'queueDataUpdate',
        wireQueueUpdate('ENABLED', [wireQueue('a', { callsInQueue: 4 })]),
      );
      await flushMicrotasks();
      expect(seen).to.deep.equal([4]);
    });

    it('a throwing subscriber does not break the others, and is counted', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      let reached = 0;
      store.subscribe(() => {
        throw new Error('bad listener');
      });
      store.subscribe(() => (reached += 1));
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
      await flushMicrotasks();
      // The first notification, then one follow-up that publishes the counted error.
      expect(reached).to.equal(2);
      expect(store.getState().diagnostics.anomalies['callback-threw']).to.equal(2);
      // No endless chain of notifications from the counted errors.
      await flushMicrotasks();
      expect(reached).to.equal(2);
    });

    it('unsubscribe stops notifications', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      let calls = 0;
      const stop = store.subscribe(() => (calls += 1));
      stop();
      stop();
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
      await flushMicrotasks();
      expect(calls).to.equal(0);
    });

    it("batch: 'frame' notifies once per animation frame", async () => {
      // A fake requestAnimationFrame: a hidden test page may never run real frames.
      const frames: (() => void)[] = [];
      const real = globalThis.requestAnimationFrame;
      globalThis.requestAnimationFrame = (callback) => {
        frames.push(() => callback(0));
        return frames.length;
      };
      let store: ConnectsStore;
      const cil = new RecordingCil();
      try {
        store = new ConnectsStore(cil.api, { batch: 'frame' });
      } finally {
        globalThis.requestAnimationFrame = real;
      }
      let calls = 0;
      store.subscribe(() => (calls += 1));
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
      await flushMicrotasks();
      cil.emit(
        'queueDataUpdate',
        wireQueueUpdate('UPDATED', [wireQueue('a', { callsInQueue: 5 })]),
      );
      await flushMicrotasks();
      expect(calls).to.equal(0);
      expect(frames.length).to.equal(1);
      frames.shift()?.();
      expect(calls).to.equal(1);
      expect(store.getState().queues.get('a')?.statistics.callsInQueue).to.equal(5);
    });
  });

  describe('agent and workitems through the store', () => {
    it('derives the channel activity from workitems', () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      cil.emit('agentStateChange', wireAgentState('NotReady', { channelId: 'voice_-1' }));
      cil.emit('workitemConnect', wireWorkitem('w1', 'Active', { channelId: 'voice_-1' }));
      const state = store.getState();
      expect(state.channels.get('voice_-1')?.activity).to.equal('talking');
      expect(state.queueDataStatus).to.equal('unavailable');
    });
  });

  describe('requests', () => {
    it('delegates to the request tracker, which sees the events', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      const pending = store.setAgentState('voice_5000', 'Ready');
      await flushMicrotasks();
      const call = cil.calls.find((c) => c.request === 'setAgentState');
      expect(call).to.not.equal(undefined);
      const requestId = call?.args[3];
      expect(requestId).to.be.a('string');
      cil.emit('agentStateChange', wireAgentState('Ready', { requestId }));
      const change = await pending;
      expect(change.newState).to.equal('Ready');
      expect(change.requestId).to.equal(requestId);
    });

    it('a request failing with an error event rejects', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api);
      const pending = store.dialOrConsult('voice', '123');
      await flushMicrotasks();
      const requestId = cil.calls.find((c) => c.request === 'dialOrConsult')?.args[2];
      cil.emit('error', { event: 'error', requestId, message: 'busy' });
      let failed = false;
      await pending.catch(() => (failed = true));
      expect(failed).to.equal(true);
      expect(store.getState().errors.at(-1)?.requestId).to.equal(requestId);
    });
  });

  describe('loadChannel', () => {
    it('a failing getChannel on attach is counted, not thrown', async () => {
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api, { initialChannel: 'voice' });
      await flushMicrotasks();
      expect(cil.calls.some((call) => call.request === 'getChannel')).to.equal(true);
      expect(store.getState().diagnostics.anomalies['callback-threw']).to.equal(1);
    });

    it('no request is made on attach without initialChannel', () => {
      const cil = new RecordingCil();
      new ConnectsStore(cil.api);
      expect(cil.calls.length).to.equal(0);
    });

    it('a state change that arrived meanwhile wins over the snapshot', async () => {
      const cil = new RecordingCil();
      let answer: (value: unknown) => void = () => undefined;
      (cil.api as unknown as Record<string, unknown>).getChannel = () =>
        new Promise((resolve) => (answer = resolve));
      const store = new ConnectsStore(cil.api);
      const loading = store.loadChannel('voice');
      await flushMicrotasks();
      cil.emit('agentStateChange', wireAgentState('Ready'));
      answer({
        agentId: 'a1',
        channel: {
          id: 'voice_5000',
          type: 'Voice',
          state: 'NotReady',
          reasonCode: 3,
          reasonCodeLabel: 'Break',
          workitems: [wireWorkitem('w7', 'Paused')],
        },
      });
      const info = await loading;
      expect(info.agentId).to.equal('a1');
      const state = store.getState();
      expect(state.channels.get('voice_5000')?.state).to.equal('Ready');
      expect(state.workitems.get('w7')?.state).to.equal('Paused');
      expect(state.channels.get('voice_5000')?.activity).to.equal('held');
    });
  });

  describe('history', () => {
    it('samples on the store clock at flush when a bucket boundary was crossed, and on tick', async () => {
      const clock = manualClock(Date.UTC(2026, 10, 25, 9, 0, 0));
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api, { now: clock.now, historyIntervalMs: 10_000 });
      cil.emit(
        'queueDataUpdate',
        wireQueueUpdate('ENABLED', [wireQueue('a', { callsInQueue: 1 })]),
      );
      await flushMicrotasks();
      expect(store.getHistory('a', 'callsInQueue')?.values).to.deep.equal([1]);
      clock.advance(3_000);
      cil.emit(
        'queueDataUpdate',
        wireQueueUpdate('UPDATED', [wireQueue('a', { callsInQueue: 2 })]),
      );
      await flushMicrotasks();
      expect(store.getHistory('a', 'callsInQueue')?.values).to.deep.equal([1]);
      clock.advance(7_000);
      store.tick();
      const revision = store.getState().history.revision;
      expect(store.getHistory('a', 'callsInQueue')?.values).to.deep.equal([1, 2]);
      const times = store.getHistory('a', 'callsInQueue')?.times ?? [];
      expect((times[1] ?? 0) - (times[0] ?? 0)).to.equal(10_000);
      store.tick();
      expect(store.getState().history.revision).to.equal(revision);
      expect(store.getTotalsHistory('callsInQueue').values).to.deep.equal([1, 2]);
    });

    it("drops a deleted queue's history, and all history on DISABLED", async () => {
      const clock = manualClock(Date.UTC(2026, 10, 25, 9, 0, 0));
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api, { now: clock.now });
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a'), wireQueue('b')]));
      await flushMicrotasks();
      expect(store.getHistory('a', 'agentsReady')?.values).to.deep.equal([1]);
      cil.emit('queueDataUpdate', wireQueueUpdate('DELETED', [{ id: 'a' }]));
      await flushMicrotasks();
      expect(store.getHistory('a', 'agentsReady')).to.equal(undefined);
      expect(store.getHistory('b', 'agentsReady')).to.not.equal(undefined);
      cil.emit('queueDataUpdate', wireQueueUpdate('DISABLED'));
      await flushMicrotasks();
      expect(store.getHistory('b', 'agentsReady')).to.equal(undefined);
      // The totals' trend from before the logout is gone too: at most the sample taken since.
      const totals = store.getTotalsHistory('agentsReady').values;
      expect(totals.every((value) => value === null)).to.equal(true);
      expect(totals.length).to.be.at.most(1);
    });

    it('history stays within 360 samples × 10 s however long the store runs', () => {
      const clock = manualClock(Date.UTC(2026, 10, 25, 9, 0, 0));
      const cil = new RecordingCil();
      const store = new ConnectsStore(cil.api, { now: clock.now });
      expect(store.historyIntervalMs).to.equal(10_000);
      expect(store.historyLength).to.equal(360);
      cil.emit('queueDataUpdate', wireQueueUpdate('ENABLED', [wireQueue('a')]));
      // A week of ticks, one per 10 s.
      for (let i = 0; i < 7 * 24 * 360; i += 1) {
        clock.advance(10_000);
        store.tick();
      }
      expect(store.getHistory('a', 'callsInQueue')?.values.length).to.equal(360);
      expect(store.getTotalsHistory('callsInQueue').values.length).to.equal(360);
    });
  });
});
