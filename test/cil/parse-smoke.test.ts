import { expect } from '@open-wc/testing';
import { parseQueueDataUpdate } from '../../src/cil/index.js';

describe('parseQueueDataUpdate (smoke)', () => {
  it('turns -1 counters into absent values and ISO times into epoch ms', () => {
    const result = parseQueueDataUpdate({
      event: 'queueDataUpdate',
      version: '1.0',
      dataState: 'UPDATED',
      queueData: [
        {
          id: 'q1',
          name: 'Sales',
          channel: 'Voice',
          escalationLevel: 'Warn',
          statistics: {
            agentsReady: 3,
            callsInQueue: -1,
            startTimeOfLongestCallInQueue: '2020-07-28T09:51:17.696Z',
          },
        },
      ],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok || result.value.dataState !== 'UPDATED') throw new Error('unexpected');
    const [queue] = result.value.queueData;
    expect(queue?.statistics.agentsReady).to.equal(3);
    expect(queue?.statistics.callsInQueue).to.equal(undefined);
    expect(queue?.statistics.startTimeOfLongestCallInQueue).to.equal(
      Date.UTC(2020, 6, 28, 9, 51, 17, 696),
    );
  });
});
