import { expect } from '@open-wc/testing';
import {
  Agenda,
  ManualClock,
  Prng,
  RealTimeClock,
  createSimulatedCil,
} from '../../src/simulator/index.js';

describe('simulator: agenda and clocks', () => {
  it('runs happenings in time order, equal times in scheduling order', () => {
    const agenda = new Agenda(1000);
    const order: string[] = [];
    agenda.schedule(1300, () => order.push('c'));
    agenda.schedule(1100, () => order.push('a'));
    agenda.schedule(1100, () => order.push('b'));
    const cancelled = agenda.schedule(1200, () => order.push('x'));
    agenda.cancel(cancelled);
    agenda.runUntil(1250);
    expect(order).to.deep.equal(['a', 'b']);
    expect(agenda.time).to.equal(1250);
    agenda.runUntil(2000);
    expect(order).to.deep.equal(['a', 'b', 'c']);
  });

  it('a happening sees its own time, and may schedule more', () => {
    const agenda = new Agenda(0);
    const seen: number[] = [];
    agenda.schedule(10, () => {
      seen.push(agenda.time);
      agenda.after(5, () => seen.push(agenda.time));
    });
    new ManualClock(agenda).advance(100);
    expect(seen).to.deep.equal([10, 15]);
    expect(agenda.time).to.equal(100);
  });

  it('stays bounded under many cancellations', () => {
    const agenda = new Agenda(0);
    for (let i = 0; i < 10_000; i += 1) agenda.cancel(agenda.schedule(i + 1, () => {}));
    expect(agenda.size).to.equal(0);
    expect(agenda.nextAt()).to.equal(undefined);
  });

  it('the manual clock refuses negative advances', () => {
    expect(() => new ManualClock(new Agenda(0)).advance(-1)).to.throw(RangeError);
  });

  it('the real-time clock uses one timer and scales elapsed real time by the speed', async () => {
    let real = 0;
    const agenda = new Agenda(0);
    const clock = new RealTimeClock(agenda, 10, () => real);
    const ran: number[] = [];
    agenda.schedule(50, () => ran.push(agenda.time));
    real = 6; // 60 simulated ms
    expect(clock.now()).to.equal(60);
    clock.catchUp();
    expect(ran).to.deep.equal([50]);
    clock.dispose();
  });
});

describe('simulator: timers', () => {
  it('the real-time simulator keeps at most one timer, not one per call, and dispose() leaves none', async () => {
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    const live = new Set<ReturnType<typeof setTimeout>>();
    let created = 0;
    let most = 0;
    // Only the simulator's timers count (the test runner may have its own).
    const fromSimulator = (): boolean => /src\/simulator\//.test(new Error().stack ?? '');
    globalThis.setTimeout = ((handler: () => void, ms?: number) => {
      const mine = fromSimulator();
      const id = realSet(() => {
        live.delete(id);
        handler();
      }, ms);
      if (mine) {
        live.add(id);
        created += 1;
        most = Math.max(most, live.size);
      }
      return id;
    }) as typeof setTimeout;
    globalThis.clearTimeout = ((id: ReturnType<typeof setTimeout> | undefined) => {
      if (id !== undefined) live.delete(id);
      realClear(id);
    }) as typeof clearTimeout;
    try {
      const sim = createSimulatedCil({
        clock: { speed: 300 },
        seed: 4,
        startTime: Date.UTC(2026, 0, 5, 9),
      });
      let events = 0;
      sim.onQueueDataUpdate(() => (events += 1));
      sim.onWorkitemCreate(() => (events += 1));
      for (const id of sim.queueIds()) sim.burst(id, 10);
      sim.offerCall();
      await sim.setAgentState('voice', 'Ready');
      await new Promise((resolve) => realSet(resolve, 250));
      expect(events, 'the simulation ran').to.be.greaterThan(10);
      expect(created, 'the clock armed its timer').to.be.greaterThan(0);
      expect(most, 'never more than one live timer').to.equal(1);
      sim.dispose();
      expect(live.size, 'no timer left after dispose').to.equal(0);
      await new Promise((resolve) => realSet(resolve, 50));
      expect(live.size).to.equal(0);
    } finally {
      globalThis.setTimeout = realSet;
      globalThis.clearTimeout = realClear;
    }
  });
});

describe('simulator: PRNG', () => {
  it('is deterministic by seed and roughly uniform', () => {
    const a = new Prng(5);
    const b = new Prng(5);
    const c = new Prng(6);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).to.deep.equal(Array.from({ length: 1000 }, () => b.next()));
    expect(xs).to.not.deep.equal(Array.from({ length: 1000 }, () => c.next()));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).to.be.within(0.45, 0.55);
  });

  it('exponential and poisson have the right means', () => {
    const prng = new Prng(11);
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += prng.exponential(30);
    expect(sum / n).to.be.within(28, 32);
    let count = 0;
    for (let i = 0; i < n; i += 1) count += prng.poisson(4);
    expect(count / n).to.be.within(3.8, 4.2);
  });
});
