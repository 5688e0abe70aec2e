import { expect } from '@open-wc/testing';
import { driveStoreClock } from '../../src/lit/store-clock.js';
import { ManualTicker } from './manual-ticker.js';

function counter() {
  return {
    ticks: 0,
    tick() {
      this.ticks += 1;
    },
  };
}

describe('driveStoreClock', () => {
  it('ticks a target once per tick, with one subscription however many hold it', () => {
    const ticker = new ManualTicker();
    const store = counter();
    const releaseA = driveStoreClock(store, ticker);
    const releaseB = driveStoreClock(store, ticker);
    expect(ticker.subscribers).to.equal(1);
    ticker.tick();
    ticker.tick();
    expect(store.ticks).to.equal(2);

    releaseA();
    releaseA();
    expect(ticker.subscribers).to.equal(1);
    ticker.tick();
    expect(store.ticks).to.equal(3);

    releaseB();
    expect(ticker.subscribers).to.equal(0);
    ticker.tick();
    expect(store.ticks).to.equal(3);

    // Held again after a full release: a fresh subscription.
    const releaseC = driveStoreClock(store, ticker);
    expect(ticker.subscribers).to.equal(1);
    releaseC();
  });

  it('drives separate targets separately', () => {
    const ticker = new ManualTicker();
    const first = counter();
    const second = counter();
    const releaseFirst = driveStoreClock(first, ticker);
    const releaseSecond = driveStoreClock(second, ticker);
    expect(ticker.subscribers).to.equal(2);
    releaseFirst();
    ticker.tick();
    expect([first.ticks, second.ticks]).to.deep.equal([0, 1]);
    releaseSecond();
    expect(ticker.subscribers).to.equal(0);
  });
});
