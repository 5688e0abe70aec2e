/**
 * Property tests of the request matching on streams without echoed requestIds (the
 * reference calls a workitem's `requestId` "for future use"), in any order: a request
 * is confirmed only by the outcome it asked for, and never by anything else.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseEvent, type CilEventName, type ParsedEvent } from '../../src/cil/index.js';
import { RequestTracker } from '../../src/store/requests.js';
import { FakeScheduler, RecordingCil } from './helpers.js';

const RUNS = 500;

const channel = fc.constantFrom(
  { channelId: 'voice_5000', channelType: 'Voice' },
  { channelId: 'voice_-1', channelType: 'Voice' },
  { channelId: 'telephony', channelType: 'Voice' },
  { channelId: 'chat_1', channelType: 'Chat' },
);
const agentStateChange = fc
  .record({
    channel,
    newState: fc.constantFrom('Ready', 'NotReady', 'Logout', 'Active', 'Wrapup'),
    newReasonCode: fc.constantFrom(-1, 3, 12, 20),
  })
  .map(({ channel: c, ...rest }) => ({
    name: 'agentStateChange' as const,
    data: { event: 'agentStateChange', version: '1.0', oldState: 'Unknown', ...c, ...rest },
  }));
const address = fc.constantFrom('+41445550002', '+41445550099', '5002', '');
const workitemEvent = fc
  .record({
    name: fc.constantFrom<CilEventName>(
      'workitemCreate',
      'workitemConnect',
      'workitemPause',
      'workitemWrapup',
      'workitemEnd',
    ),
    id: fc.constantFrom('w1', 'w2', 'w3'),
    channel,
    direction: fc.constantFrom('Incoming', 'Outgoing'),
    classification: fc.constantFrom('Customer', 'Consultation', 'Internal'),
    address,
    state: fc.constantFrom('Offered', 'Initiated', 'Active', 'Paused', 'Wrapup', 'Ended'),
  })
  .map(({ name, id, channel: c, direction, classification, address: to, state }) => ({
    name,
    data: {
      event: name,
      version: '1.0',
      id,
      ...c,
      direction,
      classification,
      state,
      ani: to,
      participants: to === '' ? [] : [{ address: to }],
      ctiData: to === '' ? {} : { dialedNumber: to },
    },
  }));
const stream = fc.array(fc.oneof(agentStateChange, workitemEvent), { maxLength: 25 });

function parsedAll(events: readonly { name: CilEventName; data: unknown }[]): ParsedEvent[] {
  const out: ParsedEvent[] = [];
  for (const { name, data } of events) {
    const result = parseEvent(name, data);
    if (result.ok) out.push(result.value);
  }
  return out;
}

/** A tracker over a cil whose requests resolve, fed the given events. */
function tracker(): RequestTracker {
  const cil = new RecordingCil();
  return new RequestTracker(() => cil.api, { scheduler: new FakeScheduler() });
}

describe('request matching on streams without echoed requestIds (fast-check)', () => {
  it('setAgentState is confirmed only by its state, its reason code and a voice channel', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('Ready', 'NotReady', 'Logout'),
        fc.constantFrom(undefined, 3, 12),
        stream,
        async (state, code, events) => {
          const requests = tracker();
          const reasonCode = state === 'Ready' ? undefined : code;
          let confirmedBy: unknown;
          requests.setAgentState('voice', state, reasonCode).then(
            (change) => (confirmedBy = change),
            () => undefined,
          );
          const parsed = parsedAll(events);
          for (const event of parsed) requests.observe(event);
          await Promise.resolve();
          await Promise.resolve();
          const expected = parsed.find(
            (event) =>
              event.name === 'agentStateChange' &&
              event.change.newState === state &&
              (reasonCode === undefined || event.change.newReasonCode === reasonCode) &&
              event.change.channelType === 'Voice',
          );
          if (expected === undefined) expect(confirmedBy).to.equal(undefined);
          else
            expect(confirmedBy).to.equal(expected.name === 'agentStateChange' && expected.change);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('dialOrConsult is confirmed only by an outgoing workitemCreate to the dialled address', async () => {
    await fc.assert(
      fc.asyncProperty(stream, async (events) => {
        const requests = tracker();
        let created: { id: string; direction?: string } | undefined;
        requests.dialOrConsult('voice', '+41 44 555 00 02').then(
          (workitem) => (created = workitem),
          () => undefined,
        );
        const parsed = parsedAll(events);
        for (const event of parsed) requests.observe(event);
        await Promise.resolve();
        await Promise.resolve();
        const expected = parsed.find(
          (event) =>
            event.name === 'workitemCreate' &&
            event.workitem.direction === 'Outgoing' &&
            event.workitem.channelType === 'Voice' &&
            ((event.workitem.ani ?? '') === '+41445550002' || (event.workitem.ani ?? '') === ''),
        );
        if (expected === undefined) expect(created).to.equal(undefined);
        else
          expect(created?.id).to.equal(expected.name === 'workitemCreate' && expected.workitem.id);
        if (created) expect(created.direction).to.equal('Outgoing');
      }),
      { numRuns: RUNS },
    );
  });
});
