import { expect } from '@open-wc/testing';
import { manualSim } from './helpers.js';

function run(seed: number): string {
  const sim = manualSim({ seed, autopilot: true });
  void sim.setAgentState('voice', 'Ready', undefined, 'req-1');
  sim.advance(20 * 60_000);
  const offered = sim.offerCall({ ani: '+41441234567' });
  void offered;
  sim.advance(10 * 60_000);
  const log = JSON.stringify(sim.eventLog());
  sim.dispose();
  return log;
}

describe('simulator determinism', () => {
  it('the same seed and the same calls give the same event log', () => {
    const a = run(7);
    const b = run(7);
    expect(a.length).to.be.greaterThan(1000);
    expect(a).to.equal(b);
  });

  for (const flavour of ['CCE', 'CCX', 'WxCC'] as const) {
    it(`${flavour}: the same seed and the same scenario controls and requests give the same event log`, async () => {
      const scenario = async (seed: number): Promise<string> => {
        const sim = manualSim({ seed, flavour });
        const [first, second] = sim.queueIds();
        await sim.setAgentState('voice', 'Ready', undefined, 'r1');
        sim.burst(first!, 4);
        sim.advance(60_000);
        const id = sim.offerCall({ queueId: second! });
        sim.answer(id);
        sim.hold(id);
        sim.resume(id);
        await sim.updateWorkitemData('voice', id, { callVariable5: 'x' }, 'u1');
        await sim.dialOrConsult('voice', '+41441112233', 'd1');
        sim.advance(30_000);
        sim.hangUp();
        sim.unsubscribeQueue(first!);
        sim.subscribeQueue(first!);
        sim.logout();
        sim.advance(60_000);
        sim.login();
        sim.advance(5 * 60_000);
        const log = JSON.stringify(sim.eventLog());
        sim.dispose();
        return log;
      };
      const a = await scenario(21);
      expect(a).to.equal(await scenario(21));
      expect(a).to.not.equal(await scenario(22));
    });
  }

  it('a different seed gives a different event log', () => {
    expect(run(7)).to.not.equal(run(8));
  });

  it('never touches Math.random or Date.now with the manual clock and a startTime', () => {
    const random = Math.random;
    const now = Date.now;
    let touched = 0;
    Math.random = () => {
      touched += 1;
      return random();
    };
    Date.now = () => {
      touched += 1;
      return now();
    };
    try {
      run(3);
    } finally {
      Math.random = random;
      Date.now = now;
    }
    expect(touched).to.equal(0);
  });
});
