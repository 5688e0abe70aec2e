import { expect } from '@open-wc/testing';
import type { EscalationLevel, WireQueueData } from '../../src/cil/index.js';
import { manualSim } from './helpers.js';

const HOUR = 3600_000;
const STEP = 5000;

interface Picture {
  /** Mean agentsReady per queue. */
  agentsReady: number;
  /** Mean callsInQueue per queue. */
  callsInQueue: number;
  /** Share of queue-time with at least one Ready agent. */
  someoneReady: number;
  /** Share of queue-time at each level, as the wallboard shows it (the last level received). */
  levels: Record<EscalationLevel, number>;
}

/** One simulated hour of the default centre, watched as a wallboard watches it. */
function watchHour(seed: number): Picture {
  const sim = manualSim({ seed, autopilot: true });
  const ids = sim.queueIds();
  const shown = new Map<string, EscalationLevel>();
  sim.onQueueDataUpdate((update) => {
    for (const queue of update.queueData as WireQueueData[])
      if (queue.escalationLevel) shown.set(queue.id, queue.escalationLevel);
  });
  const levels: Record<EscalationLevel, number> = { Normal: 0, Warn: 0, Critical: 0 };
  let ready = 0;
  let waiting = 0;
  let someoneReady = 0;
  let samples = 0;
  for (let t = 0; t < HOUR; t += STEP) {
    sim.advance(STEP);
    for (const id of ids) {
      const queue = sim.inspectQueue(id);
      ready += queue.counts.agentsReady;
      waiting += queue.callsWaiting;
      if (queue.counts.agentsReady > 0) someoneReady += 1;
      levels[shown.get(id) ?? 'Normal'] += 1;
      samples += 1;
    }
  }
  sim.dispose();
  return {
    agentsReady: ready / samples,
    callsInQueue: waiting / samples,
    someoneReady: someoneReady / samples,
    levels: {
      Normal: levels.Normal / samples,
      Warn: levels.Warn / samples,
      Critical: levels.Critical / samples,
    },
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

describe('simulator: the default centre looks like a real one on a wallboard', () => {
  it('over one simulated hour: Ready agents most of the time, queues mostly Normal with Warn/Critical peaks', function () {
    this.timeout(60_000);
    const pictures = [1, 2, 3, 4].map((seed) => ({ seed, ...watchHour(seed) }));
    for (const p of pictures) {
      console.log(
        `realism seed ${p.seed}: agentsReady ${p.agentsReady.toFixed(2)}/queue, ` +
          `callsInQueue ${p.callsInQueue.toFixed(2)}/queue, someone Ready ${pct(p.someoneReady)}, ` +
          `Normal ${pct(p.levels.Normal)} Warn ${pct(p.levels.Warn)} Critical ${pct(p.levels.Critical)}`,
      );
    }
    const mean = (f: (p: Picture) => number): number =>
      pictures.reduce((sum, p) => sum + f(p), 0) / pictures.length;
    expect(
      mean((p) => p.agentsReady),
      'agentsReady per queue',
    ).to.be.within(0.8, 6);
    expect(
      mean((p) => p.someoneReady),
      'some Ready agents most of the time',
    ).to.be.above(0.6);
    expect(
      mean((p) => p.callsInQueue),
      'callsInQueue per queue',
    ).to.be.within(0.02, 1);
    expect(
      mean((p) => p.levels.Normal),
      'mostly Normal',
    ).to.be.above(0.8);
    const peaks = mean((p) => p.levels.Warn + p.levels.Critical);
    expect(peaks, 'occasional Warn/Critical peaks').to.be.within(0.005, 0.2);
  });
});
