import { expect } from '@open-wc/testing';
import { runSoak } from './soak.js';

/**
 * A simulated day with every element mounted, sampled every six hours: nothing
 * that may grow grows. (`npm run soak` runs the week and prints the curve.)
 */
describe('hardening: days of uptime in minutes', () => {
  it('a simulated day: DOM nodes, listeners, timers, charts, subscriptions and history flat; heap within a margin', async function () {
    this.timeout(10 * 60_000);
    const samples = await runSoak({ days: 1, sampleEveryHours: 6, renderEveryMinutes: 30 });
    const curve = samples
      .map(
        (s) =>
          `${s.hour} h: heap ${s.heapMb} MB, ${s.domNodes} nodes, ${s.listeners} listeners, ${s.timers} timers, ${s.charts} charts, history ${s.historyMax}, ${s.stateSizes}`,
      )
      .join('\n');
    console.log(curve);
    // The heap swings by tens of MB between collections of a busy page (the week's curve
    // in the soak script goes 26 to 55 MB and back with no trend), so a day can only
    // catch a runaway: no sample above three times the first hour's plus 10 MB.
    const heaps = samples.map((s) => s.heapMb);
    if (heaps.every((h) => h !== null)) {
      const [base] = heaps as number[];
      for (const heap of heaps as number[]) expect(heap, curve).to.be.at.most(base! * 3 + 10);
    }
    expect(samples.length, curve).to.equal(5);
    const [, first, ...rest] = samples as [unknown, (typeof samples)[number], ...typeof samples];
    for (const sample of rest) {
      // The simulator's queues and the agent's calls come and go; the page's size follows
      // the data, never the hours: within a few rows' worth of nodes.
      expect(sample.domNodes, `DOM nodes at ${sample.hour} h`).to.be.within(
        first.domNodes - 200,
        first.domNodes + 200,
      );
      expect(sample.listeners, `listeners at ${sample.hour} h`).to.be.at.most(first.listeners + 20);
      expect(sample.timers, `timers at ${sample.hour} h`).to.be.at.most(first.timers + 5);
      expect(sample.charts, `charts at ${sample.hour} h`).to.equal(first.charts);
      expect(sample.subscriptions, `subscriptions at ${sample.hour} h`).to.equal(
        first.subscriptions,
      );
      expect(sample.historyMax, `history at ${sample.hour} h`).to.be.at.most(360);
    }
  });
});
