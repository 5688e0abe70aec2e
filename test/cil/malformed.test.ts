import { expect } from '@open-wc/testing';
import {} from '../../src/cil/index.js';
import { brief, expectOk, expectRejected, fromJson, nonFiniteNumbers } from './helpers.js';
import { parseAs, parseWithEveryParser, PAYLOAD_KINDS } from './parse-any.js';
import {
  EVENT_SAMPLES,
  GET_CHANNEL,
  QUEUE_DELETED,
  QUEUE_ENABLED,
  QUEUE_SALES,
  REASON_CODE_LIST,
  WORKITEM_CONNECT,
} from './samples.js';

import {
  ROWS,
  revokedProxy,
  salesWith,
  throwingGetter,
  throwingProxy,
  updated,
  workitem,
  type RejectedRow,
  type Row,
} from './malformed-rows.js';

function isRejectedRow(row: Row): row is RejectedRow {
  return 'rejected' in row;
}

describe('malformed payloads', () => {
  it('the table has at least 40 rows, each with a distinct name', () => {
    expect(ROWS.length).to.be.at.least(40);
    expect(new Set(ROWS.map((row) => row.name)).size).to.equal(ROWS.length);
  });

  for (const row of ROWS) {
    const outcome = isRejectedRow(row)
      ? `rejected (${row.rejected.reason} at '${row.rejected.path}')`
      : `accepted with ${row.warnings.length} warning(s)`;
    it(`${row.kind}: ${row.name} → ${outcome}`, () => {
      let result: ReturnType<typeof parseAs> | undefined;
      expect(() => {
        result = parseAs(row.kind, row.payload);
      }).to.not.throw();
      if (!result) throw new Error('no result');
      for (const problem of [...result.warnings, ...(result.ok ? [] : [result.problem])]) {
        expect(problem.event).to.equal(row.kind);
        expect(problem.detail).to.be.a('string').and.not.equal('');
      }
      if (isRejectedRow(row)) {
        const problem = expectRejected(result);
        expect({ path: problem.path, reason: problem.reason }).to.deep.equal(row.rejected);
        if (row.warnings) expect(brief(result.warnings)).to.deep.equal(row.warnings);
        return;
      }
      const value = expectOk(result);
      expect(brief(result.warnings)).to.deep.equal(row.warnings);
      expect(row.value(value)).to.deep.equal(row.equals);
      expect(nonFiniteNumbers(value)).to.deep.equal([]);
    });
  }

  it('never pollutes Object.prototype, whatever a payload carries', () => {
    const hostile = [
      '{"__proto__":{"polluted":"yes"},"id":"1","ctiData":{"__proto__":{"polluted":"yes"}}}',
      '{"constructor":{"prototype":{"polluted":"yes"}},"id":"1"}',
      '{"dataState":"ENABLED","queueData":[{"id":"q","__proto__":{"polluted":"yes"},"statistics":{"__proto__":{"polluted":"yes"}}}]}',
      '{"channel":{"id":"voice","workitems":[{"id":"1","__proto__":{"polluted":"yes"}}]},"__proto__":{"polluted":"yes"}}',
    ];
    for (const text of hostile) parseWithEveryParser(fromJson(text));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).to.not.have.property('polluted');
  });
});

/** Values nothing should choke on: as whole payloads and in place of any field. */
function weirdValues(): readonly unknown[] {
  const cyclic: Record<string, unknown> = { id: 'cycle' };
  cyclic.self = cyclic;
  cyclic.queueData = [cyclic];
  const sparse: unknown[] = [];
  sparse[5] = QUEUE_SALES;
  return [
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    '   ',
    'NaN',
    'Infinity',
    '-1',
    '1e400',
    '9'.repeat(400),
    'x'.repeat(100_000),
    true,
    false,
    [],
    [null, undefined, Number.NaN],
    sparse,
    {},
    Object.create(null) as unknown,
    Symbol('weird'),
    10n,
    () => 1,
    new Date(Number.NaN),
    /regex/,
    new Map([['id', '1']]),
    new Number(Number.NaN),
    new String('text'),
    cyclic,
    throwingProxy('get'),
    throwingProxy('has'),
    revokedProxy(),
    throwingGetter('id', new Error('boom')),
  ];
}

/** Every sample with one field replaced by `replacement`, for every field. */
function withEachFieldReplaced(replacement: unknown): unknown[] {
  const variants: unknown[] = [];
  const samples: Record<string, unknown>[] = [
    ...EVENT_SAMPLES.map(({ data }) => data as Record<string, unknown>),
    GET_CHANNEL as unknown as Record<string, unknown>,
  ];
  for (const sample of samples) {
    for (const key of Object.keys(sample)) variants.push({ ...sample, [key]: replacement });
  }
  for (const key of Object.keys(QUEUE_SALES.statistics)) {
    variants.push(
      updated(salesWith({ statistics: { ...QUEUE_SALES.statistics, [key]: replacement } })),
    );
  }
  for (const key of Object.keys(WORKITEM_CONNECT.ctiData)) {
    variants.push(workitem({ ctiData: { ...WORKITEM_CONNECT.ctiData, [key]: replacement } }));
  }
  variants.push({ ...QUEUE_ENABLED, queueData: [QUEUE_SALES, replacement] });
  variants.push({ ...QUEUE_DELETED, queueData: [replacement] });
  variants.push(workitem({ participants: [replacement], associations: [replacement] }));
  variants.push([...REASON_CODE_LIST, replacement]);
  variants.push({ enabled: replacement });
  return variants;
}

describe('every parser over weird values', () => {
  const values = weirdValues();

  it('never throws and never puts NaN or Infinity in an output, as a whole payload', () => {
    expect(values.length, 'weird values').to.be.at.least(30);
    for (const [index, value] of values.entries()) {
      for (const result of parseWithEveryParser(value)) {
        expect(result.ok, `value #${index}`).to.be.a('boolean');
        if (result.ok) expect(nonFiniteNumbers(result.value), `value #${index}`).to.deep.equal([]);
      }
    }
  });

  it('never throws and never puts NaN or Infinity in an output, in place of any field', function () {
    // Over 10,000 parses: past the default 20 s when several suites share the 2 cores.
    this.timeout(120_000);
    let parsed = 0;
    for (const [index, value] of values.entries()) {
      for (const payload of withEachFieldReplaced(value)) {
        for (const result of parseWithEveryParser(payload)) {
          parsed += 1;
          const problems = result.ok ? result.warnings : [result.problem, ...result.warnings];
          for (const problem of problems) {
            expect(PAYLOAD_KINDS, `value #${index}`).to.include(problem.event);
          }
          if (result.ok) {
            expect(nonFiniteNumbers(result.value), `value #${index}`).to.deep.equal([]);
          }
        }
      }
    }
    expect(parsed).to.be.greaterThan(10_000);
  });
});
