/**
 * The full soak, run by `npm run soak` (not part of the suite): seven simulated days
 * with every element mounted, a sample every six simulated hours, the curve printed.
 */
import { expect } from '@open-wc/testing';
import { runSoak, type SoakSample } from './soak.js';

const line = (s: SoakSample): string =>
  `${String(s.hour).padStart(4)} h  heap ${String(s.heapMb).padStart(5)} MB  ${s.domNodes} nodes  ` +
  `${s.listeners} listeners  ${s.timers} timers  ${s.charts} charts  ${s.subscriptions} subscriptions  ` +
  `history ${s.historyMax}  ${s.events} events logged  ${s.stateSizes}`;

describe('soak: a simulated week', () => {
  it('seven days, every element mounted', async function () {
    this.timeout(60 * 60_000);
    const samples = await runSoak({
      days: 7,
      sampleEveryHours: 6,
      renderEveryMinutes: 30,
      onSample: (sample) => console.log(line(sample)),
    });
    const first = samples[1]!;
    const last = samples[samples.length - 1]!;
    console.log(
      `from ${first.hour} h to ${last.hour} h: heap ${first.heapMb} -> ${last.heapMb} MB`,
    );
    expect(last.charts).to.equal(first.charts);
    expect(last.subscriptions).to.equal(first.subscriptions);
  });
});
