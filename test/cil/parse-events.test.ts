import { expect } from '@open-wc/testing';
import {
  WORKITEM_EVENT_NAMES,
  parseAgentStateChange,
  parseChannelInfo,
  parseEnabled,
  parseError,
  parseEvent,
  parseQueueDataUpdate,
  parseReasonCodeList,
  parseWorkitem,
  type QueueData,
  type QueueDataUpdate,
  type Workitem,
} from '../../src/cil/index.js';
import { expectOk, nonFiniteNumbers } from './helpers.js';
import {
  AGENT_STATE_CHANGE,
  ERROR_EVENT,
  ERROR_EVENT_WITHOUT_REQUEST,
  EVENT_SAMPLES,
  GET_CHANNEL,
  IS_SEND_DTMF_ENABLED,
  QUEUE_ADDED,
  QUEUE_DATA_UPDATE_SAMPLES,
  QUEUE_DELETED,
  QUEUE_DISABLED,
  QUEUE_ENABLED,
  QUEUE_SALES,
  QUEUE_UPDATED,
  REASON_CODE_LIST,
  SAMPLE_AGENT_ID,
  SAMPLE_CHANNEL_ID,
  SAMPLE_CTI_DATA,
  SAMPLE_TIMES,
  SAMPLE_WORKITEM_ID,
  WORKITEM_CONNECT,
  WORKITEM_SAMPLES,
} from './samples.js';

const EXPECTED_STATES = {
  workitemCreate: 'Offered',
  workitemConnect: 'Active',
  workitemPause: 'Paused',
  workitemResume: 'Active',
  workitemWrapup: 'Wrapup',
  workitemEnd: 'Ended',
  callVariableChanged: 'Active',
  wrapupDataChanged: 'Wrapup',
} as const;

function queuesOf(update: QueueDataUpdate): readonly QueueData[] {
  if (update.dataState === 'DELETED' || update.dataState === 'DISABLED') {
    throw new Error(`expected queues, got ${update.dataState}`);
  }
  return update.queueData;
}

function parsedWorkitem(data: unknown): Workitem {
  return expectOk(parseWorkitem('workitemConnect', data));
}

describe('parsing the reference samples', () => {
  describe('every event sample', () => {
    for (const [index, { name, data }] of EVENT_SAMPLES.entries()) {
      it(`#${index} ${name} is accepted without warnings, tagged with its name`, () => {
        const result = parseEvent(name, data);
        const value = expectOk(result);
        expect(result.warnings).to.deep.equal([]);
        expect(value.name).to.equal(name);
        expect(nonFiniteNumbers(value)).to.deep.equal([]);
      });
    }
  });

  describe('workitem events', () => {
    for (const event of WORKITEM_EVENT_NAMES) {
      it(`${event}: every field of the workitem reference arrives typed`, () => {
        const result = parseWorkitem(event, WORKITEM_SAMPLES[event]);
        const workitem = expectOk(result);
        expect(result.warnings).to.deep.equal([]);
        expect(workitem.id).to.equal(SAMPLE_WORKITEM_ID);
        expect(workitem.state).to.equal(EXPECTED_STATES[event]);
        expect(workitem.version).to.equal('1.0');
        expect(workitem.agentId).to.equal(SAMPLE_AGENT_ID);
        expect(workitem.ani).to.equal('+41445551234');
        expect(workitem.channelId).to.equal(SAMPLE_CHANNEL_ID);
        expect(workitem.channelType).to.equal('Voice');
        expect(workitem.classification).to.equal('Customer');
        expect(workitem.direction).to.equal('Incoming');
        expect(workitem.activity).to.deep.equal({
          id: '9d3c5e1a1b2f4c10a7e0c2a4d5f6b7c8',
          recordType: 'phonecall',
        });
        expect(workitem.associatedParticipant).to.deep.equal({
          id: '62826bf03710200044e0bfc8bcbe5df1',
          name: 'Abel Tuter',
          recordType: 'contact',
        });
        expect(workitem.associations.map((record) => record.recordType)).to.deep.equal([
          'phonecall',
        ]);
        expect(workitem.participants).to.deep.equal([
          { address: '+41445551234' },
          { address: '1001' },
        ]);
        expect(workitem.participantLookupResult.map((record) => record.name)).to.deep.equal([
          'Abel Tuter',
          'Bow Ruggeri',
        ]);
        expect(workitem.capabilities).to.deep.equal(WORKITEM_SAMPLES[event].capabilities);
        expect(workitem.extra).to.equal(undefined);
      });
    }

    it('turns connectedAt into epoch ms, and an empty connectedAt (not yet connected) into null', () => {
      expect(parsedWorkitem(WORKITEM_SAMPLES.workitemConnect).connectedAt).to.equal(
        SAMPLE_TIMES.connected.ms,
      );
      expect(parsedWorkitem(WORKITEM_SAMPLES.workitemCreate).connectedAt).to.equal(null);
    });

    it('keeps every ctiData field, ECC `user.*` variables and empty call variables included', () => {
      const { ctiData } = parsedWorkitem(WORKITEM_CONNECT);
      expect(ctiData).to.deep.equal(SAMPLE_CTI_DATA);
      expect(ctiData['user.CustomerId']).to.equal('4711');
      expect(ctiData['user.Language']).to.equal('de-CH');
      expect(ctiData.callVariable4).to.equal('');
      expect(ctiData.callVariable10).to.equal('last');
      expect(ctiData.outboundClassification).to.equal('VOICE');
      expect(ctiData.DNIS).to.equal('8000');
    });

    it('shows the changed variables of callVariableChanged and wrapupDataChanged', () => {
      const changed = parsedWorkitem(WORKITEM_SAMPLES.callVariableChanged).ctiData;
      expect(changed.callVariable1).to.equal('CUST-0043');
      expect(changed['user.CustomerId']).to.equal('4712');
      const wrapup = parsedWorkitem(WORKITEM_SAMPLES.wrapupDataChanged).ctiData;
      expect(wrapup.wrapUpReason).to.equal('Documentation');
    });

    it('keeps unknown top-level fields in `extra`, as received', () => {
      const workitem = parsedWorkitem({
        ...WORKITEM_CONNECT,
        mediaType: 'voice',
        recording: { enabled: true, url: 'https://rec.example/1' },
      });
      expect(workitem.extra).to.deep.equal({
        mediaType: 'voice',
        recording: { enabled: true, url: 'https://rec.example/1' },
      });
      expect(workitem.id).to.equal(SAMPLE_WORKITEM_ID);
    });

    it('accepts numbers where the reference has text (ids from other systems)', () => {
      const result = parseWorkitem('workitemCreate', {
        ...WORKITEM_CONNECT,
        id: 16777322,
        agentId: 1001,
        ctiData: { callVariable1: 42, queueNumber: 5001 },
      });
      const workitem = expectOk(result);
      expect(result.warnings).to.deep.equal([]);
      expect(workitem.id).to.equal('16777322');
      expect(workitem.agentId).to.equal('1001');
      expect(workitem.ctiData).to.deep.equal({ callVariable1: '42', queueNumber: '5001' });
    });

    it('accepts a workitemCreate without activity and associatedParticipant (reference: may be undefined)', () => {
      const { activity, associatedParticipant, ...rest } = WORKITEM_SAMPLES.workitemCreate;
      expect(activity).to.not.equal(undefined);
      expect(associatedParticipant).to.not.equal(undefined);
      const result = parseWorkitem('workitemCreate', rest);
      const workitem = expectOk(result);
      expect(result.warnings).to.deep.equal([]);
      expect(workitem.activity).to.equal(undefined);
      expect(workitem.associatedParticipant).to.equal(undefined);
      expect('activity' in workitem).to.equal(false);
    });

    it('drops an empty requestId rather than keeping a blank id', () => {
      expect(parsedWorkitem(WORKITEM_CONNECT).requestId).to.equal(undefined);
      expect(parsedWorkitem({ ...WORKITEM_CONNECT, requestId: 'req-3' }).requestId).to.equal(
        'req-3',
      );
    });
  });

  describe('agentStateChange', () => {
    it('has every field, times in epoch ms, a negative reason code as null', () => {
      const result = parseAgentStateChange(AGENT_STATE_CHANGE);
      expect(result.warnings).to.deep.equal([]);
      expect(expectOk(result)).to.deep.equal({
        channelId: SAMPLE_CHANNEL_ID,
        channelType: 'Voice',
        version: '1.0',
        requestId: 'req-7',
        newState: 'NotReady',
        newReasonCode: 12,
        newReasonCodeLabel: 'Lunch',
        newStateChangeTime: SAMPLE_TIMES.notReadySince.ms,
        oldState: 'Ready',
        oldReasonCode: null,
        oldReasonCodeLabel: '',
        oldStateChangeTime: SAMPLE_TIMES.readySince.ms,
      });
    });

    it('accepts numeric-string reason codes, keeps reason code 0, and keeps extra fields', () => {
      const result = parseAgentStateChange({
        ...AGENT_STATE_CHANGE,
        newReasonCode: '12',
        oldReasonCode: 0,
        agentId: '1001',
      });
      const change = expectOk(result);
      expect(result.warnings).to.deep.equal([]);
      expect(change.newReasonCode).to.equal(12);
      expect(change.oldReasonCode).to.equal(0);
      expect(change.extra).to.deep.equal({ agentId: '1001' });
    });

    it('takes the CCX channel id voice_-1 and the WxCC id telephony as they are', () => {
      for (const channelId of ['voice_-1', 'telephony']) {
        expect(
          expectOk(parseAgentStateChange({ ...AGENT_STATE_CHANGE, channelId })).channelId,
        ).to.equal(channelId);
      }
    });
  });

  describe('queueDataUpdate', () => {
    it('has a sample for every dataState, each accepted without warnings', () => {
      for (const [dataState, sample] of Object.entries(QUEUE_DATA_UPDATE_SAMPLES)) {
        const result = parseQueueDataUpdate(sample);
        expect(expectOk(result).dataState).to.equal(dataState);
        expect(result.warnings, dataState).to.deep.equal([]);
      }
    });

    it('ENABLED: all queues, counters as numbers, -1 counters absent, times in epoch ms', () => {
      const queues = queuesOf(expectOk(parseQueueDataUpdate(QUEUE_ENABLED)));
      expect(queues.map((queue) => queue.id)).to.deep.equal(['5001', '5002', '5003', '5004']);
      const [sales, support, billing, backOffice] = queues;
      expect(sales).to.deep.equal({
        id: '5001',
        name: 'Sales',
        channel: 'Voice',
        escalationLevel: 'Warn',
        statistics: {
          agentsNotReady: 2,
          agentsReady: 1,
          agentsTalkingInbound: 4,
          agentsTalkingInternal: 0,
          agentsTalkingOutbound: 1,
          agentsWrapUpNotReady: 0,
          agentsWrapUpReady: 1,
          callsInQueue: 3,
          startTimeOfLongestCallInQueue: SAMPLE_TIMES.longestWaitSales.ms,
        },
      });
      expect(support?.escalationLevel).to.equal('Critical');
      expect(support?.statistics.callsInQueue).to.equal(11);
      expect(support?.statistics.startTimeOfLongestCallInQueue).to.equal(
        SAMPLE_TIMES.longestWaitSupport.ms,
      );
      expect(billing?.statistics.callsInQueue).to.equal(0);
      expect(billing?.statistics.startTimeOfLongestCallInQueue).to.equal(null);
      // -1 is "not available": no key at all, so no code can add it up as a number.
      expect(backOffice?.statistics).to.deep.equal({ startTimeOfLongestCallInQueue: null });
      expect(Object.keys(backOffice?.statistics ?? {})).to.deep.equal([
        'startTimeOfLongestCallInQueue',
      ]);
    });

    it('ADDED and UPDATED carry their single queue', () => {
      const [added] = queuesOf(expectOk(parseQueueDataUpdate(QUEUE_ADDED)));
      expect(added?.id).to.equal('5005');
      expect(added?.name).to.equal('After Hours');
      const [updated] = queuesOf(expectOk(parseQueueDataUpdate(QUEUE_UPDATED)));
      expect(updated?.id).to.equal(QUEUE_SALES.id);
      expect(updated?.escalationLevel).to.equal('Critical');
      expect(updated?.statistics.callsInQueue).to.equal(4);
      expect(updated?.statistics.agentsReady).to.equal(0);
    });

    it('DELETED gives only the ids; DISABLED has no queues at all', () => {
      expect(expectOk(parseQueueDataUpdate(QUEUE_DELETED))).to.deep.equal({
        dataState: 'DELETED',
        version: '1.0',
        deletedIds: ['5005'],
      });
      expect(expectOk(parseQueueDataUpdate(QUEUE_DISABLED))).to.deep.equal({
        dataState: 'DISABLED',
        version: '1.0',
      });
    });

    it('accepts numeric-string counters and numeric ids, and keeps unknown queue fields in `extra`', () => {
      const result = parseQueueDataUpdate({
        ...QUEUE_UPDATED,
        queueData: [
          {
            ...QUEUE_SALES,
            id: 5001,
            serviceLevel: 87.5,
            statistics: { ...QUEUE_SALES.statistics, callsInQueue: '7', agentsReady: ' 2 ' },
          },
        ],
      });
      const [queue] = queuesOf(expectOk(result));
      expect(result.warnings).to.deep.equal([]);
      expect(queue?.id).to.equal('5001');
      expect(queue?.statistics.callsInQueue).to.equal(7);
      expect(queue?.statistics.agentsReady).to.equal(2);
      expect(queue?.extra).to.deep.equal({ serviceLevel: 87.5 });
    });
  });

  describe('error', () => {
    it('keeps requestId and message; an empty requestId becomes null', () => {
      expect(expectOk(parseError(ERROR_EVENT))).to.deep.equal({
        requestId: 'req-8',
        message: 'setAgentState failed: reason code 99 is not configured',
        version: '1.0',
      });
      expect(expectOk(parseError(ERROR_EVENT_WITHOUT_REQUEST)).requestId).to.equal(null);
    });
  });

  describe('request results', () => {
    it('getChannel: agent fields, channel with a null reason code and its parsed workitems', () => {
      const result = parseChannelInfo(GET_CHANNEL);
      const info = expectOk(result);
      expect(result.warnings).to.deep.equal([]);
      expect(info.activeDeviceId).to.equal('SEP00AABBCCDDEE');
      expect(info.extension).to.equal('1001');
      expect(info.firstName).to.equal('Fred');
      expect(info.lastName).to.equal('Luddy');
      expect(info.loginName).to.equal('fred.luddy');
      expect(info.agentId).to.equal(SAMPLE_AGENT_ID);
      expect(info.teamId).to.equal('5000');
      const { workitems, ...channel } = info.channel;
      expect(channel).to.deep.equal({
        id: SAMPLE_CHANNEL_ID,
        type: 'Voice',
        state: 'Active',
        reasonCode: null,
        reasonCodeLabel: '',
        stateChangeTime: SAMPLE_TIMES.connected.ms,
      });
      expect(workitems).to.deep.equal([parsedWorkitem(WORKITEM_CONNECT)]);
    });

    it('getReasonCodeList: ids as text whether sent as numbers or strings', () => {
      const result = parseReasonCodeList(REASON_CODE_LIST);
      expect(result.warnings).to.deep.equal([]);
      expect(expectOk(result)).to.deep.equal([
        { id: '12', label: 'Lunch' },
        { id: '13', label: 'Meeting' },
        { id: '14', label: 'Training' },
      ]);
    });

    it('isSendDtmfEnabled: a boolean, an { enabled } object or "true"/"false"', () => {
      expect(expectOk(parseEnabled(IS_SEND_DTMF_ENABLED))).to.equal(true);
      expect(expectOk(parseEnabled(false))).to.equal(false);
      expect(expectOk(parseEnabled({ enabled: true }))).to.equal(true);
      expect(expectOk(parseEnabled({ enabled: false }))).to.equal(false);
      expect(expectOk(parseEnabled('false'))).to.equal(false);
      expect(expectOk(parseEnabled('true'))).to.equal(true);
    });
  });

  describe('ISO 8601 times', () => {
    const at = (connectedAt: unknown): number | null =>
      parsedWorkitem({ ...WORKITEM_CONNECT, connectedAt }).connectedAt;
    const cases: readonly [string, unknown, number][] = [
      ['the reference example', '2020-07-28T09:51:17.696Z', Date.UTC(2020, 6, 28, 9, 51, 17, 696)],
      // The reference says UTC; Date.parse would read this as local time.
      ['no offset, read as UTC', '2020-07-28T09:51:17.696', Date.UTC(2020, 6, 28, 9, 51, 17, 696)],
      ['a +02:00 offset', '2020-07-28T11:51:17+02:00', Date.UTC(2020, 6, 28, 9, 51, 17)],
      ['a +0200 offset', '2020-07-28T11:51:17+0200', Date.UTC(2020, 6, 28, 9, 51, 17)],
      ['a +02 offset', '2020-07-28T11:51:17+02', Date.UTC(2020, 6, 28, 9, 51, 17)],
      ['a -05:30 offset', '2020-07-28T04:21:17-05:30', Date.UTC(2020, 6, 28, 9, 51, 17)],
      ['a space separator', '2020-07-28 09:51:17Z', Date.UTC(2020, 6, 28, 9, 51, 17)],
      ['microseconds', '2020-07-28T09:51:17.696123Z', Date.UTC(2020, 6, 28, 9, 51, 17, 696)],
      ['one fraction digit', '2020-07-28T09:51:17.5Z', Date.UTC(2020, 6, 28, 9, 51, 17, 500)],
      ['no seconds', '2020-07-28T09:51Z', Date.UTC(2020, 6, 28, 9, 51)],
      ['a date only', '2020-07-28', Date.UTC(2020, 6, 28)],
      ['surrounding spaces', ' 2020-07-28T09:51:17Z ', Date.UTC(2020, 6, 28, 9, 51, 17)],
      ['24:00 as the end of a day', '2020-07-28T24:00:00Z', Date.UTC(2020, 6, 29)],
      ['29 February of a leap year', '2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
      ['epoch milliseconds', 1595929877696, 1595929877696],
    ];
    for (const [name, wire, expected] of cases) {
      it(`reads ${name}`, () => {
        expect(at(wire)).to.equal(expected);
      });
    }
  });
});
