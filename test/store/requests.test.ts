import { expect } from '@open-wc/testing';
import {
  CIL_EVENT_NAMES,
  REGISTRATION_METHODS,
  parseEvent,
  type CilApi,
  type CilCallback,
  type CilEventName,
  type CilRequestName,
  type ParsedEvent,
} from '../../src/cil/index.js';
import {
  CilArgumentError,
  CilCallError,
  CilRequestCancelledError,
  CilRequestError,
  CilRequestFailure,
  CilRequestTimeoutError,
  CilResponseError,
  CilUnavailableError,
} from '../../src/store/request-errors.js';
import {
  DEFAULT_ERROR_GRACE_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  RequestTracker,
  type RequestTrackerOptions,
} from '../../src/store/requests.js';
import { createSimulatedCil, type SimulatedCil } from '../../src/simulator/index.js';
import { FakeScheduler } from './helpers.js';

// ---------------------------------------------------------------------------------
// Test doubles

type Call = { readonly name: CilRequestName; readonly args: readonly unknown[] };
type Responder = (...args: readonly unknown[]) => unknown;

/** A `cil` that records requests and answers them as each test says (default: resolves). */
class FakeCil implements CilApi {
  readonly calls: Call[] = [];
  private readonly responders = new Map<CilRequestName, Responder>();

  respond(name: CilRequestName, responder: Responder): void {
    this.responders.set(name, responder);
  }

  last(): Call {
    const call = this.calls.at(-1);
    if (!call) throw new Error('no call recorded');
    return call;
  }

  private answer(name: CilRequestName, args: readonly unknown[]): Promise<never> {
    this.calls.push({ name, args });
    const responder = this.responders.get(name);
    return (responder ? responder(...args) : Promise.resolve(undefined)) as Promise<never>;
  }

  onWorkitemCreate(_callback: CilCallback<never>): void {}
  onWorkitemConnect(_callback: CilCallback<never>): void {}
  onWorkitemPause(_callback: CilCallback<never>): void {}
  onWorkitemResume(_callback: CilCallback<never>): void {}
  onWorkitemWrapup(_callback: CilCallback<never>): void {}
  onWorkitemEnd(_callback: CilCallback<never>): void {}
  onCallVariableChanged(_callback: CilCallback<never>): void {}
  onWrapupDataChanged(_callback: CilCallback<never>): void {}
  onAgentStateChange(_callback: CilCallback<never>): void {}
  onQueueDataUpdate(_callback: CilCallback<never>): void {}
  onError(_callback: CilCallback<never>): void {}

  setAgentState(...args: unknown[]) {
    return this.answer('setAgentState', args);
  }
  directTransfer(...args: unknown[]) {
    return this.answer('directTransfer', args);
  }
  singleStepConference(...args: unknown[]) {
    return this.answer('singleStepConference', args);
  }
  dialOrConsult(...args: unknown[]) {
    return this.answer('dialOrConsult', args);
  }
  getReasonCodeList(...args: unknown[]) {
    return this.answer('getReasonCodeList', args);
  }
  getChannel(...args: unknown[]) {
    return this.answer('getChannel', args);
  }
  sendDtmf(...args: unknown[]) {
    return this.answer('sendDtmf', args);
  }
  isSendDtmfEnabled(...args: unknown[]) {
    return this.answer('isSendDtmfEnabled', args);
  }
  updateWorkitemData(...args: unknown[]) {
    return this.answer('updateWorkitemData', args);
  }
  isUpdateWorkitemDataEnabled(...args: unknown[]) {
    return this.answer('isUpdateWorkitemDataEnabled', args);
  }
  setWrapupReason(...args: unknown[]) {
    return this.answer('setWrapupReason', args);
  }
}

/** A promise's state, readable synchronously. */
interface Observed<T> {
  status: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
  error?: unknown;
}

function watch<T>(promise: Promise<T>): Observed<T> {
  const observed: Observed<T> = { status: 'pending' };
  promise.then(
    (value) => Object.assign(observed, { status: 'fulfilled', value }),
    (error: unknown) => Object.assign(observed, { status: 'rejected', error }),
  );
  return observed;
}

/** Lets every queued promise callback run. */
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A parsed event from a realistic payload, through the project's parser. */
function event(name: CilEventName, payload: unknown): ParsedEvent {
  const result = parseEvent(name, payload);
  if (!result.ok) throw new Error(`test payload rejected: ${result.problem.detail}`);
  return result.value;
}

function agentStateChange(fields: Record<string, unknown>): ParsedEvent {
  return event('agentStateChange', {
    event: 'agentStateChange',
    version: '1.0',
    channelType: 'Voice',
    channelId: 'voice_5000',
    newState: 'NotReady',
    newReasonCode: 12,
    newReasonCodeLabel: 'Break',
    newStateChangeTime: '2026-11-25T09:00:00.000Z',
    oldState: 'Ready',
    oldReasonCode: -1,
    oldReasonCodeLabel: '',
    oldStateChangeTime: '2026-11-25T08:50:00.000Z',
    ...fields,
  });
}

function workitemEvent(name: CilEventName, fields: Record<string, unknown>): ParsedEvent {
  return event(name, {
    event: name,
    version: '1.0',
    agentId: 'agent1',
    ani: '+41445551234',
    associations: [],
    capabilities: ['hold', 'transfer'],
    channelId: 'voice_5000',
    channelType: 'Voice',
    classification: 'Customer',
    ctiData: { callVariable1: '12345', queueName: 'Sales' },
    direction: 'Incoming',
    id: '16777217',
    participants: [{ address: '+41445551234' }],
    participantLookupResult: [],
    state: 'Offered',
    ...fields,
  });
}

function errorEvent(requestId: string, message = 'Invalid reason code'): ParsedEvent {
  return event('error', { event: 'error', version: '1.0', requestId, message });
}

const channelPayload = {
  activeDeviceId: 'SEP0001',
  channel: {
    id: 'voice_5000',
    type: 'Voice',
    state: 'Ready',
    reasonCode: -1,
    reasonCodeLabel: '',
    stateChangeTime: '2026-11-25T08:50:00.000Z',
    workitems: [],
  },
  extension: '5001',
  firstName: 'Ada',
  agentId: 'agent1',
  lastName: 'Lovelace',
  loginName: 'alovelace',
  teamId: '7',
};

function setup(options: RequestTrackerOptions = {}) {
  const cil = new FakeCil();
  const scheduler = new FakeScheduler();
  const tracker = new RequestTracker(() => cil, { scheduler, ...options });
  return { cil, scheduler, tracker };
}

/** The requestId the tracker passed as the last argument of the last call. */
function sentRequestId(cil: FakeCil): string {
  const id = cil.last().args.at(-1);
  expect(id).to.be.a('string');
  return id as string;
}

// ---------------------------------------------------------------------------------

describe('RequestTracker', () => {
  describe('setAgentState', () => {
    it('passes the requestId last and resolves with the agentStateChange carrying it', async () => {
      const { cil, scheduler, tracker } = setup();
      const result = watch(tracker.setAgentState('voice', 'NotReady', '12'));
      const requestId = sentRequestId(cil);
      expect(cil.last()).to.deep.equal({
        name: 'setAgentState',
        args: ['voice', 'NotReady', '12', requestId],
      });
      await flush();
      expect(result.status, 'the cil resolving is not the outcome').to.equal('pending');

      tracker.observe(agentStateChange({ requestId: 'someone-else', newState: 'NotReady' }));
      await flush();
      expect(result.status, "another request's event").to.equal('pending');

      tracker.observe(agentStateChange({ requestId, newState: 'NotReady' }));
      await flush();
      expect(result.status).to.equal('fulfilled');
      expect(result.value?.requestId).to.equal(requestId);
      expect(result.value?.newReasonCode).to.equal(12);
      expect(scheduler.active).to.equal(0);
      expect(tracker.pendingCount).to.equal(0);
    });

    it('rejects with CilRequestError on an error event with its requestId', async () => {
      const { cil, scheduler, tracker } = setup();
      const result = watch(tracker.setAgentState('voice_5000', 'NotReady', 999));
      const requestId = sentRequestId(cil);
      tracker.observe(errorEvent('another-request'));
      tracker.observe(
        event('error', { event: 'error', version: '1.0', requestId: '', message: 'x' }),
      );
      await flush();
      expect(result.status, 'errors of others and of no request').to.equal('pending');

      tracker.observe(errorEvent(requestId, 'Invalid reason code 999'));
      await flush();
      expect(result.status).to.equal('rejected');
      const error = result.error as CilRequestError;
      expect(error).to.be.instanceOf(CilRequestError);
      expect(error).to.be.instanceOf(CilRequestFailure);
      expect(error.name).to.equal('CilRequestError');
      expect(error.requestId).to.equal(requestId);
      expect(error.requestName).to.equal('setAgentState');
      expect(error.cilError.message).to.equal('Invalid reason code 999');
      expect(error.message).to.contain('Invalid reason code 999');
      expect(scheduler.active).to.equal(0);
    });

    it('falls back to an id-less change to the requested state on a matching channel', async () => {
      const { scheduler, tracker } = setup();
      const result = watch(tracker.setAgentState('voice', 'Ready'));
      tracker.observe(agentStateChange({ newState: 'NotReady', oldState: 'Ready' }));
      tracker.observe(
        agentStateChange({ channelId: 'mail_1', channelType: 'Mail', newState: 'Ready' }),
      );
      await flush();
      expect(result.status, 'other state or channel').to.equal('pending');

      tracker.observe(agentStateChange({ channelId: 'voice_-1', newState: 'Ready' }));
      await flush();
      expect(result.status).to.equal('fulfilled');
      expect(result.value?.channelId).to.equal('voice_-1');
      expect(scheduler.active).to.equal(0);
    });

    for (const requested of ['voice', 'telephony'] as const) {
      it(`the 'voice' alias = telephony on WxCC: setAgentState('${requested}') settles on a telephony change`, async () => {
        const { tracker } = setup();
        const result = watch(tracker.setAgentState(requested, 'Ready'));
        tracker.observe(
          agentStateChange({ channelId: 'telephony', newState: 'Ready', newReasonCode: -1 }),
        );
        await flush();
        expect(result.status).to.equal('fulfilled');
      });
    }

    it('outcome-matching without echoed requestId: the same state and, when given, the same reason code', async () => {
      const { tracker } = setup();
      const lunch = watch(tracker.setAgentState('voice', 'NotReady', 12));
      const anyReason = watch(tracker.setAgentState('voice', 'NotReady'));
      // Someone else set NotReady with another reason: not the outcome asked for.
      tracker.observe(agentStateChange({ newState: 'NotReady', newReasonCode: 7 }));
      await flush();
      expect(lunch.status).to.equal('pending');
      expect(anyReason.status, 'no reason asked: any NotReady is it').to.equal('fulfilled');
      tracker.observe(agentStateChange({ newState: 'NotReady', newReasonCode: 12 }));
      await flush();
      expect(lunch.status).to.equal('fulfilled');
      expect(lunch.value?.newReasonCode).to.equal(12);
    });

    it('matches a specific channel id exactly in the fallback', async () => {
      const { tracker } = setup();
      const result = watch(tracker.setAgentState('voice_5000', 'Logout', '3'));
      tracker.observe(
        agentStateChange({ channelId: 'voice_6000', newState: 'Logout', newReasonCode: 3 }),
      );
      await flush();
      expect(result.status).to.equal('pending');
      tracker.observe(
        agentStateChange({ channelId: 'voice_5000', newState: 'Logout', newReasonCode: 3 }),
      );
      await flush();
      expect(result.status).to.equal('fulfilled');
    });

    it('resolves only the oldest of two requests waiting for the same fallback', async () => {
      const { tracker } = setup();
      const first = watch(tracker.setAgentState('voice', 'Ready'));
      const second = watch(tracker.setAgentState('voice', 'Ready'));
      tracker.observe(agentStateChange({ newState: 'Ready' }));
      await flush();
      expect([first.status, second.status]).to.deep.equal(['fulfilled', 'pending']);
    });

    it('resolves when the cil dispatches the outcome inside the call', async () => {
      const { cil, tracker } = setup();
      cil.respond('setAgentState', (_channel, state, _reason, requestId) => {
        tracker.observe(agentStateChange({ requestId, newState: state }));
        return Promise.resolve(undefined);
      });
      const result = watch(tracker.setAgentState('voice', 'NotReady', '12'));
      await flush();
      expect(result.status).to.equal('fulfilled');
      expect(result.value?.newState).to.equal('NotReady');
    });

    it('times out after timeoutMs with CilRequestTimeoutError', async () => {
      const { scheduler, tracker } = setup();
      const result = watch(tracker.setAgentState('voice', 'Ready'));
      expect(scheduler.active, 'one timer per pending request').to.equal(1);
      scheduler.advance(DEFAULT_REQUEST_TIMEOUT_MS - 1);
      await flush();
      expect(result.status).to.equal('pending');
      scheduler.advance(1);
      await flush();
      expect(result.status).to.equal('rejected');
      expect(result.error).to.be.instanceOf(CilRequestTimeoutError);
      expect((result.error as CilRequestTimeoutError).timeoutMs).to.equal(
        DEFAULT_REQUEST_TIMEOUT_MS,
      );
      expect(scheduler.active).to.equal(0);
      expect(tracker.pendingCount).to.equal(0);
    });

    it('honours a custom timeout and ignores outcomes that arrive too late', async () => {
      const { cil, scheduler, tracker } = setup({ timeoutMs: 500 });
      const result = watch(tracker.setAgentState('voice', 'Ready'));
      const requestId = sentRequestId(cil);
      scheduler.advance(500);
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestTimeoutError);
      expect(() =>
        tracker.observe(agentStateChange({ requestId, newState: 'Ready' })),
      ).not.to.throw();
      expect(() => tracker.observe(errorEvent(requestId))).not.to.throw();
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestTimeoutError);
    });

    it('rejects with CilCallError when the cil throws synchronously', async () => {
      const { cil, scheduler, tracker } = setup();
      const thrown = new Error('cil is not ready');
      cil.respond('setAgentState', () => {
        throw thrown;
      });
      const result = watch(tracker.setAgentState('voice', 'Ready'));
      await flush();
      expect(result.error).to.be.instanceOf(CilCallError);
      expect((result.error as CilCallError).cause).to.equal(thrown);
      expect((result.error as CilCallError).message).to.contain('cil is not ready');
      expect(scheduler.active).to.equal(0);
    });

    it('rejects with CilCallError when the cil rejects its promise', async () => {
      const { cil, scheduler, tracker } = setup();
      cil.respond('setAgentState', () => Promise.reject(new Error('socket closed')));
      const result = watch(tracker.setAgentState('voice', 'Ready'));
      await flush();
      expect(result.error).to.be.instanceOf(CilCallError);
      expect((result.error as Error).message).to.contain('socket closed');
      expect(scheduler.active).to.equal(0);
    });

    it('survives a cil that throws a hostile value', async () => {
      const { cil, scheduler, tracker } = setup();
      const hostile = new Error('x');
      Object.defineProperty(hostile, 'message', {
        get() {
          throw new Error('getter exploded');
        },
      });
      cil.respond('setAgentState', () => {
        throw hostile;
      });
      const result = watch(tracker.setAgentState('voice', 'Ready'));
      await flush();
      expect(result.error).to.be.instanceOf(CilCallError);
      expect((result.error as CilCallError).cause).to.equal(hostile);
      expect(scheduler.active).to.equal(0);
    });

    it('rejects with CilCallError on an envelope with success: false', async () => {
      const { cil, tracker } = setup();
      cil.respond('setAgentState', () =>
        Promise.resolve({ success: false, error: { message: 'Agent is not logged in' } }),
      );
      const result = watch(tracker.setAgentState('voice', 'Ready'));
      await flush();
      expect(result.error).to.be.instanceOf(CilCallError);
      expect((result.error as Error).message).to.contain('Agent is not logged in');
    });

    it('keeps waiting for the event after an envelope with success: true', async () => {
      const { cil, tracker } = setup();
      cil.respond('setAgentState', () => Promise.resolve({ success: true }));
      const result = watch(tracker.setAgentState('voice', 'Ready'));
      const requestId = sentRequestId(cil);
      await flush();
      expect(result.status).to.equal('pending');
      tracker.observe(agentStateChange({ requestId, newState: 'Ready' }));
      await flush();
      expect(result.status).to.equal('fulfilled');
    });

    it('rejects a state the reference does not allow without calling the cil', async () => {
      const { cil, scheduler, tracker } = setup();
      const result = watch(tracker.setAgentState('voice', 'Active' as 'Ready'));
      await flush();
      expect(result.error).to.be.instanceOf(CilArgumentError);
      expect(cil.calls).to.have.length(0);
      expect(scheduler.active).to.equal(0);
    });
  });

  describe('dialOrConsult', () => {
    it('passes the requestId third and resolves with the workitemCreate carrying it', async () => {
      const { cil, scheduler, tracker } = setup();
      const result = watch(tracker.dialOrConsult('voice', '+41445550000'));
      const requestId = sentRequestId(cil);
      expect(cil.last().args).to.deep.equal(['voice', '+41445550000', requestId]);
      tracker.observe(workitemEvent('workitemCreate', { id: 'a', requestId: 'other' }));
      await flush();
      expect(result.status).to.equal('pending');
      tracker.observe(
        workitemEvent('workitemCreate', {
          id: 'b',
          requestId,
          direction: 'Outgoing',
          state: 'Initiated',
        }),
      );
      await flush();
      expect(result.status).to.equal('fulfilled');
      expect(result.value?.id).to.equal('b');
      expect(scheduler.active).to.equal(0);
    });

    it('falls back to the first outgoing workitemCreate to the dialled address, skipping incoming calls', async () => {
      const { tracker } = setup();
      const result = watch(tracker.dialOrConsult('voice', '+41 44 555 00 02'));
      tracker.observe(workitemEvent('workitemCreate', { id: 'incoming' }));
      tracker.observe(workitemEvent('workitemConnect', { id: 'x', direction: 'Outgoing' }));
      // An outgoing call to another number (e.g. a second control dialling).
      tracker.observe(
        workitemEvent('workitemCreate', {
          id: 'elsewhere',
          direction: 'Outgoing',
          state: 'Initiated',
          ani: '+41445550099',
          participants: [{ address: '+41445550099' }],
          ctiData: { dialedNumber: '+41445550099' },
        }),
      );
      await flush();
      expect(result.status).to.equal('pending');
      tracker.observe(
        workitemEvent('workitemCreate', {
          id: 'dialled',
          direction: 'Outgoing',
          state: 'Initiated',
          ani: '+41445550002',
          participants: [{ address: '+41445550002' }],
          ctiData: { dialedNumber: '+41445550002' },
        }),
      );
      await flush();
      expect(result.value?.id).to.equal('dialled');
    });

    it('outcome-matching without echoed requestId: a consultation offered by a colleague never confirms dialOrConsult', async () => {
      const { tracker } = setup();
      const result = watch(tracker.dialOrConsult('voice_5000', '5002'));
      tracker.observe(
        workitemEvent('workitemCreate', {
          id: 'consult',
          classification: 'Consultation',
          direction: 'Outgoing',
          participants: [{ address: '5002' }],
          ani: '5002',
          channelId: 'voice_6000',
        }),
      );
      // A colleague consults this agent: incoming, even to the same extension.
      tracker.observe(
        workitemEvent('workitemCreate', {
          id: 'offered',
          classification: 'Consultation',
          direction: 'Incoming',
          participants: [{ address: '5002' }],
          ani: '5002',
        }),
      );
      await flush();
      expect(result.status, 'other channel, or offered by a colleague').to.equal('pending');
      tracker.observe(
        workitemEvent('workitemCreate', {
          id: 'consult2',
          classification: 'Consultation',
          direction: 'Outgoing',
          participants: [{ address: '5002' }],
          ani: '5002',
        }),
      );
      await flush();
      expect(result.value?.id).to.equal('consult2');
    });

    it('the payload shows no address: any outgoing workitemCreate on the channel', async () => {
      const { tracker } = setup();
      const result = watch(tracker.dialOrConsult('voice', '5002'));
      tracker.observe(
        workitemEvent('workitemCreate', {
          id: 'bare',
          direction: 'Outgoing',
          ani: '',
          participants: [],
          ctiData: {},
        }),
      );
      await flush();
      expect(result.value?.id).to.equal('bare');
    });

    it('rejects on its error event', async () => {
      const { cil, tracker } = setup();
      const result = watch(tracker.dialOrConsult('voice', 'not-a-number'));
      tracker.observe(errorEvent(sentRequestId(cil), 'Invalid address'));
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestError);
      expect((result.error as CilRequestError).requestName).to.equal('dialOrConsult');
    });
  });

  describe('directTransfer', () => {
    it('resolves on the workitemEnd of the given workitem', async () => {
      const { cil, scheduler, tracker } = setup();
      const result = watch(tracker.directTransfer('voice', '5002', 'w1'));
      const requestId = sentRequestId(cil);
      expect(cil.last().args).to.deep.equal(['voice', '5002', 'w1', requestId]);
      tracker.observe(workitemEvent('workitemEnd', { id: 'w2', state: 'Ended' }));
      tracker.observe(workitemEvent('workitemPause', { id: 'w1', state: 'Paused' }));
      await flush();
      expect(result.status).to.equal('pending');
      tracker.observe(workitemEvent('workitemEnd', { id: 'w1', state: 'EndedTransferred' }));
      await flush();
      expect(result.status).to.equal('fulfilled');
      expect(scheduler.active).to.equal(0);
    });

    it('without an id, follows the workitem that was Active', async () => {
      const { cil, tracker } = setup();
      tracker.observe(workitemEvent('workitemCreate', { id: 'w1', state: 'Offered' }));
      tracker.observe(workitemEvent('workitemConnect', { id: 'w1', state: 'Active' }));
      tracker.observe(workitemEvent('workitemCreate', { id: 'w2', state: 'Offered' }));
      const result = watch(tracker.directTransfer('voice', '5002'));
      expect(cil.last().args.slice(0, 3)).to.deep.equal(['voice', '5002', undefined]);
      tracker.observe(workitemEvent('workitemEnd', { id: 'w2', state: 'EndedAbandoned' }));
      await flush();
      expect(result.status, 'the other workitem ended').to.equal('pending');
      tracker.observe(workitemEvent('workitemWrapup', { id: 'w1', state: 'Wrapup' }));
      await flush();
      expect(result.status, 'wrap-up: the call left the agent').to.equal('fulfilled');
    });

    it('without a known Active workitem, takes the first id-less workitemEnd on the channel', async () => {
      const { tracker } = setup();
      const result = watch(tracker.directTransfer('voice_5000', '5002'));
      tracker.observe(
        workitemEvent('workitemEnd', { id: 'w9', channelId: 'voice_6000', state: 'Ended' }),
      );
      await flush();
      expect(result.status).to.equal('pending');
      tracker.observe(workitemEvent('workitemEnd', { id: 'w9', state: 'Ended' }));
      await flush();
      expect(result.status).to.equal('fulfilled');
    });

    it('rejects on its error event', async () => {
      const { cil, tracker } = setup();
      const result = watch(tracker.directTransfer('voice', '5002', 'w1'));
      tracker.observe(errorEvent(sentRequestId(cil), 'Transfer failed'));
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestError);
    });
  });

  describe('requests without a success event', () => {
    it('sendDtmf passes the requestId second and resolves after the grace period', async () => {
      const { cil, scheduler, tracker } = setup();
      const result = watch(tracker.sendDtmf('1#'));
      expect(cil.last().args).to.deep.equal(['1#', sentRequestId(cil)]);
      await flush();
      expect(result.status).to.equal('pending');
      expect(scheduler.active, 'the grace timer replaced the timeout').to.equal(1);
      scheduler.advance(DEFAULT_ERROR_GRACE_MS - 1);
      await flush();
      expect(result.status).to.equal('pending');
      scheduler.advance(1);
      await flush();
      expect(result.status).to.equal('fulfilled');
      expect(scheduler.active).to.equal(0);
      expect(tracker.pendingCount).to.equal(0);
    });

    it('rejects on an error event during the grace period', async () => {
      const { cil, scheduler, tracker } = setup({ errorGraceMs: 200 });
      const result = watch(tracker.sendDtmf('X'));
      await flush();
      scheduler.advance(150);
      tracker.observe(errorEvent(sentRequestId(cil), 'Invalid DTMF character'));
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestError);
      expect(scheduler.active).to.equal(0);
    });

    it('rejects on an error event that arrives before the cil resolves', async () => {
      const { cil, tracker } = setup();
      cil.respond('sendDtmf', () => new Promise(() => {}));
      const result = watch(tracker.sendDtmf('5'));
      tracker.observe(errorEvent(sentRequestId(cil), 'No active call'));
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestError);
    });

    it('times out when the cil never resolves, with one timer throughout', async () => {
      const { cil, scheduler, tracker } = setup({ timeoutMs: 2_000 });
      cil.respond('sendDtmf', () => new Promise(() => {}));
      const result = watch(tracker.sendDtmf('5'));
      await flush();
      expect(scheduler.active).to.equal(1);
      scheduler.advance(2_000);
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestTimeoutError);
      expect(scheduler.active).to.equal(0);
    });

    it('rejects sendDtmf on an envelope with success: false', async () => {
      const { cil, scheduler, tracker } = setup();
      cil.respond('sendDtmf', () => Promise.resolve({ success: false, error: 'No active call' }));
      const result = watch(tracker.sendDtmf('1'));
      await flush();
      expect(result.error).to.be.instanceOf(CilCallError);
      expect((result.error as Error).message).to.contain('No active call');
      expect(scheduler.active).to.equal(0);
    });

    it('singleStepConference passes its arguments in the reference order', async () => {
      const { cil, scheduler, tracker } = setup();
      const result = watch(tracker.singleStepConference('voice', '5003', 'w1'));
      expect(cil.last().args).to.deep.equal(['voice', '5003', 'w1', sentRequestId(cil)]);
      await flush();
      scheduler.advance(DEFAULT_ERROR_GRACE_MS);
      await flush();
      expect(result.status).to.equal('fulfilled');
    });

    it('setWrapupReason passes its arguments in the reference order', async () => {
      const { cil, scheduler, tracker } = setup();
      const result = watch(tracker.setWrapupReason('voice', 'w1', 'Documentation'));
      expect(cil.last().args).to.deep.equal(['voice', 'w1', 'Documentation', sentRequestId(cil)]);
      await flush();
      scheduler.advance(DEFAULT_ERROR_GRACE_MS);
      await flush();
      expect(result.status).to.equal('fulfilled');
    });

    it('updateWorkitemData passes its arguments in the reference order', async () => {
      const { cil, scheduler, tracker } = setup();
      const data = {
        callVariable1: '12345',
        'user.eccVar1': '999999',
        wrapUpReason: 'Documentation',
      };
      const result = watch(tracker.updateWorkitemData('voice', 'w1', data));
      expect(cil.last().args).to.deep.equal(['voice', 'w1', data, sentRequestId(cil)]);
      await flush();
      scheduler.advance(DEFAULT_ERROR_GRACE_MS);
      await flush();
      expect(result.status).to.equal('fulfilled');
    });

    it('updateWorkitemData rejects non-string values without calling the cil', async () => {
      const { cil, scheduler, tracker } = setup();
      const result = watch(
        tracker.updateWorkitemData('voice', 'w1', {
          callVariable1: 'ok',
          callVariable2: 42 as unknown as string,
        }),
      );
      await flush();
      expect(result.error).to.be.instanceOf(CilArgumentError);
      expect((result.error as CilArgumentError).argument).to.equal('updatedData.callVariable2');
      expect(cil.calls).to.have.length(0);
      expect(scheduler.active).to.equal(0);
    });
  });

  describe('value requests', () => {
    it('getReasonCodeList sends no requestId and resolves with normalised codes', async () => {
      const { cil, scheduler, tracker } = setup();
      cil.respond('getReasonCodeList', () =>
        Promise.resolve([
          { id: 12, label: 'Break' },
          { id: '13', label: 'Lunch' },
        ]),
      );
      const result = watch(tracker.getReasonCodeList('voice', 'NotReady'));
      expect(cil.last().args).to.deep.equal(['voice', 'NotReady']);
      await flush();
      expect(result.value).to.deep.equal([
        { id: '12', label: 'Break' },
        { id: '13', label: 'Lunch' },
      ]);
      expect(scheduler.active).to.equal(0);
    });

    it('getReasonCodeList unwraps an envelope with a response', async () => {
      const { cil, tracker } = setup();
      cil.respond('getReasonCodeList', () =>
        Promise.resolve({ success: true, response: [{ id: '1', label: 'Training' }] }),
      );
      const result = watch(tracker.getReasonCodeList('voice', 'Logout'));
      await flush();
      expect(result.value).to.deep.equal([{ id: '1', label: 'Training' }]);
    });

    it('getReasonCodeList rejects an invalid response with CilResponseError', async () => {
      const { cil, scheduler, tracker } = setup();
      cil.respond('getReasonCodeList', () => Promise.resolve({ codes: [] }));
      const result = watch(tracker.getReasonCodeList('voice', 'Wrapup'));
      await flush();
      expect(result.error).to.be.instanceOf(CilResponseError);
      expect((result.error as CilResponseError).problem.event).to.equal('getReasonCodeList');
      expect(scheduler.active).to.equal(0);
    });

    it('getChannel resolves with the validated channel information', async () => {
      const { cil, tracker } = setup();
      cil.respond('getChannel', () => Promise.resolve(channelPayload));
      const result = watch(tracker.getChannel('voice'));
      expect(cil.last().args).to.deep.equal(['voice']);
      await flush();
      expect(result.value?.channel.id).to.equal('voice_5000');
      expect(result.value?.channel.reasonCode, 'negative code is "none"').to.equal(null);
      expect(result.value?.loginName).to.equal('alovelace');
    });

    it('getChannel rejects a response without a channel', async () => {
      const { cil, tracker } = setup();
      cil.respond('getChannel', () =>
        Promise.resolve({ success: true, response: { extension: '5001' } }),
      );
      const result = watch(tracker.getChannel('voice'));
      await flush();
      expect(result.error).to.be.instanceOf(CilResponseError);
      expect((result.error as CilResponseError).problem.path).to.equal('channel');
    });

    it('isSendDtmfEnabled accepts a plain boolean, { enabled } and an envelope', async () => {
      const { cil, tracker } = setup();
      const answers: [unknown, boolean][] = [
        [true, true],
        [false, false],
        [{ enabled: true }, true],
        [{ success: true, response: { enabled: false } }, false],
        [{ success: true, response: true }, true],
      ];
      for (const [answer, expected] of answers) {
        cil.respond('isSendDtmfEnabled', () => Promise.resolve(answer));
        const result = watch(tracker.isSendDtmfEnabled());
        await flush();
        expect(result.value, JSON.stringify(answer)).to.equal(expected);
      }
      expect(cil.last().args).to.deep.equal([]);
    });

    it('isSendDtmfEnabled rejects an answer that is not a boolean', async () => {
      const { cil, tracker } = setup();
      cil.respond('isSendDtmfEnabled', () => Promise.resolve('maybe'));
      const result = watch(tracker.isSendDtmfEnabled());
      await flush();
      expect(result.error).to.be.instanceOf(CilResponseError);
    });

    it('isUpdateWorkitemDataEnabled passes its arguments and reports success: false', async () => {
      const { cil, tracker } = setup();
      cil.respond('isUpdateWorkitemDataEnabled', () => Promise.resolve({ success: false }));
      const result = watch(tracker.isUpdateWorkitemDataEnabled('voice', 'w1'));
      expect(cil.last().args).to.deep.equal(['voice', 'w1']);
      await flush();
      expect(result.error).to.be.instanceOf(CilCallError);
    });

    it('value requests time out too', async () => {
      const { cil, scheduler, tracker } = setup({ timeoutMs: 300 });
      cil.respond('getChannel', () => new Promise(() => {}));
      const result = watch(tracker.getChannel('voice'));
      scheduler.advance(300);
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestTimeoutError);
      expect(scheduler.active).to.equal(0);
    });

    it('rejects an unknown reason type without calling the cil', async () => {
      const { cil, tracker } = setup();
      const result = watch(tracker.getReasonCodeList('voice', 'Lunch' as 'Logout'));
      await flush();
      expect(result.error).to.be.instanceOf(CilArgumentError);
      expect(cil.calls).to.have.length(0);
    });
  });

  describe('bookkeeping', () => {
    it('generates a unique cw-<base36>-<counter> id for every request', () => {
      const { cil, tracker } = setup();
      for (let i = 0; i < 50; i += 1) {
        void tracker.setAgentState('voice', 'Ready').catch(() => {});
        void tracker.sendDtmf('1').catch(() => {});
      }
      const ids = cil.calls.map((call) => call.args.at(-1));
      expect(new Set(ids).size).to.equal(100);
      for (const id of ids) expect(id).to.match(/^cw-[0-9a-z]+-\d+$/);
      tracker.dispose();
    });

    it('uses an injected id generator, but never a duplicate of a pending id', () => {
      const { cil, tracker } = setup({ createRequestId: () => 'fixed' });
      void tracker.setAgentState('voice', 'Ready').catch(() => {});
      void tracker.setAgentState('voice', 'NotReady').catch(() => {});
      const [first, second] = cil.calls.map((call) => call.args.at(-1));
      expect(first).to.equal('fixed');
      expect(second).to.not.equal('fixed');
      tracker.dispose();
    });

    it('rejects with CilUnavailableError while no cil is attached', async () => {
      const scheduler = new FakeScheduler();
      const attached: { cil?: FakeCil } = {};
      const tracker = new RequestTracker(() => attached.cil, { scheduler });
      const result = watch(tracker.getChannel('voice'));
      await flush();
      expect(result.error).to.be.instanceOf(CilUnavailableError);
      expect(scheduler.active).to.equal(0);
      const cil = new FakeCil();
      attached.cil = cil;
      void tracker.getChannel('voice').catch(() => {});
      expect(cil.calls).to.have.length(1);
      tracker.dispose();
    });

    it('rejects with CilCallError when the cil lacks the method', async () => {
      const { cil, tracker } = setup();
      Object.defineProperty(cil, 'isUpdateWorkitemDataEnabled', { value: undefined });
      const result = watch(tracker.isUpdateWorkitemDataEnabled('voice', 'w1'));
      await flush();
      expect(result.error).to.be.instanceOf(CilCallError);
      expect((result.error as Error).message).to.contain('isUpdateWorkitemDataEnabled');
    });

    it('dispose rejects everything pending, clears every timer and refuses new requests', async () => {
      const { cil, scheduler, tracker } = setup();
      const pending: Observed<unknown>[] = [
        watch(tracker.setAgentState('voice', 'Ready')),
        watch(tracker.dialOrConsult('voice', '5002')),
        watch(tracker.sendDtmf('1')),
      ];
      cil.respond('getChannel', () => new Promise(() => {}));
      pending.push(watch(tracker.getChannel('voice')));
      await flush();
      expect(scheduler.active).to.equal(4);
      tracker.dispose();
      await flush();
      for (const result of pending) {
        expect(result.error).to.be.instanceOf(CilRequestCancelledError);
        expect((result.error as CilRequestCancelledError).reason).to.equal('disposed');
      }
      expect(scheduler.active).to.equal(0);
      expect(tracker.pendingCount).to.equal(0);
      const calls = cil.calls.length;
      const late = watch(tracker.sendDtmf('2'));
      await flush();
      expect(late.error).to.be.instanceOf(CilRequestCancelledError);
      expect(cil.calls).to.have.length(calls);
    });

    it('caps pending requests, rejecting the oldest', async () => {
      const { scheduler, tracker } = setup({ maxPending: 3 });
      const results = [1, 2, 3, 4].map(() => watch(tracker.setAgentState('voice', 'Ready')));
      await flush();
      expect(results.map((result) => result.status)).to.deep.equal([
        'rejected',
        'pending',
        'pending',
        'pending',
      ]);
      expect((results[0]?.error as CilRequestCancelledError).reason).to.equal('overflow');
      expect(tracker.pendingCount).to.equal(3);
      expect(scheduler.active).to.equal(3);
      tracker.dispose();
    });

    it('leaves no timer behind after many requests settle', async () => {
      const { cil, scheduler, tracker } = setup();
      for (let i = 0; i < 20; i += 1) {
        const done = watch(tracker.setAgentState('voice', 'NotReady', '12'));
        tracker.observe(agentStateChange({ requestId: sentRequestId(cil) }));
        await flush();
        expect(done.status).to.equal('fulfilled');
      }
      expect(scheduler.active).to.equal(0);
      expect(tracker.pendingCount).to.equal(0);
    });
  });
});

// ---------------------------------------------------------------------------------

/** A tracker over the simulator, fed the way the store feeds it: parsed callbacks. */
function overSimulatorWith(resultShape: 'plain' | 'envelope', echoWorkitemRequestIds: boolean) {
  const sim: SimulatedCil = createSimulatedCil({
    clock: 'manual',
    seed: 7,
    startTime: Date.UTC(2026, 10, 25, 9, 0, 0),
    resultShape,
    echoWorkitemRequestIds,
  });
  const scheduler = new FakeScheduler();
  const tracker = new RequestTracker(() => sim, { scheduler });
  for (const name of CIL_EVENT_NAMES) {
    const register = sim[REGISTRATION_METHODS[name]] as (callback: (data: unknown) => void) => void;
    register.call(sim, (data) => {
      const parsed = parseEvent(name, data);
      if (parsed.ok) tracker.observe(parsed.value);
    });
  }
  return { sim, scheduler, tracker };
}

for (const [resultShape, echo] of [
  ['plain', false],
  ['plain', true],
  ['envelope', false],
  ['envelope', true],
] as const) {
  const overSimulator = (shape: typeof resultShape) => overSimulatorWith(shape, echo);
  describe(`RequestTracker over the simulator (${resultShape} results, workitem requestIds ${echo ? 'echoed' : 'not echoed'})`, () => {
    it('setAgentState NotReady with a reason code resolves with the change', async () => {
      const { sim, tracker } = overSimulator(resultShape);
      const change = await tracker.setAgentState('voice', 'NotReady', '2');
      expect(change.newState).to.equal('NotReady');
      expect(change.newReasonCode).to.equal(2);
      expect(change.requestId).to.match(/^cw-/);
      expect(tracker.pendingCount).to.equal(0);
      sim.dispose();
    });

    it('setAgentState with an unknown reason code rejects with CilRequestError', async () => {
      const { sim, scheduler, tracker } = overSimulator(resultShape);
      const result = watch(tracker.setAgentState('voice', 'NotReady', '999'));
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestError);
      expect((result.error as CilRequestError).cilError.message).to.contain('999');
      expect(scheduler.active).to.equal(0);
      sim.dispose();
    });

    it('sendDtmf X rejects, sendDtmf 1 resolves after the grace period', async () => {
      const { sim, scheduler, tracker } = overSimulator(resultShape);
      sim.answer(sim.offerCall());
      const invalid = watch(tracker.sendDtmf('X'));
      await flush();
      expect(invalid.error).to.be.instanceOf(CilRequestError);
      const valid = watch(tracker.sendDtmf('1'));
      await flush();
      expect(valid.status).to.equal('pending');
      scheduler.advance(DEFAULT_ERROR_GRACE_MS);
      await flush();
      expect(valid.status).to.equal('fulfilled');
      expect(scheduler.active).to.equal(0);
      sim.dispose();
    });

    it('dialOrConsult resolves with the created workitem; directTransfer with its end', async () => {
      const { sim, tracker } = overSimulator(resultShape);
      const dialled = await tracker.dialOrConsult('voice', '+41445550000');
      expect(dialled.direction).to.equal('Outgoing');
      expect(dialled.state).to.equal('Initiated');
      sim.advance(10_000); // the far end answers after a few rings
      await tracker.directTransfer('voice', '+41445559999');
      expect(tracker.pendingCount).to.equal(0);
      sim.dispose();
    });

    it('value requests resolve with validated values', async () => {
      const { sim, tracker } = overSimulator(resultShape);
      const codes = await tracker.getReasonCodeList('voice', 'NotReady');
      expect(codes.length).to.be.greaterThan(0);
      for (const code of codes) expect(code.id).to.be.a('string');
      const info = await tracker.getChannel('voice');
      expect(info.channel.id).to.match(/^voice_/);
      expect(await tracker.isSendDtmfEnabled()).to.equal(false);
      sim.answer(sim.offerCall());
      expect(await tracker.isSendDtmfEnabled()).to.equal(true);
      sim.dispose();
    });

    it('a request to an unknown channel rejects', async () => {
      const { sim, tracker } = overSimulator(resultShape);
      const result = watch(tracker.getReasonCodeList('mail_1', 'NotReady'));
      await flush();
      expect(result.error).to.be.instanceOf(CilRequestFailure);
      sim.dispose();
    });
  });
}
