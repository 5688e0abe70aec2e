/**
 * The `queueDataUpdate` traffic both benchmarks feed: 500 queues whose counters and
 * longest-call time vary with a step, so consecutive updates of a queue always differ.
 */

/** Queues in the benchmarks' contact centre. */
export const QUEUES = 500;
/** Distinct steps per queue before the payloads repeat. */
const STEPS = 7;

/** One queue as b+s Connects sends it; `step` varies the counters and the longest-call time. */
export function wireQueue(index: number, step: number): Record<string, unknown> {
  const calls = step % STEPS;
  return {
    id: `q${index}`,
    name: `Queue ${index}`,
    channel: 'Voice',
    escalationLevel: calls > 4 ? 'Critical' : calls > 2 ? 'Warn' : 'Normal',
    statistics: {
      agentsNotReady: (index + step) % 5,
      agentsReady: (index * 3 + step) % 9,
      agentsTalkingInbound: step % 4,
      agentsTalkingInternal: 0,
      agentsTalkingOutbound: index % 2,
      agentsWrapUpNotReady: 0,
      agentsWrapUpReady: step % 2,
      callsInQueue: calls,
      startTimeOfLongestCallInQueue:
        calls === 0 ? '' : new Date(Date.UTC(2026, 10, 25, 9, 0, step % 60)).toISOString(),
    },
  };
}

/**
 * 500 × 7 distinct UPDATED payloads of one queue each; payload i updates queue
 * i % 500 with step floor(i / 500), so consecutive updates of a queue always differ.
 */
export function singleQueueUpdates(): unknown[] {
  const list: unknown[] = [];
  for (let step = 0; step < STEPS; step += 1) {
    for (let q = 0; q < QUEUES; q += 1) {
      list.push({
        event: 'queueDataUpdate',
        version: '1.0',
        dataState: 'UPDATED',
        queueData: [wireQueue(q, step)],
      });
    }
  }
  return list;
}
