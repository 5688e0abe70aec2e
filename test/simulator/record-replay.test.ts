import { expect } from '@open-wc/testing';
import { CIL_EVENT_NAMES, REGISTRATION_METHODS } from '../../src/cil/enums.js';
import type { CilEventName } from '../../src/cil/enums.js';
import type { CilApi, CilCallback } from '../../src/cil/cil-api.js';
import type { CilResult, WireError, WireGetChannel, WireReasonCode } from '../../src/cil/wire.js';
import {
  EVENT_LOG_FORMAT,
  parseEventLog,
  scrubEventLog,
  serializeEventLog,
} from '../../src/simulator/event-log.js';
import type { RecordedEvent } from '../../src/simulator/event-log.js';
import { recordCil } from '../../src/simulator/recorder.js';
import { REPLAY_READ_ONLY_MESSAGE, createReplayCil } from '../../src/simulator/replay-cil.js';
import { createSimulatedCil } from '../../src/simulator/simulated-cil.js';

// ---------------------------------------------------------------------------------
// A small fake `cil`: callbacks per event, a request log, and `emit` to dispatch.

type Listener = (data: unknown) => void;

class FakeCil implements CilApi {
  readonly listeners = new Map<CilEventName, Listener[]>();
  readonly registrations = new Map<CilEventName, number>();
  readonly requests: { name: string; args: unknown[] }[] = [];

  emit(event: CilEventName, data: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(data);
  }

  private on(event: CilEventName, callback: unknown): void {
    this.registrations.set(event, (this.registrations.get(event) ?? 0) + 1);
    const list = this.listeners.get(event) ?? [];
    list.push(callback as Listener);
    this.listeners.set(event, list);
  }

  private request<T>(name: string, args: unknown[], result: T): Promise<CilResult<T>> {
    this.requests.push({ name, args });
    return Promise.resolve(result);
  }

  onWorkitemCreate(callback: CilCallback<never>): void {
    this.on('workitemCreate', callback);
  }
  onWorkitemConnect(callback: CilCallback<never>): void {
    this.on('workitemConnect', callback);
  }
  onWorkitemPause(callback: CilCallback<never>): void {
    this.on('workitemPause', callback);
  }
  onWorkitemResume(callback: CilCallback<never>): void {
    this.on('workitemResume', callback);
  }
  onWorkitemWrapup(callback: CilCallback<never>): void {
    this.on('workitemWrapup', callback);
  }
  onWorkitemEnd(callback: CilCallback<never>): void {
    this.on('workitemEnd', callback);
  }
  onCallVariableChanged(callback: CilCallback<never>): void {
    this.on('callVariableChanged', callback);
  }
  onWrapupDataChanged(callback: CilCallback<never>): void {
    this.on('wrapupDataChanged', callback);
  }
  onAgentStateChange(callback: CilCallback<never>): void {
    this.on('agentStateChange', callback);
  }
  onQueueDataUpdate(callback: CilCallback<never>): void {
    this.on('queueDataUpdate', callback);
  }
  onError(callback: CilCallback<never>): void {
    this.on('error', callback);
  }
  setAgentState(...args: unknown[]): Promise<CilResult<void>> {
    return this.request('setAgentState', args, undefined);
  }
  directTransfer(...args: unknown[]): Promise<CilResult<void>> {
    return this.request('directTransfer', args, undefined);
  }
  singleStepConference(...args: unknown[]): Promise<CilResult<void>> {
    return this.request('singleStepConference', args, undefined);
  }
  dialOrConsult(...args: unknown[]): Promise<CilResult<void>> {
    return this.request('dialOrConsult', args, undefined);
  }
  getReasonCodeList(...args: unknown[]): Promise<CilResult<WireReasonCode[]>> {
    return this.request('getReasonCodeList', args, [{ id: 7, label: 'Lunch' }]);
  }
  getChannel(...args: unknown[]): Promise<CilResult<WireGetChannel>> {
    return this.request('getChannel', args, { fake: true } as unknown as WireGetChannel);
  }
  sendDtmf(...args: unknown[]): Promise<CilResult<void>> {
    return this.request('sendDtmf', args, undefined);
  }
  isSendDtmfEnabled(): Promise<CilResult<boolean>> {
    return this.request('isSendDtmfEnabled', [], true);
  }
  updateWorkitemData(...args: unknown[]): Promise<CilResult<void>> {
    return this.request('updateWorkitemData', args, undefined);
  }
  isUpdateWorkitemDataEnabled(...args: unknown[]): Promise<CilResult<boolean>> {
    return this.request('isUpdateWorkitemDataEnabled', args, true);
  }
  setWrapupReason(...args: unknown[]): Promise<CilResult<void>> {
    return this.request('setWrapupReason', args, undefined);
  }
}

/** Registers a callback for every event on `cil`, collecting `[event, data]` in order. */
function collect(cil: CilApi): [CilEventName, unknown][] {
  const seen: [CilEventName, unknown][] = [];
  for (const event of CIL_EVENT_NAMES) {
    const register = cil[REGISTRATION_METHODS[event]] as (callback: Listener) => void;
    register.call(cil, (data) => seen.push([event, data]));
  }
  return seen;
}

function workitem(event: CilEventName, id: string, extra: Record<string, unknown> = {}): unknown {
  return {
    event,
    version: '1.0',
    agentId: 'agent-1',
    ani: '+41790000001',
    associations: [{ id: 'a1', name: 'Call with Jane Doe', recordType: 'phonecall' }],
    associatedParticipant: { id: 'c1', name: 'Jane Doe', recordType: 'contact' },
    capabilities: ['hangup'],
    channelId: 'voice_5000',
    channelType: 'Voice',
    classification: 'Customer',
    ctiData: {
      callVariable1: '12345',
      callVariable2: '',
      'user.customerId': 'C-77',
      queueName: 'Sales',
      wrapUpReason: 'Sold',
    },
    direction: 'Incoming',
    id,
    participants: [{ address: '+41790000001' }, { address: '5000' }],
    participantLookupResult: [{ id: 'c1', name: 'Jane Doe', recordType: 'contact' }],
    state: 'Offered',
    ...extra,
  };
}

function agentState(newState: string, code: number, label: string): unknown {
  return {
    event: 'agentStateChange',
    version: '1.0',
    channelType: 'Voice',
    channelId: 'voice_5000',
    newState,
    newReasonCode: code,
    newReasonCodeLabel: label,
    newStateChangeTime: '2026-11-25T08:00:00.000Z',
    oldState: 'Ready',
    oldReasonCode: -1,
    oldReasonCodeLabel: '',
    oldStateChangeTime: '2026-11-25T07:00:00.000Z',
  };
}

function queueUpdate(callsInQueue: number, startTimeOfLongestCallInQueue = ''): unknown {
  return {
    event: 'queueDataUpdate',
    version: '1.0',
    dataState: 'UPDATED',
    queueData: [
      {
        id: 'q1',
        name: 'Sales',
        channel: 'Voice',
        escalationLevel: 'Normal',
        statistics: { agentsReady: 2, callsInQueue, startTimeOfLongestCallInQueue },
      },
    ],
  };
}

const T0 = Date.UTC(2026, 10, 25, 8, 0, 0);

/** A short session: agent state, a call through its life, queue updates, an error. */
function sampleLog(): RecordedEvent[] {
  return [
    { t: T0, event: 'agentStateChange', data: agentState('NotReady', 3, 'Lunch') },
    { t: T0 + 1000, event: 'queueDataUpdate', data: queueUpdate(1) },
    { t: T0 + 1000, event: 'workitemCreate', data: workitem('workitemCreate', 'call-1') },
    {
      t: T0 + 4000,
      event: 'workitemConnect',
      data: workitem('workitemConnect', 'call-1', { state: 'Active' }),
    },
    { t: T0 + 10000, event: 'queueDataUpdate', data: queueUpdate(0) },
    {
      t: T0 + 30000,
      event: 'workitemEnd',
      data: workitem('workitemEnd', 'call-1', { state: 'Ended' }),
    },
    {
      t: T0 + 31000,
      event: 'error',
      data: { event: 'error', version: '1.0', requestId: '', message: 'x' },
    },
  ];
}

// ---------------------------------------------------------------------------------

describe('event log (JSON Lines)', () => {
  it('round-trips entries and the header', () => {
    const entries = sampleLog();
    const text = serializeEventLog(entries, {
      header: { recordedAt: '2026-11-25T09:00:00.000Z', source: 'test' },
    });
    const lines = text.trimEnd().split('\n');
    expect(lines).to.have.length(entries.length + 1);
    expect(JSON.parse(lines[0] ?? '')).to.deep.equal({
      format: EVENT_LOG_FORMAT,
      version: 1,
      recordedAt: '2026-11-25T09:00:00.000Z',
      source: 'test',
    });
    const parsed = parseEventLog(text);
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.header?.source).to.equal('test');
    expect(parsed.entries).to.deep.equal(entries);
  });

  it('reports bad lines with their line numbers and keeps the good ones', () => {
    const text = [
      '{"t":1,"event":"error","data":{"message":"a"}}',
      '',
      'not json',
      '{"t":2,"event":"somethingElse","data":{}}',
      '{"event":"error","data":{}}',
      '[1,2]',
      '{"format":"connects-wallboard-event-log","version":1}',
      '{"t":3,"event":"agentStateChange","data":{"newState":"Ready"}}\r',
      '{"t":4,"event":"workitemEnd"}',
    ].join('\n');
    const parsed = parseEventLog(text);
    expect(parsed.problems.map((problem) => problem.line)).to.deep.equal([3, 4, 5, 6, 7]);
    expect(parsed.problems[1]?.message).to.contain('somethingElse');
    expect(parsed.entries.map((entry) => entry.t)).to.deep.equal([1, 3, 4]);
    expect(parsed.entries[2]?.data).to.equal(undefined);
    expect(parsed.header).to.equal(undefined);
  });

  it('rejects a header of another version and caps the listed problems', () => {
    const header = '{"format":"connects-wallboard-event-log","version":2}';
    const bad = Array.from({ length: 10 }, () => 'x').join('\n');
    const parsed = parseEventLog(`${header}\n${bad}`, { maxProblems: 3 });
    expect(parsed.problems[0]?.message).to.contain('version');
    expect(parsed.problems).to.have.length(4);
    expect(parsed.problems[3]).to.deep.equal({ line: 0, message: '8 more problems not listed' });
  });

  it('writes a payload JSON cannot express as a description instead of throwing', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const text = serializeEventLog([{ t: 5, event: 'error', data: cyclic }]);
    const parsed = parseEventLog(text);
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.entries[0]?.data).to.be.a('string').and.contain('unserializable');
  });

  it('scrubs personal data with stable placeholders and leaves the input alone', () => {
    const entries = sampleLog();
    const before = JSON.stringify(entries);
    const other = workitem('workitemCreate', 'call-2', {
      ani: '+41790000002',
      participants: [{ address: '+41790000002' }, { address: '+41790000001' }],
    });
    const log = [...entries, { t: T0 + 40000, event: 'workitemCreate' as const, data: other }];
    const scrubbed = scrubEventLog(log);
    expect(JSON.stringify(entries)).to.equal(before);
    const text = JSON.stringify(scrubbed);
    for (const secret of ['+41790000001', '+41790000002', 'Jane Doe', '12345', 'C-77']) {
      expect(text).not.to.contain(secret);
    }
    const first = scrubbed[2]?.data as Record<string, unknown>;
    const second = scrubbed[7]?.data as Record<string, unknown>;
    expect(first.ani).to.equal('address-1');
    expect(first.participants).to.deep.equal([{ address: 'address-1' }, { address: 'address-2' }]);
    expect(second.ani).to.equal('address-3');
    expect(second.participants).to.deep.equal([{ address: 'address-3' }, { address: 'address-1' }]);
    expect((first.associatedParticipant as Record<string, unknown>).name).to.equal('name-1');
    const ctiData = first.ctiData as Record<string, unknown>;
    expect(ctiData.callVariable1).to.equal('value-1');
    expect(ctiData.callVariable2).to.equal('');
    expect(ctiData['user.customerId']).to.equal('value-2');
    expect(ctiData.queueName).to.equal('Sales');
    expect(scrubbed[0]).to.deep.equal(entries[0]);
    expect(scrubEventLog(log)).to.deep.equal(scrubbed);
  });
});

describe('recordCil', () => {
  it('registers one callback per event, once per cil, even when called twice', () => {
    const fake = new FakeCil();
    const recorder = recordCil(fake);
    expect(recordCil(fake, { maxEntries: 1 })).to.equal(recorder);
    expect(recordCil(recorder.cil)).to.equal(recorder);
    for (const event of CIL_EVENT_NAMES) expect(fake.registrations.get(event)).to.equal(1);
    expect(recordCil(new FakeCil())).not.to.equal(recorder);
  });

  it('captures every event in order with the clock time', () => {
    const fake = new FakeCil();
    let now = 1000;
    const recorder = recordCil(fake, { now: () => now });
    for (const entry of sampleLog()) {
      now = entry.t;
      fake.emit(entry.event, entry.data);
    }
    expect(recorder.entries()).to.deep.equal(sampleLog());
    expect(parseEventLog(recorder.toJsonLines()).entries).to.deep.equal(sampleLog());
  });

  it('exports a scrubbed log on request', () => {
    const fake = new FakeCil();
    const recorder = recordCil(fake, { now: () => T0, source: 'unit test' });
    fake.emit('workitemCreate', workitem('workitemCreate', 'call-1'));
    const plain = recorder.toJsonLines();
    const scrubbed = recorder.toJsonLines({ scrub: true });
    expect(plain).to.contain('+41790000001');
    expect(scrubbed).not.to.contain('+41790000001');
    expect(scrubbed).not.to.contain('Jane Doe');
    const parsed = parseEventLog(scrubbed);
    expect(parsed.header?.source).to.equal('unit test');
    expect(parsed.entries).to.deep.equal(scrubEventLog(recorder.entries()));
  });

  it('keeps at most maxEntries, dropping the oldest and counting them', () => {
    const fake = new FakeCil();
    let now = 0;
    const recorder = recordCil(fake, { now: () => now, maxEntries: 3 });
    for (let i = 1; i <= 7; i += 1) {
      now = i;
      fake.emit('error', { message: `m${i}` });
    }
    expect(recorder.entries().map((entry) => entry.t)).to.deep.equal([5, 6, 7]);
    expect(recorder.size).to.equal(3);
    expect(recorder.dropped).to.equal(4);
    recorder.clear();
    expect(recorder.entries()).to.deep.equal([]);
    expect(recorder.dropped).to.equal(0);
  });

  it('captures a deep copy, and describes what cannot be copied', () => {
    const fake = new FakeCil();
    const recorder = recordCil(fake);
    const payload = { ctiData: { callVariable1: 'before' }, queueData: [{ id: 'q1' }] };
    fake.emit('workitemCreate', payload);
    payload.ctiData.callVariable1 = 'after';
    payload.queueData.push({ id: 'q2' });
    fake.emit('workitemEnd', { id: 'w', hook: () => 1 });
    const throwing = {
      get boom(): never {
        throw new Error('no access');
      },
    };
    fake.emit('error', throwing);
    const [first, second, third] = recorder.entries();
    expect(first?.data).to.deep.equal({
      ctiData: { callVariable1: 'before' },
      queueData: [{ id: 'q1' }],
    });
    expect(second?.data).to.deep.equal({ id: 'w' });
    expect(third?.data).to.be.a('string').and.contain('uncloneable');
  });

  it('pauses and resumes capturing while still forwarding events', () => {
    const fake = new FakeCil();
    const recorder = recordCil(fake);
    const seen = collect(recorder.cil);
    fake.emit('error', { message: '1' });
    recorder.stop();
    expect(recorder.recording).to.equal(false);
    fake.emit('error', { message: '2' });
    recorder.start();
    fake.emit('error', { message: '3' });
    expect(recorder.entries().map((entry) => entry.data)).to.deep.equal([
      { message: '1' },
      { message: '3' },
    ]);
    expect(seen).to.have.length(3);
  });

  it('forwards registrations and requests through recorder.cil', async () => {
    const fake = new FakeCil();
    const recorder = recordCil(fake);
    const seen = collect(recorder.cil);
    for (const event of CIL_EVENT_NAMES) expect(fake.registrations.get(event)).to.equal(2);
    const payload = workitem('workitemCreate', 'call-9');
    fake.emit('workitemCreate', payload);
    expect(seen).to.deep.equal([['workitemCreate', payload]]);

    await recorder.cil.setAgentState('voice', 'NotReady', 3, 'r1');
    await recorder.cil.directTransfer('voice', '1234', undefined, 'r2');
    expect(await recorder.cil.getReasonCodeList('voice', 'NotReady')).to.deep.equal([
      { id: 7, label: 'Lunch' },
    ]);
    expect(await recorder.cil.isSendDtmfEnabled()).to.equal(true);
    expect(fake.requests).to.deep.equal([
      { name: 'setAgentState', args: ['voice', 'NotReady', 3, 'r1'] },
      { name: 'directTransfer', args: ['voice', '1234', undefined, 'r2'] },
      { name: 'getReasonCodeList', args: ['voice', 'NotReady'] },
      { name: 'isSendDtmfEnabled', args: [] },
    ]);
  });

  it('downloads the log as a .jsonl file through a temporary link', async () => {
    const fake = new FakeCil();
    const recorder = recordCil(fake, { now: () => T0 });
    fake.emit('error', { message: 'saved' });
    const clicked: { download: string; href: string; text: Promise<string> }[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      // Read the blob before the recorder revokes its URL.
      const text = fetch(this.href).then((response) => response.text());
      clicked.push({ download: this.download, href: this.href, text });
    };
    try {
      recorder.download('session.jsonl');
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]?.download).to.equal('session.jsonl');
    expect(clicked[0]?.href.startsWith('blob:')).to.equal(true);
    const parsed = parseEventLog(await (clicked[0]?.text ?? Promise.resolve('')));
    expect(parsed.entries).to.deep.equal([{ t: T0, event: 'error', data: { message: 'saved' } }]);
    expect(document.querySelector(`a[href="${clicked[0]?.href ?? ''}"]`)).to.equal(null);
  });
});

describe('createReplayCil', () => {
  it('plays the same events, in order, at the recorded offsets divided by the speed', () => {
    const log = sampleLog();
    const replay = createReplayCil(serializeEventLog(log), { clock: 'manual', speed: 4 });
    const seen: { event: CilEventName; data: unknown; at: number }[] = [];
    for (const event of CIL_EVENT_NAMES) {
      const register = replay[REGISTRATION_METHODS[event]] as (callback: Listener) => void;
      register.call(replay, (data) => seen.push({ event, data, at: replay.position() }));
    }
    expect(replay.duration).to.equal(31000);
    replay.advance(0);
    expect(seen.map((item) => item.event)).to.deep.equal(['agentStateChange']);
    replay.advance(249); // 996 ms recorded: the events at 1000 are not due yet
    expect(seen).to.have.length(1);
    replay.advance(1); // 1000 ms recorded
    expect(seen).to.have.length(3);
    replay.advance(2500); // 11000 ms recorded
    expect(seen).to.have.length(5);
    expect(replay.position()).to.equal(11000);
    replay.advance(5000);
    expect(seen.map(({ event, data }) => ({ t: 0, event, data }))).to.deep.equal(
      log.map(({ event, data }) => ({ t: 0, event, data })),
    );
    expect(seen.map((item) => item.at)).to.deep.equal(log.map((entry) => entry.t - T0));
    expect(replay.playing).to.equal(false);
  });

  it('gives late callbacks only the events after their registration', () => {
    const replay = createReplayCil(sampleLog(), { clock: 'manual' });
    const early: unknown[] = [];
    replay.onQueueDataUpdate((data) => early.push(data));
    replay.advance(2000);
    const late: unknown[] = [];
    replay.onQueueDataUpdate((data) => late.push(data));
    replay.advance(60000);
    expect(early).to.have.length(2);
    expect(late).to.deep.equal([queueUpdate(0)]);
  });

  it('hands each dispatch a fresh copy, so consumers cannot alter the log', () => {
    const log = sampleLog();
    const replay = createReplayCil(log, { clock: 'manual', loop: true, loopGapMs: 1000 });
    const states: unknown[] = [];
    replay.onAgentStateChange((data) => {
      states.push(data.newState);
      (data as { newState: string }).newState = 'Mutated';
    });
    replay.advance(0);
    replay.advance(32000);
    expect(states).to.deep.equal(['NotReady', 'NotReady']);
    expect(log).to.deep.equal(sampleLog());
  });

  it('keeps playing when a callback throws, reporting the exception', () => {
    const reported: unknown[] = [];
    const original = console.error;
    console.error = (_message: unknown, error: unknown) => reported.push(error);
    try {
      const replay = createReplayCil(sampleLog(), { clock: 'manual' });
      const ids: string[] = [];
      replay.onWorkitemCreate(() => {
        throw new Error('consumer bug');
      });
      replay.onWorkitemCreate((data) => ids.push(data.id));
      replay.onWorkitemEnd((data) => ids.push(data.id));
      replay.advance(60000);
      expect(ids).to.deep.equal(['call-1', 'call-1']);
      expect(reported).to.have.length(1);
      expect((reported[0] as Error).message).to.equal('consumer bug');
    } finally {
      console.error = original;
    }
  });

  it('adds time advanced from inside a callback to the running advance', () => {
    const replay = createReplayCil(sampleLog(), { clock: 'manual' });
    const order: string[] = [];
    replay.onAgentStateChange(() => {
      order.push('agentStateChange');
      replay.advance(1000);
      order.push('after nested advance');
    });
    replay.onWorkitemCreate(() => order.push('workitemCreate'));
    replay.advance(0);
    expect(order).to.deep.equal(['agentStateChange', 'after nested advance', 'workitemCreate']);
    expect(replay.position()).to.equal(1000);
  });

  it('loops with a gap, counting passes and calling onEnd each time', () => {
    const replay = createReplayCil(sampleLog(), { clock: 'manual', loop: true, loopGapMs: 500 });
    let ends = 0;
    replay.onEnd(() => (ends += 1));
    const created: string[] = [];
    replay.onWorkitemCreate((data) => created.push(data.id));
    replay.advance(31000);
    expect(ends).to.equal(1);
    expect(created).to.deep.equal(['call-1']);
    replay.advance(499);
    expect(replay.passes()).to.equal(1);
    replay.advance(1 + 1000);
    expect(created).to.deep.equal(['call-1', 'call-1']);
    replay.advance(3 * 31500);
    expect(replay.passes()).to.equal(4);
    expect(ends).to.equal(4);
    expect(replay.playing).to.equal(true);
    replay.dispose();
  });

  it('pauses, resumes and seeks', () => {
    const replay = createReplayCil(sampleLog(), { clock: 'manual', startPaused: true });
    const seen: CilEventName[] = [];
    replay.onQueueDataUpdate(() => seen.push('queueDataUpdate'));
    replay.onWorkitemEnd(() => seen.push('workitemEnd'));
    replay.advance(20000);
    expect(seen).to.deep.equal([]);
    replay.play();
    replay.advance(1000);
    expect(seen).to.deep.equal(['queueDataUpdate']);
    replay.pause();
    replay.advance(60000);
    expect(replay.position()).to.equal(1000);
    replay.seek(29000);
    replay.play();
    replay.advance(500);
    expect(seen).to.deep.equal(['queueDataUpdate']);
    replay.advance(500);
    expect(seen).to.deep.equal(['queueDataUpdate', 'workitemEnd']);
  });

  it('plays on the real clock and resolves done at the end', async () => {
    const log = sampleLog();
    const replay = createReplayCil(log, { speed: 1000 });
    const seen = collect(replay);
    let ended = false;
    replay.onEnd(() => (ended = true));
    await replay.done;
    expect(ended).to.equal(true);
    expect(seen).to.deep.equal(log.map((entry) => [entry.event, entry.data]));
    expect(replay.position()).to.equal(replay.duration);
  });

  it('stops for good on dispose', async () => {
    const replay = createReplayCil(sampleLog(), { speed: 1 });
    const seen = collect(replay);
    replay.dispose();
    await replay.done;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).to.deep.equal([]);
    expect(replay.playing).to.equal(false);
  });

  it('refuses actions with an error event but resolves like the reference', async () => {
    const replay = createReplayCil(sampleLog(), { clock: 'manual' });
    const errors: WireError[] = [];
    replay.onError((error) => errors.push(error));
    const result = await replay.setAgentState('voice', 'Ready', undefined, 'req-1');
    await replay.dialOrConsult('voice', '1234');
    expect(result).to.equal(undefined);
    expect(errors).to.deep.equal([
      { event: 'error', version: '1.0', requestId: 'req-1', message: REPLAY_READ_ONLY_MESSAGE },
      { event: 'error', version: '1.0', requestId: '', message: REPLAY_READ_ONLY_MESSAGE },
    ]);
    expect(await replay.isUpdateWorkitemDataEnabled('voice', 'call-1')).to.equal(false);
  });

  it('answers queries from what has been played', async () => {
    const replay = createReplayCil(sampleLog(), { clock: 'manual' });
    const empty = (await createReplayCil([]).getChannel('voice')) as WireGetChannel;
    expect(empty.channel).to.include({ id: 'voice', state: 'Unknown', reasonCode: -1 });
    const before = (await replay.getChannel('voice')) as WireGetChannel;
    expect(before.channel).to.include({
      id: 'voice_5000',
      state: 'Ready',
      reasonCode: -1,
      stateChangeTime: '2026-11-25T07:00:00.000Z',
    });
    replay.advance(5000);
    const during = (await replay.getChannel('voice_5000')) as WireGetChannel;
    expect(during.channel).to.include({ id: 'voice_5000', state: 'NotReady', reasonCode: 3 });
    expect(during.channel.workitems.map((item) => item.id)).to.deep.equal(['call-1']);
    expect(during.agentId).to.equal('agent-1');
    expect(await replay.isSendDtmfEnabled()).to.equal(true);
    replay.advance(30000);
    const after = (await replay.getChannel('voice')) as WireGetChannel;
    expect(after.channel.workitems).to.deep.equal([]);
    expect(await replay.isSendDtmfEnabled()).to.equal(false);
    expect(await replay.getReasonCodeList('voice', 'NotReady')).to.deep.equal([
      { id: 3, label: 'Lunch' },
    ]);
    expect(await replay.getReasonCodeList('voice', 'Wrapup')).to.deep.equal([
      { id: 'Sold', label: 'Sold' },
    ]);
  });

  it('reports the bad lines of a text log and plays the rest', () => {
    const text = `${serializeEventLog(sampleLog().slice(0, 2))}oops\n`;
    const replay = createReplayCil(text, { clock: 'manual' });
    expect(replay.problems.map((problem) => problem.line)).to.deep.equal([3]);
    expect(replay.entries).to.have.length(2);
  });

  it('rebases ISO times to the replay clock, scaling their age by the speed', () => {
    const start = Date.UTC(2030, 0, 1);
    const recordedWaitStart = new Date(T0 + 10000 - 60000).toISOString();
    const log: RecordedEvent[] = [
      { t: T0, event: 'queueDataUpdate', data: queueUpdate(0) },
      { t: T0 + 10000, event: 'queueDataUpdate', data: queueUpdate(1, recordedWaitStart) },
    ];
    const replay = createReplayCil(log, {
      clock: 'manual',
      speed: 10,
      rebaseTimes: true,
      startTime: start,
    });
    const starts: string[] = [];
    replay.onQueueDataUpdate((data) => {
      const queue = data.queueData[0] as { statistics: { startTimeOfLongestCallInQueue: string } };
      starts.push(queue.statistics.startTimeOfLongestCallInQueue);
    });
    replay.advance(1000);
    expect(replay.now()).to.equal(start + 1000);
    expect(starts).to.deep.equal(['', new Date(start + 1000 - 6000).toISOString()]);
  });

  it('replays a recording of a cil as it was recorded', () => {
    const source = new FakeCil();
    let now = T0;
    const recorder = recordCil(source, { now: () => now });
    const live = collect(recorder.cil);
    const script: [number, CilEventName, unknown][] = [
      [0, 'agentStateChange', agentState('Ready', -1, '')],
      [250, 'workitemCreate', workitem('workitemCreate', 'c7')],
      [250, 'queueDataUpdate', queueUpdate(3)],
      [4000, 'workitemConnect', workitem('workitemConnect', 'c7', { state: 'Active' })],
      [9000, 'workitemEnd', workitem('workitemEnd', 'c7', { state: 'Ended' })],
    ];
    for (const [offset, event, data] of script) {
      now = T0 + offset;
      source.emit(event, data);
    }
    const replay = createReplayCil(recorder.toJsonLines(), { clock: 'manual', speed: 2 });
    const played: [CilEventName, unknown][] = [];
    const times: number[] = [];
    for (const event of CIL_EVENT_NAMES) {
      const register = replay[REGISTRATION_METHODS[event]] as (callback: Listener) => void;
      register.call(replay, (data) => {
        played.push([event, data]);
        times.push(replay.now());
      });
    }
    const start = replay.now();
    for (let i = 0; i < 100; i += 1) replay.advance(50);
    expect(replay.problems).to.deep.equal([]);
    expect(played).to.deep.equal(live);
    expect(times.map((time) => time - start)).to.deep.equal([50, 150, 150, 2000, 4500]);
  });

  it('replays a recording of the simulator event for event, at the recorded times', async () => {
    const startTime = Date.UTC(2026, 0, 5, 9);
    const sim = createSimulatedCil({ clock: 'manual', startTime, seed: 11, autoLogin: false });
    const recorder = recordCil(sim, { now: () => sim.now() });
    const live: [CilEventName, string][] = [];
    for (const event of CIL_EVENT_NAMES) {
      const register = recorder.cil[REGISTRATION_METHODS[event]] as (callback: Listener) => void;
      register.call(recorder.cil, (data) => live.push([event, JSON.stringify(data)]));
    }
    sim.login();
    await sim.setAgentState('voice', 'Ready');
    for (let i = 0; i < 120; i += 1) sim.advance(5000);
    sim.dispose();

    const recorded = recorder.entries();
    expect(recorded.length).to.be.greaterThan(20);
    expect(recorded.map(({ t, event }) => [t, event])).to.deep.equal(
      sim.eventLog().map(({ t, event }) => [t, event]),
    );
    expect(new Set(recorded.map((entry) => entry.event)).size).to.be.greaterThan(3);

    const speed = 4;
    const replay = createReplayCil(recorder.toJsonLines(), { clock: 'manual', speed, startTime });
    const played: [CilEventName, string][] = [];
    const playedAt: number[] = [];
    for (const event of CIL_EVENT_NAMES) {
      const register = replay[REGISTRATION_METHODS[event]] as (callback: Listener) => void;
      register.call(replay, (data) => {
        played.push([event, JSON.stringify(data)]);
        playedAt.push(replay.now() - startTime);
      });
    }
    // Step from one recorded time to the next.
    let previous = recorded[0]?.t ?? 0;
    replay.advance(0);
    for (const entry of recorded) {
      replay.advance((entry.t - previous) / speed);
      previous = entry.t;
    }
    expect(replay.problems).to.deep.equal([]);
    expect(played).to.deep.equal(live);
    const first = recorded[0]?.t ?? 0;
    // The simulator's clock has fractions of a ms, so sums of gaps are compared with a tolerance.
    expect(playedAt).to.have.length(recorded.length);
    recorded.forEach((entry, index) => {
      expect(playedAt[index]).to.be.closeTo((entry.t - first) / speed, 0.01);
    });
  });

  it("the simulator's eventLog() is an event log: replayed as is, it plays the same events", () => {
    const startTime = Date.UTC(2026, 10, 25, 9);
    const sim = createSimulatedCil({ clock: 'manual', startTime, seed: 5, autopilot: true });
    sim.advance(10 * 60_000);
    const log = sim.eventLog();
    sim.dispose();
    expect(new Set(log.map((entry) => entry.event)).size).to.be.greaterThan(2);

    const replay = createReplayCil(log, { clock: 'manual' });
    const played: [CilEventName, unknown][] = [];
    for (const event of CIL_EVENT_NAMES) {
      const register = replay[REGISTRATION_METHODS[event]] as (callback: Listener) => void;
      register.call(replay, (data) => played.push([event, data]));
    }
    replay.advance(0);
    replay.advance(replay.duration);
    expect(played).to.deep.equal(log.map((entry) => [entry.event, entry.data]));
    expect(parseEventLog(serializeEventLog(log)).entries).to.deep.equal(log);
    replay.dispose();
  });

  it('the test example of docs/record-and-replay.md works as written', () => {
    const T = Date.UTC(2026, 10, 25, 9);
    const disabled = { event: 'queueDataUpdate', version: '1.0', dataState: 'DISABLED' };
    const log: RecordedEvent[] = [
      { t: T, event: 'agentStateChange', data: {} },
      { t: T + 1_000, event: 'queueDataUpdate', data: { ...disabled, queueData: [] } },
      { t: T + 10_000, event: 'queueDataUpdate', data: { ...disabled, queueData: [] } },
    ];
    const replay = createReplayCil(log, { clock: 'manual', speed: 4 });
    const seen: number[] = [];
    replay.onQueueDataUpdate(() => seen.push(replay.position()));
    replay.advance(0); // dispatches the events at the start
    replay.advance(2_500); // 10 s of recorded time at speed 4
    expect(seen).to.deep.equal([1_000, 10_000]);
    replay.dispose();
  });
});
