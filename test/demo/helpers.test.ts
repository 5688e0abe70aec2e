import { expect } from '@open-wc/testing';
import { DEMO_DEFAULTS, parseDemoOptions } from '../../demo/demo-options.js';
import {
  ABSENT,
  describeError,
  formatClockTime,
  formatCount,
  formatDuration,
  formatElapsed,
} from '../../demo/format.js';
import {
  REQUEST_LOG_LIMIT,
  appendEntry,
  settleEntry,
  type RequestLogEntry,
} from '../../demo/request-log.js';
import { CilRequestError } from '../../src/store/index.js';

describe('demo format', () => {
  it('shows counts, and "–" for what is absent or unusable', () => {
    expect(formatCount(0)).to.equal('0');
    expect(formatCount(12)).to.equal('12');
    expect(formatCount(undefined)).to.equal(ABSENT);
    expect(formatCount(null)).to.equal(ABSENT);
    expect(formatCount(Number.NaN)).to.equal(ABSENT);
  });

  it('formats durations as mm:ss, hours when needed, never negative', () => {
    expect(formatDuration(0)).to.equal('00:00');
    expect(formatDuration(999)).to.equal('00:00');
    expect(formatDuration(65_000)).to.equal('01:05');
    expect(formatDuration(59 * 60_000 + 59_999)).to.equal('59:59');
    expect(formatDuration(3_600_000 + 62_000)).to.equal('1:01:02');
    expect(formatDuration(-5_000)).to.equal('00:00');
    expect(formatDuration(Number.POSITIVE_INFINITY)).to.equal('00:00');
  });

  it('measures elapsed time from a start, "–" without one', () => {
    expect(formatElapsed(1_000, 126_000)).to.equal('02:05');
    expect(formatElapsed(null, 126_000)).to.equal(ABSENT);
    expect(formatElapsed(undefined, 126_000)).to.equal(ABSENT);
  });

  it('formats clock times as HH:mm:ss in local time', () => {
    const at = new Date(2026, 0, 5, 9, 4, 7).getTime();
    expect(formatClockTime(at)).to.equal('09:04:07');
    expect(formatClockTime(null)).to.equal(ABSENT);
  });

  it('describes rejections by class and message, whatever was thrown', () => {
    const cilError = new CilRequestError('setAgentState', 'r1', {
      requestId: 'r1',
      message: 'Agent is not logged in',
    });
    expect(describeError(cilError)).to.deep.equal({
      errorClass: 'CilRequestError',
      message: 'setAgentState failed: Agent is not logged in',
    });
    expect(describeError(new RangeError('bad'))).to.deep.equal({
      errorClass: 'RangeError',
      message: 'bad',
    });
    expect(describeError('plain')).to.deep.equal({ errorClass: 'string', message: 'plain' });
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(describeError(hostile)).to.deep.equal({
      errorClass: 'object',
      message: 'a non-Error value (object)',
    });
  });
});

describe('demo options from the query string', () => {
  it('defaults to a CCE centre of 6 queues at speed 4', () => {
    const options = parseDemoOptions('');
    expect(options.simulator).to.deep.equal({
      flavour: 'CCE',
      seed: DEMO_DEFAULTS.seed,
      queues: 6,
      clock: { speed: 4 },
    });
    expect(options.speed).to.equal(4);
    expect(options.warnings).to.deep.equal([]);
  });

  it('reads flavour, seed, queues, speed and autopilot', () => {
    const options = parseDemoOptions('?flavour=ccx&seed=7&queues=8&speed=5&autopilot=0');
    expect(options.simulator).to.deep.equal({
      flavour: 'CCX',
      seed: 7,
      queues: 8,
      clock: { speed: 5 },
      autopilot: false,
    });
    expect(options.speed).to.equal(5);
    expect(options.warnings).to.deep.equal([]);
  });

  it('ignores unusable values with a warning each', () => {
    const options = parseDemoOptions('?flavour=UCCX&seed=-1&queues=5000&speed=abc&autopilot=maybe');
    expect(options.simulator).to.deep.equal({
      flavour: 'CCE',
      seed: DEMO_DEFAULTS.seed,
      queues: 6,
      clock: { speed: 4 },
    });
    expect(options.warnings).to.have.length(5);
    expect(options.warnings[0]).to.equal('Ignored flavour=UCCX: using CCE');
  });
});

describe('demo request log', () => {
  const entry = (seq: number): RequestLogEntry => ({
    seq,
    at: seq * 1000,
    action: `action ${seq}`,
    outcome: 'pending',
    detail: '',
  });

  it('keeps the newest entries only', () => {
    let log: readonly RequestLogEntry[] = [];
    for (let seq = 1; seq <= REQUEST_LOG_LIMIT + 3; seq += 1) log = appendEntry(log, entry(seq));
    expect(log).to.have.length(REQUEST_LOG_LIMIT);
    expect(log[0]!.seq).to.equal(4);
    expect(log[log.length - 1]!.seq).to.equal(REQUEST_LOG_LIMIT + 3);
  });

  it('settles one entry into a new list, leaving the others as they were', () => {
    const log = appendEntry(appendEntry([], entry(1)), entry(2));
    const settled = settleEntry(log, 1, 'rejected', 'CilRequestError: no');
    expect(settled).to.not.equal(log);
    expect(settled[0]).to.include({ outcome: 'rejected', detail: 'CilRequestError: no' });
    expect(settled[1]).to.equal(log[1]);
    expect(settleEntry(log, 99, 'resolved', 'x')).to.equal(log);
  });
});
