import { expect } from '@open-wc/testing';
import { createTicker, type VisibilitySource } from '../../src/store/ticker.js';

/** A manual clock with a fake setTimeout: time moves only with `advance`. */
function fakeClock(start: number) {
  let time = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let scheduled = 0;
  return {
    now: () => time,
    setTimeout: (callback: () => void, ms: number): unknown => {
      scheduled += 1;
      const id = nextId++;
      timers.set(id, { at: time + ms, callback });
      return id;
    },
    clearTimeout: (handle: unknown) => {
      timers.delete(handle as number);
    },
    /** Timers pending right now. */
    pending: () => timers.size,
    /** Timers ever scheduled. */
    scheduled: () => scheduled,
    /** When the earliest pending timer fires. */
    nextAt: () => Math.min(...[...timers.values()].map((timer) => timer.at)),
    advance(ms: number) {
      const end = time + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due[0]);
        time = due[1].at;
        due[1].callback();
      }
      time = end;
    },
  };
}

function fakeVisibility(): VisibilitySource & { set(hidden: boolean): void; watchers(): number } {
  let hidden = false;
  const listeners = new Set<() => void>();
  return {
    isHidden: () => hidden,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      hidden = value;
      for (const listener of [...listeners]) listener();
    },
    watchers: () => listeners.size,
  };
}

const START = Date.UTC(2026, 0, 5, 9, 0, 0, 250);

function setup() {
  const clock = fakeClock(START);
  const visibility = fakeVisibility();
  const ticker = createTicker({
    now: clock.now,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    visibility,
  });
  return { clock, visibility, ticker };
}

describe('createTicker', () => {
  it('runs one timer for many subscribers, and ticks them all', () => {
    const { clock, ticker } = setup();
    const ticks: number[][] = [[], [], []];
    const stops = ticks.map((list) => ticker.subscribe((now) => list.push(now)));
    expect(clock.pending()).to.equal(1);
    clock.advance(3000);
    expect(ticks.map((list) => list.length)).to.deep.equal([3, 3, 3]);
    // One timer per tick for the whole page, not one per subscriber.
    expect(clock.scheduled()).to.equal(4);
    expect(clock.pending()).to.equal(1);
    for (const stop of stops) stop();
  });

  it('aligns ticks to whole seconds', () => {
    const { clock, ticker } = setup();
    const ticks: number[] = [];
    const stop = ticker.subscribe((now) => ticks.push(now));
    expect(clock.nextAt() % 1000).to.equal(0);
    expect(clock.nextAt() - clock.now()).to.equal(750);
    clock.advance(2500);
    expect(ticks).to.have.length(2);
    expect(ticks.every((now) => now % 1000 === 0)).to.equal(true);
    expect(ticks[1]! - ticks[0]!).to.equal(1000);
    stop();
  });

  it('does not tick twice when a timer fires slightly early', () => {
    const clock = fakeClock(START);
    const early = (callback: () => void, ms: number) => clock.setTimeout(callback, ms - 5);
    const ticker = createTicker({
      now: clock.now,
      setTimeout: early,
      clearTimeout: clock.clearTimeout,
    });
    const ticks: number[] = [];
    const stop = ticker.subscribe((now) => ticks.push(now));
    clock.advance(3000);
    expect(ticks).to.have.length(3);
    for (let i = 1; i < ticks.length; i += 1)
      expect(ticks[i]! - ticks[i - 1]!).to.be.greaterThan(900);
    stop();
  });

  it('stops its timer and its visibility watch when the last subscriber leaves, and restarts', () => {
    const { clock, visibility, ticker } = setup();
    const first = ticker.subscribe(() => {});
    const second = ticker.subscribe(() => {});
    first();
    first();
    expect(clock.pending()).to.equal(1);
    second();
    expect(clock.pending()).to.equal(0);
    expect(visibility.watchers()).to.equal(0);
    let ticks = 0;
    const again = ticker.subscribe(() => (ticks += 1));
    clock.advance(1000);
    expect(ticks).to.equal(1);
    again();
  });

  it('counts its subscriptions: each one, once, until it unsubscribes', () => {
    const { ticker } = setup();
    expect(ticker.listenerCount).to.equal(0);
    const listener = (): void => {};
    const first = ticker.subscribe(listener);
    const second = ticker.subscribe(listener);
    expect(ticker.listenerCount).to.equal(2);
    first();
    first();
    expect(ticker.listenerCount).to.equal(1);
    second();
    expect(ticker.listenerCount).to.equal(0);
  });

  it('is paused while hidden and ticks at once when visible again', () => {
    const { clock, visibility, ticker } = setup();
    const ticks: number[] = [];
    const stop = ticker.subscribe((now) => ticks.push(now));
    clock.advance(1000);
    expect(ticks).to.have.length(1);
    visibility.set(true);
    expect(clock.pending()).to.equal(0);
    clock.advance(10_000);
    expect(ticks).to.have.length(1);
    clock.advance(300);
    visibility.set(false);
    expect(ticks).to.have.length(2);
    expect(ticks[1]).to.equal(clock.now());
    // And back on whole seconds afterwards, with a single timer.
    expect(clock.pending()).to.equal(1);
    expect(clock.nextAt() % 1000).to.equal(0);
    stop();
  });

  it('does not start a timer for a subscriber that arrives while hidden', () => {
    const { clock, visibility, ticker } = setup();
    visibility.set(true);
    let ticks = 0;
    const stop = ticker.subscribe(() => (ticks += 1));
    expect(clock.pending()).to.equal(0);
    visibility.set(false);
    expect(ticks).to.equal(1);
    expect(clock.pending()).to.equal(1);
    stop();
  });

  it('lets subscribers leave during a tick, and keeps ticking the others when one throws', () => {
    const clock = fakeClock(START);
    const errors: unknown[] = [];
    const ticker = createTicker({
      now: clock.now,
      setTimeout: clock.setTimeout,
      clearTimeout: clock.clearTimeout,
      reportError: (error) => errors.push(error),
    });
    const calls: string[] = [];
    const stopB = ticker.subscribe(() => calls.push('b'));
    ticker.subscribe(() => {
      calls.push('a');
      stopB();
    });
    const failure = new Error('broken view');
    ticker.subscribe(() => {
      throw failure;
    });
    ticker.subscribe(() => calls.push('d'));
    clock.advance(2000);
    expect(calls).to.deep.equal(['b', 'a', 'd', 'a', 'd']);
    expect(errors).to.deep.equal([failure, failure]);
  });
});
