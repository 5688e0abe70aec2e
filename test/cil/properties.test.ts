import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_COUNT, parseQueueDataUpdate, parseWorkitem } from '../../src/cil/index.js';
import { expectOk, nonFiniteNumbers } from './helpers.js';
import { parseWithEveryParser } from './parse-any.js';
import {
  EVENT_SAMPLES,
  GET_CHANNEL,
  QUEUE_SALES,
  QUEUE_UPDATED,
  WORKITEM_CONNECT,
} from './samples.js';

// Fixed seeds: a failure must reproduce on the next run and on CI.
const RUNS = { numRuns: 300, seed: 20261125 };

function connectedAtOf(connectedAt: unknown): number | null {
  return expectOk(parseWorkitem('workitemConnect', { ...WORKITEM_CONNECT, connectedAt }))
    .connectedAt;
}

function callsInQueueOf(callsInQueue: unknown): number | undefined {
  const update = expectOk(
    parseQueueDataUpdate({
      ...QUEUE_UPDATED,
      queueData: [{ ...QUEUE_SALES, statistics: { ...QUEUE_SALES.statistics, callsInQueue } }],
    }),
  );
  if (update.dataState !== 'UPDATED') throw new Error(update.dataState);
  return update.queueData[0]?.statistics.callsInQueue;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

describe('parser properties (fast-check)', () => {
  it('no input makes any parser throw or put NaN/Infinity in its output', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (payload) => {
          for (const result of parseWithEveryParser(payload)) {
            if (result.ok) expect(nonFiniteNumbers(result.value)).to.deep.equal([]);
          }
        },
      ),
      RUNS,
    );
  });

  it('any field of any sample may be replaced by anything: no throw, no NaN', () => {
    const samples = [...EVENT_SAMPLES.map(({ data }) => data), GET_CHANNEL] as Record<
      string,
      unknown
    >[];
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.nat(),
        fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true }),
        (sample, index, replacement) => {
          const keys = Object.keys(sample);
          const key = keys[index % keys.length] ?? 'id';
          for (const result of parseWithEveryParser({ ...sample, [key]: replacement })) {
            if (result.ok) expect(nonFiniteNumbers(result.value)).to.deep.equal([]);
          }
        },
      ),
      RUNS,
    );
  });

  it('every time a Date can print (toISOString) reads back to the same epoch ms', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (date) => {
          expect(connectedAtOf(date.toISOString())).to.equal(date.getTime());
        },
      ),
      RUNS,
    );
  });

  it('the fast path for the canonical form reads every time as the full grammar does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        // Ranges a little past the valid ones, so invalid dates and times are common too.
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.stringMatching(/^(\.\d{1,9})?$/),
        (year, month, day, hour, minute, second, fraction) => {
          const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const time = `T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}Z`;
          // A leading space keeps the fast path out: the full grammar reads the trimmed text.
          expect(connectedAtOf(date + time)).to.equal(connectedAtOf(` ${date}${time}`));
          // The same day again: the fast path reuses the day it has just read.
          expect(connectedAtOf(`${date}T00:00:00Z`)).to.equal(connectedAtOf(` ${date}T00:00:00Z`));
        },
      ),
      RUNS,
    );
  });

  it('the same instant written with any offset reads to the same epoch ms', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1971-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const text =
            `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
            `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
            `.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
          expect(connectedAtOf(text)).to.equal(date.getTime());
        },
      ),
      RUNS,
    );
  });

  it('a day past the end of its month is never read as the next month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        (year, month) => {
          const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
          for (let day = daysInMonth + 1; day <= 31; day += 1) {
            expect(connectedAtOf(`${year}-${pad(month)}-${pad(day)}T12:00:00Z`)).to.equal(null);
          }
          expect(connectedAtOf(`${year}-${pad(month)}-${pad(daysInMonth)}T12:00:00Z`)).to.equal(
            Date.UTC(year, month - 1, daysInMonth, 12),
          );
        },
      ),
      RUNS,
    );
  });

  it('a counter reads the same as a number or as a numeric string; only 0…MAX_COUNT are kept', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: MAX_COUNT + 10 }), (count) => {
        const expected = count >= 0 && count <= MAX_COUNT ? count : undefined;
        expect(callsInQueueOf(count)).to.equal(expected);
        expect(callsInQueueOf(String(count))).to.equal(expected);
      }),
      RUNS,
    );
  });
});
